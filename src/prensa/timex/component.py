"""Temporal expressions normalised to TIMEX3 values.

The grammar finds and normalises the expressions over the text:
``grammar`` (patterns and the scan), ``values`` and
``relative`` (one value function per construction), ``normalize``
(calendar arithmetic) and ``words`` (the word lists of ``data/*.tsv``). This component
supplies what only the parse knows: the tense of the verb that governs each
expression, so that "el domingo" in "se reunieron el domingo" is the previous
Sunday and in "se reunirán el domingo" the next, and whether a number counts
a noun ("2000 personas") rather than naming a year.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from prensa.timex.grammar import find_timexes
from prensa.timex.normalize import Tense

# How far up the dependency tree to look for the governing verb.
MAX_CLIMB = 6


class TimexTagger:
    """Writes ``doc._.prensa_timexes``: {"start", "end", "type", "value", "rule"}."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = {t.idx: t.i for t in doc}

        def tense_at(offset: int) -> Tense:
            i = starts.get(offset)
            return verb_tense(doc[i]) if i is not None else None

        def noun_at(offset: int) -> bool:
            """Whether the word right after ``offset`` (one space on) is a common noun."""
            i = starts.get(offset + 1) if doc.text[offset : offset + 1] == " " else None
            return i is not None and doc[i].pos_ == "NOUN" and doc[i].is_lower

        found = find_timexes(doc.text, _anchor(doc._.pub_date), tense_at, noun_at)
        doc._.prensa_timexes = [
            {"start": f.start, "end": f.end, "type": f.type, "value": f.value, "rule": f.rule}
            for f in found
        ]
        return doc


def _anchor(pub_date: str | None) -> date | None:
    if not pub_date:
        return None
    try:
        return date.fromisoformat(pub_date[:10])
    except ValueError:
        return None


def verb_tense(token: Token) -> Tense:
    """Past, present or future of the verb governing ``token``.

    Compound tenses count by their auxiliary: "ha dicho" (perfect) is past,
    "va a decir" (periphrastic future) is future; a copular predicate counts
    by its copula ("estará vigente hasta el 31 de diciembre" is future).
    """
    verb = token
    for _ in range(MAX_CLIMB):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        # A copular predicate ("estará vigente hasta el 31", "la cumbre será el
        # 3 de mayo") takes the tense of its copula.
        copula = next((c for c in verb.children if c.dep_ == "cop"), None)
        if copula is not None:
            return _tense_of(copula)
        if verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in verb.children:
        if child.dep_ in {"aux", "aux:pass"}:
            if child.lemma_ == "haber":
                return "past"
            if child.lemma_ == "ir" and any(c.lower_ == "a" for c in verb.children):
                return "future"
            tense = _tense_of(child)
            if tense:
                return tense
    return _tense_of(verb)


TENSES: dict[str, Tense] = {"Past": "past", "Imp": "past", "Fut": "future", "Pres": "present"}


def _tense_of(token: Token) -> Tense:
    tense = token.morph.get("Tense", [])
    return TENSES.get(tense[0]) if tense else None
