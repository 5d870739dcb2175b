"""Secondary sources of a quotation: who published or relayed it.

A source is kept apart from the speaker: in "según informa la prensa rusa,
el presidente afirmó que ..." the president speaks and the Russian press
relays. Cues are the lexicon's nominal cues ("en declaraciones a", "en una
entrevista con", "en un comunicado") and "según/como" + a verb of publishing
("según informa", "como publicó", "según ha podido saber").

>>> text = "Según informa la prensa local, el alcalde dijo que «todo va bien»."
>>> find_source(text, 0, len(text), (53, 65), 32, lambda offset: False)
'la prensa local'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from prensa import lexicon

# where the noun phrase naming a source ends
SOURCE_END = re.compile(r"[,.;:«»“”\"()\n]|\s(?:que|y|para|donde|cuando|el pasado|este)\s")
MAX_PHRASE = 80  # characters


@cache
def _source_pattern() -> re.Pattern[str]:
    nominal = sorted(
        (r["lemma"] for r in lexicon.rows("speakers", "reporting_verbs") if r["kind"] == "noun"),
        key=len,
        reverse=True,
    )
    cue = "|".join(re.escape(n) for n in nominal)
    return re.compile(
        rf"\b(?P<cue>(?:{cue})|(?:según|como)\s+(?:ha\s+)?(?:informa\w*|public\w*|recog\w*|"
        rf"adelant\w*|podido\s+saber|revel\w*|difund\w*))\b",
        re.I,
    )


def find_source(
    text: str,
    lo: int,
    hi: int,
    quote: tuple[int, int],
    speaker_start: int | None,
    inside_mark: Callable[[int], bool],
) -> str | None:
    """The source named in ``text[lo:hi]`` nearest to ``quote``, or None.

    A "según X" whose X is the speaker phrase itself is no second source; a
    cue with no phrase after it gives its own noun ("en un comunicado" ->
    "un comunicado").
    """
    best: tuple[int, str] | None = None
    for m in _source_pattern().finditer(text, lo, hi):
        if inside_mark(m.start()):
            continue
        tail = text[m.end() : min(m.end() + MAX_PHRASE, hi)]
        stop = SOURCE_END.search(tail)
        np_start = m.end() + len(tail) - len(tail.lstrip())
        np_end = m.end() + (stop.start() if stop else len(tail))
        if speaker_start is not None and np_start <= speaker_start < np_end:
            continue
        phrase = text[np_start:np_end].strip()
        if not phrase:
            cue = m.group("cue")
            phrase = cue[3:] if cue.lower().startswith("en ") else cue
        distance = min(abs(m.start() - quote[0]), abs(m.start() - quote[1]))
        if best is None or distance < best[0]:
            best = (distance, phrase)
    return best[1] if best else None
