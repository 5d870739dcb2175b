"""Indirect quotations interrupted by their attribution: a comment aside.

A reporting verb set off by commas in the middle of a sentence ("El miedo,
relata, es una constante"; "Hagas lo que hagas, enfatizan los expertos, no
...") attributes the clause around it. Which side is the content depends on
the words that border the aside:

- a connective right before it ("que, afirman, ...", "ya que, dijo, ..."):
  the content is what follows;
- a connective, a relative or no verb right after it ("..., precisó, ya que
  ...", "..., admitió el portavoz del Ministerio, Luis Ortega."): the content
  is what precedes;
- otherwise one clause runs on both sides: one item, the aside included
  (GUIDELINES: an indirect report interrupted by its attribution).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from prensa.extensions import text_of
from prensa.quotes.indirect import CLAUSE_END, COMPLEMENTISERS, QUOTE_MARKS, Candidate, trim
from prensa.speakers.words import CLITICS, DASHES
from prensa.token_table import tokens_at

MAX_ASIDE = 8  # words after the verb: "admitió el portavoz del Ministerio de Sanidad"
# words that open a clause of their own: the content of an aside stops at them
CONNECTIVES = frozenset(
    {"que", "pero", "aunque", "porque", "pues", "mientras", "sino", "y", "e", "o", "ni"}
)
# "..., dijo X, quien ...": a relative after the aside describes its speaker
RELATIVES = frozenset({"quien", "quienes", "que", "cual", "cuales", "cuyo", "cuya", "donde"})
STOPS = frozenset({";", ":", *DASHES, "(", ")"})


def asides(
    doc: Doc,
    sentences: list[tuple[int, int]],
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
    cues: Sequence[int] | None = None,
) -> Iterator[Candidate]:
    """Content clauses around ", VERB (subject)," asides inside a sentence.
    ``cues``, the sorted indices of the tokens ``cue_lemma`` gives a cue, spares
    looking at the others (an aside opens with its cue)."""
    text = text_of(doc)
    for s0, s1 in sentences:
        span = char_span(s0, s1)
        for tok in span if cues is None else tokens_at(span, cues):
            found = _aside(doc, tok, span, cue_lemma)
            if found is None:
                continue
            first, close = found
            lo = _clause_start(doc, first - 1, span.start, marked)
            if lo is None:
                continue  # «...», dijo X, quien ...: the aside attributes a quotation
            hi = _clause_end(text, doc[close].idx, span.end_char)
            left = trim(text, doc[lo].idx, doc[first - 1].idx)
            right = trim(text, doc[close].idx + 1, hi)
            if marked(left[0], right[1]):
                continue
            parts = _contents(left, right, char_span)
            for s, e in parts:
                if marked(s, e) or len(text[s:e].split()) < 2 or not _has_verb(char_span(s, e)):
                    continue  # "Tras la reunión, confirmó la noticia": an act, not a report
                yield Candidate(s, e, "post", tok, cue_lemma(tok), None)


def _contents(
    left: tuple[int, int], right: tuple[int, int], char_span: Callable[[int, int], Span]
) -> list[tuple[int, int]]:
    """The content spans around an aside, from the clause before it (``left``) and
    the clause after it (``right``)."""
    words = char_span(*right)
    if left[0] >= left[1]:
        return [right]  # "que, afirman, desmienten ...": the content follows
    if not len(words) or words[0].lower_ in CONNECTIVES | RELATIVES or not _has_verb(words):
        # "..., precisó, ya que ...", "..., dijo X, quien ...": what follows is no
        # content of its own
        return [left]
    if _leans(char_span(*left)):
        return [(left[0], right[1])]  # "El miedo, relata, es una constante": one clause
    return [left, right]  # "A, explicó, B": two clauses, two reports


# words that open a subordinate clause: "Cuando llegó, escribió, le gritaron ..."
SUBORDINATORS = frozenset({"si", "cuando", "aunque", "mientras", "como", "porque", "tras"})


def _leans(span: Span) -> bool:
    """Whether the words before an aside are no clause of their own but lean on
    what follows it: no verb ("El miedo, relata, es ..."), a subordinate clause
    ("Si llueve, advirtió, ...") or a reduplicated concessive ("Pase lo que pase",
    "Hagas lo que hagas")."""
    if not _has_verb(span):
        return True
    first = span[0]
    if first.pos_ == "SCONJ" or first.lower_ in SUBORDINATORS:
        return True
    return (
        len(span) == 4
        and [t.lower_ for t in span[1:3]] == ["lo", "que"]
        and span[3].lower_ == first.lower_
    )


def _aside(
    doc: Doc, tok: Token, span: Span, cue_lemma: Callable[[Token], str | None]
) -> tuple[int, int] | None:
    """(index of the aside's first word, index of its closing comma or dash) when
    ``tok`` is the reporting verb of an aside ", (le) VERB (subject)," or "—VERB
    (subject)—"; else None."""
    if cue_lemma(tok) is None:
        return None
    first = tok.i
    while first > span.start and doc[first - 1].lower_ in CLITICS:
        first -= 1
    # set off by commas or by dashes ("Los contratos —dijo— se revisarán": the
    # raya of an aside, RAE Ortografía 2010 §3.4.6), closed as it opened
    opener = doc[first - 1].text if first > span.start + 1 else ""
    if opener not in {",", *DASHES}:
        return None
    after = doc[tok.i + 1] if tok.i + 1 < span.end else None
    if after is not None and after.pos_ == "ADP":
        return None  # "avanzó hasta el casco antiguo,": a verb with its complement
    for t in doc[tok.i + 1 : min(span.end, tok.i + 2 + MAX_ASIDE)]:
        if t.text == opener:
            return first, _past_name(doc, t.i, span.end) if opener == "," else t.i
        if t.is_punct or t.pos_ in {"VERB", "AUX", "SCONJ"} or t.lower_ in COMPLEMENTISERS:
            return None  # "dijo que ...", "explicó cómo ...": a cue with its own content
    return None


def _past_name(doc: Doc, comma: int, end: int) -> int:
    """The comma that closes an aside whose subject has a name in apposition:
    "..., afirmó su directora, Ana Gil, que ..." closes after "Ana Gil"."""
    i = comma + 1
    if i >= end or doc[i].pos_ != "PROPN":
        return comma
    while i < end and doc[i].pos_ in {"PROPN", "ADP", "DET"} and i - comma <= 6:
        i += 1
    return i if i < end and doc[i].text == "," else comma


def _clause_start(doc: Doc, comma: int, lo: int, marked: Callable[[int, int], bool]) -> int | None:
    """Where the clause before the aside's comma starts: the sentence start, a stop
    (";", ":", a dash), a connective after a comma (", pero ...") or the "que" of
    a content clause (SCONJ; "lo que hagas" is a relative and goes on). None
    where a quotation ends first: the aside is its attribution."""
    i = comma - 1
    while i >= lo:
        t = doc[i]
        if t.text in QUOTE_MARKS and marked(t.idx, t.idx):
            return None
        if t.text in STOPS:
            return i + 1
        if (t.lower_ == "que" and t.pos_ == "SCONJ") or (
            i == comma - 1 and t.lower_ in CONNECTIVES
        ):
            return i + 1  # "ya que, dijo, ...", "cifras que, afirman, ...", "porque, explicó,"
        if t.lower_ in CONNECTIVES and i > lo and doc[i - 1].text == ",":
            return i + 1  # "..., pero antes de ..., precisó,"
        i -= 1
    return lo


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause after the aside ends: a stop or a clause of reason or
    contrast (``CLAUSE_END``), a dash, or the sentence's end."""
    stop = CLAUSE_END.search(text, start, limit)
    end = stop.start() if stop else limit
    for mark in "—–(":
        k = text.find(mark, start + 1, end)  # past the aside's own closing dash
        if k >= 0:
            end = k
    return end


def _has_verb(span: Span) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in span)
