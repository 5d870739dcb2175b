"""The values of the temporal grammar: one function per construction.

Each ``on_<rule>`` function takes the rule's match and the ``Scan`` (text,
story context, verb tense) and returns the TIMEX3 type and value, or None to
reject the match ("Julio Anguita" is no month). Calendar arithmetic lives in
``timex_normalize``; the patterns in ``timex_grammar``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from prensa import lexicon
from prensa.components.timex_normalize import (
    Context,
    Tense,
    duration,
    iso_week,
    moved,
    resolve_day_month,
    resolve_month,
    resolve_weekday,
    weekday_before,
)
from prensa.components.timex_words import (
    DEICTIC_DAYS,
    RELATION,
    TENS,
    WORD,
    count_of,
    lexicon_map,
    month_numbers,
    number_value,
    phrase_rows,
    pod_codes,
    previous_words,
    roman_value,
    season_codes,
    unit_of,
    weekday_numbers,
)

# What the parse tells the grammar: the tense governing an offset, and whether
# a noun starts there.
TenseAt = Callable[[int], Tense]
NounAt = Callable[[int], bool]


@dataclass(frozen=True)
class Found:
    """One temporal expression: character span, TIMEX3 type and value, rule."""

    start: int
    end: int
    type: str
    value: str | None
    rule: str


@dataclass
class Scan:
    """What a handler may read: the text, the context and the verb's tense."""

    text: str
    ctx: Context
    tense_at: TenseAt
    noun_at: NounAt
    start: int = 0
    previous: Found | None = None

    @property
    def tense(self) -> Tense:
        return self.tense_at(self.start)


def _year_of(match: re.Match[str], scan: Scan, group: str = "yref") -> int | None:
    """The year of "de este año", "del año pasado", "de ese año"."""
    phrase = " ".join((match.group(group) or "").lower().split())
    ctx = scan.ctx
    base = ctx.anchor.year if ctx.anchor else None
    if phrase.startswith(("ese", "aquel", "dicho")):
        return ctx.ref_year
    if "anterior" in phrase or "siguiente" in phrase:
        base = ctx.ref_year
    if base is None:
        return None
    if "pasado" in phrase or "anterior" in phrase:
        return base - 1
    if "próximo" in phrase or "siguiente" in phrase or "viene" in phrase:
        return base + 1
    return base


def on_day_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    month = int(month_numbers()[match.group("month").lower()])
    raw = match.group("day").lower()
    day = int(raw) if raw.isdigit() else 1  # "primero", "1º"
    if match.groupdict().get("year"):
        year: int | None = int(match.group("year"))
    elif match.groupdict().get("yref"):
        year = _year_of(match, scan)
    else:
        year = None
    rel = RELATION.get(
        (match.groupdict().get("rel") or match.groupdict().get("rel2") or "").lower(), ""
    )
    if year is None:
        anchor = scan.ctx.anchor or scan.ctx.ref
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        weekday = match.groupdict().get("wd")
        if weekday:  # "el jueves 18 de marzo": the year in which it is a Thursday
            fits = _with_weekday(anchor, month, day, int(weekday_numbers()[weekday.lower()]))
            if fits:
                return "DATE", fits.isoformat()
        tense = scan.tense if scan.ctx.anchor else None
        found = resolve_day_month(anchor, month, day, rel, tense)
        return "DATE", found.isoformat() if found else None
    try:
        return "DATE", date(year, month, day).isoformat()
    except ValueError:
        return "DATE", None


def _with_weekday(anchor: date, month: int, day: int, weekday: int) -> date | None:
    """The date nearest the anchor, a year either side, that falls on ``weekday``."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            options.append(candidate)
    return min(options, key=lambda d: abs(d - anchor)) if options else None


def on_numeric_date(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return "DATE", date(year, month, day).isoformat()
    except ValueError:
        return None


def on_pod_date(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    _, value = on_day_month(match, scan)
    code = pod_codes()[match.group("pod").lower()]
    return "TIME", f"{value}T{code}" if value else None


def on_pod_weekday(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "la noche del sábado", "la madrugada de este domingo"."""
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


def on_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    if _is_name(scan.text, match.start(), match.end()):
        return None
    month = int(month_numbers()[match.group("month").lower()])
    if match.group("year"):
        return "DATE", f"{int(match.group('year')):04d}-{month:02d}"
    if match.group("yref"):
        year = _year_of(match, scan)
        return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
    if scan.ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    rel = RELATION.get((match.group("rel") or "").lower(), "")
    year, month = resolve_month(scan.ctx.anchor, month, rel, scan.tense)
    return "DATE", f"{year:04d}-{month:02d}"


def on_year(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "en 2019", "el año 1981"; a bare number before a noun counts it ("2000 personas")."""
    bare = match.start() == match.start("year")
    if bare and (
        scan.noun_at(match.end()) or not _year_context(scan.text, match.start(), match.end())
    ):
        return None
    return "DATE", match.group("year")


YEAR_RANGE_END = re.compile(r"\s*[-–/]\s*(?:1[6-9]|20)\d\d(?!\d)")


def _year_context(text: str, start: int, end: int) -> bool:
    """Whether the word before a bare number lets it be a year: punctuation, a
    capitalised name ("Champions League 2019"), a preposition ("en 2019"), or
    the number opens a range of years ("la temporada 2020-2021")."""
    if YEAR_RANGE_END.match(text, end):
        return True
    before = text[max(0, start - 30) : start].rstrip()
    if not before or not before[-1].isalnum():
        return True
    words = WORD.findall(before)
    if not words:
        return True
    word = words[-1]
    return word[0].isupper() or word.lower() in lexicon.column("timex_year_cues", "word")


def on_decade(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    digits = match.group("dec")
    if len(digits) == 2:
        digits = ("20" if digits in {"00", "10"} else "19") + digits
    return "DATE", digits[:3]


def on_this_year(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "finales de año": the current year."""
    return "DATE", str(scan.ctx.anchor.year) if scan.ctx.anchor else None


def on_season(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "la primavera de 2019" (2019-SP), "el verano pasado", "este invierno"."""
    if not (
        match.group("det")
        or match.group("year")
        or match.group("yref")
        or previous_words(scan.text, match.start(), 1) in {"en", "durante", "hasta", "desde"}
    ):
        return None  # "verano" alone is a noun like any other ("un verano largo")
    code, starts = season_codes()[match.group("season").lower()]
    if match.group("year"):
        return "DATE", f"{match.group('year')}-{code}"
    if match.group("yref"):
        year = _year_of(match, scan)
        return "DATE", f"{year}-{code}" if year else None
    anchor = scan.ctx.anchor
    if anchor is None:
        return "DATE", f"XXXX-{code}"
    relation = RELATION.get((match.group("pre") or match.group("post") or "").lower(), "")
    year = anchor.year
    if relation == "past" or (not relation and scan.tense == "past"):
        year -= 1 if starts > anchor.month or relation == "past" else 0
    elif relation == "next" or (not relation and scan.tense == "future"):
        year += 1 if starts < anchor.month or relation == "next" else 0
    return "DATE", f"{year}-{code}"


def on_decade_words(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "los años noventa", "la década de los ochenta": the 1900s unless said."""
    return "DATE", f"19{TENS[match.group('decw').lower()]}"


def on_part_of_period(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "el primer trimestre de 2020" (2020-Q1), "la primera década de este siglo" (200)."""
    nth = int(lexicon_map("timex_ordinals", "word", "value")[match.group("ord").lower()])
    part = match.group("part").lower()
    base = scan.ctx.anchor.year if scan.ctx.anchor else scan.ctx.ref_year
    if match.group("year"):
        year: int | None = int(match.group("year"))
    elif match.group("yref"):
        year = _year_of(match, scan)
    elif (match.group("span") or "año").lower() == "año" and not match.group("roman"):
        year = base  # "el segundo trimestre (del año)": the current year
    else:
        year = None
    if part in {"década", "decenio"}:
        if match.group("roman"):
            start = (roman_value(match.group("roman")) - 1) * 100
        elif match.group("span") and base is not None:
            start = base - base % (1000 if match.group("span").lower() == "milenio" else 100)
        else:
            return "DATE", None
        return ("DATE", f"{start // 10 + nth - 1:03d}") if nth <= 10 else None
    if year is None:
        return "DATE", None
    letter, most = {"trimestre": ("Q", 4), "semestre": ("H", 2), "mitad": ("H", 2)}[part]
    return ("DATE", f"{year:04d}-{letter}{nth}") if nth <= most else None


def on_century(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    total = roman_value(match.group("roman"))
    return ("DATE", f"{total - 1:02d}") if 0 < total < 30 else None


APPOSITION = re.compile(r"\s*[,(]?\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


def on_weekday(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    weekday = int(weekday_numbers()[match.group("wd").lower()])
    det = " ".join((match.group("det") or "el").lower().split())
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
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{weekday}"
    words = det.split()[1:] if len(det.split()) > 1 else []
    rel = RELATION.get(post, "") or RELATION.get(" ".join(words), "")
    if not rel and det in {"este", "esta"}:
        rel = "this"
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


def on_relative_unit(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    det = (match.group("det") or "del").lower()
    pre = (match.group("pre") or "").lower()
    post = " ".join((match.group("post") or "").lower().split())
    unit = " ".join(match.group("unit").lower().split())
    if not pre and not post and det in {"el", "la", "del"} and unit != "fin de semana":
        return None
    ctx = scan.ctx
    if pre in {"mismo", "misma"} or (det in {"ese", "esa", "aquel", "aquella"} and not post):
        if unit == "día":
            return "DATE", ctx.ref.isoformat() if ctx.ref else None
        if unit == "año":
            return "DATE", str(ctx.ref_year) if ctx.ref_year else None
        return None
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
        if rel == "next" or (not rel and scan.tense == "future"):
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
            else (_year_of(match, scan) if match.group("yref") else None)
        )
        return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
    count, letter, clock = count_of(match, "unit")
    return "DURATION", duration(count, letter, clock)


def on_ago(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    count, letter, clock = count_of(match, "unit")
    if re.search(r"desde\s+$", scan.text[max(0, match.start() - 8) : match.start()], re.I):
        return "DURATION", duration(count, letter, clock)
    if count is None:
        return "DATE", "PAST_REF"
    if scan.ctx.anchor is None:
        return "DATE", None
    if clock:  # "hace 48 horas": the day it was
        hours = {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}[letter] * count
        return "DATE", (scan.ctx.anchor - timedelta(hours=min(hours, 1e6))).isoformat()
    return "DATE", moved(scan.ctx.anchor, -int(count), letter)


def on_before_after(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "dos días después": a date counted from the story's last one.

    Counted from an event instead ("unos días después de ser vacunada"), or
    with no date to count from, it is the duration that separates them.
    """
    count, letter, clock = count_of(match, "unit")
    way = " ".join(match.group("dir").lower().split())
    if way != "atrás" and (EVENT_AFTER.match(scan.text, match.end()) or not scan.ctx.mentioned):
        return "DURATION", duration(count, letter, clock)
    if way == "atrás":
        if count is None:
            return "DATE", "PAST_REF"
        base = scan.ctx.anchor
        sign = -1
    else:
        base = scan.ctx.ref
        sign = -1 if way == "antes" else 1
    if base is None or count is None or clock or count != int(count):
        return "DATE", None
    return "DATE", moved(base, sign * int(count), letter)


EVENT_AFTER = re.compile(r"\s+(?:de|del|que)(?!\w)", re.IGNORECASE)


def on_latest_unit(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "el último año": the year up to now, a duration of one unit."""
    letter, clock, factor = unit_of(match.group("unit"))
    return "DURATION", duration(factor, letter, clock)


def on_duration(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    if match.group("unit").lower() == "segundo" and number_value(match.group("n") or "") == 1:
        return None  # "un segundo partido": the ordinal, not a second
    count, letter, clock = count_of(match, "unit")
    return "DURATION", duration(count, letter, clock)


def on_set(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    if match.groupdict().get("wd"):
        return "SET", f"XXXX-WXX-{weekday_numbers()[match.group('wd').lower()]}"
    if match.groupdict().get("pod"):
        return "SET", f"XXXX-XX-XXT{pod_codes()[match.group('pod').lower()]}"
    if match.groupdict().get("season"):
        return "SET", f"XXXX-{season_codes()[match.group('season').lower()][0]}"
    count, letter, clock = count_of(match, "unit")
    return "SET", duration(count if count is not None else 1, letter, clock)


def on_clock(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    hour = int(number_value(match.group("h")) or 0)
    minute = int(match.groupdict().get("mi") or 0)
    pod = (match.groupdict().get("pod") or "").lower()
    if match.groupdict().get("quarter"):
        minute = 30 if "media" in match.group("quarter").lower() else 15
    if pod in {"tarde", "noche"} and hour < 12:
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
        day = resolve_weekday(anchor, weekday, "", scan.tense)
    else:
        day = anchor + timedelta(days=DEICTIC_DAYS.get(pre.split()[0], 0))
    return "TIME", f"{day.isoformat()}T{code}"


def on_phrase(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """A fixed phrase of ``timex_phrases.tsv``, where its neighbours allow it."""
    row = phrase_rows()[" ".join(match.group(0).lower().split())]
    following = NEXT_WORD.match(scan.text, match.end())
    if not (
        _fits(row["before"], previous_words(scan.text, match.start(), 1))
        and _fits(row["after"], following.group(1).lower() if following else "")
    ):
        return None
    anchor, value = scan.ctx.anchor, row["value"]
    if value.startswith(("day:", "year:")):
        if anchor is None:
            if value.startswith("day:") and scan.ctx.today_weekday and row["type"] == "DATE":
                offset = int(value[4:])
                return row["type"], f"XXXX-WXX-{(scan.ctx.today_weekday - 1 + offset) % 7 + 1}"
            return row["type"], row["unanchored"] or None
        kind, _, rest = value.partition(":")
        amount, time_part, suffix = rest.partition("T")
        if kind == "year":
            return row["type"], str(anchor.year + int(amount))
        day = (anchor + timedelta(days=int(amount))).isoformat()
        return row["type"], day + (time_part + suffix if suffix else "")
    return row["type"], value


NEXT_WORD = re.compile(r"\s+(\w+)")


def _fits(spec: str, word: str) -> bool:
    """``spec`` is "" (anything), "a|b" (one of these) or "!a|b" (none of these)."""
    if not spec:
        return True
    return (word in set(spec.lstrip("!").split("|"))) != spec.startswith("!")


def on_day_of_ref_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    if scan.ctx.ref_month is None:
        return "DATE", None
    year, month = scan.ctx.ref_month
    try:
        return "DATE", date(year, month, int(match.group("day"))).isoformat()
    except ValueError:
        return "DATE", None


def on_clock_any(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    hour = match.group("h") or match.group("hh") or match.group("h3") or match.group("h4")
    minute = match.group("mi") or match.group("mm") or match.group("m3") or match.group("m4")
    if int(hour) > 24 or (match.group("ampm") and int(hour) > 12):
        return None
    if match.group("ampm"):  # "10 p. m." is 22:00, "12 a. m." midnight
        hour = str(int(hour) % 12 + (12 if match.group("ampm").lower() == "p" else 0))
    minute = minute or "0"
    return "TIME", f"{_clock_day(match, scan)}T{int(hour):02d}:{int(minute):02d}"


CLOCK_AFTER_DATE = re.compile(r"\s*,?\s*(?:a|hacia|sobre|desde|hasta|y)?\s*", re.IGNORECASE)


def _clock_day(match: re.Match[str], scan: Scan) -> str:
    """The day of a clock time: "las 23.00 horas del sábado", "el 9 de abril a las
    10.00", else the publication date (news times are today's)."""
    ctx, previous = scan.ctx, scan.previous
    weekday = match.groupdict().get("cwd")
    if weekday:
        if ctx.anchor is None:
            return f"XXXX-WXX-{weekday_numbers()[weekday.lower()]}"
        wd = int(weekday_numbers()[weekday.lower()])
        return resolve_weekday(ctx.anchor, wd, "", scan.tense).isoformat()
    deictic = match.groupdict().get("cdeic")
    if deictic and ctx.anchor is not None:
        return (ctx.anchor + timedelta(days=DEICTIC_DAYS[deictic.lower()])).isoformat()
    if (
        previous is not None
        and previous.type == "DATE"
        and previous.value
        and len(previous.value) == 10
        and previous.value[:4].isdigit()
        and CLOCK_AFTER_DATE.fullmatch(scan.text, previous.end, match.start())
    ):
        return previous.value
    return ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"


def on_bare_units(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    cues = lexicon.column("timex_duration_cues", "word")
    text, start = scan.text, match.start()
    if not any(previous_words(text, start, n) in cues for n in (1, 2, 3)):
        return None
    letter, clock, _ = unit_of(match.group("unit"))
    return "DURATION", duration(None, letter, clock)


NAME_NEXT = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")


SENTENCE_START = re.compile(r"(?:^|[.!?¿¡:«\"“\n(—-])\s*$")


def _is_name(text: str, start: int, end: int) -> bool:
    """ "Julio Anguita", "según Abril": a capitalised month inside a sentence is a name.

    Spanish writes months in lower case (RAE, Ortografía de la lengua española, 2010).
    """
    if not text[start].isupper():
        return False
    before = text[max(0, start - 3) : start]
    return bool(NAME_NEXT.match(text, end)) or not SENTENCE_START.search(before)
