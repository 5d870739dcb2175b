"""Opinion frames "para X, ...": X holds the opinion of the clause after the comma.

"Para el diario francés Le Monde, el plan fracasó", "pero, para los vecinos del
barrio, la obra sobra", "Para Le Soir, «...»". The frame is "para" + a noun
phrase that ends at a comma (or a colon) and names an actor (PER/ORG) or a
person or group noun ("los expertos", "los seguidores de X"). "Para" of
purpose or of time never closes such a frame: "para que ...", "para + infinitive"
and "para el 2021" hold a verb, a subordinator or a number, or name no one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Doc, Span

from prensa import lexicon
from prensa.extensions import text_of
from prensa.quotes.indirect import CLAUSE_END, Candidate, before_apposed_quote, trim
from prensa.quotes.segun import OPINION_CUES, opinion_source, past_appositions, source_end
from prensa.speakers.nouns import institution, roles
from prensa.token_table import tokens_where

# tokens from "para" to the comma that closes the frame: "Para el académico del
# Instituto de Estudios Urbanos de la Pontificia Universidad Católica X,"
MAX_FRAME = 20
# what may stand right before a frame that opens a clause: the sentence start,
# punctuation, a conjunction or a sentence adverb ("También para X, ...")
OPENERS = frozenset({"y", "e", "pero", "que", "también", "tampoco", "incluso", "mientras"})
RELATIVES = frozenset({"que", "quien", "quienes", "donde", "cuando", "cuyo", "cuya", "como"})


@cache
def _holders() -> frozenset[str]:
    return lexicon.opinion_holders()


def _holder_noun(words: Span) -> bool:
    """A noun of people or of an organisation before the first preposition:
    "los seguidores de X", "la organización hispana X", "el diario X"."""
    for tok in words:
        if tok.pos_ == "ADP":
            return False
        if tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        form = tok.lower_
        if lemma in _holders() or roles().get(form) or roles().get(lemma) or institution(tok):
            return True
    return False


def opens_clause(doc: Doc, i: int, s0: int) -> bool:
    """Whether "para" at ``i`` opens a clause: at the sentence start, after
    punctuation, or after a conjunction or sentence adverb."""
    if i == 0 or doc[i].idx <= s0:
        return True
    prev = doc[i - 1]
    if prev.text in {")", "]"}:
        return False  # "una multa (de 380.000 dólares) para la campaña X": no clause
    return prev.idx < s0 or prev.is_punct or prev.lower_ in OPENERS


def para_frame(
    doc: Doc, i: int, limit: int, has_actor: Callable[[int, int], bool]
) -> tuple[Span, int] | None:
    """The source phrase of an opinion frame "para X," at token ``i`` and the index
    of the comma or colon that closes it, or None."""
    if doc[i].lower_ != "para":
        return None
    close = None
    for tok in doc[i + 1 : i + 1 + MAX_FRAME]:
        if tok.idx >= limit:
            return None
        if tok.text in {",", ":"}:
            close = tok.i
            break
        if (
            (tok.is_punct and tok.text not in {"(", ")"})  # "Para la CEA (patronal),"
            or tok.like_num
            or tok.pos_ in {"VERB", "AUX", "SCONJ", "NUM"}
            or tok.lower_ in RELATIVES
        ):
            return None
    if close is None or close == i + 1:
        return None
    if doc[close].text == ":":
        # "la organización X: Y Z, ...": a name that holds a colon runs on to the comma
        j = close + 1
        while j < len(doc) and j < close + 8 and (doc[j].is_title or doc[j].pos_ in {"ADP", "DET"}):
            j += 1
        if j > close + 1 and j < len(doc) and doc[j].text == "," and doc[close + 1].is_title:
            close = j
    words = doc[i + 1 : close]
    names = [t for t in words if t.pos_ == "PROPN" or (t.is_title and t.i > i + 1)]
    named = bool(names) and has_actor(names[0].idx, names[-1].idx + len(names[-1]))
    if not named and not _holder_noun(words):
        return None
    return _name_of(words), close


def _name_of(words: Span) -> Span:
    """The speaker phrase of a frame: the name after a determiner and common nouns
    ("la asociación vecinal Barrios Unidos" -> "Barrios Unidos": the name tells
    who, the noun only what kind); the whole phrase where no name follows the
    nouns directly ("los seguidores de X": an unnamed group)."""
    doc = words.doc
    first = words.start
    for tok in words:
        if tok.is_title and tok.i > words.start:
            first = tok.i
            break
        if tok.pos_ not in {"DET", "NOUN", "ADJ"} or tok.is_title:
            break
    if doc[first].pos_ == "PRON" and first + 1 < words.end:
        # "Para Le Monde": the tagger reads the article "Le" as a pronoun; the
        # resolver would take the phrase for a pronoun, so it starts at the name
        first += 1
    return doc[first : words.end]


def para_frames(
    doc: Doc,
    sent_start: Callable[[int], int],
    sent_end: Callable[[int], int],
    marked: Callable[[int, int], bool],
    has_actor: Callable[[int, int], bool],
    said: list[tuple[int, int]],
) -> Iterator[Candidate]:
    """ "Para X, contenido" anywhere a clause opens; the content runs to the end
    of its clause. A content clause found inside it (``said``: "..., año en que
    aseguran que ...") ends it at the comma before."""
    text = text_of(doc)
    for tok in tokens_where(doc, lower={"para"}):
        s0, s1 = sent_start(tok.idx), sent_end(tok.idx)
        if not opens_clause(doc, tok.i, s0):
            continue
        frame = para_frame(doc, tok.i, s1, has_actor)
        if frame is None:
            continue
        source, close = frame
        start = doc[close].idx + 1
        if close + 1 < len(doc) and doc[close + 1].lower_ in RELATIVES:
            continue  # "para los vecinos, que llevan años ...": a relative, no content
        stop = CLAUSE_END.search(text, start + 1, s1)
        end = stop.start() if stop else s1
        inner = [s for s, _ in said if start < s < end]
        if inner:
            comma = text.rfind(",", start, min(inner))
            if comma > start:
                end = comma
        s, e = trim(text, start, end)
        if s < e and marked(s, e) and (cut := before_apposed_quote(text, s, e)) is not None:
            s, e = trim(text, s, cut)  # the opinion ends before an apposition's quotation
        verbs = []
        for t in doc[close + 1 :]:  # up to the content's end, not the text's
            if t.idx >= e:
                break
            if t.pos_ in {"VERB", "AUX"}:
                verbs.append(t)
        if s < e and verbs and not marked(s, e) and len(text[s:e].split()) >= 3:
            yield Candidate(s, e, "para", None, None, source)


# the stressed personal pronouns that "según" and "para" take: "según él", "para ella"
STRESSED_PRONOUNS = frozenset({"él", "ella", "ellos", "ellas"})
# the words a frame that ``named_source`` finds opens with: "para", "según", "de"
# (of "de acuerdo con") and the first words of the opinion cues ("en palabras
# de", "a juicio de"); at any other word each of its tests says no at once
FRAME_OPENERS = frozenset({"para", "según", "de"} | {first for first, _ in OPINION_CUES})


def named_source(
    doc: Doc, span: Span, lo: int, hi: int, has_actor: Callable[[int, int], bool]
) -> Span | None:
    """ "para Lozano «...»", "según X, «...»", "Para el diario X, «...»": the named
    source in ``span``, the stretch of a sentence before a quotation at ``hi``."""
    for tok in reversed(span):
        if tok.lower_ not in FRAME_OPENERS:
            continue
        frame = para_frame(doc, tok.i, hi, has_actor)
        if frame is not None and opens_clause(doc, tok.i, lo):
            return frame[0]  # "Para el diario X, «...»", "Para X, A es «B»"
        # at the sentence's start, or set off inside it ("una cifra que, a juicio
        # de la asociación, «no cubre los costes»")
        opens = tok.i in {span.start, span.start + 1} or (
            tok.i > span.start and doc[tok.i - 1].text in {",", ";"}
        )
        first = opinion_source(doc, tok.i) if opens and tok.lower_ != "para" else None
        if first is not None and first < span.end:
            # "En palabras del portavoz, Felipe Cruz, el encuentro fue «...»"
            last = source_end(doc, first, hi)
            last = past_appositions(doc, first, last, hi)
            if last > first:
                return doc[first:last]
        if (
            tok.lower_ in {"para", "según"}
            and tok.i + 1 < span.end
            and doc[tok.i + 1].lower_ in STRESSED_PRONOUNS
        ):
            return doc[tok.i + 1 : tok.i + 2]  # "Según él, el equipo «no ha ganado nada»"
        framed = _segun_frame(doc, tok.i, lo, hi)
        if framed is not None:
            return framed  # "Según la arquitecta Laura Benítez, la obra es «...»"
        if (
            tok.lower_ in {"para", "según"}
            and tok.i + 1 < span.end
            and doc[tok.i + 1].pos_ == "PROPN"
        ):
            end = tok.i + 1
            while end < span.end and doc[end].pos_ in {"PROPN"}:
                end += 1
            return doc[tok.i + 1 : end]
    return None


def _segun_frame(doc: Doc, i: int, lo: int, hi: int) -> Span | None:
    """The source of "según X," (or "de acuerdo con X,") that opens a clause
    before a quotation at ``hi``: a noun phrase, past its appositions ("según
    la profesora Ana Ruiz, de la UCV,"), closed by a comma ("Según un
    comunicado de la cancillería, las partes discutieron «...»"); not "según
    informó X", where a verb follows."""
    if doc[i].lower_ == "según":
        first = i + 1
    elif (
        doc[i].lower_ == "de"
        and i + 3 < len(doc)
        and doc[i + 1].lower_ == "acuerdo"
        and doc[i + 2].lower_ == "con"
    ):
        first = i + 3  # "De acuerdo con un comunicado del Ministerio, ...": "según"
    else:
        return None
    if first >= len(doc) or not opens_clause(doc, i, lo):
        return None
    if doc[first].pos_ in {"VERB", "AUX"} or doc[first].lower_ in STRESSED_PRONOUNS:
        return None
    last = past_appositions(doc, first, source_end(doc, first, hi), hi)
    if last <= first or last >= len(doc) or doc[last].text != "," or doc[last].idx >= hi:
        return None
    if any(t.is_quote or t.pos_ in {"VERB", "AUX"} for t in doc[first:last]):
        return None  # "según un llamado «sistema de semáforo»"; a clause, no phrase
    return doc[first:last]
