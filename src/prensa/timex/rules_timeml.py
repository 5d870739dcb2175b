"""The rules of the TimeML scheme: what TimeML marks and prensa's guidelines do not.

TimeML (TimeML 1.2.1 guidelines; the TempEval-3 Spanish corpus) also marks
vague references ("la actualidad", "el futuro"), vague durations ("mucho
tiempo") and adjectival sets ("diario", "anual"); the default scheme leaves
them out (../shared/eval/GUIDELINES.md). These rules come last: at equal span
a rule of the shared table wins.
"""

from __future__ import annotations

from prensa.timex.patterns import Pieces, Rule


def timeml_rules(p: Pieces) -> tuple[Rule, ...]:
    """TimeML-only constructions, most specific first."""
    return ()
