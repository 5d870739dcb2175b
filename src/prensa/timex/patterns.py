"""The shape of a timex rule and the pattern pieces its table is built from.

A ``Rule`` pairs a regular pattern with the ``on_<rule>`` function that writes
its value; ``pieces()`` compiles the word lists of ``prensa/timex/data/*.tsv``
into the alternations ("enero|febrero|..."), counts and year tails that the
rule tables (``rules_calendar``, ``rules_relative``) share, once.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from prensa import lexicon
from prensa.timex.values import Scan
from prensa.timex.words import (
    MOD,
    YEAR,
    YREF,
    alternation,
    lexicon_map,
    month_numbers,
    pod_codes,
    unit_rows,
    weekday_numbers,
)

# A rule's value function: TIMEX3 type and value, or None to reject the match.
Handler = Callable[[re.Match[str], Scan], tuple[str, str | None] | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


def bounded(body: str) -> re.Pattern[str]:
    """``body`` as whole words, case-insensitive.

    A lookahead for the characters a match can start with comes first: it
    matches the same, and spares trying every alternative of ``body`` at each
    word of the text (``re`` tries them one by one when it ignores case).
    """
    gate = first_chars(body)
    ahead = f"(?=[{gate}])" if gate else ""
    return re.compile(r"(?<!\w)" + ahead + body + r"(?!\w)", re.IGNORECASE)


# re's own parser (``re._parser``, ``re._constants``): private modules that
# typeshed does not describe, so they are taken by name, as plain objects.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_CLASSES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_SPACE: r"\s",
}


def first_chars(body: str) -> str | None:
    """A character class (without brackets) holding every character a match of
    ``body`` can start with, or None where that is not plain to see (a match
    may be empty, or start with any character)."""
    items = _first(_parser.parse(body, re.IGNORECASE).data)
    if items is None or items[1]:
        return None
    out = []
    for op, av in items[0]:
        if op is _constants.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _constants.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _constants.CATEGORY and av in _CLASSES:
            out.append(_CLASSES[av])
        else:
            return None
    return "".join(dict.fromkeys(out))


Items = list[tuple[Any, Any]]


def _first(seq: list[tuple[Any, Any]]) -> tuple[Items, bool] | None:
    """(first-character items, whether ``seq`` can match empty), or None."""
    found: Items = []
    for op, av in seq:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue  # zero-width: the first character comes after it
        if op is _constants.LITERAL:
            return [*found, (op, av)], False
        if op is _constants.IN:
            assert isinstance(av, list)
            if any(o is _constants.NEGATE for o, _ in av):
                return None
            return found + av, False
        if op is _constants.SUBPATTERN:
            assert isinstance(av, tuple)
            inner = _first(av[-1].data)
        elif op is _constants.BRANCH:
            assert isinstance(av, tuple)
            parts = [_first(alt.data) for alt in av[1]]
            if any(p is None for p in parts):
                return None
            inner = ([i for p in parts if p for i in p[0]], any(p[1] for p in parts if p))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            assert isinstance(av, tuple)
            sub = _first(av[2].data)
            inner = None if sub is None else (sub[0], sub[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


@dataclass(frozen=True)
class Pieces:
    """Regular-expression fragments shared by the rule tables."""

    month: str
    wd: str
    unit: str
    pod: str
    num_word: str
    num: str
    quant: str
    count: str
    year_of_tail: str
    year_tail: str
    day: str
    ordinal: str
    season: str
    tens: str
    abbr: str
    clock_day: str


@cache
def pieces() -> Pieces:
    """The fragments, compiled from the word lists once."""
    month, wd = alternation(month_numbers()), alternation(weekday_numbers())
    unit, pod = alternation(unit_rows()), alternation(pod_codes())
    num_word = alternation(lexicon_map("numerals", "word", "value"))
    num = rf"(?:\d+(?:[.,]\d+)?|{num_word}(?:\s+y\s+{num_word})?)"
    quant = alternation(lexicon.column("timex", "quantifiers", "word"))
    count = rf"(?:{MOD}\s+)?(?:(?P<n>{num})|{quant})\s+(?P<unit>{unit})(?P<half>\s+y\s+medi[oa])?"
    year_of_tail = rf"\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yref>{YREF}))"
    year_tail = rf"(?:{year_of_tail})?"
    day = r"(?P<day>\d{1,2}|primero|1\.?º)"
    ordinal = alternation(lexicon_map("ordinals", "word", "value"))
    season = alternation(lexicon_map("seasons", "word", "code"))
    tens = r"(?P<decw>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)"
    abbr = "|".join(
        sorted(lexicon.column("timex", "month_abbreviations", "word"), key=len, reverse=True)
    )
    clock_day = (
        rf"(?:\s+(?:del|(?P<cthis>de\s+est[ea]))\s+(?:(?P<crel>próximo|pasado)\s+)?(?P<cwd>{wd})"
        r"|\s+de\s+(?P<cdeic>hoy|ayer|anteayer))?"
    )
    return Pieces(
        month=month,
        wd=wd,
        unit=unit,
        pod=pod,
        num_word=num_word,
        num=num,
        quant=quant,
        count=count,
        year_of_tail=year_of_tail,
        year_tail=year_tail,
        day=day,
        ordinal=ordinal,
        season=season,
        tens=tens,
        abbr=abbr,
        clock_day=clock_day,
    )
