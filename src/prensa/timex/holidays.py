"""Holidays that name a date: "Navidad", "la noche de Reyes", "Semana Santa".

GUIDELINES.md marks every expression that names a date, and TIMEX3 writes
Christmas as ``XXXX-12-25``; the feasts and their dates are in
``data/holidays.tsv``. A fixed feast takes its year as "el 25 de diciembre"
does (the tense of its verb, else the nearest to the publication date); a
movable one (E+N: days from Easter Sunday) needs a year, stated or the
publication date's. A capitalised feast after a place word ("calle Primero
de Mayo", "Isla de Navidad") is a name, not a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from prensa import lexicon
from prensa.timex.normalize import resolve_day_month
from prensa.timex.patterns import Rule, bounded
from prensa.timex.values import Scan
from prensa.timex.words import WORD, YEAR, alternation


@cache
def feasts() -> dict[str, dict[str, str]]:
    """The rows of ``holidays.tsv`` keyed by their lower-cased, single-spaced name."""
    return {" ".join(r["name"].lower().split()): r for r in lexicon.rows("timex", "holidays")}


def holiday_rule() -> Rule:
    """ "(la víspera de) la Navidad (de 2019)", "del Primero de Mayo" (the
    contracted preposition outside the span)."""
    body = (
        r"(?:(?:el|la)\s+|(?:del|al)\s+(?P<body>))?"
        r"(?:(?:(?P<eve>víspera)|día)\s+(?:de\s+(?:la\s+)?|del\s+)"
        # "la víspera de la conmemoración del Día de la Mujer"
        r"(?:(?:conmemoración|celebración|fiesta|festividad)\s+(?:de\s+(?:la\s+)?|del\s+))?)?"
        rf"(?P<name>{alternation(r['name'] for r in lexicon.rows('timex', 'holidays'))})"
        rf"(?:\s+(?:de|del)\s+(?P<year>{YEAR}))?"
    )
    return Rule("holiday", bounded(body), on_holiday)


def eve_rule() -> Rule:
    """ "la víspera" with no feast or event after it: the day before the
    story's last date ("estaban este jueves en alerta, después de revelar la
    víspera que ..."); "la víspera de la boda" is left to the event."""
    return Rule("eve", bounded(r"la\s+víspera(?!\s+(?:de|del)(?!\w))"), on_eve)


def on_eve(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    ref = scan.ctx.ref
    return "DATE", (ref - timedelta(days=1)).isoformat() if ref else None


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous
    Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


PLACE_BEFORE = re.compile(r"(?:de|del)\s*\Z", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?:«“\"\n]\s*)\Z")


def on_holiday(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    name = match.group("name")
    row = feasts()[" ".join(name.lower().split())]
    if row["capital"] == "yes" and not _capitalised(name, row["name"]):
        return None  # "fin de año", "todos los santos": not the feast
    if _is_place_name(scan.text, match.start("name")):
        return None
    offset = -1 if match.group("eve") else 0
    kind = "TIME" if row["time"] and not offset else "DATE"
    suffix = row["time"] if kind == "TIME" else ""
    year = int(match.group("year")) if match.group("year") else None
    anchor = scan.ctx.anchor
    spec = row["date"]
    if spec.startswith("E"):
        value = _movable(spec, offset, year, anchor, scan)
        return kind, value + suffix if value else None
    month, day = (int(x) for x in spec.split("-"))
    fixed = date(2000, month, day) + timedelta(days=offset)  # a leap year: 29 Feb fits
    month, day = fixed.month, fixed.day
    if year is not None:
        return kind, f"{year:04d}-{month:02d}-{day:02d}{suffix}"
    if anchor is None:
        return kind, f"XXXX-{month:02d}-{day:02d}{suffix}"
    found = resolve_day_month(anchor, month, day, "", scan.tense)
    return kind, found.isoformat() + suffix if found else None


def _movable(
    spec: str, offset: int, year: int | None, anchor: date | None, scan: Scan
) -> str | None:
    """The date (or, for "EW", the ISO week) of a feast counted from Easter."""

    def on(y: int) -> date:
        shift = 0 if spec == "EW" else int(spec[1:])
        return easter(y) + timedelta(days=shift + offset)

    if year is None:
        if anchor is None:
            return None
        tense = scan.tense
        candidates = [on(anchor.year + k) for k in (-1, 0, 1)]
        if tense == "past":
            found = max(d for d in candidates if d <= anchor)
        elif tense == "future":
            found = min(d for d in candidates if d >= anchor)
        else:
            found = min(candidates, key=lambda d: abs(d - anchor))
        year = found.year
    day = on(year)
    if spec == "EW" and not offset:
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return day.isoformat()


def _capitalised(said: str, name: str) -> bool:
    """Whether each capitalised word of the feast's name but "Día" is
    capitalised as said ("el día del Trabajo", not "el fin de año")."""
    for word, model in zip(said.split(), name.split(), strict=False):
        if model[0].isupper() and model != "Día" and not word[0].isupper():
            return False
    return True


def _is_place_name(text: str, start: int) -> bool:
    """ "calle Primero de Mayo", "Isla de Navidad", "Hospital 12 de Octubre":
    a place word, or a capitalised word inside a sentence, right before the
    feast or before a "de" that joins it."""
    before = text[max(0, start - 40) : start]
    joined = PLACE_BEFORE.search(before)
    if joined:
        before = before[: joined.start()]
    words = WORD.findall(before)
    if not words or not before.rstrip().endswith(words[-1]):
        return False
    last = words[-1]
    if last.lower() in lexicon.column("actors", "name_heads", "head"):
        return True
    rest = before.rstrip()[: -len(last)]
    return joined is not None and last[0].isupper() and not SENTENCE_START.search(rest)
