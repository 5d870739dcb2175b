"""One Doc's token attributes as plain lists, read once per Doc.

Several rules look at every token of a Doc for a few words ("para",
"según") or labels (a subject), and each ``for tok in doc`` builds a
``Token`` object per token and reads its strings one by one. The table reads
the columns the rules ask about with one ``Doc.to_array`` call, once per Doc
(as ``prensa.extensions.text_of`` does for the text), so that a rule can ask
"where are the tokens whose lower-case form is 'para'?" and build a ``Token``
only for those.

The table is kept for the last few Docs asked about, keyed by the Doc itself
and its length: the only retokenisation in prensa (``prensa_actors``
splitting "BOGOTÁ.-") changes the length, so a table read before it is not
used after it. No component changes a token's POS, dependency or lemma.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

COLUMNS = (IDX, ORTH, LOWER, POS, DEP, LEMMA, IS_PUNCT, IS_SPACE)


@dataclass(frozen=True)
class TokenTable:
    """Per token, in order: character offset, and the hashes (as the
    ``Token`` attributes without ``_`` give them) of its text, lower-case
    form, POS id, dependency label and lemma; whether it is punctuation or
    whitespace."""

    idx: tuple[int, ...]
    orth: tuple[int, ...]
    lower: tuple[int, ...]
    pos: tuple[int, ...]
    dep: tuple[int, ...]
    lemma: tuple[int, ...]
    is_punct: tuple[bool, ...]
    is_space: tuple[bool, ...]


_RECENT: deque[tuple[Doc, int, TokenTable]] = deque(maxlen=4)


def table(doc: Doc) -> TokenTable:
    """The token table of ``doc``, built on first use."""
    n = len(doc)
    for known, length, found in tuple(_RECENT):
        if known is doc and length == n:
            return found
    columns = doc.to_array(list(COLUMNS)).T.tolist() if n else [[] for _ in COLUMNS]
    idx, orth, lower, pos, dep, lemma, punct, space = map(tuple, columns)
    built = TokenTable(
        idx=idx,
        orth=orth,
        lower=lower,
        pos=pos,
        dep=dep,
        lemma=lemma,
        is_punct=tuple(map(bool, punct)),
        is_space=tuple(map(bool, space)),
    )
    _RECENT.append((doc, n, built))
    return built


def token_starts(doc: Doc) -> tuple[int, ...]:
    """The character offset of each token (``[t.idx for t in doc]``)."""
    return table(doc).idx


def positions(doc: Doc, *, lower: Iterable[str] = (), dep: Iterable[str] = ()) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of
    ``lower`` or whose dependency label is one of ``dep``.

    >>> import spacy
    >>> positions(spacy.blank("es")("Para Ana, para mí."), lower={"para"})
    [0, 3]
    """
    t = table(doc)
    words = {get_string_id(w) for w in lower}
    labels = {get_string_id(d) for d in dep}
    found = [i for i, h in enumerate(t.lower) if h in words] if words else []
    if labels:
        found = sorted({*found, *(i for i, h in enumerate(t.dep) if h in labels)})
    return found


def tokens_where(
    doc: Doc, *, lower: Iterable[str] = (), dep: Iterable[str] = ()
) -> Iterator[Token]:
    """The tokens :func:`positions` finds: ``for tok in tokens_where(doc,
    lower={"para"})`` visits what ``for tok in doc: if tok.lower_ == "para"``
    does, without a ``Token`` for every other word."""
    for i in positions(doc, lower=lower, dep=dep):
        yield doc[i]
