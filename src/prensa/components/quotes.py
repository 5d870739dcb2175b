"""Quotations: marked and indirect, with speaker, cue and source (stub)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotationFinder:
    """Writes ``doc._.prensa_quotes``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.prensa_quotes = []
        return doc
