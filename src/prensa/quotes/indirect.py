"""Indirect quotations: reported content without quotation marks.

Four Spanish shapes, each a rule:

- ``que``: a reporting verb and its content clause ("aseguró que ...",
  "insistió en que ...", "explicó cómo ..."); "dijo que A y que B" gives one
  content per clause.
- ``segun``: "según X, ..." and "..., según X" (also "de acuerdo con X").
- ``post``: the verb after the content ("No es un adiós, dicen").
- ``para``: "Para X, ..." opinions.

Each returns candidates: the content span, the cue token (or the source
phrase for ``segun``/``para``) and the rule's name. A content that holds
quotation marks is left to the marked quotation inside it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from prensa.speakers.cues import noun_phrase_end

# where a content clause ends: a clause that gives a reason or a contrast, or
# a second content clause of the same verb ("y que ...")
CLAUSE_END = re.compile(
    r"\s*(?:;|:|,\s+(?:ya que|pero|aunque|"
    r"por lo que|mientras|según)\b)"
)
NEXT_CLAUSE = re.compile(r",?\s+(?:y|e)\s+que\s+")
# "según X" opens the sentence or a clause: the content follows it
SEGUN_FIRST = re.compile(
    r"(?:^|\b(?:y|e|pero|que|donde|aunque|mientras|porque|pues)\b|:)[\s,]*$", re.I
)
# "según recogen medios locales": verbs of publishing that relay, not say
PUBLISHING = re.compile(r"(?:recog|recoj|public|difund|revel|adelant|inform)\w*$")
MAX_BRIDGE = 12  # tokens between a verb and its "que": "incidieron en declaraciones a X en que"
MAX_CONTENT = 1500  # characters: a content clause never runs longer
# "sostuvo que A, «B»" / "dijo que A y «B»": a quotation that opens after a comma
# or a conjunction starts a clause of its own, and closes the content before it
QUOTE_JOINS = re.compile(r"(?:,|\s(?:y|e|pero))\s*$")
INSERT_GOES_ON = re.compile(r"\s*,\s*[a-záéíóúñ]")
TRAILING_CONJ = re.compile(r"\s(?:y|e|o|u|pero)$")
QUOTE_MARKS = frozenset("«»“”\"‘’'")
COMPLEMENTISERS = frozenset({"que", "cómo", "si"})
BRIDGE_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PUNCT", "PRON"})


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    cue: Token | None  # the reporting verb, where there is one
    cue_text: str | None  # the lemma of the cue ("según" for a prepositional cue)
    source: Span | None  # the phrase naming the speaker when no verb does (según X)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and punctuation at both ends, and a conjunction left hanging at
    the end ("dijo que A y «B»" leaves "A y")."""
    while start < end and (text[start].isspace() or text[start] in ","):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    hanging = TRAILING_CONJ.search(text, start, end)
    if hanging and hanging.start() > start:
        return _trim(text, start, hanging.start())
    return start, end


def que_clauses(
    doc: Doc,
    cues: list[tuple[Token, str]],
    sent_end: Callable[[int], int],
    marked: Callable[[int, int], bool],
    next_mark: Callable[[int], int],
) -> Iterator[Candidate]:
    """Content clauses of reporting verbs: "aseguró que el acuerdo está cerca".

    A clause ends where a coordinated reporting verb begins ("..., y puso de
    relieve que") and where a quotation opens: the marked part is its own item.
    """
    text = doc.text
    verb_starts = sorted(
        v.idx for v, _ in cues if v.i > 0 and doc[v.i - 1].lower_ in {"y", "e", ",", "pero"}
    )
    for verb, lemma in cues:
        if verb.lower_.endswith("mos") and "Person=1" in str(verb.morph):
            continue  # "recordamos cómo ...": the journalist, not a source
        comp = None
        for t in doc[verb.i + 1 : verb.i + 1 + MAX_BRIDGE]:
            if t.lower_ in COMPLEMENTISERS:
                # "el que", "lo que", "Villagrasa, que no podía": a relative, not a content
                # clause; "después de que", "desde que": a conjunction of time or purpose
                if (
                    doc[t.i - 1].pos_ not in {"DET", "PRON"}
                    and not _conjunction(doc, verb.i, t.i)
                    and (
                        t.i == verb.i + 1
                        or t.pos_ in {"SCONJ", "ADV"}
                        or t.dep_ == "mark"
                        or _after_addressee(doc, verb.i, t.i)
                        or _after_adjunct(doc, verb.i, t.i)
                    )
                ):
                    comp = t
                break
            if t.pos_ not in BRIDGE_POS or t.text in {".", ";", ":", "«", "“", '"'}:
                break
        if comp is None:
            continue
        start = comp.idx + len(comp.text)
        limit = min(sent_end(comp.idx), comp.idx + MAX_CONTENT)
        limit = min(limit, _subordinate_end(verb))
        k = bisect.bisect_right(verb_starts, start)
        if k < len(verb_starts):
            limit = min(limit, verb_starts[k] - 2)
        # "sostuvo que A, «comentario»": a quotation after a comma closes the clause;
        # one inside it ("dijo que es «falso»") makes the marked part the quotation
        opening = next_mark(start) - 1
        if opening < limit and QUOTE_JOINS.search(text, start, opening):
            if _inserted(doc, start, opening, limit):
                continue  # "dijo que alienta a todos, «sin excepción», a ...": one clause
            limit = opening
        while start < limit:
            tail = text[start:limit]
            stop = CLAUSE_END.search(tail)
            nxt = NEXT_CLAUSE.search(tail)
            end = start + (stop.start() if stop else len(tail))
            more = None
            # "dijo que A y que «B»": split only where the next clause holds marks
            if nxt and start + nxt.start() <= end and marked(start + nxt.end(), end):
                end, more = start + nxt.start(), start + nxt.end()
            s, e = _trim(text, start, end)
            if s < e and not marked(s, e):
                yield Candidate(s, e, "que", verb, lemma, None)
            if more is None:
                break
            start = more


# prepositions a verb of saying governs before its "que": "insistió en que",
# "advirtió de que", "se refirió a que", "bromeó con que"
REGIME_PREPS = frozenset({"en", "de", "a", "con", "sobre"})


def _conjunction(doc: Doc, verb: int, que: int) -> bool:
    """Whether "que" closes a subordinating conjunction ("después de que", "antes
    de que", "desde que", "para que", "sin que") rather than following a
    preposition the verb governs ("insistió en que", "exhortó a los padres a que",
    "coincidió con X en que"): a preposition outside REGIME_PREPS, or "de" after
    an adverb."""
    prev = doc[que - 1]
    if prev.pos_ != "ADP" or que - 1 <= verb:
        return False
    if prev.lower_ not in REGIME_PREPS:
        return True
    return prev.lower_ == "de" and doc[que - 2].pos_ == "ADV" and que - 2 > verb


def _subordinate_end(verb: Token) -> int:
    """Where the content of a cue inside a fronted adverbial clause must end: at
    the comma before the main clause ("Aunque dijo que A, B": the content is A).
    Other cues are not limited here."""
    doc = verb.doc
    root = verb.sent.root
    if verb.dep_ != "advcl" or root.i <= verb.i:
        return len(doc.text)
    if not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
        return len(doc.text)
    commas = [t for t in doc[verb.i + 1 : root.i] if t.text == ","]
    return commas[-1].idx if commas else len(doc.text)


def _inserted(doc: Doc, start: int, opening: int, limit: int) -> bool:
    """Whether the quotation opening at ``opening`` is part of the clause that
    starts at ``start``, not a clause of its own: nothing before it holds a verb
    ("aclaró que, en suma, «...»"), or the clause goes on after it, set off by
    commas ("pidió a todos, «sin excepción», que voten")."""
    text = doc.text
    before = doc.char_span(start, opening, alignment_mode="expand")
    if before is None or not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return True
    close = next((j for j in range(opening + 2, limit) if text[j] in QUOTE_MARKS), -1)
    goes_on = INSERT_GOES_ON.match(text, close + 1) if close >= 0 else None
    if goes_on is None:
        return False
    # "..., «B», subrayó": what follows is the quotation's own attribution
    after = doc.char_span(goes_on.end() - 1, goes_on.end(), alignment_mode="expand")
    return after is not None and after[0].pos_ not in {"VERB", "AUX"}


ADJUNCT_DEPS = frozenset({"obl", "obl:arg", "iobj", "advmod"})
PHRASE_DEPS = frozenset({"flat", "appos", "amod", "conj", "cc", "nummod", "compound", "fixed"})
# prepositions of a complement of topic ("hablar de", "advertir sobre", "acerca de")
TOPIC_PREPS = frozenset({"de", "del", "sobre", "acerca"})


def _after_adjunct(doc: Doc, verb: int, que: int) -> bool:
    """ "dijo en una entrevista que ...", "pidió a los vecinos que ...", "había
    afirmado, entre otras cosas, que ...": a "que" right after a phrase that hangs
    from the verb as an adjunct or indirect object (never its direct object, as in
    "explicó los cambios que introdujo") opens the verb's content clause, though
    the tagger reads a relative of that phrase's noun."""
    last = que - 1
    if doc[last].text == ",":
        # "afirmó, entre otras cosas, que": a parenthetical set off on both sides;
        # "declaró X a los medios del país, que ...": an explanatory relative
        if not any(t.text == "," for t in doc[verb + 1 : last]):
            return False
        last -= 1
    elif doc[last].pos_ == "ADP" and doc[last].lower_ in REGIME_PREPS:
        last -= 1  # "coincidió con el fiscal en que": the verb's own preposition
    tok = doc[last]
    # up through the phrase's own words ("al comité VRBPAC", "a otros cuerpos
    # locales y federales"), never through a PP inside it ("la ley que ...")
    while (tok.dep_ in PHRASE_DEPS or _of_phrase(tok)) and verb < tok.head.i < que:
        tok = tok.head
    if tok.i <= verb or tok.head.i != verb:
        return False
    if tok.dep_ == "advmod":
        return True
    # "advirtió sobre un virus que ...": a PP of topic fills the verb's content
    # slot, so its "que" is a relative; "la semana que ...": no preposition
    cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
    # an "obj" with a preposition is the personal "a" of an addressee ("pidió a los
    # vecinos que") or a PP the tagger took for an object; a bare object is not
    return tok.dep_ in ADJUNCT_DEPS | {"obj"} and bool(cases) and not TOPIC_PREPS & cases


def _of_phrase(tok: Token) -> bool:
    """A "de" complement inside a noun phrase: "a los trabajadores del metro"."""
    return tok.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in {"de", "del"} for c in tok.children
    )


def _after_addressee(doc: Doc, verb: int, que: int) -> bool:
    """ "afirmó en declaraciones a Onda Cero que ...": a "que" right after the name
    the verb addresses is its complementiser, though the tagger reads a relative."""
    return (doc[que - 1].pos_ == "PROPN" or doc[que - 1].text[:1].isupper()) and any(
        t.lower_ in {"a", "al", "ante"} for t in doc[verb + 1 : que - 1]
    )


def past_appositions(doc: Doc, first: int, last: int, limit: int) -> int:
    """Extend the phrase ``doc[first:last]`` over the appositions that follow it:
    "según el coronel Ruiz, comandante de la Policía, los detenidos..." names
    the source up to the second comma, not the first."""
    while (
        last + 1 < len(doc)
        and doc[last].text == ","
        and doc[last + 1].idx < limit
        and doc[last + 1].dep_ == "appos"
        and first <= doc[last + 1].head.i < last
    ):
        # the apposition's closing comma may hang from it or follow it
        end = doc[last + 1].right_edge.i
        if doc[end].text != ",":
            end += 1
        if end >= len(doc) or doc[end].text != "," or doc[end].idx >= limit:
            break  # an apposition that runs into the content is no apposition
        if _opens_list(doc, end + 1):
            break  # "según el informe, Brasil, Perú y Chile concentran ...": a list
        last = end
    return last


def _past_addressee(doc: Doc, first: int, limit: int) -> int:
    """Skip "a EFE" in "según declaró a EFE el alcalde, ...": the addressee, not the
    source, when a determiner opens the subject before the next comma."""
    if first >= len(doc) or doc[first].lower_ not in {"a", "al"}:
        return first
    for tok in doc[first + 1 : first + 8]:
        if tok.idx >= limit or tok.is_punct:
            break
        if tok.pos_ == "DET" and tok.lower_ in {"el", "la", "los", "las"}:
            return tok.i
    return first


def _cue_follows_como(doc: Doc, i: int, cue_lemma: Callable[[Token], str | None]) -> bool:
    """Whether "como" at ``i`` is followed by a verb of saying ("como señaló",
    "como lo explicó", "como ya advirtió")."""
    j = i + 1
    while j < len(doc) and doc[j].lower_ in {"lo", "ya", "bien", "había", "ha", "han"}:
        j += 1
    return j < len(doc) and doc[j].pos_ in {"VERB", "AUX"} and cue_lemma(doc[j]) is not None


def _opens_list(doc: Doc, i: int) -> bool:
    """Whether the words from ``i`` to the next punctuation or verb hold "y"/"e"/"o":
    the name before them was the first item of a list, not an apposition."""
    for tok in doc[i : i + 6]:
        if tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
            return False
        if tok.pos_ == "CCONJ":
            return True
    return False


def segun(
    doc: Doc,
    sent_start: Callable[[int], int],
    sent_end: Callable[[int], int],
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    has_actor: Callable[[int, int], bool] = lambda start, end: False,
) -> Iterator[Candidate]:
    """ "Según X, contenido" and "contenido, según X"; also "Como señaló X, contenido"
    ("tal y como explicó X"), where X names an actor: a "como" + verb of saying
    whose subject follows it attributes the clause like "según" does."""
    text = doc.text
    for tok in doc:
        as_said = False
        if tok.lower_ == "según":
            first = tok.i + 1
        elif tok.lower_ == "como" and _cue_follows_como(doc, tok.i, cue_lemma):
            first, as_said = tok.i + 1, True
        elif (
            tok.lower_ == "de"
            and tok.i + 2 < len(doc)
            and doc[tok.i + 1].lower_ == "acuerdo"
            and doc[tok.i + 2].lower_ == "con"
        ):
            first = tok.i + 3
        else:
            continue
        s0, s1 = sent_start(tok.idx), sent_end(tok.idx)
        # "según informa la prensa rusa": the verb is a cue, the phrase after it the source
        verb = None
        while first < len(doc) and (
            cue_lemma(doc[first])
            or PUBLISHING.match(doc[first].lower_)
            or doc[first].pos_ == "AUX"
            or doc[first].lower_ in {"ha", "han", "podido", "saber"}
            or (as_said and doc[first].lower_ in {"lo", "ya", "bien", "había"})
        ):
            verb = verb or doc[first]
            first += 1
        if verb is not None:
            first = _past_addressee(doc, first, s1)
        if first >= len(doc) or doc[first].idx >= s1:
            continue
        last = noun_phrase_end(doc, first, s1)
        if last == first:
            continue
        last = past_appositions(doc, first, last, s1)
        source = doc[first:last]
        if any(t.text in QUOTE_MARKS for t in source):
            continue  # "según un llamado «sistema de semáforo»": a name, not a source
        if as_said and (verb is None or not has_actor(source.start_char, source.end_char)):
            continue  # "tal como adelantó la semana pasada": no one named
        before = text[s0 : tok.idx]
        if SEGUN_FIRST.search(before):
            start = source.end_char
            stop = CLAUSE_END.search(text, start + 1, s1)
            end = stop.start() if stop else s1
        else:
            start, end = s0, tok.idx
        s, e = _trim(text, start, end)
        if s < e and not marked(s, e) and len(text[s:e].split()) >= 3:
            cue = cue_lemma(verb) if as_said and verb is not None else "según"
            yield Candidate(s, e, "segun", verb, cue, source)


def post_verb(
    doc: Doc,
    sentences: list[tuple[int, int]],
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> Iterator[Candidate]:
    """ "No es un adiós, dicen": content first, then ", VERB (subject)"."""
    text = doc.text
    for s0, s1 in sentences:
        body = text[s0:s1].rstrip(" .\n")
        cut = body.rfind(",")
        if cut <= 0 or marked(s0, s1):
            continue
        tail: Span | None = char_span(s0 + cut + 1, s0 + len(body))
        start, end = s0, s0 + cut
        if tail is None or not len(tail) or len(tail) > 8 or cue_lemma(tail[0]) is None:
            tail = _parenthetical(text, s0, body, char_span)
            start, end = s0, s0 + len(body)  # "El miedo, relata, es una constante"
        if tail is None:
            continue
        lemma = cue_lemma(tail[0])
        if lemma is None or any(t.lower_ in COMPLEMENTISERS for t in tail):
            continue
        final = end < s0 + len(body)  # the verb closes the sentence, not an aside
        if _acts_on_object(tail[0], tail) or (final and _subject_before(tail[0], start, end)):
            continue  # "Los vecinos, hartos, denunciaron los hechos": an act, not a cue
        s, e = _trim(text, start, end)
        if len(text[s:e].split()) >= 3:
            yield Candidate(s, e, "post", tail[0], lemma, None)


DIALOGUE_DASH = "—―"  # raya: opens a line of dialogue and sets off the narrator's aside
CLITICS = frozenset({"le", "les", "me", "te", "nos", "se", "lo", "la"})


def dash_dialogue(
    doc: Doc,
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> Iterator[Candidate]:
    """Interview and dialogue lines: "—La ley estaba de mi lado —responde—. Y lo
    volvería a hacer." The words before the aside's reporting verb, and those after
    the aside's closing dash, are what the speaker said."""
    text = doc.text
    start = 0
    for line in text.split("\n"):
        lo, hi = start, start + len(line)
        start = hi + 1
        body = line.lstrip()
        if not body or body[0] not in DIALOGUE_DASH:
            continue
        first = lo + len(line) - len(body) + 1
        aside = _dialogue_aside(text, first, hi, cue_lemma, char_span)
        if aside is None:
            continue
        verb, at, close = aside
        lemma = cue_lemma(verb)
        for s, e in ((first, at), (close, hi)):
            while s < e and (text[s] in ".;:" or text[s] in DIALOGUE_DASH):
                s += 1  # "—aseguró Gil—. Las obras ...": the aside's own stop
            s, e = _trim(text, s, e)
            while e > s and text[e - 1] in DIALOGUE_DASH:
                e -= 1
            if s < e and not marked(s, e) and len(text[s:e].split()) >= 2:
                yield Candidate(s, e, "post", verb, lemma, None)


def _dialogue_aside(
    text: str,
    first: int,
    hi: int,
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> tuple[Token, int, int] | None:
    """The first aside "—responde con firmeza—" of a dialogue line whose verb (after
    any clitic: "—le preguntó") reports speech: (verb, aside start, aside end)."""
    at = first
    while (at := _next_dash(text, at, hi)) >= 0:
        words = [t for t in char_span(at + 1, min(hi, at + 40)) if not t.is_space]
        while words and words[0].lower_ in CLITICS:
            words = words[1:]
        if words and cue_lemma(words[0]) is not None:
            close = _next_dash(text, at + 1, hi)
            end = close + 1 if close >= 0 else hi
            return words[0], at, end
        at += 1
    return None


def _next_dash(text: str, lo: int, hi: int) -> int:
    found = [i for i in (text.find(d, lo, hi) for d in DIALOGUE_DASH) if i >= 0]
    return min(found, default=-1)


def _subject_before(verb: Token, start: int, end: int) -> bool:
    """Whether the verb's subject lies in what would be the content: "La portavoz
    de Vox, Ana Gil, y la del PP, Eva Ruiz, coincidieron en ..." is no quotation."""
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and start <= c.idx < end and c.pos_ in {"NOUN", "PROPN"}
        for c in verb.children
    )


def _acts_on_object(verb: Token, tail: Span) -> bool:
    """Whether the verb after the comma takes a noun object of its own ("celebraron
    la decisión"): then what precedes is its subject, not reported content."""
    return any(
        c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i and c.i < tail.end
        for c in verb.children
    )


def _parenthetical(
    text: str, s0: int, body: str, char_span: Callable[[int, int], Span]
) -> Span | None:
    """The verb of a reporting aside between the first two commas: "A, relata, B"."""
    first = body.find(",")
    second = body.find(",", first + 1)
    if first <= 0 or second < 0:
        return None
    aside = char_span(s0 + first + 1, s0 + second)
    return aside if 0 < len(aside) <= 3 else None


# "En palabras del portavoz, ...", "A juicio de la ONU, ...": prepositional cues
# whose noun phrase names who holds the opinion ("del" = "de" + "el")
OPINION_CUES = (("en", "palabras"), ("a", "juicio"), ("en", "opinión"))


def opinion_source(doc: Doc, i: int) -> int | None:
    """Index of the noun phrase after an opinion cue starting at token ``i``
    ("para X", "en palabras de X", "a juicio del X"), or None."""
    if i >= len(doc):
        return None
    if doc[i].lower_ == "para":
        return i + 1
    for a, b in OPINION_CUES:
        if (
            i + 2 < len(doc)
            and doc[i].lower_ == a
            and doc[i + 1].lower_ == b
            and doc[i + 2].lower_ in {"de", "del"}
        ):
            return i + 3
    return None


def para(
    doc: Doc,
    sentences: list[tuple[int, int]],
    marked: Callable[[int, int], bool],
    char_span: Callable[[int, int], Span],
    has_actor: Callable[[int, int], bool],
) -> Iterator[Candidate]:
    """ "Para X, contenido": an opinion attributed to X."""
    text = doc.text
    for s0, s1 in sentences:
        while s0 < s1 and text[s0].isspace():
            s0 += 1  # a sentence inside a paragraph starts after the space
        if not text.startswith(("Para ", "A juicio ", "En opinión ", "En palabras "), s0):
            continue
        span = char_span(s0, s1)
        found = opinion_source(doc, span.start) if len(span) >= 4 else None
        if found is None:
            continue
        first = found
        last = noun_phrase_end(doc, first, s1)
        if last >= span.end - 2:
            # no comma: the phrase is the run of names after "Para"
            last = first
            while last < span.end and (doc[last].pos_ in {"PROPN", "DET"} or doc[last].is_title):
                last += 1
        if last == first or not has_actor(doc[first].idx, doc[last - 1].idx + len(doc[last - 1])):
            continue
        source = doc[first:last]
        s, e = _trim(text, source.end_char, s1)
        if s < e and not marked(s, e) and len(text[s:e].split()) >= 3:
            yield Candidate(s, e, "para", None, None, source)
