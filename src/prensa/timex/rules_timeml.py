"""The rules of the TimeML scheme: what TimeML marks and prensa's guidelines do not.

TimeML (TimeML 1.2.1 guidelines; the TempEval-3 Spanish corpus) also marks
adjectives of vague reference ("el actual presidente", "la próxima
edición"), adjectives of frequency ("un índice diario": a SET), anaphoric
"desde entonces" and vague durations ("mucho tiempo"); the default scheme
leaves them out (../shared/eval/GUIDELINES.md). These rules come last: at
equal span a rule of the shared table wins.
"""

from __future__ import annotations

import re

from prensa import lexicon
from prensa.timex.patterns import Pieces, Rule, bounded
from prensa.timex.phrases import on_phrase
from prensa.timex.values import Scan
from prensa.timex.words import WORD, alternation, phrase_rows

# Determiners (and contracted prepositions) before an adjective of time.
DETERMINERS = {"el", "la", "los", "las", "del", "al", "su", "sus", "un", "una", "este", "esta"}
DETERMINERS |= {"estos", "estas", "ese", "esa", "esos", "esas", "mi", "mis", "nuestro"}
DETERMINERS |= {"nuestra", "nuestros", "nuestras", "cuyo", "cuya", "aquel", "aquella"}
NEXT = re.compile(r"\s+(\w+)")


def timeml_rules(p: Pieces) -> tuple[Rule, ...]:
    """TimeML-only constructions, most specific first."""
    words = {r["word"].lower() for r in lexicon.rows("timex", "timeml_words")}
    return (
        Rule("timeml_phrase", bounded(alternation(phrase_rows("timeml_phrases"))), on_phrase),
        Rule("timeml_word", bounded(alternation(words)), on_timeml_word),
    )


def on_timeml_word(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "el actual presidente" (PRESENT_REF), "la pasada campaña" (PAST_REF),
    "la media diaria" (SET P1D), where the neighbouring words make it an adjective."""
    rows = {r["word"].lower(): r for r in lexicon.rows("timex", "timeml_words")}
    row = rows[match.group(0).lower()]
    before = WORD.findall(scan.text[max(0, match.start() - 30) : match.start()])
    previous = before[-1] if before else ""
    following = NEXT.match(scan.text, match.end())
    if row["context"] == "det":
        if previous.lower() not in DETERMINERS or not following:
            return None
        if not (scan.noun_at(match.end()) or following.group(1)[0].isupper()):
            return None  # "el futuro de las pensiones", "su futuro está": a noun
    elif row["context"] == "noun":
        if not previous or not previous.islower() or previous in DETERMINERS:
            return None  # "el diario" is the newspaper
        if scan.text[match.start() - 1 : match.start()] != " ":
            return None
    return row["type"], row["value"]
