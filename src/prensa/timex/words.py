"""The vocabulary of the temporal grammar: word lists and shared patterns.

Every word list comes from ``prensa/timex/data/*.tsv`` (see data/README.md);
the small closed classes the patterns need (determiners, "pasado",
"próximo", "principios") are written into the patterns themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# text_to_num ships no type stubs: pyproject's mypy overrides should list it.
from text_to_num import text2num

from prensa import lexicon


def alternation(words: Iterable[str]) -> str:
    forms = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


@cache
def lexicon_map(name: str, key: str, value: str) -> dict[str, str]:
    return {r[key].lower(): r[value] for r in lexicon.rows("timex", name)}


def month_numbers() -> dict[str, str]:
    return lexicon_map("months", "word", "month")


def weekday_numbers() -> dict[str, str]:
    return lexicon_map("weekdays", "word", "weekday")


def unit_rows() -> dict[str, dict[str, str]]:
    return {r["word"].lower(): r for r in lexicon.rows("timex", "units")}


def pod_codes() -> dict[str, str]:
    return lexicon_map("parts_of_day", "word", "code")


THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def number_value(word: str) -> float | None:
    """The value of "24", "dos", "treinta y cinco", "media"; None if vague."""
    w = " ".join(word.lower().split())
    if THOUSANDS.fullmatch(w):
        return float(w.replace(".", ""))  # "1.000": Spanish groups thousands with dots
    if w.replace(",", ".").replace(".", "", 1).isdigit():
        return float(w.replace(",", "."))
    table = lexicon_map("numerals", "word", "value")
    if w in table:
        return float(table[w])
    try:
        return float(text2num(w, "es"))
    except ValueError:
        return None


def unit_of(word: str) -> tuple[str, str, int]:
    """Letter, clock designator and factor of a unit word ("horas" → H, T, 1)."""
    row = unit_rows()[" ".join(word.lower().split())]
    return row["letter"], row["clock"], int(row["factor"])


# A fractional count is written in the next smaller unit: letter, clock, factor.
SMALLER = {
    ("H", "T"): ("M", "T", 60),
    ("D", ""): ("H", "T", 24),
    ("W", ""): ("D", "", 7),
    ("Y", ""): ("M", "", 12),
    ("DE", ""): ("Y", "", 10),  # "década y media" → P15Y
    ("CE", ""): ("Y", "", 100),  # "medio siglo" → P50Y
}


def fraction(tail: str) -> float:
    """What "y media" (a half) or "y cuarto" (a quarter) adds to a count."""
    return 0.25 if tail.rstrip().lower().endswith("cuarto") else 0.5


def count_of(match: re.Match[str], unit: str) -> tuple[float | None, str, str]:
    """Count × factor, letter and clock of a matched ``n``/``unit`` pair."""
    letter, clock, factor = unit_of(match.group(unit))
    n = match.groupdict().get("n")
    count = number_value(n) if n else None
    if count is not None and match.groupdict().get("half"):
        count += fraction(match.group("half"))
    if count is not None and count != int(count) and (letter, clock) in SMALLER:
        letter, clock, times = SMALLER[letter, clock]  # "hora y media" → PT90M
        count *= times
    return (count * factor if count is not None else None), letter, clock


# A year 1600-2099 that is no part of a larger number, a code ("39/2015") or a share.
YEAR = r"(?<![\d.,/])(?:1[6-9]|20)\d\d(?![\d]|[.,]\d|\s*%)"
# A year named by reference: "este año", "ese año", "el año pasado", "año anterior".
YREF = (
    r"(?:(?:este|ese|aquel|el|dicho)\s+año"
    r"(?:\s+(?:pasado|anterior|próximo|siguiente|que\s+viene))?"
    r"|(?:(?:el|del)\s+)?(?:próximo|pasado)\s+año"  # "del próximo año"
    r"|año\s+(?:pasado|anterior|próximo|siguiente))"
)
# The edges of a period: "a principios de 2019", "a finales de junio".
EDGE = r"(?:principios|comienzos|inicios|mediados|finales|final|fines)"
# Approximators before a count: "más de siete semanas", "casi cinco horas".
MOD = (
    r"(?:más\s+de|menos\s+de|casi|cerca\s+de|al\s+menos|apenas|alrededor\s+de|poco\s+más\s+de"
    r"|aproximadamente|por\s+lo\s+menos|otros|otras|unos|unas)"
)
# Where a relative word points: "el lunes pasado" (past), "el próximo mes" (next).
RELATION = {
    "pasado": "past",
    "pasada": "past",
    "anterior": "past",
    "último": "past",
    "última": "past",
    "próximo": "next",
    "próxima": "next",
    "siguiente": "next",
    "que viene": "next",
    "posterior": "next",
    "este": "this",
    "esta": "this",
    "presente": "this",
    "en curso": "this",
    "entrante": "next",
    "venidero": "next",
    "venidera": "next",
    "antepasado": "before_last",
    "antepasada": "before_last",
}


def season_codes() -> dict[str, tuple[str, int]]:
    return {
        r["word"].lower(): (r["code"], int(r["month"])) for r in lexicon.rows("timex", "seasons")
    }


# Decades named by their tens: "los años noventa".
TENS = {
    "veinte": 2,
    "treinta": 3,
    "cuarenta": 4,
    "cincuenta": 5,
    "sesenta": 6,
    "setenta": 7,
    "ochenta": 8,
    "noventa": 9,
}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = ROMAN[ch.upper()]
        nxt = ROMAN[numeral[i + 1].upper()] if i + 1 < len(numeral) else 0
        total += -value if nxt > value else value
    return total


# Days counted from today by the deictic adverbs.
DEICTIC_DAYS = {"hoy": 0, "ayer": -1, "anteayer": -2, "mañana": 1}


@cache
def phrase_rows(name: str = "phrases") -> dict[str, dict[str, str]]:
    """The fixed phrases of ``data/<name>.tsv`` (``timeml_phrases``: the TimeML scheme's)."""
    return {" ".join(r["phrase"].lower().split()): r for r in lexicon.rows("timex", name)}


WORD = re.compile(r"[\wáéíóúüñ]+", re.I)


def previous_words(text: str, start: int, count: int) -> str:
    """The ``count`` words before ``start``, lower-cased and space-joined."""
    words = WORD.findall(text[max(0, start - 40) : start])
    return " ".join(words[-count:]).lower() if words else ""


COORDINATED = re.compile(
    r"\s+(?:y|e|o|a|al|hasta)\s+(?:(?:el\s+)?\d{1,2}\s+de\s+)?[a-zé]+\s+(?:de|del)\s+"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def coordinated_year(text: str, end: int) -> int | None:
    """The year of "octubre y noviembre de 2019" for "octubre", joined to its month."""
    found = COORDINATED.match(text, end)
    if found is None:
        return None
    month = found.group(0).split()[-3].lower()
    return int(found.group("year")) if month in month_numbers() else None
