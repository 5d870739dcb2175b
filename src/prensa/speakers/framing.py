"""Speakers of quotations that come without a cue of their own.

A quotation no verb of saying governs may still name its speaker by its
frame: the subject of the clause a colon closes ("X fue tajante: «...»"), a
headline's name after the quotation ("«...»: Ana Torres, alcaldesa"), the
author of quoted words ("una cita de Borges: «...»"), or the subject of the
clause a partial quotation sits in ("X recibió la propuesta como «...»").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from prensa.extensions import text_of
from prensa.lexicon import column, word_class
from prensa.speakers.extent import phrase_of, role_of
from prensa.speakers.geometry import Geometry
from prensa.speakers.index import NAMED, PERSON, ActorIndex
from prensa.speakers.nouns import documents, roles, speaks

# "Fuentes de la compañía atribuyen los cortes a «...»": the news word for an
# unnamed source is someone whose wording a partial quotation can be
SOURCES = frozenset({"fuente", "fuentes"})


class Framing:
    """The frames of one document's quotations with no cue."""

    def __init__(self, doc: Doc, geo: Geometry, actors: ActorIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.geo = geo
        self.actors = actors

    def colon_subject(self, start: int) -> Token | None:
        """The subject of the clause that a colon right before a quotation closes, where
        it names an actor or a title ("Xavi fue tajante: «...»"); also a paragraph
        that ends in the colon and a quotation that opens the next ("Gil
        añadió:\n\n«...»": the block quotation is Gil's, not the last speaker's)."""
        colon = self.colon_before(start)
        if colon is None:
            return None
        named = self._line_name(colon)
        if named is not None:
            return named
        lo = self.geo.sent_start(colon)
        subjects = [
            (tok, role.head.i)
            for tok in self.geo.tokens(lo, colon)
            if (role := role_of(tok)).dep_ in {"nsubj", "nsubj:pass"}
            and tok.pos_ in {"NOUN", "PROPN"}
            and lo <= role.head.idx < colon
            and not self.geo.inside_mark(tok.idx)
        ]
        # the clause nearest the colon first: "La alcaldesa presentó el plan, mientras
        # que el concejal fue más crítico: «...»" is the councillor's; a person or a
        # title, not "los otros puntos del acuerdo: «...»"
        for tok, _ in sorted(subjects, key=lambda pair: pair[1], reverse=True):
            phrase = phrase_of(tok, stop=colon)
            if self.actors.names_someone(phrase) or tok.lower_ in roles() or tok.lower_ in SOURCES:
                return tok
        if "\n" in self.text[colon:start]:
            return self._only_person(lo, colon)
        return None

    def colon_before(self, start: int) -> int | None:
        """Where a colon stands right before a quotation at ``start`` (past
        spaces and the opening mark); None where none does."""
        colon = self.text.rfind(":", max(0, start - 8), start)
        if colon < 0 or self.text[colon + 1 : start].strip(" \n\t«“\"‘'"):
            return None
        return colon

    def _line_name(self, colon: int) -> Token | None:
        """ "Ruiz: «No hay excusas»", a headline's way: a line that opens with a
        named person or body and nothing else before the colon. Its first word."""
        line = self.text.rfind("\n", 0, colon) + 1
        head = self.text[line:colon]
        start = line + len(head) - len(head.lstrip())
        end = line + len(head.rstrip())
        if end <= start:
            return None
        tokens = self.geo.tokens(start, end)
        if not len(tokens):
            return None
        found = self.actors.name_from(tokens[0].i, NAMED)
        if found is None or found[1].end_char != end:
            return None
        return tokens[0]

    def _only_person(self, lo: int, hi: int) -> Token | None:
        """ "Entre los afectados estaba Ana Gil, jubilada:" + a block quotation in
        the next paragraph: a paragraph that ends in a colon and names one person
        introduces that person's words, whatever the parse made of the sentence
        around the paragraph break. The first word of the person's first name
        there; None for no person or several."""
        found: dict[str, int] = {}
        for start, actor in self.actors.typed_before(hi, PERSON):
            if start < lo:
                break
            found[actor] = start
        if len(found) != 1:
            return None
        tokens = self.geo.tokens(next(iter(found.values())), hi)[:1]
        return tokens[0] if len(tokens) else None

    def headline_speaker(self, start: int, end: int) -> Span | None:
        """ "«Nunca me rendiré»: Ana Torres, alcaldesa de Soria": a quotation that
        opens a line and is followed by a colon (or a dash) and a name is a
        headline's quotation of the one named."""
        line = self.text.rfind("\n", 0, start) + 1
        if self.text[line:start].strip(" «“\"‘'"):
            return None
        after = self.text[end : end + 4].lstrip(" »”\"’'")
        if not after.startswith((":", "—", "–", "-")):
            return None
        at = end + self.text[end : end + 4].index(after[0]) + 1
        while at < len(self.text) and self.text[at] == " ":
            at += 1
        line_end = self.text.find("\n", at)
        name = self.geo.tokens(at, line_end if line_end >= 0 else len(self.text))
        if not len(name):
            return None
        found = self.actors.name_from(name[0].i, NAMED)
        return found[1] if found is not None else None

    def quoted_author(self, start: int) -> Span | None:
        """ "una cita de Borges: «Nadie es la patria»", "abre con unas palabras de Ana
        Gil —«...»": a quotation that a colon or a dash opens right after a noun of
        quoted words with a "de" + name complement is that person's or body's, whatever
        verb the sentence has."""
        before = self.text[max(0, start - 8) : start].rstrip(" «“\"‘'”")
        if not before.endswith((":", "—", "–")):
            return None
        lo = self.geo.sent_start(max(start - 1, 0))
        span = self.geo.tokens(lo, start)
        doc = self.doc
        for tok in reversed(span):
            if tok.lower_ not in word_class("speakers", "quoted_words"):
                continue
            i = tok.i + 1
            while i < len(doc) and doc[i].pos_ == "ADJ":
                i += 1  # "una cita textual de"
            if i + 1 >= len(doc) or doc[i].lower_ not in {"de", "del"}:
                return None
            i += 1 + (doc[i + 1].pos_ == "DET")
            found = self.actors.name_from(i, NAMED)
            return found[1] if found is not None else None
        return None

    def embedding_subject(self, start: int, end: int) -> Token | None:
        """ "La formación calificó la oferta de «una OPA hostil»": a partial quotation
        with no cue is the wording of the subject of the clause it sits in, where
        that subject is someone (an actor or a title) outside any quotation. A thing
        is no one, whatever its complement names: in "las ventas de Telefónica
        crecieron en «dos cifras»" nobody in the clause speaks."""
        inside = self.geo.tokens(start, end)
        if not len(inside):
            return None
        verb: Token | None = inside.root
        while verb is not None and verb.pos_ not in {"VERB", "AUX"}:
            verb = verb.head if verb.head.i != verb.i else None
        if verb is None or start <= verb.idx < end:
            return None
        while verb.dep_ in {"xcomp", "conj"} and not any(
            c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children
        ):
            verb = verb.head  # "La formación decidió calificarlo de «...»": who decided
        opener = inside[0].i - 1  # the opening mark, and "que" before it
        if (
            opener > 0
            and self.doc[opener].is_quote
            and self.doc[opener - 1].lower_ == "que"
            and verb.lemma_.lower() not in column("speakers", "reporting_verbs", "lemma")
        ):
            # "este colectivo se beneficia de que «gente más joven esté
            # vacunada»": a clause of its own that no verb of saying introduces
            # is no one's wording in the clause around it
            return None
        for tok in verb.children:
            if (
                tok.dep_ in {"nsubj", "nsubj:pass"}
                and tok.pos_ in {"NOUN", "PROPN"}
                and not self.geo.inside_mark(tok.idx)
                and speaks(tok)
            ):
                phrase = phrase_of(tok, stop=start if tok.idx < start else None)
                if self._someone(tok, phrase):
                    return tok
        return None

    def _someone(self, head: Token, phrase: Span) -> bool:
        """Whether a subject is someone who can word a quotation: a title or a source
        ("la ministra", "fuentes de X"), a person or organisation named by its head
        or by a name in apposition to it ("Telefónica", "la empresa Telefónica"), or
        a document whose complement names its issuer ("el informe de la OMS");
        not a thing whose complement names someone ("las ventas de Telefónica")."""
        if head.lower_ in roles() or head.lower_ in SOURCES:
            return True
        if head.lemma_.lower() in documents() or head.lower_ in documents():
            return self.actors.names_someone(phrase)
        names = [head] + [
            c
            for c in head.children
            if c.dep_ in {"flat", "appos", "compound"}
            and c.pos_ == "PROPN"
            and self.doc[c.i - 1].pos_ not in {"ADP", "DET"}
        ]
        return any(self.actors.names_someone(self.doc[t.i : t.i + 1]) for t in names)
