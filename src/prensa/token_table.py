"""A Doc's token attributes as columns of plain ints, read once per Doc.

Several rules look at every token of a Doc for a few words ("para",
"según") or labels (a subject), and each ``for tok in doc`` builds a
``Token`` object per token and reads its strings one by one. A column here is
one ``Doc.to_array`` call, read once per Doc (as ``prensa.extensions.text_of``
does for the text), so that a rule can ask "where are the tokens whose
lower-case form is 'para'?", compared in numpy, and build a ``Token`` only
for those.

Columns are kept for the last few Docs asked about, keyed by the Doc itself
and its length: the only retokenisation in prensa (``prensa_actors``
splitting "BOGOTÁ.-") changes the length, so a column read before it is not
used after it. No component changes a token's text, POS, dependency or lemma.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import numpy.typing as npt
from spacy.attrs import DEP, IDX, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

Arrays = dict[int, npt.NDArray[np.uint64]]  # attribute -> column
Columns = dict[int, tuple[int, ...]]  # the same columns as tuples
_RECENT: deque[tuple[Doc, int, Arrays, Columns]] = deque(maxlen=4)


def column(doc: Doc, attr: int) -> tuple[int, ...]:
    """``doc.to_array(attr)`` as a tuple of ints (hashes for string
    attributes, as the ``Token`` attributes without ``_`` give them), read
    once per Doc."""
    _, columns = _columns(doc)
    if attr not in columns:
        columns[attr] = tuple(array(doc, attr).tolist())
    return columns[attr]


def array(doc: Doc, attr: int) -> npt.NDArray[np.uint64]:
    """:func:`column` as a numpy array, read once per Doc."""
    arrays, _ = _columns(doc)
    if attr not in arrays:
        arrays[attr] = (
            doc.to_array(attr).astype(np.uint64).ravel() if len(doc) else np.zeros(0, np.uint64)
        )
    return arrays[attr]


def _columns(doc: Doc) -> tuple[Arrays, Columns]:
    n = len(doc)
    for known, length, known_arrays, known_columns in tuple(_RECENT):
        if known is doc and length == n:
            return known_arrays, known_columns
    arrays: Arrays = {}
    columns: Columns = {}
    _RECENT.append((doc, n, arrays, columns))
    return arrays, columns


def token_starts(doc: Doc) -> tuple[int, ...]:
    """The character offset of each token (``[t.idx for t in doc]``)."""
    return column(doc, IDX)


def tokens_between(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``doc[start:end]`` (``start`` and ``end`` within the Doc),
    one at a time, without building the ``Span``: for a rule that reads a
    name's two or three words, the Span cost more than reading them."""
    return map(doc.__getitem__, range(start, end))


def texts_of(doc: Doc) -> list[str]:
    """The tokens' texts (``[t.text for t in doc]``), from the Doc's array of
    word ids."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def positions(doc: Doc, *, lower: Iterable[str] = (), dep: Iterable[str] = ()) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of
    ``lower`` or whose dependency label is one of ``dep``.

    >>> import spacy
    >>> positions(spacy.blank("es")("Para Ana, para mí."), lower={"para"})
    [0, 3]
    """
    found = np.zeros(len(doc), dtype=bool)
    for attr, wanted in ((LOWER, lower), (DEP, dep)):
        for value in wanted:
            found |= array(doc, attr) == get_string_id(value)
    indices: list[int] = np.flatnonzero(found).tolist()
    return indices


def tokens_where(
    doc: Doc, *, lower: Iterable[str] = (), dep: Iterable[str] = ()
) -> Iterator[Token]:
    """The tokens :func:`positions` finds: ``for tok in tokens_where(doc,
    lower={"para"})`` visits what ``for tok in doc: if tok.lower_ == "para"``
    does, without a ``Token`` for every other word."""
    for i in positions(doc, lower=lower, dep=dep):
        yield doc[i]


def tokens_at(span: Span, indices: Sequence[int]) -> Iterator[Token]:
    """The tokens of ``span`` whose index is in ``indices`` (sorted), in order:
    ``for tok in span: if tok.i in indices`` without a ``Token`` for the rest."""
    doc = span.doc
    for k in range(bisect.bisect_left(indices, span.start), len(indices)):
        if indices[k] >= span.end:
            break
        yield doc[indices[k]]


def tokens_containing(doc: Doc, text: str, chars: str) -> Iterator[Token]:
    """The tokens whose text holds one of ``chars`` (none of them whitespace),
    in order, found by one scan of ``text`` (the Doc's, as
    ``prensa.extensions.text_of`` gives it) instead of a look at every token."""
    starts = token_starts(doc)
    last = -1
    for m in re.finditer("[" + re.escape(chars) + "]", text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i > last:
            last = i
            yield doc[i]
