"""What the speaker rules read of the quotation finder: marks, sentences, tokens.

``quotes.component`` implements it; the speaker rules ask it by character
offset and never import the finder.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span


class Geometry(Protocol):
    """What the resolver reads of the finder: marks, sentences and tokens by offset."""

    def inside_mark(self, offset: int) -> bool: ...

    def sent_start(self, offset: int) -> int: ...

    def sent_end(self, offset: int) -> int: ...

    def tokens(self, start: int, end: int) -> Span: ...
