"""The shape of a timex rule and the pattern pieces its table is built from.

A ``Rule`` pairs a regular pattern with the ``on_<rule>`` function that writes
its value; ``pieces()`` compiles the word lists of ``prensa/timex/data/*.tsv``
into the alternations ("enero|febrero|..."), counts and year tails that the
rule tables (``rules_calendar``, ``rules_relative``) share, once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from prensa import lexicon
from prensa.timex.gates import gate
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
    # named groups that, where they match, make the expression a point of
    # comparison ("respecto al mismo mes de 2024"): resolved, but no time the
    # story moves to, so later expressions do not count from it
    comparison: tuple[str, ...] = ()

    def compares(self, m: re.Match[str]) -> bool:
        """Whether this match of the rule is a point of comparison."""
        return any(m.group(g) for g in self.comparison)


def bounded(body: str) -> re.Pattern[str]:
    """``body`` as whole words, case-insensitive.

    A lookahead for the first characters a match can start with comes
    first (``gates.gate``): it matches the same, and spares trying every
    alternative of ``body`` at each word of the text (``re`` tries them one
    by one when it ignores case).
    """
    return re.compile(r"(?<!\w)" + gate(body) + body + r"(?!\w)", re.IGNORECASE)


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
    count = (
        rf"(?:{MOD}\s+)?(?:(?P<n>{num})|{quant})\s+(?P<unit>{unit})"
        r"(?P<half>\s+y\s+(?:medi[oa]|cuarto))?"
    )
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
