"""Values of times of day and of time counted from a reference point.

The ``on_<rule>`` functions of the grammar (``component``) for clock times and parts of
the day ("las 10.00 del sábado", "la tarde de ayer"), relative dates ("hace
dos años", "el mes pasado", "dos días después"), durations and sets; the
fixed phrases of ``data/phrases.tsv`` are in ``phrases``. Kept apart from ``values`` (calendar
dates named outright) so that each reads in one sitting; both share ``Scan``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from prensa import lexicon
from prensa.timex.normalize import (
    duration,
    iso_week,
    moved,
    resolve_weekday,
    weekday_before,
)
from prensa.timex.senses import not_days
from prensa.timex.values import Scan, on_day_month, year_of
from prensa.timex.words import (
    DEICTIC_DAYS,
    RELATION,
    SMALLER,
    count_of,
    fraction,
    month_numbers,
    number_value,
    pod_codes,
    previous_words,
    season_codes,
    unit_of,
    weekday_numbers,
)


def on_pod_date(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    day = on_day_month(match, scan)
    if day is None:
        return None
    value = day[1]
    code = pod_codes()[match.group("pod").lower()]
    return "TIME", f"{value}T{code}" if value else None


def on_pod_weekday(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "la noche del sábado", "la madrugada de este domingo"."""
    if match.group("month"):  # "la noche del martes 3 de mayo": the date decides
        return on_pod_date(match, scan) or ("TIME", None)
    weekday = int(weekday_numbers()[match.group("wd").lower()])
    code = pod_codes()[match.group("pod").lower()]
    if scan.ctx.anchor is None:
        return "TIME", f"XXXX-WXX-{weekday}T{code}"
    rel = "this" if match.group("det") else RELATION.get((match.group("rel") or "").lower(), "")
    day = resolve_weekday(scan.ctx.anchor, weekday, rel, scan.tense)
    return "TIME", f"{day.isoformat()}T{code}"


def on_pod_deictic(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "la tarde de ayer", "la noche de hoy"."""
    code = pod_codes()[match.group("pod").lower()]
    if scan.ctx.anchor is None:
        return "TIME", None
    day = scan.ctx.anchor + timedelta(days=DEICTIC_DAYS[match.group("deic").lower()])
    return "TIME", f"{day.isoformat()}T{code}"


def on_clock(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    hour = int(number_value(match.group("h") or match.group("hw")) or 0)
    minute = int(match.groupdict().get("mi") or 0)
    pod = (match.groupdict().get("pod") or "").lower()
    if match.groupdict().get("quarter"):
        minute = 30 if "media" in match.group("quarter").lower() else 15
    if pod in {"noche", "madrugada"} and hour == 12:
        hour = 0  # "las 12 de la noche": midnight
    elif pod in {"tarde", "noche"} and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    return "TIME", f"{_clock_day(match, scan)}T{hour:02d}:{minute:02d}"


def on_part_of_day(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    code = pod_codes()[match.group("pod").lower()]
    pre = " ".join(match.group("pre").lower().split())
    anchor = scan.ctx.anchor
    if pre.startswith(("ese", "esa", "aquel", "aquella")):
        return "TIME", f"{scan.ctx.ref.isoformat()}T{code}" if scan.ctx.ref else None
    if anchor is None:
        return "TIME", None
    if match.groupdict().get("wd"):
        weekday = int(weekday_numbers()[match.group("wd").lower()])
        day = scan.ctx.named_day(weekday, scan.tense) or resolve_weekday(
            anchor, weekday, "", scan.tense
        )
    else:
        day = anchor + timedelta(days=DEICTIC_DAYS.get(pre.split()[0], 0))
    return "TIME", f"{day.isoformat()}T{code}"


def on_clock_any(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    hour = (
        match.group("h")
        or match.group("h6")
        or match.group("hh")
        or match.group("h3")
        or match.group("h4")
        or match.group("h5")
        or match.group("h7")
    )
    minute = (
        match.group("mi")
        or match.group("m6")
        or match.group("mm")
        or match.group("m3")
        or match.group("m4")
        or match.group("m5")
    )
    if int(hour) > 24 or (match.group("ampm") and int(hour) > 12):
        return None
    if match.group("ampm"):  # "10 p. m." is 22:00, "12 a. m." midnight
        hour = str(int(hour) % 12 + (12 if match.group("ampm").lower() == "p" else 0))
    minute = minute or "0"
    return "TIME", f"{_clock_day(match, scan)}T{int(hour):02d}:{int(minute):02d}"


# A value that names a whole day, alone or with a time ("2024-05-19TNI",
# "XXXX-05-03" where the year is unknown).
FULL_DATE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d(?:T|$)")
CLOCK_AFTER_DATE = re.compile(
    r"\s*,?\s*(?:a|hacia|sobre|desde|hasta|y|a\s+partir\s+de)?\s*", re.IGNORECASE
)


def _clock_day(match: re.Match[str], scan: Scan) -> str:
    """The day of a clock time: "las 23.00 horas del sábado", "el 9 de abril a las
    10.00", else the publication date (news times are today's)."""
    ctx, previous = scan.ctx, scan.previous
    weekday = match.groupdict().get("cwd")
    if weekday:
        if ctx.anchor is None:
            return f"XXXX-WXX-{weekday_numbers()[weekday.lower()]}"
        wd = int(weekday_numbers()[weekday.lower()])
        # "de este domingo" is this week's, "del próximo martes" the next one
        said = (match.groupdict().get("crel") or "").lower()
        rel = "this" if match.groupdict().get("cthis") else RELATION.get(said, "")
        named = ctx.named_day(wd, scan.tense) if not rel else None
        if named is not None:
            return named.isoformat()  # "el sábado 6 de septiembre ... a las 14.12 del sábado"
        return resolve_weekday(ctx.anchor, wd, rel, scan.tense).isoformat()
    deictic = match.groupdict().get("cdeic")
    if deictic and ctx.anchor is not None:
        return (ctx.anchor + timedelta(days=DEICTIC_DAYS[deictic.lower()])).isoformat()
    if (
        previous is not None
        and previous.type in {"DATE", "TIME"}
        and previous.value
        and FULL_DATE.match(previous.value)
        and (
            CLOCK_AFTER_DATE.fullmatch(scan.text, previous.end, match.start())
            or (
                _same_story_day(scan.text, previous.end, match.start(), previous.value)
                and _agrees_in_time(previous.value[:10], ctx.anchor, scan.tense)
            )
        )
    ):
        return previous.value[:10]
    return ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"


def _agrees_in_time(day: str, anchor: date | None, tense: str | None) -> bool:
    """Whether a clock time in a clause of ``tense`` can be on ``day``: not a
    past one on a day still ahead ("concluirán el sábado ... levantaron el
    bloqueo a las 18:00"), nor a future one on a day gone."""
    if anchor is None or day.startswith("XXXX"):
        return True
    ahead = day > anchor.isoformat()
    return not (
        (ahead and tense == "past")
        or (not ahead and day != anchor.isoformat() and tense == "future")
    )


def _same_story_day(text: str, end: int, start: int, value: str) -> bool:
    """Whether a clock time at ``start`` is of the day the last date before it
    named in its paragraph or the one before, at most three sentences earlier
    (a lead's day, then the next paragraph's times): "La final
    será el sábado. El partido empezará a las 21.00 horas", "La marcha se
    realizó este miércoles. Miles participaron. La columna partió a las 11:00"."""
    between = text[end:start]
    if any(mark in between for mark in "»”"):
        return False  # a date inside a quotation: "«... el 7 de septiembre ...» a las 12.15"
    return (
        len(re.findall(r"\n\s*\n|\n", between)) <= 1  # this paragraph or the next
        and len(re.findall(r"[.!?]\s", between)) <= 3
        and len(between) < 600
    )


def on_relative_unit(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    det = (match.group("det") or "del").lower()
    pre = (match.group("pre") or "").lower()
    post = " ".join((match.group("post") or "").lower().split())
    unit = " ".join(match.group("unit").lower().split())
    if not pre and not post and det in {"el", "la", "del"} and unit != "fin de semana":
        return None
    ctx = scan.ctx
    if pre in {"mismo", "misma"} or (det in {"ese", "esa", "aquel", "aquella"} and not post):
        # "ese mes", "aquella semana", "esa jornada": the time the story is telling of
        if unit in {"día", "jornada"}:
            return "DATE", ctx.ref.isoformat() if ctx.ref else None
        if unit == "año":
            return "DATE", str(ctx.ref_year) if ctx.ref_year else None
        if unit == "mes":
            # the month the story named last ("en agosto ... ese mismo mes"), in the
            # year given after it ("respecto al mismo mes de 2024")
            month = ctx.ref_month or ((ctx.ref.year, ctx.ref.month) if ctx.ref else None)
            if month is None:
                return "DATE", None
            year = int(match.group("of_year")) if match.group("of_year") else month[0]
            if match.group("of_last"):
                year -= 1  # "respecto al mismo mes del año pasado"
            return "DATE", f"{year}-{month[1]:02d}"
        if unit == "semana":
            return "DATE", iso_week(ctx.ref) if ctx.ref else None
        return "DATE", None
    rel = RELATION.get(post, "") or RELATION.get(pre, "") or RELATION.get(det, "")
    step = {"past": -1, "next": 1, "before_last": -2}.get(rel, 0)
    # "anterior" and "siguiente" count from the story's time, the others from today.
    base = ctx.ref if post in {"anterior", "siguiente", "posterior"} else ctx.anchor
    if unit == "día":
        if not step or base is None:
            return None
        return "DATE", (base + timedelta(days=step)).isoformat()
    if unit == "fin de semana":
        if ctx.anchor is None:
            return "DATE", "XXXX-WXX-WE"
        if rel == "next" or (not rel and scan.tense in {"future", "present"}):
            sat = ctx.anchor + timedelta(days=(6 - ctx.anchor.isoweekday()) % 7)
        else:
            sat = weekday_before(ctx.anchor, 6, inclusive=rel != "past")
        return "DATE", f"{iso_week(sat)}-WE"
    if base is None:
        if unit == "año" and post in {"anterior", "siguiente"} and ctx.ref_year:
            return "DATE", str(ctx.ref_year + step)
        return "DATE", "XXXX-WXX" if unit == "semana" else None
    if unit == "semana":
        return "DATE", iso_week(base + timedelta(weeks=step))
    if unit == "mes":
        if post in {"anterior", "siguiente", "posterior"} and ctx.ref_month is not None:
            # "en agosto respecto al mes anterior": the month before the one named
            base = date(ctx.ref_month[0], ctx.ref_month[1], 1)
        return "DATE", moved(base, step, "M")
    if unit == "año":
        year = (ctx.ref_year if base is ctx.ref and ctx.ref_year else base.year) + step
        return "DATE", str(year)
    if unit == "siglo":
        return "DATE", f"{base.year // 100 + step:02d}"
    return None


def on_span_of_units(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "los últimos tres años" (a duration), "los primeros meses de 2019" (a date)."""
    if match.group("year"):
        return "DATE", match.group("year")
    if match.group("month"):
        month = int(month_numbers()[match.group("month").lower()])
        year = (
            int(match.group("myear"))
            if match.group("myear")
            else (year_of(match, scan) if match.group("yref") else None)
        )
        return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
    count, letter, clock = count_of(match, "unit")
    return "DURATION", duration(count, letter, clock)


def on_ago(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    count, letter, clock = count_of(match, "unit")
    timeml = scan.scheme == "timeml"  # TimeML: "desde hace dos años" is the date 2 years ago
    since = re.search(r"desde\s+$", scan.text[max(0, match.start() - 8) : match.start()], re.I)
    if (since and not timeml) or match.group(0).lower().startswith("hacía"):
        # "hacía meses que discutían": counted back from a past moment, not from today
        return "DURATION", duration(count, letter, clock)
    if not timeml and _so_long(match, scan.text):
        return "DURATION", duration(count, letter, clock)
    if count is None:  # "hace unos días": TimeML marks the vague stretch, a DURATION
        return ("DURATION", duration(count, letter, clock)) if timeml else ("DATE", "PAST_REF")
    if scan.ctx.anchor is None:
        return "DATE", None
    if clock:  # "hace 48 horas": the day it was
        hours = {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}[letter] * count
        return "DATE", (scan.ctx.anchor - timedelta(hours=min(hours, 1e6))).isoformat()
    if timeml and letter == "W":  # TimeML writes "hace dos semanas" as that week
        return "DATE", iso_week(scan.ctx.anchor - timedelta(weeks=int(count)))
    return "DATE", moved(scan.ctx.anchor, -int(count), letter)


# the words after which "hace" opens its clause ("pero hace dos semanas que ...")
CLAUSE_OPENERS = frozenset({"pero", "y", "e", "ya", "porque", "aunque", "pues", "ni", "si"})
THAT = re.compile(r"\s+que\s", re.IGNORECASE)


def _so_long(match: re.Match[str], text: str) -> bool:
    """ "Hace dos meses que no llueve": how long something has gone on up to
    now (RAE-ASALE, Nueva gramática §24.6: "hace" + time + "que"), a duration,
    where "hace" opens its clause; in "recordó hace unas semanas que ..." the
    "que" is the reporting verb's and the time is the date of the saying."""
    if not THAT.match(text, match.end()):
        return False
    before = text[max(0, match.start() - 30) : match.start()].rstrip()
    if not before or before[-1] in '.,;:!?¡¿«“"—(':
        return True
    return previous_words(text, match.start(), 1) in CLAUSE_OPENERS


def on_before_after(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "dos días después": a date counted from the story's last one.

    Counted from an event instead ("unos días después de ser vacunada"), or
    with no date to count from, it is the duration that separates them.
    """
    count, letter, clock = count_of(match, "unit")
    way = " ".join(match.group("dir").lower().split())
    timeml = scan.scheme == "timeml"  # TimeML: "dos días después" is the duration
    if way != "atrás" and (
        timeml or EVENT_AFTER.match(scan.text, match.end()) or not scan.ctx.mentioned
    ):
        return "DURATION", duration(count, letter, clock)
    if way == "atrás":
        if count is None:
            return "DATE", "PAST_REF"
        base = scan.ctx.anchor
        sign = -1
    else:
        base = scan.ctx.ref
        sign = -1 if way == "antes" else 1
    year = scan.ctx.ref_year
    whole = count is not None and count == int(count)
    if way != "atrás" and scan.ctx.year_last and letter == "Y" and year is not None:
        # the story's last date is a year ("en 1998"): years count from it
        return "DATE", str(year + sign * int(count)) if whole and count is not None else None
    if way != "atrás" and scan.ctx.month_last and scan.ctx.ref_month is not None:
        # the story's last date is a month ("en junio de 2021"): years and months
        # count from it; no day can ("dos días después" of a month)
        return "DATE", _months_from(scan.ctx.ref_month, sign, count, letter, clock)
    if base is None or count is None or clock or count != int(count):
        return "DATE", None
    return "DATE", moved(base, sign * int(count), letter)


def _months_from(
    month: tuple[int, int], sign: int, count: float | None, letter: str, clock: str
) -> str | None:
    """The year or month ``count`` years or months from ``month``, as a value;
    None for a vague or fractional count, or for a smaller unit."""
    if count is None or count != int(count) or clock or letter not in {"Y", "M"}:
        return None
    return moved(date(*month, 1), sign * int(count), letter)


EVENT_AFTER = re.compile(r"\s+(?:de|del|que)(?!\w)", re.IGNORECASE)


def on_latest_unit(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "el último año": the year up to now, a duration of one unit."""
    letter, clock, factor = unit_of(match.group("unit"))
    return "DURATION", duration(factor, letter, clock)


def on_duration(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    if match.group("unit").lower() == "segundo" and number_value(match.group("n") or "") == 1:
        return None  # "un segundo partido": the ordinal, not a second
    if not_days(scan.text, match.start("unit"), match.end("unit"), bool(match.group("n"))):
        return None  # "una jornada laboral", "unas jornadas sobre", a league's rounds
    count, letter, clock = count_of(match, "unit")
    if match.group("unit2"):
        return _compound(match, duration(count, letter, clock))
    anchor = scan.ctx.anchor
    if previous_words(scan.text, match.start(), 2) == "dentro de" and not clock:
        # "dentro de dos años": the date that far ahead, like "hace dos años" back
        if anchor is None or count is None or count != int(count):
            return "DATE", None
        return "DATE", moved(anchor, int(count), letter)
    return "DURATION", duration(count, letter, clock)


# Duration letters from the largest unit to the smallest (clock ones after "T").
ORDER = ["Y", "M", "W", "D", "TH", "TM", "TS"]


def _compound(match: re.Match[str], first: str) -> tuple[str, str | None] | None:
    """ "12 años y seis meses" (P12Y6M), "dos horas y 15 minutos" (PT2H15M)."""
    n2 = number_value(match.group("n2"))
    letter1, clock1, _ = unit_of(match.group("unit"))
    letter2, clock2, factor2 = unit_of(match.group("unit2"))
    if n2 is None or n2 != int(n2) or match.group("half") or "." in first:
        return None
    k1, k2 = clock1 + letter1, clock2 + letter2
    if k1 not in ORDER or k2 not in ORDER or ORDER.index(k1) >= ORDER.index(k2):
        return None  # "tres semanas y dos años": not one duration
    join = "T" if clock2 and not clock1 else ""
    return "DURATION", f"{first}{join}{int(n2 * factor2)}{letter2}"


def on_set(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    groups = match.groupdict()
    if groups.get("weekend"):
        return "SET", "XXXX-WXX-WE"
    if groups.get("sday"):  # "cada 8 de marzo"
        day = int(groups["sday"]) if groups["sday"].isdigit() else 1
        return "SET", f"XXXX-{int(month_numbers()[groups['smonth'].lower()]):02d}-{day:02d}"
    if groups.get("pods"):  # "todas las noches"
        return "SET", f"XXXX-XX-XXT{pod_codes()[groups['pods'].lower()[:-1]]}"
    if match.groupdict().get("wd"):
        return "SET", f"XXXX-WXX-{weekday_numbers()[match.group('wd').lower()]}"
    if match.groupdict().get("pod"):
        return "SET", f"XXXX-XX-XXT{pod_codes()[match.group('pod').lower()]}"
    if match.groupdict().get("season"):
        return "SET", f"XXXX-{season_codes()[match.group('season').lower()][0]}"
    count, letter, clock = count_of(match, "unit")
    if count is None:  # "cada trimestre", "una vez por trimestre": one unit, three months
        count = unit_of(match.group("unit"))[2]
    return "SET", duration(count, letter, clock)


def on_half_unit(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "año y medio", "hora y media", "hora y cuarto": one unit and a part, in
    the next smaller unit."""
    letter, clock, factor = unit_of(match.group("unit"))
    count = (1 + fraction(match.group("half"))) * factor
    if (letter, clock) in SMALLER:
        letter, clock, times = SMALLER[letter, clock]  # "hora y media" → PT90M
        count *= times
    return "DURATION", duration(count, letter, clock)


def on_rate(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "al día", "por semana": once per unit, unless an idiom holds it ("ponerse al día")."""
    if previous_words(scan.text, match.start(), 1) in lexicon.column(
        "timex", "rate_blockers", "word"
    ):
        return None
    letter, clock, _ = unit_of(match.group("unit"))
    return "SET", duration(1, letter, clock)


def on_bare_units(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    cues = lexicon.column("timex", "duration_cues", "word")
    text, start = scan.text, match.start()
    if not any(previous_words(text, start, n) in cues for n in (1, 2, 3)):
        return None
    letter, clock, _ = unit_of(match.group("unit"))
    return "DURATION", duration(None, letter, clock)
