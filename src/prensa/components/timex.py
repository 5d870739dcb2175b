"""Temporal expressions normalised to TIMEX3 values (stub)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimexTagger:
    """Writes ``doc._.prensa_timexes``."""

    def __init__(self, nlp: Language, name: str, *, max_chars: int = 100_000) -> None:
        self.name = name
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        doc._.prensa_timexes = []
        return doc
