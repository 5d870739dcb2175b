"""Values of weekday expressions: "el martes", "este jueves", "el martes 3".

A weekday is resolved against the publication date in the direction the
verb's tense points; a weekday with a day number takes the date where both
agree. Split from ``values`` (calendar dates) because weekdays alone need
the tense and the anchor's week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from prensa.timex.normalize import (
    resolve_weekday,
    weekday_before,
)
from prensa.timex.values import Scan, aim
from prensa.timex.words import (
    DEICTIC_DAYS,
    RELATION,
    weekday_numbers,
)

APPOSITION = re.compile(r"\s*[,(]?\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


# "para" opening a clause (after a comma or a full stop), not after a noun
FRAMING_PARA = re.compile(r"(?:^|[,.;:]\s*)para\s+$", re.IGNORECASE)


def on_weekday(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    weekday = int(weekday_numbers()[match.group("wd").lower()])
    det = " ".join((match.group("det") or "el").lower().split())
    if match.groupdict().get("brel"):  # "a partir del próximo lunes"
        det = "el " + match.group("brel").lower()
    post = " ".join((match.group("post") or "").lower().split())
    apposed = APPOSITION.match(scan.text, match.end())
    if apposed:
        try:
            day = date(int(apposed.group(3)), int(apposed.group(2)), int(apposed.group(1)))
        except ValueError:
            day = None
        if day is not None and day.isoweekday() == weekday:
            return "DATE", day.isoformat()
    ctx = scan.ctx
    if match.group("dnum"):
        return "DATE", _weekday_and_day(ctx.anchor or ctx.ref, weekday, int(match.group("dnum")))
    if "mismo" in det and ctx.ref is not None:
        return "DATE", weekday_before(ctx.ref, weekday, inclusive=True).isoformat()
    if det in {"ese", "aquel"} and ctx.mentioned and ctx.ref is not None:
        # "cerró el 11 de febrero. Ese miércoles, ...": the story's day, not
        # this week's; the weekday nearest the date the text named last
        before = weekday_before(ctx.ref, weekday, inclusive=True)
        after = before + timedelta(days=7)
        return "DATE", (before if ctx.ref - before <= after - ctx.ref else after).isoformat()
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{weekday}"
    words = det.split()[1:] if len(det.split()) > 1 else []
    rel = RELATION.get(post, "") or RELATION.get(" ".join(words), "")
    if not rel and det in {"este", "esta"}:
        # "convocaron una vigilia para este martes": a target, ahead
        rel = aim(scan.text, match.start()) or "this"
    if not rel and not FRAMING_PARA.search(scan.text, max(0, match.start() - 8), match.start()):
        # "convocó un paro para el jueves": ahead; but ", para el jueves ya
        # extendía los turnos" (set off, by that day) tells the story's time
        rel = aim(scan.text, match.start())
    named = ctx.named_day(weekday, scan.tense) if not rel and det in {"el", "la"} else None
    if named is not None:
        return "DATE", named.isoformat()  # "el sábado 6 de septiembre ... el sábado"
    return "DATE", resolve_weekday(ctx.anchor, weekday, rel, scan.tense).isoformat()


def _weekday_and_day(anchor: date | None, weekday: int, day: int) -> str | None:
    """ "el domingo 21": the day 21 nearest the anchor that falls on a Sunday."""
    if anchor is None:
        return f"XXXX-XX-{day:02d}"
    options = []
    for months in (-1, 0, 1):
        first = anchor.replace(day=1) + relativedelta(months=months)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            options.append(candidate)
    if not options:
        return None
    return min(options, key=lambda d: abs(d - anchor)).isoformat()


def on_deictic_weekday(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    weekday = int(weekday_numbers()[match.group("wd").lower()])
    if scan.ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{weekday}"
    offset = DEICTIC_DAYS[match.group("deic").lower()]
    return "DATE", (scan.ctx.anchor + timedelta(days=offset)).isoformat()


def on_day_of_ref_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "el día 15" (of the month the story is in); "el pasado día 15" the last
    15th before the publication date, "el próximo día 30" the next one."""
    rel = RELATION.get((match.groupdict().get("rel") or "").lower(), "")
    anchor = scan.ctx.anchor
    if rel in {"past", "next"} and anchor is not None:
        day = int(match.group("day"))
        step = -1 if rel == "past" else 1
        first = anchor.replace(day=1)
        for _ in range(3):  # the nearest month, this one first, that has the day
            try:
                candidate = first.replace(day=day)
            except ValueError:
                candidate = None
            if candidate is not None and (candidate - anchor).days * step > 0:
                return "DATE", candidate.isoformat()
            first = first + relativedelta(months=step)
        return "DATE", None
    this = match.groupdict().get("this") and anchor is not None
    if scan.ctx.ref_month is None and not this:
        return "DATE", None
    # "al 24 de este mes" is the publication's month, "de ese mes" the story's
    year, month = (anchor.year, anchor.month) if this and anchor else scan.ctx.ref_month or (0, 0)
    try:
        return "DATE", date(year, month, int(match.group("day"))).isoformat()
    except ValueError:
        return "DATE", None
