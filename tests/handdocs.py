"""Docs built by hand, parsed the way a test needs (no model)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

Row = tuple[str, int, str, str]  # word, head (absolute index), dep, pos


def parsed_doc(nlp: Language, rows: list[Row]) -> Doc:
    """A Doc from (word, head, dep, pos) rows, each lemma the word in lower case."""
    words = [r[0] for r in rows]
    return Doc(
        nlp.vocab,
        words=words,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[w.lower() for w in words],
    )
