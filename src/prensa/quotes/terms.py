"""Words in marks that are no quotation: a term, a name or a title.

GUIDELINES.md: titles of works, names of products and the journalist's own
scare quotes are not quotations. A short stretch in marks (one to three
words) set off as a noun's apposition ("su género, el «dream pop», ...") or
right after a noun ("la cooperativa «Tierra Viva»") names or labels something; it is a
quotation only where a verb of saying governs it ("aseguró el «cierre
definitivo»", "lo calificó de «absurdo»") or follows it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

MAX_TERM_WORDS = 3
MAX_CLIMB = 8


def is_term(content: Span, before: Token | None, is_cue: Callable[[Token], bool]) -> bool:
    """Whether the stretch ``content`` (its tokens, without the marks) that
    ``before`` precedes is a term in marks rather than a quotation."""
    words = [t for t in content if not t.is_punct and not t.is_space]
    if not 1 <= len(words) <= MAX_TERM_WORDS or before is None:
        return False
    if not (before.pos_ == "NOUN" or _apposition(content, before)):
        return False
    if any("VerbForm=Fin" in str(t.morph) for t in words):
        return False  # "su equipo «no estuvo fino»": a clause says something, a label names
    return not _governed(words, is_cue)


def _apposition(content: Span, before: Token) -> bool:
    """ "su género, el «dream pop», combina ...": a determiner after a noun and
    a comma, and a comma after the closing mark: a label set off as an apposition."""
    doc = content.doc
    if before.pos_ != "DET" or before.i < 2 or doc[before.i - 1].text != ",":
        return False
    if doc[before.i - 2].pos_ not in {"NOUN", "ADJ"}:
        return False
    after = content.end + 1  # past the closing mark
    return after < len(doc) and doc[after].text == ","


def _governed(words: list[Token], is_cue: Callable[[Token], bool]) -> bool:
    """Whether a verb of saying governs the stretch: up its heads to the root,
    never out of a relative clause ("una medida que obligará a ir al «insti»")."""
    inside = {t.i for t in words}
    for word in words:
        tok = word
        for _ in range(MAX_CLIMB):
            if tok.i not in inside and is_cue(tok):
                return True
            if tok.dep_.startswith("acl") or tok.head.i == tok.i:
                break
            tok = tok.head
    return False
