"""Very long texts in pieces: the model runs piece by piece, prensa on the whole.

spaCy refuses texts over ``nlp.max_length`` and the parser's memory grows with
the document, so a 5 MB article is cut at paragraph ends (else sentence ends,
else spaces, else anywhere) into pieces of at most ``max_chars``. The statistical
components run on each piece; the pieces are joined with ``Doc.from_docs``
(text unchanged, so offsets stay exact) and prensa's own components, which are
linear, run once on the whole, so an actor named on page 1 is linked on page 90
and "dos días después" on page 90 counts from a date given on page 89.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

MAX_CHARS = 100_000
# spaCy's tokenizer peels punctuation off a whitespace-free run one character at
# a time, rescanning the run each time: quadratic. 20,000 unmatched « took
# minutes. Runs longer than this are tokenised in slices (no word is that long).
MAX_RUN = 256
LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# Where a piece may end, best first: after a blank line or line end, after a
# sentence's full stop, after any white space.
BREAKS = (re.compile(r"\n"), re.compile(r"[.!?…][»”\"')\]]*\s"), re.compile(r"\s"))


def split_points(text: str, max_chars: int = MAX_CHARS) -> list[int]:
    """End offsets of pieces of ``text`` no longer than ``max_chars`` each.

    >>> split_points("aaaa\\nbb\\ncc", max_chars=6)
    [5, 11]
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    ends = []
    start = 0
    n = len(text)
    while n - start > max_chars:
        end = _break(text, start, start + max_chars)
        ends.append(end)
        start = end
    ends.append(n)
    return ends


def _break(text: str, start: int, limit: int) -> int:
    """The best place to end a piece in ``text[start:limit]`` (searched in its second half)."""
    floor = start + (limit - start) // 2
    for pattern in BREAKS:
        last = None
        for m in pattern.finditer(text, floor, limit):
            last = m.end()
        if last is not None and last > start:
            return last
    return limit


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` in linear time: a whitespace-free run longer than
    ``MAX_RUN`` is tokenised slice by slice and the Docs joined (text unchanged).

    >>> import spacy
    >>> len(make_doc(spacy.blank("es"), "«" * 1000))
    1000
    """
    if LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    docs = []
    start = 0
    for run in LONG_RUN.finditer(text):
        if run.start() > start:
            docs.append(nlp.make_doc(text[start : run.start()]))
        for at in range(run.start(), run.end(), MAX_RUN):
            docs.append(nlp.make_doc(text[at : min(at + MAX_RUN, run.end())]))
        start = run.end()
    if start < len(text):
        docs.append(nlp.make_doc(text[start:]))
    from_docs: Callable[..., Doc] = Doc.from_docs
    joined = from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # cannot happen for a spaCy tokenizer; guard the offsets anyway
        raise RuntimeError("joined slices do not reproduce the text")
    return joined


def pieces(text: str, max_chars: int = MAX_CHARS) -> Iterator[str]:
    """The pieces of ``text`` in order; joined they are ``text`` exactly."""
    start = 0
    for end in split_points(text, max_chars):
        yield text[start:end]
        start = end


def process_long(
    nlp: Language,
    text: str,
    date: str | None,
    prensa_components: tuple[str, ...],
    max_chars: int = MAX_CHARS,
) -> Doc:
    """Run the whole pipeline on ``text`` piece by piece where it must, and
    return one Doc with every prensa attribute set.

    The model runs per piece; prensa's components run on the joined Doc.
    """
    model = [(name, proc) for name, proc in nlp.pipeline if name not in prensa_components]
    docs = []
    for piece in pieces(text, max_chars):
        doc = make_doc(nlp, piece)
        for _, proc in model:
            doc = proc(doc)
        doc.tensor = doc.tensor[:0]  # the tok2vec output is not needed once parsed
        docs.append(doc)
    # spaCy's stub of from_docs lacks the ``exclude`` argument it has had since 3.2
    from_docs: Callable[..., Doc] = Doc.from_docs
    joined = from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if joined.text != text:  # cannot happen for a spaCy tokenizer; guard the offsets anyway
        raise RuntimeError("joined pieces do not reproduce the text")
    joined._.prensa_pub_date = date
    for name, proc in nlp.pipeline:
        if name in prensa_components:
            joined = proc(joined)
    return joined
