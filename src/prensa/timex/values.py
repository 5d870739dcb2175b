"""The values of the temporal grammar: calendar dates, one function per construction.

Each ``on_<rule>`` function takes the rule's match and the ``Scan`` (text,
story context, verb tense) and returns the TIMEX3 type and value, or None to
reject the match ("Julio Anguita" is no month). This module holds the dates
named on the calendar (days, months, years, seasons, weekdays) and the types
every handler shares; times of day, relative dates, durations and sets are in
``relative``. Calendar arithmetic lives in ``normalize``; the
patterns of the grammar (``component``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from prensa import lexicon
from prensa.timex.normalize import (
    Context,
    Scheme,
    Tense,
    resolve_day_month,
    resolve_month,
)
from prensa.timex.words import (
    RELATION,
    TENS,
    WORD,
    coordinated_year,
    lexicon_map,
    month_numbers,
    previous_words,
    roman_value,
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
    scheme: Scheme = "guidelines"

    @property
    def tense(self) -> Tense:
        """The governing verb's tense; a present tense (or none) leaves the
        preposition to choose: "cerrado desde el sábado" is the last Saturday,
        "abierto hasta el sábado" and "a partir del lunes" the next ones."""
        tense = self.tense_at(self.start)
        if tense in {None, "present"}:
            words = previous_words(self.text, self.start, 2).split()
            if words and words[-1] == "desde":
                return "past"
            if words and (
                words[-1] == "hasta" or words[-2:] in (["partir", "de"], ["partir", "del"])
            ):
                return "future"
        return tense


def year_of(match: re.Match[str], scan: Scan, group: str = "yref") -> int | None:
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


# the start of a period that the report looks forward to: "ordenó la suspensión
# de clases a partir del martes", "regirá desde el próximo"
FROM_NOW_ON = frozenset({"a partir del", "a partir de", "a partir"})


def aim(text: str, start: int) -> str:
    """ "next" for a date that is a target ("convocaron protestas para el 15 de
    noviembre") or the start of what the report announces ("ordenó suspender
    las clases a partir del martes"): "para" and "a partir de" point forward
    whatever the verb's tense."""
    if previous_words(text, start, 1) == "para":
        return "next"
    before = previous_words(text, start, 4).split()
    if any(" ".join(before[-n:]) in FROM_NOW_ON for n in (2, 3)):
        # "a partir del martes", "a partir del 1 de octubre" (the match may open
        # with its "del")
        return "next"
    return ""


def on_day_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    start = match.start()
    if _is_day_name(match, scan.text) or LEGAL_DATE.search(scan.text, max(0, start - 20), start):
        return None
    month = int(month_numbers()[match.group("month").lower()])
    raw = match.group("day").lower()
    day = int(raw) if raw.isdigit() else 1  # "primero", "1º"
    if match.groupdict().get("year"):
        year: int | None = int(match.group("year"))
    elif match.groupdict().get("yref"):
        year = year_of(match, scan)
    else:
        year = None
    rel = RELATION.get(
        (match.groupdict().get("rel") or match.groupdict().get("rel2") or "").lower(), ""
    ) or aim(scan.text, match.start())
    if year is None and not rel:
        # "el 8 de diciembre" after "diciembre de 2019"
        year = scan.ctx.named_month(month, scan.text, match.start())
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


def _is_day_name(match: re.Match[str], text: str) -> bool:
    """ "calle 12 de Octubre", "Hospital 12 de Octubre", "el Primero de Mayo": a
    capitalised month with no year names a street, a building or a holiday.

    Spanish writes months in lower case (RAE, Ortografía, 2010, §4.2.4.9), so
    a capital is a name when the words around say so: a capitalised day word,
    a place head ("calle", "plaza", from ``name_heads.tsv``) or a capitalised
    word inside the sentence right before the day.
    """
    month = match.group("month")
    if not month[0].isupper() or month.isupper() or match.groupdict().get("year"):
        return False
    if match.group("day")[0].isupper():
        return True
    day = match.start("day")
    words = WORD.findall(text[max(0, day - 40) : day])
    if not words:
        return False
    last = words[-1]
    if last.lower() in lexicon.column("actors", "name_heads", "head"):
        return True
    before = text[:day].rstrip()[: -len(last)]
    return last[0].isupper() and not SENTENCE_START.search(before[-3:])


def on_dateline(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "MADRID, 14 Mar. (EUROPA PRESS)": an agency dateline, the nearest such day;
    "MADRID, 14 (EUROPA PRESS)" names the day of the month alone."""
    day = int(match.group("day"))
    anchor = scan.ctx.anchor
    if match.groupdict().get("abbr") is None:
        # "MADRID, 14 (EUROPA PRESS)": the day alone, in the anchor's month or the one before
        if anchor is None or not 1 <= day <= 31:
            return "DATE", None
        first = anchor.replace(day=1) - relativedelta(months=1 if day > anchor.day else 0)
        try:
            return "DATE", first.replace(day=day).isoformat()
        except ValueError:
            return "DATE", None
    abbreviations = lexicon_map("month_abbreviations", "word", "month")
    month = int(abbreviations[match.group("abbr").lower()])
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    found = resolve_day_month(anchor, month, day, "", None)
    return "DATE", found.isoformat() if found else None


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


def on_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    start = match.start()
    if _is_name(scan.text, start, match.end()) or DAY_BEFORE.search(
        scan.text, max(0, start - 16), start
    ):
        return None  # a day and month refused as a whole ("Ley 7/1985, de 2 de abril")
    month = int(month_numbers()[match.group("month").lower()])
    if match.group("year") or match.group("ybare"):
        return "DATE", f"{int(match.group('year') or match.group('ybare')):04d}-{month:02d}"
    if match.group("yref"):
        year = year_of(match, scan)
        return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
    said = match.group("rel") or match.group("rel0") or match.group("rel2") or ""
    named = scan.ctx.named_month(month, scan.text, match.start()) or coordinated_year(
        scan.text, match.end()
    )
    if named and not said:  # "diciembre" after "diciembre de 2019"; "octubre y noviembre de 2019"
        return "DATE", f"{named:04d}-{month:02d}"
    if scan.ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    rel = RELATION.get(said.lower(), "") or aim(scan.text, match.start())
    year, month = resolve_month(scan.ctx.anchor, month, rel, scan.tense)
    return "DATE", f"{year:04d}-{month:02d}"


def on_year(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "en 2019", "el año 1981"; a bare number before a noun counts it ("2000 personas")."""
    bare = match.start() == match.start("year")
    if bare and (
        scan.noun_at(match.end())
        or not _year_context(scan.text, match.start(), match.end())
        or _is_legal_number(scan.text, match.start())
    ):
        return None
    return "DATE", match.group("year")


# "la Ley 7/1985, de 2 de abril": the date of a numbered law is part of its name.
LEGAL_DATE = re.compile(r"(?<![\d/])\d{1,4}/(?:1[6-9]|20)\d\d,?\s+(?:de\s+)?\Z")
DAY_BEFORE = re.compile(r"(?<!\w)(?:\d{1,2}|primero)\s+de\s+\Z", re.IGNORECASE)
LEGAL_NUMBER = re.compile(r"(\w+)\s+(?:n\.?\s*[º°o]\.?\s*)?[\d.]+\s+del?\s+$", re.IGNORECASE)


def _is_legal_number(text: str, start: int) -> bool:
    """ "la Ley 1098 de 2006": the year of a numbered legal text is part of its name."""
    found = LEGAL_NUMBER.search(text[max(0, start - 40) : start])
    return found is not None and found.group(1).lower() in lexicon.column(
        "timex", "legal_nouns", "word"
    )


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
    return word[0].isupper() or word.lower() in lexicon.column("timex", "year_cues", "word")


def on_decade(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    digits = match.group("dec")
    if len(digits) == 2:
        digits = ("20" if digits in {"00", "10"} else "19") + digits
    return "DATE", digits[:3]


def on_this_year(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "finales de año", "finales del mes pasado", "principios de la próxima semana"."""
    anchor = scan.ctx.anchor
    if anchor is None:
        return "DATE", None
    said = " ".join((match.group("pre") or match.group("post") or "").lower().split())
    step = {"past": -1, "next": 1}.get(RELATION.get(said, ""), 0)
    unit = match.group("unit").lower()
    if unit == "mes":
        return "DATE", (anchor + relativedelta(months=step)).strftime("%Y-%m")
    if unit == "semana":
        year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return "DATE", f"{year:04d}-W{week:02d}"
    return "DATE", str(anchor.year + step)


def on_decade_words(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "los años noventa", "la década de los ochenta": the 1900s unless said."""
    return "DATE", f"19{TENS[match.group('decw').lower()]}"


def on_edge_day_of_month(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "el último día de mayo" (2024-05-31), "el primer día de junio"."""
    month = int(month_numbers()[match.group("month").lower()])
    if match.group("year"):
        year: int | None = int(match.group("year"))
    elif scan.ctx.anchor is not None:
        year = resolve_month(scan.ctx.anchor, month, aim(scan.text, match.start()), scan.tense)[0]
    else:
        year = None
    first = date(year or 2000, month, 1)
    day = (
        first
        if match.group("edge").lower() == "primer"
        else (first + relativedelta(months=1) - timedelta(days=1))
    )
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day.day:02d}"
    return "DATE", day.isoformat()


def on_century(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    total = roman_value(match.group("roman"))
    return ("DATE", f"{total - 1:02d}") if 0 < total < 30 else None


MONTH_CUES = {"en", "de", "desde", "hasta", "y", "a", "para", "durante", "entre", "mes", "del"}
NAME_NEXT = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")


SENTENCE_START = re.compile(r"(?:^|[.!?¿¡:«\"“\n(—-])\s*$")


def _is_name(text: str, start: int, end: int) -> bool:
    """ "Julio Anguita", "según Abril": a capitalised month inside a sentence is a name.

    Spanish writes months in lower case (RAE, Ortografía de la lengua española, 2010).
    """
    if not text[start].isupper():
        return False
    before = text[max(0, start - 3) : start]
    if NAME_NEXT.match(text, end):
        return True
    # "en Febrero", "entre diciembre y Febrero": some outlets capitalise months;
    # after a preposition of time a month is a month ("según Abril" stays a name).
    return not SENTENCE_START.search(before) and previous_words(text, start, 1) not in MONTH_CUES
