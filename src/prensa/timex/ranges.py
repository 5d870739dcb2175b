"""Ranges of counts: "entre dos y 8 meses", "de cuatro a seis semanas", "tres o cuatro días".

prensa's guidelines mark the range as one DURATION whose value is null (TIMEX3
has no value for a range; the dev annotation writes "cuatro a seis semanas"
so), the governing "entre"/"de" outside. TimeML (TempEval-3 Spanish) marks
each end as its own duration: the first number takes the unit of the second
("de [dos] a [tres años]": P2Y and P3Y); ``range_first_rule`` is that first
end, and the second is an ordinary duration.
"""

from __future__ import annotations

import re

from prensa.timex.normalize import duration
from prensa.timex.patterns import Pieces, Rule, bounded
from prensa.timex.values import Scan
from prensa.timex.words import MOD, count_of, previous_words, unit_of

# The joining word each opening preposition takes ("entre dos y tres",
# "de dos a tres"); "o"/"u" and a dash need none ("tres o cuatro días").
JOINS = {"entre": {"y"}, "de": {"a", "hasta"}, "desde": {"a", "hasta"}}
OPEN_JOINS = {"o", "u", "-", "–"}


def range_rule(p: Pieces) -> Rule:
    """The whole range, for the guidelines scheme."""
    return Rule(
        "range",
        bounded(
            r"(?:(?P<pre>entre|de|desde)\s+(?P<body>))?"
            rf"(?P<n1>{p.num})(?:\s+(?P<unit1>{p.unit}))?\s*(?P<conj>\s(?:a|y|o|u|hasta)\s|[-–])\s*"
            rf"(?:{MOD}\s+)?(?P<n>{p.num})\s+(?P<unit>{p.unit})"
        ),
        on_range,
    )


def range_first_rule(p: Pieces) -> Rule:
    """The first end of a range without its unit, for the TimeML scheme."""
    return Rule(
        "range_first",
        bounded(
            rf"(?P<n>{p.num})(?=\s*(?P<conj>\s(?:a|y|o|u|hasta)\s|[-–])\s*"
            rf"(?:{MOD}\s+)?{p.num}\s+(?P<unit>{p.unit})(?!\w))"
        ),
        on_range_first,
    )


def _joined(conj: str, pre: str) -> bool:
    """Whether the joining word fits the preposition before the range."""
    conj = conj.strip().lower()
    return conj in OPEN_JOINS or conj in JOINS.get(pre, set())


def _clock_from_to(unit: str, pre: str, conj: str) -> bool:
    """ "de 9 a 14 horas" is a stretch of the clock, not of 5 to 14 hours."""
    return bool(unit_of(unit)[1]) and pre in {"de", "desde"} and conj.strip() in {"a", "hasta"}


def on_range(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    pre = (match.group("pre") or "").lower()
    conj = match.group("conj")
    if not _joined(conj, pre) or _clock_from_to(match.group("unit"), pre, conj):
        return None
    return "DURATION", None


def on_range_first(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    pre = previous_words(scan.text, match.start(), 1)
    conj = match.group("conj")
    if not _joined(conj, pre) or _clock_from_to(match.group("unit"), pre, conj):
        return None
    count, letter, clock = count_of(match, "unit")
    return "DURATION", duration(count, letter, clock)
