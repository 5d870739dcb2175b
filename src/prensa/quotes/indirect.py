"""Indirect quotations: reported content without quotation marks.

This module holds the ``que`` rule, a reporting verb and its content clause
("aseguró que ...", "insistió en que ...", "dijo en una entrevista que ...",
"explicó cómo ..."; "dijo que A y que B" is one content), and what the other
rules share: :class:`Candidate` and :func:`trim`. The other shapes live beside
it: ``segun`` ("según X, ...", "Para X, ...") in :mod:`prensa.quotes.segun`,
``post`` ("No es un adiós, dicen", dialogue lines) in :mod:`prensa.quotes.post`.

Each rule returns candidates: the content span, the cue token (or the source
phrase for ``segun``/``para``) and the rule's name. A content that holds
quotation marks is left to the marked quotation inside it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from prensa.extensions import in_timex, text_of
from prensa.lexicon import column, word_class
from prensa.speakers.words import clitic_start

# where a content clause ends: a clause that gives a reason or a contrast, or
# a second content clause of the same verb ("y que ...")
CLAUSE_END = re.compile(
    # a colon, but not one between digits ("a las 23:15 horas")
    r"\s*(?:;|(?<!\d):|,\s+(?:ya que|pero|aunque|si bien|"
    r"por lo que|mientras|según)\b)"
)
# ... but after "dijo que", a clause of reason or consequence is what was said
# ("dijo que hacen falta pruebas, ya que no está claro ...", "..., por lo que
# está lista para negociar"), unless a cue of its own makes it the reporter's
# ("..., ya que opina que ...", REASON)
CONTENT_END = re.compile(
    r"\s*(?:;|:(?=\s*[«“\"‘]|\s*$)|,\s+(?:pero|aunque|si bien|mientras|según)\b)"
)
REASON = re.compile(r",\s+(?:ya que|puesto que|dado que|por lo que)\b")
NEXT_CLAUSE = re.compile(r",?\s+(?:y|e)\s+que(?:\s+|\s*,)")  # "y que", "y que, si ..."
MAX_BRIDGE = 12  # tokens between a verb and its "que": "incidieron en declaraciones a X en que"
MAX_CONTENT = 1500  # characters: a content clause never runs longer
# "sostuvo que A, «B»" / "dijo que A y «B»": a quotation that opens after a comma
# or a conjunction starts a clause of its own, and closes the content before it
QUOTE_JOINS = re.compile(r"(?:,|\s(?:y|e|pero))\s*$")
INSERT_GOES_ON = re.compile(r"\s*,\s*[a-záéíóúñ]")
TRAILING_CONJ = re.compile(r"\s(?:y|e|o|u|pero)$")
QUOTE_MARKS = frozenset("«»“”\"‘’'")
COMPLEMENTISERS = frozenset({"que", "cómo", "si"})
# "subrayó, no obstante, que": the tagger makes "no" a particle
BRIDGE_POS = frozenset(
    {"ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PUNCT", "PRON", "PART"}
)


def _inner_conjunction(tok: Token) -> bool:
    """ "pidió a los cuerpos locales y federales que ...", "pidió al Gobierno y a
    las comunidades que ...": a conjunction between two words or two addressees,
    not before a clause ("y que", "y dijo")."""
    doc = tok.doc
    if tok.pos_ != "CCONJ" or tok.i + 1 >= len(doc) or tok.i == 0:
        return False
    after, before = doc[tok.i + 1], doc[tok.i - 1]
    opens = after.pos_ in {"ADJ", "NOUN", "PROPN", "DET"} or after.lower_ in {"a", "al"}
    return opens and before.pos_ in {"ADJ", "NOUN", "PROPN"}


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    cue: Token | None  # the reporting verb, where there is one
    cue_text: str | None  # the lemma of the cue ("según" for a prepositional cue)
    source: Span | None  # the phrase naming the speaker when no verb does (según X)


# the agency and dash that close a dateline: "(apro).-", "(EFE) —", "(AP).–"
DATELINE_TAIL = re.compile(r"\(\s*[^()\n]{1,30}\)\s*\.?\s*[-–—]+\s*")
# a whole dateline before the first sentence: "ACAPULCO, Guerrero.- ", "SANTIAGO, 2
# de febrero (Reuters) - ", "LIMA.- ", "Ciudad de México.- ", "ROSARIO (Argentina),
# 15 sep (EFE).- ", "Algeciras (Cádiz), 23 may (EFE).- "
BRACKETED = r"\([^()\n]{1,30}\)"
DATELINE = re.compile(
    rf"(?:[A-ZÁÉÍÓÚÑ]{{2,}}(?:\s+[A-ZÁÉÍÓÚÑ]{{2,}}){{0,3}}(?:\s*{BRACKETED})?"
    rf"(?:,\s*[^()\n]{{1,30}}?)?\s*(?:{BRACKETED})?\s*\.?\s*[-–—]+"
    rf"|[A-ZÁÉÍÓÚÑ]\w+(?:\s+\w+){{0,3}}(?:\s*{BRACKETED})?,\s*[^()\n]{{1,30}}?\s*{BRACKETED}"
    r"\s*\.?\s*[-–—]+"
    r"|[A-ZÁÉÍÓÚÑ]\w+(?:\s+\w+){0,3}\.-)\s+"
)


# an apposition on the content's last noun that goes on to a quotation of its
# own: "acabar con las detenciones, un colectivo que, lamenta, «se siente ...»"
APPOSED = re.compile(r",\s+(?:un|una|unos|unas|el|la|los|las)\s+\w+\s+(?:que|quien|cuyo|cuya)\b")


def before_apposed_quote(text: str, start: int, end: int) -> int | None:
    """Where content that runs into a quotation through an apposition ends
    (before the apposition's comma), or None where no apposition leads there."""
    mark = next((i for i in range(start, end) if text[i] in '«“"'), None)
    if mark is None:
        return None
    found = APPOSED.search(text, start, mark)
    return found.start() if found is not None else None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and punctuation at both ends, and a conjunction left hanging at
    the end ("dijo que A y «B»" leaves "A y")."""
    while start < end and (text[start].isspace() or text[start] in ","):
        start += 1
    # what is left of a dateline: "GUADALAJARA, Jal. (apro).- El cuerpo ..."
    tail = DATELINE_TAIL.match(text, start, end)
    if tail is None and (start == 0 or text[start - 1] == "\n"):
        tail = DATELINE.match(text, start, end)  # a whole dateline opens its line
    if tail is not None:
        start = tail.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    hanging = TRAILING_CONJ.search(text, start, end)
    if hanging and hanging.start() > start:
        return trim(text, start, hanging.start())
    return start, end


def que_clauses(
    doc: Doc,
    cues: list[tuple[Token, str]],
    sent_end: Callable[[int], int],
    marked: Callable[[int, int], bool],
    next_mark: Callable[[int], int],
    others: Sequence[Token] = (),
) -> Iterator[Candidate]:
    """Content clauses of reporting verbs: "aseguró que el acuerdo está cerca".

    A clause ends where a coordinated reporting verb begins ("..., y puso de
    relieve que"), one of ``cues`` or of ``others`` (cues of marked quotations
    that are no speech cues here: "recordó que A y consideró que «B»"), and
    where a quotation opens: the marked part is its own item.
    """
    text = text_of(doc)
    verb_starts = sorted(
        v.idx
        for v in {*(v for v, _ in cues), *others}
        if v.i > 0 and doc[v.i - 1].lower_ in {"y", "e", ",", "pero"}
    )
    cue_starts = sorted(v.idx for v, _ in cues)
    for verb, lemma in cues:
        if verb.lower_.endswith("mos") and "Person=1" in str(verb.morph):
            continue  # "recordamos cómo ...": the journalist, not a source
        if _object_relative(verb) or _idiom(verb) or _said_it(verb) or _after_quotation(verb):
            continue
        comp = None
        # past the rest of a cue of several words ("ha hecho saber que", "dio a
        # conocer que"), whose verbs would end the bridge
        after = verb.i + len(lemma.split())
        for t in doc[after : after + MAX_BRIDGE]:
            if t.lower_ in COMPLEMENTISERS:
                # "el que", "lo que", "Villagrasa, que no podía": a relative, not a content
                # clause; "después de que", "desde que": a conjunction of time or purpose
                if (
                    doc[t.i - 1].pos_ not in {"DET", "PRON"}
                    and not _conjunction(doc, verb.i, t.i)
                    # "respondió a las críticas que recibió": the object of its
                    # own clause's verb is a relative, never a complementiser
                    and not _object_gap(t)
                    # "dijo Marisol Pinto, una vecina que vive junto al río": the
                    # subject of a clause on the noun before it
                    and not _subject_relative(doc, t)
                    and (
                        t.i == verb.i + 1
                        or t.pos_ in {"SCONJ", "ADV"}
                        or t.dep_ == "mark"
                        or _after_addressee(doc, verb.i, t.i)
                        or _after_adjunct(doc, verb.i, t.i)
                        # "denunció hace tres días que faltan médicos": the tagger
                        # reads a relative on the time's noun; only a time right
                        # after the cue ("se refiere a cuentas emitidas entre julio
                        # y agosto que incluyeron" is a relative)
                        or (
                            t.i > verb.i + 1
                            and all(in_timex(doc, x.idx) for x in doc[verb.i + 1 : t.i])
                        )
                    )
                ):
                    comp = t
                break
            # (a time bridges too: "denunció hace dos semanas que ...")
            if t.text in {".", ";", ":", "«", "“", '"'} or not (
                t.pos_ in BRIDGE_POS or _inner_conjunction(t) or in_timex(doc, t.idx)
            ):
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
            stop = CONTENT_END.search(tail)
            nxt = NEXT_CLAUSE.search(tail)
            end = start + (stop.start() if stop else len(tail))
            reason = REASON.search(text, start, end)
            if reason is not None and _cue_between(cue_starts, reason.end(), end):
                # "la clave es X, ya que opina que ...": the reporter's reason, its cue
                # its own; "se necesitan pruebas, ya que no está claro": what was said
                end = reason.start()
            more = None
            # "dijo que A y que «B»", "dijo que «A» y que B": the clauses are judged
            # one by one, so split only where one of them holds marks
            if (
                nxt
                and start + nxt.start() <= end
                and (marked(start + nxt.end(), end) or marked(start, start + nxt.start()))
            ):
                end, more = start + nxt.start(), start + nxt.end()
            s, e = trim(text, start, end)
            if s < e and not marked(s, e):
                yield Candidate(s, e, "que", verb, lemma, None)
            if more is None:
                break
            start = more


def _cue_between(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def nested_report(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` is the content clause of a reporting verb that ``outer``
    itself reports ("apuntó que el código precisa que Z"): both are quotations."""
    cue = inner.cue
    return (
        inner.rule == "que"
        and cue is not None
        and outer.start <= cue.idx
        and inner.end <= outer.end
        # a source of its own, stated as a fact ("podrían indicar que" hedges)
        and any(
            c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and outer.start <= c.idx < cue.idx
            for c in cue.children
        )
        and not any(c.dep_ == "aux" for c in cue.children)
    )


def _object_relative(verb: Token) -> bool:
    """ "el paciente que las autoridades dijeron que había sido infectado": the
    first "que" stands for the content's own subject, so what follows the second
    is no clause that reports anything by itself (GUIDELINES: optional at most)."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "que":
        return False
    rel = [c for c in verb.children if c.lower_ in {"que", "quien", "quienes"} and c.i < verb.i]
    return bool(rel) and any(c.dep_ == "nsubj" and rel[0].i < c.i < verb.i for c in verb.children)


def _said_it(verb: Token) -> bool:
    """ "lo resumió con una imagen que ...", "lo dijo claro": an object clitic
    fills the slot of what was said, so a "que" after it opens a relative."""
    return any(
        c.dep_ == "obj" and c.lower_ in {"lo", "la", "los", "las"} and c.i < verb.i
        for c in verb.children
    )


# "No hace falta decir que", "Huelga decir que": the journalist's own emphasis
IDIOM_LEADS = frozenset({"falta", "huelga"})
# "para garantizar que el aire no salga": after "para", "garantizar" and
# "asegurar" mean *to ensure* (DLE asegurar 1, garantizar 2), an aim, not words
ENSURE = frozenset({"garantizar", "asegurar"})


def _idiom(verb: Token) -> bool:
    if "VerbForm=Inf" not in str(verb.morph) or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1].lower_
    return before in IDIOM_LEADS or (before == "para" and verb.lemma_.lower() in ENSURE)


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
    if prev.lower_ == "de" and que - 3 > verb and doc[que - 3].lower_ == "a":
        return doc[que - 2].pos_ == "NOUN"  # "a pesar de que", "a fin de que"
    return prev.lower_ == "de" and doc[que - 2].pos_ == "ADV" and que - 2 > verb


def _subordinate_end(verb: Token) -> int:
    """Where the content of a cue inside a fronted adverbial clause must end: at
    the comma before the main clause ("Aunque dijo que A, B": the content is A).
    Other cues are not limited here."""
    doc = verb.doc
    root = verb.sent.root
    if verb.dep_ != "advcl" or root.i <= verb.i:
        return len(text_of(doc))
    if not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
        return len(text_of(doc))
    commas = [t for t in doc[verb.i + 1 : root.i] if t.text == ","]
    return commas[-1].idx if commas else len(text_of(doc))


def _inserted(doc: Doc, start: int, opening: int, limit: int) -> bool:
    """Whether the quotation opening at ``opening`` is part of the clause that
    starts at ``start``, not a clause of its own: nothing before it holds a verb
    ("aclaró que, en suma, «...»"), or the clause goes on after it, set off by
    commas ("pidió a todos, «sin excepción», que voten")."""
    text = text_of(doc)
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
    if tok.dep_ == "advmod" or _deictic_time(tok):
        return True
    # "advirtió sobre un virus que ...": a PP of topic fills the verb's content
    # slot, so its "que" is a relative; "la semana que ...": no preposition
    cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
    # an "obj" with a preposition is the personal "a" of an addressee ("pidió a los
    # vecinos que") or a PP the tagger took for an object; a bare object is not
    if cases & {"a", "al"} and doc[verb].lemma_.lower() in word_class(
        "quotes", "person_object_verbs"
    ):
        return False  # "condenó al hombre que mató a su vecino": whom, not what
    return tok.dep_ in ADJUNCT_DEPS | {"obj"} and bool(cases) and not TOPIC_PREPS & cases


# what makes a bare time noun a whole time of its own: "la semana pasada", "el
# mes anterior", "esta semana" (the relative "la semana que dejé" has none)
DEICTIC_MODIFIERS = frozenset(
    {"pasado", "pasada", "anterior", "próximo", "próxima", "siguiente", "este", "esta"}
)


@cache
def _time_nouns() -> frozenset[str]:
    """Units of time, weekdays and months (the timex lists)."""
    return (
        column("timex", "units", "word")
        | column("timex", "weekdays", "word")
        | column("timex", "months", "word")
    )


def _deictic_time(tok: Token) -> bool:
    """ "dijo la semana pasada que ...", "anunció la víspera que ...": a time noun
    the cue's clause holds, made whole by a deictic word (or "la víspera", a
    day of its own), is an adjunct, and the "que" after it the cue's."""
    if tok.dep_ not in {"obl", "obj", "nmod", "advmod"}:
        return False
    if tok.lower_ == "víspera":
        return True
    return tok.lower_ in _time_nouns() and any(
        c.lower_ in DEICTIC_MODIFIERS and c.dep_ in {"amod", "det"} for c in tok.children
    )


def _of_phrase(tok: Token) -> bool:
    """A "de" complement inside a noun phrase: "a los trabajadores del metro"."""
    return tok.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in {"de", "del"} for c in tok.children
    )


def _object_gap(que: Token) -> bool:
    """Whether "que" is the missing object of its own clause's verb, as only a
    relative is ("las críticas que recibió"); a complementiser the tagger took
    for an object leaves the verb its own ("que su partido llevará el caso")."""
    return (
        que.pos_ == "PRON"
        and que.dep_ == "obj"
        and que.head.pos_ == "VERB"  # "que el plan estaba cerrado": no object of a copula
        and not any(c.dep_ == "obj" and c.i != que.i for c in que.head.children)
    )


# closing quotation marks
CLOSING_MARKS = frozenset({"»", "”", '"', "’", "'"})


def _after_quotation(verb: Token) -> bool:
    """ "«Ganó la gente», sostuvo la alcaldesa ante los simpatizantes que ...": a
    cue inverted after the quotation it reports (past its clitics and
    auxiliaries, a comma, a closing mark) has its content already; a "que"
    further on opens a relative clause, not another content. Not where a
    subject stands before the verb or "que" follows it at once: the marks
    were a title in the subject's phrase ("El informe, titulado «X», señala
    que ...")."""
    doc = verb.doc
    i = clitic_start(doc, verb)
    if not (i >= 1 and doc[i].text == "," and doc[i - 1].text in CLOSING_MARKS):
        return False
    # "El documento, titulado «X», señala que ...": a title in marks inside the
    # subject's phrase, whose verb reports a content of its own, right after it
    nxt = next((t for t in doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV"), None)
    return not (
        any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i for c in verb.children)
        or (nxt is not None and nxt.lower_ == "que")  # "señala (además) que"
    )


def _subject_relative(doc: Doc, que: Token) -> bool:
    """Whether "que" is the subject of a clause hung on a noun in apposition
    right before it, as a relative pronoun is ("Marisol Pinto, una vecina que
    vive junto al río"); a noun the cue addresses takes a content clause
    ("pidió a los clubes que aceleren"), and a complementiser the tagger took
    for a subject has a subject of its own after it ("que el plan sigue")."""
    return (
        que.dep_ in {"nsubj", "nsubj:pass"}
        and que.head.dep_ in {"acl", "acl:relcl"}
        and que.head.head.i == que.i - 1
        and doc[que.i - 1].pos_ == "NOUN"
        and doc[que.i - 1].dep_ == "appos"
        and not any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i != que.i for c in que.head.children)
    )


def _after_addressee(doc: Doc, verb: int, que: int) -> bool:
    """ "afirmó en declaraciones a Onda Cero que ...": a "que" right after the name
    the verb addresses is its complementiser, though the tagger reads a relative;
    so is one after any addressee when a subjunctive follows it, a request ("pidió
    al Gobierno y a las comunidades que aumenten la oferta")."""
    if not any(t.lower_ in {"a", "al", "ante"} for t in doc[verb + 1 : que - 1]):
        return False
    if doc[que - 1].pos_ == "PROPN" or doc[que - 1].text[:1].isupper():
        return True
    after = next((t for t in doc[que + 1 : que + 5] if t.pos_ in {"VERB", "AUX"}), None)
    return after is not None and "Mood=Sub" in str(after.morph)
