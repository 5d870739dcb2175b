"""Counts of "jornada(s)" that are no stretch of days.

"Tras una jornada de caos" and "varias jornadas con subidas" count days; "una
jornada reducida" is a working day, "unas jornadas sobre el agua" a meeting,
and "lleva cinco jornadas sin ganar" in a league story counts rounds of its
calendar. The words that tell them apart are in ``data/jornada_senses.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from prensa import lexicon
from prensa.timex.words import WORD, previous_words

JORNADA = re.compile(r"jornadas?", re.IGNORECASE)
NEAR = 300  # characters either side where a competition noun makes it a round


@cache
def _cues(where: str) -> frozenset[str]:
    return frozenset(
        r["word"].lower() for r in lexicon.rows("timex", "jornada_senses") if r["where"] == where
    )


def not_days(text: str, unit_start: int, unit_end: int, counted: bool) -> bool:
    """Whether the "jornada(s)" at ``text[unit_start:unit_end]`` is a working
    day, a meeting or a round of a competition rather than days. ``counted``:
    a number counts it ("cinco jornadas"), not a vague word ("unas jornadas")."""
    if not JORNADA.fullmatch(text, unit_start, unit_end):
        return False
    after = WORD.findall(text[unit_end : unit_end + 20])
    if after and after[0].lower() in _cues("after"):
        return True
    plural = text[unit_end - 1 : unit_end].lower() == "s"
    if plural and not counted and previous_words(text, unit_start, 1) in _cues("before"):
        return True
    window = text[max(0, unit_start - NEAR) : unit_end + NEAR].lower()
    return any(word in _cues("near") for word in WORD.findall(window))
