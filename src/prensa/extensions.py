"""The custom attributes prensa's components write on a spaCy ``Doc``.

Every value is plain JSON-able data (str, int, float, None, lists and dicts)
with character offsets into the original text, so that a Doc survives
``DocBin`` / ``to_bytes`` and the record stage can read it without spaCy
objects. Each component owns one attribute:

=====================  ==================  =====================================
attribute              written by          holds
=====================  ==================  =====================================
``doc._.prensa_pub_date``  the caller      ISO publication date or None
``doc._.prensa_zones``     prensa_zones    page furniture: start, end, kind
``doc._.prensa_actors``    prensa_actors   actors: id, name, type, aliases
``doc._.prensa_mentions``  prensa_actors   mentions: actor, start, end, kind
``doc._.prensa_timexes``   prensa_timex    timexes: start, end, type, value
``doc._.prensa_quotes``    prensa_quotes   quotations (see prensa.quotes)
``doc._.prensa_profile``   prensa_profile  document profile and requirements
=====================  ==================  =====================================

``doc._.pub_date`` is the former name of ``doc._.prensa_pub_date``, kept as an
alias (reading and writing it) unless another library has claimed the name.
``prensa.spans`` also writes the results as ``doc.spans`` groups.
"""

from __future__ import annotations

from collections import deque
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, LENGTH, ORTH
from spacy.tokens import Doc

DOC_ATTRIBUTES = (
    "prensa_pub_date",
    "prensa_zones",
    "prensa_actors",
    "prensa_mentions",
    "prensa_timexes",
    "prensa_quotes",
    "prensa_profile",
)


def register() -> None:
    """Declare prensa's Doc attributes; safe to call more than once."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("pub_date"):  # the former name, for code written against it
        Doc.set_extension("pub_date", getter=_pub_date, setter=_set_pub_date)


def _pub_date(doc: Doc) -> str | None:
    value: str | None = doc._.prensa_pub_date
    return value


def _set_pub_date(doc: Doc, value: str | None) -> None:
    doc._.prensa_pub_date = value


# Each Doc's text while the Doc lives: spaCy's ``Doc.text`` joins every
# token's text on each access, so a rule that reads it per sentence or per
# quotation would make a component quadratic. A Doc's text never changes
# (tokenising, retokenising and splitting keep every character).
_TEXT_OF: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc however often it is asked for (and
    never where :func:`made_from` gave it)."""
    text = _TEXT_OF.get(doc)
    if text is None:
        text = _TEXT_OF[doc] = doc.text
    return text


def made_from(doc: Doc, text: str) -> Doc:
    """Record that ``doc`` was tokenised from ``text`` (so ``doc.text == text``),
    for :func:`text_of`; returns ``doc``."""
    _TEXT_OF[doc] = text
    return doc


def in_timex(doc: Doc, offset: int) -> bool:
    """Whether character ``offset`` lies inside one of the time expressions
    ``prensa_timex`` wrote (``doc._.prensa_timexes``): "el fin de semana" is
    when, no subject; "hace" of "hace dos semanas" is no verb of the clause."""
    return any(t["start"] <= offset < t["end"] for t in doc._.prensa_timexes or [])


_TEXTS: deque[tuple[Doc, frozenset[str]]] = deque(maxlen=4)


def token_texts(doc: Doc) -> frozenset[str]:
    """The texts of a Doc's tokens as a set, built once per Doc (as ``text_of``):
    "does the text write this word anywhere?" without a scan per question."""
    for known, texts in tuple(_TEXTS):
        if known is doc:
            return texts
    # from the Doc's array of word ids, without a Token object per token
    strings = doc.vocab.strings
    texts = frozenset(strings[orth] for orth in set(doc.to_array(ORTH).tolist()))
    _TEXTS.append((doc, texts))
    return texts


# Each Doc's token offsets and text, keyed also by its length: retokenising
# (prensa_actors splits "BOGOTÁ.-") moves the offsets, and always changes the
# number of tokens.
_BOUNDS: deque[tuple[Doc, int, list[int], list[int], str]] = deque(maxlen=4)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start`` and ``end`` not negative), sliced
    from the Doc's text (:func:`text_of`) between its tokens' offsets: building
    a ``Span`` (about 2 µs) costs more than the rest of most rules that ask for
    one's text.

    >>> import spacy
    >>> span_text(spacy.blank("es")("El Banco  de España."), 1, 5)  # the double space is a token
    'Banco  de España'
    """
    last = _BOUNDS[-1] if _BOUNDS else None  # most often, the Doc asked about last
    if last is not None and last[0] is doc and last[1] == len(doc):
        _, n, starts, ends, text = last
    else:
        starts, ends, text = _bounds(doc)
        n = len(ends)
    end = min(end, n)
    if start >= end:
        return ""
    return text[starts[start] : ends[end - 1]]


def _bounds(doc: Doc) -> tuple[list[int], list[int], str]:
    """The character offsets where each token starts and ends, and the Doc's
    text, read once per Doc."""
    n = len(doc)
    for known, length, starts, ends, text in tuple(_BOUNDS):
        if known is doc and length == n:
            return starts, ends, text
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if n else ([], [])
    ends = [a + k for a, k in zip(starts, lengths, strict=True)]
    text = text_of(doc)
    _BOUNDS.append((doc, n, starts, ends, text))
    return starts, ends, text
