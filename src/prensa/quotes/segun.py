"""Indirect quotations attributed by a prepositional source, not a verb.

- ``segun``: "según X, ..." and "..., según X" (also "de acuerdo con X" and
  "como señaló X, ...").
- ``para``: "Para X, ..." opinions (also "a juicio de X", "en palabras de X").

Each yields :class:`~prensa.quotes.indirect.Candidate` items whose ``source``
is the phrase naming the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.extensions import text_of
from prensa.quotes.indirect import (
    CLAUSE_END,
    QUOTE_MARKS,
    Candidate,
    before_apposed_quote,
    trim,
)
from prensa.speakers.extent import noun_phrase_end
from prensa.speakers.nouns import roles
from prensa.token_table import tokens_where

# "según X" opens the sentence or a clause: the content follows it
# what may stand before a "según" that opens its clause: nothing, a conjunction,
# or a discourse connector (RAE-ASALE Nueva gramática §30.12: "sin embargo",
# "además", "por su parte" ...) set off by its comma
SEGUN_FIRST = re.compile(
    r"(?:^|\b(?:y|e|pero|que|donde|aunque|mientras|porque|pues)\b|:"
    r"|\b(?:sin embargo|no obstante|además|asimismo|así mismo|por su parte|por otra parte"
    r"|por otro lado|en cambio|de hecho|ahora bien|en (?:ese|este) sentido|igualmente"
    r"|también|incluso|finalmente|por último|mientras tanto|por ello|por eso|por tanto"
    r"|por lo tanto|en concreto|en particular|en cualquier caso|en todo caso),)[\s,]*$",
    re.I,
)
RELATIVE_CLAUSE = re.compile(r",\s+((?:el|la|lo|los|las)\s+cual(?:es)?)\s", re.I)
OPENS_WITH_SOURCE = re.compile(r"[\s\W]*(?:según|de acuerdo con)\b", re.I)
# "según recogen medios locales": verbs of publishing that relay, not say
PUBLISHING = re.compile(r"(?:recog|recoj|public|difund|revel|adelant|inform)\w*$")


def past_appositions(doc: Doc, first: int, last: int, limit: int) -> int:
    """Extend the phrase ``doc[first:last]`` over the appositions that follow it:
    "según el coronel Ruiz, comandante de la Policía, los detenidos..." names
    the source up to the second comma, not the first; so does a "de" phrase of
    where the source works ("según el economista Ana Gil, de la consultora X,")."""
    while last + 1 < len(doc) and doc[last].text == "," and doc[last + 1].idx < limit:
        affiliation = _affiliation_end(doc, last + 1, limit)
        if affiliation is None:
            affiliation = _participle_end(doc, last + 1, limit)
        if affiliation is not None:
            last = affiliation  # "según el economista Diego Maldonado, de la consultora X,"
            continue
        if not (doc[last + 1].dep_ == "appos" and first <= doc[last + 1].head.i < last):
            break
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


def _participle_end(doc: Doc, i: int, limit: int) -> int | None:
    """The closing comma of "difundido este lunes," at ``i``: a participle set
    off by commas after the source, with no finite verb before the comma
    ("según el último balance oficial, difundido este lunes, hay ...")."""
    if not lexicon.PARTICIPLE_ENDING.search(doc[i].lower_) or doc[i].pos_ not in {"VERB", "ADJ"}:
        return None
    for tok in doc[i + 1 : i + 10]:
        if tok.idx >= limit or (tok.pos_ in {"VERB", "AUX"} and "VerbForm=Fin" in str(tok.morph)):
            return None
        if tok.text == ",":
            return tok.i
    return None


def _affiliation_end(doc: Doc, i: int, limit: int) -> int | None:
    """The closing comma of "de la consultora Quantum Andina," at ``i``: where
    a source's person works, a "de" phrase set off by commas that holds a name
    and no verb."""
    if doc[i].lower_ not in {"de", "del"}:
        return None
    named = False
    for tok in doc[i + 1 : i + 10]:
        if tok.idx >= limit or tok.pos_ in {"VERB", "AUX"}:
            return None
        if tok.text == ",":
            return tok.i if named else None
        named = named or tok.text[:1].isupper()
    return None


def _past_addressee(doc: Doc, first: int, limit: int) -> int:
    """Skip "a EFE" in "según declaró a EFE el alcalde, ...": the addressee, not the
    source, when a determiner opens the subject before the next comma."""
    if first >= len(doc) or doc[first].lower_ not in {"a", "al"}:
        return first
    k = first + 1
    while k < len(doc) and k - first < 5 and doc[k].pos_ == "PROPN" and doc[k].idx < limit:
        k += 1  # "según confirmaron a EFE fuentes federativas": a name, then the subject
    if k > first + 1 and k < len(doc) and doc[k].idx < limit and doc[k].pos_ in {"NOUN", "DET"}:
        return k
    for tok in doc[first + 1 : first + 8]:
        if tok.idx >= limit or tok.is_punct:
            break
        if tok.pos_ == "DET" and tok.lower_ in {"el", "la", "los", "las"}:
            return tok.i
    return first


def _past_time(doc: Doc, first: int, limit: int) -> int:
    """Skip a time between a cue and its subject: "según informó este jueves la
    entidad": the entity informed, this Thursday."""
    if first >= len(doc):
        return first
    for timex in doc._.prensa_timexes or []:
        if timex["start"] == doc[first].idx and timex["end"] < limit:
            k = first
            while k < len(doc) and doc[k].idx < timex["end"]:
                k += 1
            return k
    return first


def _before_addressee(doc: Doc, first: int, last: int) -> int:
    """Where a post-verbal subject ends before its addressee: "según informó la
    entidad a la CNMV" names the entity, not the commission; but "las invitadas
    al Encuentro" keep their complement."""
    for k in range(first + 1, last):
        if (
            doc[k].lower_ in {"a", "al"}
            and doc[k].pos_ == "ADP"
            and not lexicon.PARTICIPLE_ENDING.search(doc[k - 1].lower_)
        ):
            return k
    return last


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


def _mid_clause(doc: Doc, segun: int, source: Span, s0: int) -> bool:
    """Whether "según X" stands between a subject and its verb, set off by commas:
    "Estas cuentas, según la policía, formaban parte de ...". The content is what
    follows (the clause's subject is left out, as the annotation does)."""
    if segun < 1 or doc[segun - 1].text != "," or source.end >= len(doc) - 1:
        return False
    if doc[source.end].text != ",":
        return False
    subject = [t for t in doc[: segun - 1] if t.idx >= s0]
    if not subject or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in subject):
        return False
    nxt = doc[source.end + 1]
    if nxt.lower_ in {"no", "se", "le", "les", "lo", "la"} and source.end + 2 < len(doc):
        nxt = doc[source.end + 2]
    return nxt.pos_ in {"VERB", "AUX"}


@cache
def _criteria() -> frozenset[str]:
    return lexicon.column("quotes", "segun_criteria", "word")


def _criterion(doc: Doc, first: int, last: int) -> bool:
    """Whether "según" at ``first - 1`` gives a criterion, not a source: a noun of
    measure or kind (data/segun_criteria.tsv: "según el grado de urgencia",
    "según los intereses de X") or a neuter "lo" + participle ("según lo
    previsto", "según lo acordado")."""
    words = doc[first:last]
    if (
        len(words) >= 2
        and words[0].lower_ == "lo"
        and words[1].lower_.endswith(("ado", "ido", "to", "cho"))
    ):
        return True
    head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or head.pos_ != "NOUN":
        return False
    form = head.lower_
    return any(form == w or form in {w + "s", w + "es"} for w in _criteria()) or (
        form.endswith("eses") and form[:-4] + "és" in _criteria()
    )


def _unpunctuated_end(doc: Doc, prep: Token, first: int, last: int) -> int:
    """Where the source ends when no comma closes it: "Según Ana Ruiz la ley
    ...", "la gente que según sus cálculos podría ...". The phrase the
    preposition heads ends at its subtree's edge when a verb follows before the
    comma (a relative inside the phrase, "según fuentes que conocen el caso,",
    stays in it)."""
    head = prep.head
    if head.i <= prep.i or head.i >= last or prep.dep_ != "case":
        return last
    end = head.right_edge.i + 1
    if first < end < last and any(t.pos_ in {"VERB", "AUX"} for t in doc[end:last]):
        return end
    return last


def _before_time(doc: Doc, first: int, last: int) -> int:
    """Where a source ends before a time that no comma set off: "según el registro
    del hospital y hasta el pasado 12 de enero, ..." names the register, not the
    date (the time is the clause's, not the source's)."""
    if last <= first:
        return last
    lo, hi = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    relative = next((t.idx for t in doc[first:last] if t.lower_ in {"que", "quien", "cual"}), hi)
    hi = min(hi, relative)  # "los datos que publicó este viernes el INE": the clause's time
    # "un estudio publicado este martes en la revista X": the participle's time
    participle = next((t.idx for t in doc[first:last] if "VerbForm=Part" in str(t.morph)), hi)
    hi = min(hi, participle)
    for timex in doc._.prensa_timexes or []:
        if lo < timex["start"] < hi:
            k = first
            while k < last and doc[k].idx < timex["start"]:
                k += 1
            while k > first + 1 and doc[k - 1].pos_ in {"ADP", "CCONJ", "DET"}:
                k -= 1  # "y hasta el", "el pasado": the words that lead into the time
            return k
    return last


def _agrees(doc: Doc, i: int) -> bool:
    """Whether "de acuerdo con" at ``i`` means *agree with*, not *according to*: it
    follows a verb ("está de acuerdo con", "se mostró de acuerdo con") or a
    degree adverb ("muy de acuerdo con")."""
    return i > 0 and doc[i - 1].pos_ in {"VERB", "AUX", "ADV"}


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
    text = text_of(doc)
    # the words tested below
    for tok in tokens_where(doc, lower={"según", "como", "de", "a", "en"}):
        as_said, phrase = False, "según"
        if tok.lower_ == "según":
            first = tok.i + 1
        elif tok.lower_ in {"a", "en"}:
            # "una cifra que, a juicio de la asociación, «no cubre los costes»": an
            # opinion cue inside a sentence is a "según" (at a sentence's start,
            # ``para`` reads it)
            found = _opinion_cue_inside(doc, tok.i, sent_start(tok.idx))
            if found is None:
                continue
            first, phrase = found
        elif tok.lower_ == "como" and _cue_follows_como(doc, tok.i, cue_lemma):
            first, as_said = tok.i + 1, True
        elif (
            tok.lower_ == "de"
            and tok.i + 2 < len(doc)
            and doc[tok.i + 1].lower_ == "acuerdo"
            and doc[tok.i + 2].lower_ == "con"
            and not _agrees(doc, tok.i)
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
            first = _past_addressee(doc, _past_time(doc, first, s1), s1)
        if first >= len(doc) or doc[first].idx >= s1:
            continue
        if verb is not None and doc[first].text == "," and not as_said:
            # "Según decía, el rasgo ...": a verb with a dropped subject, no phrase
            if SEGUN_FIRST.search(text[s0 : tok.idx]):
                stop = CLAUSE_END.search(text, doc[first].idx + 1, s1)
                s, e = trim(text, doc[first].idx + 1, stop.start() if stop else s1)
                if s < e and not marked(s, e) and len(text[s:e].split()) >= 3:
                    yield Candidate(s, e, "segun", verb, cue_lemma(verb), None)
            continue
        last = _unpunctuated_end(doc, tok, first, noun_phrase_end(doc, first, s1))
        if last == first or (tok.lower_ == "según" and _criterion(doc, first, last)):
            continue
        last = past_appositions(doc, first, last, s1)
        until = _before_time(doc, first, last)
        if verb is not None:
            until = _before_addressee(doc, first, until)
        source, said_from = doc[first:until], doc[first:last].end_char
        if phrase != "según" and text[said_from : said_from + 4].lstrip(" ,")[:1] in QUOTE_MARKS:
            continue  # "..., en palabras de X, «...»": the words in marks are X's, no clause
        if any(t.text in QUOTE_MARKS for t in source):
            continue  # "según un llamado «sistema de semáforo»": a name, not a source
        if as_said and (verb is None or not has_actor(source.start_char, source.end_char)):
            continue  # "tal como adelantó la semana pasada": no one named
        before = text[s0 : tok.idx]
        if SEGUN_FIRST.search(before) or _mid_clause(doc, tok.i, source, s0):
            start = said_from
            stop = CLAUSE_END.search(text, start + 1, s1)
            end = stop.start() if stop else s1
        elif OPENS_WITH_SOURCE.match(text, s0, tok.idx):
            continue  # "Según X, A, según el informe de Y": the first source frames A
        else:
            # "A, el cual B, según X": the source qualifies the clause next to it
            clause = list(RELATIVE_CLAUSE.finditer(text, s0, tok.idx))
            start, end = (clause[-1].start(1) if clause else s0), tok.idx
        s, e = trim(text, start, end)
        if s < e and not marked(s, e) and len(text[s:e].split()) >= 3:
            cue = cue_lemma(verb) if as_said and verb is not None else phrase
            yield Candidate(s, e, "segun", verb, cue, source)


def _opinion_cue_inside(doc: Doc, i: int, s0: int) -> tuple[int, str] | None:
    """The first token of the holder and the cue's words where an opinion cue
    with a "de" ("a juicio de", "en opinión del", "a decir de") opens at token
    ``i`` after a comma inside its sentence; else None."""
    if i < 1 or doc[i - 1].text != "," or doc[i - 1].idx < s0:
        return None
    if doc[i].lower_ == "para" or opinion_source(doc, i) != i + 3:
        return None  # not one with "de" ("a su juicio" names no holder)
    return i + 3, f"{doc[i].lower_} {doc[i + 1].lower_} de"


# "En palabras del portavoz, ...", "A juicio de la ONU, ...": prepositional cues
# whose noun phrase names who holds the opinion ("del" = "de" + "el")
# "a decir de X" is "según X" in a higher register (RAE DLE, s.v. "decir", "a
# decir de"); it opens the sentence as the opinions do
OPINION_CUES = (("en", "palabras"), ("a", "juicio"), ("en", "opinión"), ("a", "decir"))
POSSESSIVES = frozenset({"su", "sus"})
OPINION_OPENINGS = (
    "Para ",
    "A juicio ",
    "En opinión ",
    "En palabras ",
    "A decir ",
    "A su juicio",
    "En su opinión",
    "En sus palabras",
)


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
        if (
            i + 2 < len(doc)
            and doc[i].lower_ == a
            and doc[i + 1].lower_ in POSSESSIVES
            and doc[i + 2].lower_ in {b, b + "s"}
        ):
            return i + 1  # "A su juicio, ...": the possessive stands for the holder
    return None


def source_end(doc: Doc, first: int, limit: int) -> int:
    """Where the source phrase an opinion cue introduces ends: a possessive is a
    phrase of its own ("a su juicio", "según sus propias palabras": it stands
    for the holder), but before a title, whose noun phrase runs to the comma
    ("según su portavoz, Luis Mato,")."""
    if doc[first].lower_ in POSSESSIVES and (
        first + 1 >= len(doc) or doc[first + 1].lower_ not in roles()
    ):
        return first + 1
    return noun_phrase_end(doc, first, limit)


def para(
    doc: Doc,
    sentences: list[tuple[int, int]],
    marked: Callable[[int, int], bool],
    char_span: Callable[[int, int], Span],
    has_actor: Callable[[int, int], bool],
) -> Iterator[Candidate]:
    """ "Para X, contenido": an opinion attributed to X."""
    text = text_of(doc)
    for s0, s1 in sentences:
        while s0 < s1 and text[s0].isspace():
            s0 += 1  # a sentence inside a paragraph starts after the space
        if not text.startswith(OPINION_OPENINGS, s0):
            continue
        span = char_span(s0, s1)
        found = opinion_source(doc, span.start) if len(span) >= 4 else None
        if found is None:
            continue
        first = found
        last = source_end(doc, first, s1)
        if doc[first].lower_ in POSSESSIVES:
            pass  # "A su juicio, ...": whoever the story is about
        elif last >= span.end - 2:
            # no comma: the phrase is the run of names after "Para"
            last = first
            while last < span.end and (doc[last].pos_ in {"PROPN", "DET"} or doc[last].is_title):
                last += 1
        named = has_actor(doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
        # "a juicio del ministro": a person's title holds an opinion as a name does
        titled = any(t.pos_ == "NOUN" and roles().get(t.lower_) == "PER" for t in doc[first:last])
        if last == first or not (named or titled or doc[first].lower_ in POSSESSIVES):
            continue
        source = doc[first:last]
        frame_end = doc[first + 1] if doc[first].lower_ in POSSESSIVES else doc[last - 1]
        s, e = trim(text, frame_end.idx + len(frame_end), s1)
        if s < e and marked(s, e) and (cut := before_apposed_quote(text, s, e)) is not None:
            s, e = trim(text, s, cut)  # the opinion ends before an apposition's quotation
        if s < e and not marked(s, e) and len(text[s:e].split()) >= 3:
            yield Candidate(s, e, "para", None, None, source)
