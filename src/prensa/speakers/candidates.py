"""Candidate speakers around a cue: the syntax, before the discourse decides.

``Candidates`` finds the token that heads a quotation's speaker in the cue's
sentence and says which pattern found it (the ``speaker_rule`` vocabulary in
``resolver``): the parsed subject of the cue, a name set off by commas before
the verb ("Ana Gil, abogada de la familia, aseguró"), a name after an
inverted cue ("«...», repitió ayer en Bilbao Ana Gil") or of a relative one
("«...», la profecía que anunciaba en su blog Ana Gil", found by
``inverted``), or the subject of the clause that governs the cue. A subject
must be plausible: it agrees with the verb in number, it is not a time ("el
lunes") and it is not the content a parenthetical cue interrupts ("Lo
urgente, explicó, es ..."). The plural dropped subject and the "desde X"
source are ``plural``'s; the subject a colon closes is ``framing``'s. Which
actor the head names is ``resolver``'s decision.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from prensa import lexicon
from prensa.extensions import in_timex, text_of
from prensa.speakers.extent import phrase_of
from prensa.speakers.geometry import Geometry
from prensa.speakers.index import NAMED, PERSON, ActorIndex
from prensa.speakers.inverted import Inverted, medium_noun
from prensa.speakers.nouns import (
    is_abbreviated_title,
    names_a_speaker,
    person_noun,
    speaks,
    time_nouns,
)
from prensa.speakers.phrases import (
    looks_ahead,
    quotes_beside_report,
    reports_beside_cue,
    subject_of,
)
from prensa.speakers.words import ASIDE_OPENERS, FINITE, INFINITIVE, RELATIVE_WORDS, clitic_start
from prensa.zones import find_zones, same_zone

VERBAL = frozenset({"VERB", "AUX"})


class Candidates:
    """The syntactic speaker candidates of one document's cues."""

    def __init__(self, doc: Doc, geo: Geometry, actors: ActorIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.zones = find_zones(self.text)  # page furniture, once per document
        self.geo = geo
        self.actors = actors
        self.inverted = Inverted(doc, geo, actors, self.plausible)

    def subject(
        self, verb: Token, q: dict[str, Any], items: list[dict[str, Any]]
    ) -> tuple[Token | None, str]:
        """The head of the cue's subject and the rule that found it ("" if none)."""
        lo = self.geo.sent_start(min(verb.idx, q["start"]))
        aside = self.aside_of(verb, q["start"], q["end"])
        hi = self.geo.sent_end(verb.idx)
        ok = self.subject_filter(lo, hi, q["start"], q["end"], aside, cue=verb.idx)
        head = self.inverted.parenthetical_subject(verb, q)
        if head is None:
            head = self.inverted.relative_postverbal(verb, q)
        if head is not None:
            return self._name_past_complement(head, verb) or head, "postverbal"
        head = self.controller(verb)
        if head is not None and ok(head):
            return head, "governing_subject"
        head = subject_of(verb, ok, names_a_speaker)
        if head is not None and is_abbreviated_title(head):
            head = head.doc[head.i + 1]  # "dijo la Dra. Ana Gil": the name after the title
        if head is not None and self.plausible(head, verb):
            named = self._name_past_complement(head, verb)
            return (named, "postverbal") if named is not None else (head, "subject")
        head = self.inverted.postverbal_name(verb, q)
        if head is not None:
            return head, "postverbal"
        head = self.appositive_subject(verb, lo)
        if head is not None:
            return head, "apposition"
        head = self.governing_subject(verb, lo, ok)
        if head is not None and self.plausible(head, verb):
            return head, "governing_subject"
        return None, ""

    def _name_past_complement(self, head: Token, verb: Token) -> Token | None:
        """ "lamentó la embajadora francesa ante la ONU, Claire Dubois": a title
        after its cue, a phrase of a preposition (which the parse hangs on the
        verb), then a person's name between a comma and the clause's end: that
        name is the title's. The name's first word, or None."""
        doc = self.doc
        if head.i < verb.i or head.pos_ != "NOUN" or not person_noun(head):
            return None
        i = phrase_of(head).end
        if i >= len(doc) or doc[i].pos_ != "ADP":
            return None
        j = i + 1
        while j < min(i + 6, len(doc)) and doc[j].text != ",":
            if doc[j].pos_ in {"VERB", "AUX"}:
                return None
            j += 1
        if j + 1 >= len(doc) or doc[j].text != ",":
            return None
        found = self.actors.name_from(j + 1, PERSON)
        if found is None:
            return None
        after = found[1].end
        if after < len(doc) and doc[after].text not in {",", ".", ";"} and not doc[after].is_space:
            return None
        return doc[j + 1]

    def plausible(self, head: Token, verb: Token) -> bool:
        """A subject the cue can have: never a time ("reconoció el lunes"), agreeing in
        number with the finite verb or auxiliary (never a participle), and not the
        content a parenthetical cue interrupts ("Lo urgente, explicó X, es ...")."""
        if head.lower_ in time_nouns() or not speaks(head) or _addressed_medium(head):
            return False
        if in_timex(self.doc, head.idx):
            return False  # "lo dejó claro el fin de semana: «...»": a time, no subject
        if (
            "VerbForm=Part" in str(head.morph)
            and head.pos_ in {"VERB", "ADJ"}
            and head.i + 1 < len(head.doc)
            and head.doc[head.i + 1].lower_ == "por"
        ):
            # "Consultada por este diario, se limitó a decir", "Preguntado por la
            # prensa, respondió": a participle and its agent, no subject
            return False
        if FINITE in str(verb.morph):
            number = verb.morph.get("Number", [])
        else:
            aux = [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
            number = next((a.morph.get("Number", []) for a in aux if FINITE in str(a.morph)), [])
        coordinated = any(c.dep_ == "conj" for c in head.children)
        if (
            number
            and head.morph.get("Number", [])
            and number != head.morph.get("Number", [])
            and not coordinated
            and head.pos_ in {"NOUN", "PRON", "DET"}
            and "Person=1" not in str(verb.morph)
        ):
            return False
        before = clitic_start(self.doc, verb)
        if (
            head.i < verb.i
            and self.doc[before].text in ASIDE_OPENERS
            and head.right_edge.i == before - 1
        ):
            # one comma never cuts a subject from its verb, unless an apposition or a
            # relative clause of its own ends there ("X, portavoz de Y, dijo")
            # (or a participle set off by commas: "La sentencia, firmada por el
            # Supremo, asegura", which the parse may call an adjective)
            return any(
                c.i > head.i
                and (
                    c.dep_ in {"appos", "acl", "acl:relcl"}
                    or (
                        c.dep_ == "amod"
                        and "VerbForm=Part" in str(c.morph)
                        and any(g.dep_ in {"obl", "obj"} for g in c.children)
                    )
                )
                for c in head.children
            )
        return True

    def controller(self, verb: Token) -> Token | None:
        """ "La policía impidió a los vecinos cortar la calle para exigir «justicia»":
        an infinitive cue, or one in a purpose clause of an infinitive, under a verb
        of influence (``object_control.tsv``) has the object of that verb for its
        subject, not the verb's subject. The object must be one introduced by "a"
        (a person or a body: "a los vecinos"); a clitic ("les impidió") names
        no one, and the rules after this one decide."""
        node = verb
        for _ in range(4):
            if INFINITIVE not in str(node.morph) or node.head.i == node.i:
                return None
            head = node.head
            if node.dep_ in {"amod", "acl"} and _object_of_influence(head):
                return head  # "impidió a los vecinos corear": hung on the object
            if node.dep_ in COMPLEMENTS and head.lemma_.lower() in _influence_verbs():
                if any(c.lower_ == "para" for c in node.children):
                    return None  # "dejó el cargo para denunciar": a purpose, not a complement
                return next(
                    (c for c in head.children if c.i < node.i and _object_of_influence(c)), None
                )
            purpose = any(c.lower_ == "para" for c in node.children)
            if purpose and node.dep_ in {"acl", "amod"} and head.dep_ in {"obj", "obl"}:
                node = head.head  # "lanzar consignas para exigir": hung on the object
            elif node.dep_ in {"advcl", "xcomp"}:
                node = head  # "cortar la calle para exigir": who cuts it demands
            else:
                return None
        return None

    def governing_subject(self, verb: Token, lo: int, ok: Callable[[Token], bool]) -> Token | None:
        """The names right before the verb ("Al assad asegura"), else the subject of the
        nearest clause that governs the cue; never the subject of another clause of the
        sentence ("cuando los vecinos protestan, señaló que"), and no further than a
        finite subordinate clause, which has its own dropped subject."""
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ == "AUX":
            i -= 1
        if (
            i >= 0
            and self.doc[i].idx >= lo
            and self.doc[i].pos_ == "PROPN"
            and ok(self.doc[i])
            and not _place_phrase(self.doc[i])
        ):
            return self.doc[i]
        node = verb
        for _ in range(6):
            for c in node.children:
                if (
                    c.dep_ in {"nsubj", "nsubj:pass"}
                    and ok(c)
                    and c.lower_ not in RELATIVE_WORDS | {"se"}
                    and not _planned_in_report(verb, node)
                ):
                    return c
            if node.head is node or node.head.idx < lo:
                return self._stray_subject(verb, lo, ok)
            if (
                node.dep_ == "advcl"
                and FINITE in str(node.morph)
                and any(c.dep_ == "mark" for c in node.children)
                and not reports_beside_cue(node)
            ):
                return None  # "mientras relataba": its own subject
            node = self._past_quoted_conjunct(node)
        return None

    def _past_quoted_conjunct(self, node: Token) -> Token:
        """The verb a clause hangs on: its head, but past a verb of the content
        of another cue that the parse coordinated it with, where the verb is the
        reporter's. In "afirmó que el Gobierno «fracasó» y le pidió ...", the words
        in marks are the speaker's and "y le pidió" the reporter's; in "aseguró
        que su partido quiere dialogar y remarcó que ..." the verb reports a
        content clause of its own in the tense of the first cue, not of its
        content. Either is coordinated with that cue, and has its subject."""
        head = node.head
        if node.dep_ not in {"conj", "advcl"} or head.dep_ != "ccomp" or not head.head.i < head.i:
            return head
        quoted = (
            node.dep_ == "conj"
            and self.geo.inside_mark(head.idx)
            and not self.geo.inside_mark(node.idx)
        )
        if quoted or reports_beside_cue(node) or quotes_beside_report(node):
            return head.head
        return head

    def _stray_subject(self, verb: Token, lo: int, ok: Callable[[Token], bool]) -> Token | None:
        """A subject before the cue that the parse hung on a verb of another sentence
        ("La dinastía X, en otro telegrama, ha elogiado": "dinastía" -> the previous
        sentence's verb): it belongs to no clause of this sentence, so to the cue's."""
        hi = self.geo.sent_end(verb.idx)
        for tok in self.geo.tokens(lo, verb.idx):
            if (
                tok.dep_ in {"nsubj", "nsubj:pass"}
                and not lo <= tok.head.idx < hi
                and ok(tok)
                and tok.lower_ not in RELATIVE_WORDS | {"se"}
            ):
                return tok
        return None

    def appositive_subject(self, verb: Token, lo: int) -> Token | None:
        """A named subject set off by commas right before the verb, which the parse
        leaves unattached: "Ana Gil, abogada de la familia, aseguró" (the name before
        the apposition) or "Un portavoz sindical, Jorge Peña, advirtió" (the name
        between the commas). No verb may stand between the commas, and the name must
        be a person or organisation of the registry, not behind a preposition."""
        doc = self.doc
        j = verb.i - 1
        while j > 0 and doc[j].pos_ == "AUX":
            j -= 1
        if doc[j].text != ",":
            return None
        k = j - 1
        while k >= 0 and doc[k].idx >= lo and doc[k].text != "," and doc[k].pos_ not in VERBAL:
            k -= 1
        if k < 0 or doc[k].idx < lo or doc[k].text != ",":
            return None
        if doc[k + 1].pos_ == "PROPN":
            return self._named(k + 1, j)  # "Un portavoz sindical, Jorge Peña,"
        m = k - 1
        while m >= 0 and doc[m].idx >= lo and doc[m].pos_ == "PROPN":
            m -= 1
        return self._named(m + 1, k) if m < k - 1 else None  # "Ana Gil, abogada de X,"

    def _named(self, start: int, end: int) -> Token | None:
        """The first token of doc[start:end] naming a PER or ORG, unless behind "a", "de"."""
        for tok in self.doc[start:end]:
            if tok.pos_ != "PROPN" or self.geo.inside_mark(tok.idx):
                continue
            actor = self.actors.actor_at(tok.idx, tok.idx + len(tok))
            if actor is None or self.actors.type_of(actor) not in NAMED:
                continue
            if tok.i > 0 and self.doc[tok.i - 1].pos_ == "ADP":
                return None
            return tok
        return None

    def subject_filter(
        self,
        lo: int,
        hi: int,
        start: int,
        end: int,
        aside: tuple[int, int] | None = None,
        cue: int | None = None,
    ) -> Callable[[Token], bool]:
        """Subjects lie in the cue's sentence, outside quotations and the content,
        or in the aside that holds the cue ("A, enfatizan los expertos, B"), and
        in the cue's own zone: a headline, a section label or a byline is never
        the subject of the prose after it (``prensa.zones``)."""

        def ok(tok: Token) -> bool:
            in_aside = aside is not None and aside[0] <= tok.idx < aside[1]
            return (
                lo <= tok.idx < hi
                and not self.geo.inside_mark(tok.idx)
                and (in_aside or not start <= tok.idx < end)
                and (cue is None or same_zone(self.zones, tok.idx, cue))
            )

        return ok

    def aside_of(self, verb: Token, start: int, end: int) -> tuple[int, int] | None:
        """The stretch between the commas around a cue inside its own content: an
        indirect report interrupted by its attribution ("A, dijo X, B")."""
        if not start <= verb.idx < end:
            return None
        left = self.text.rfind(",", start, verb.idx)
        right = self.text.find(",", verb.idx, end)
        if left < 0 or right < 0:
            return None
        return left, right


def _planned_in_report(verb: Token, node: Token) -> bool:
    """ "anunció que su partido presentará una enmienda para exigir «más
    vivienda»": an infinitive cue under a verb of what is still to come (future
    or conditional) inside another cue's content is no speech of that verb's
    subject yet; the words in it are the reporter's source's."""
    return (
        node is not verb
        and "Inf" in verb.morph.get("VerbForm", [])
        and node.dep_ == "ccomp"
        and node.head.i < node.i
        and looks_ahead(node)
    )


def _addressed_medium(head: Token) -> bool:
    """ "dijo a radio Bío Bío", "declaró al diario Clarín": a name after "a" and a
    noun of a kind of medium is whom the words were told, whatever the parse
    made of it."""
    doc, i = head.doc, head.i - 1
    if i < 1 or not medium_noun(doc[i]):
        return False
    i -= 1
    if doc[i].lower_ in {"la", "el", "los", "las"} and i >= 1:
        i -= 1
    return doc[i].lower_ in {"a", "al"}


# how the parse hangs the infinitive complement of a verb of influence
COMPLEMENTS = frozenset({"xcomp", "ccomp", "obj"})


@cache
def _influence_verbs() -> frozenset[str]:
    """Verbs whose infinitive takes the object for its subject (``object_control.tsv``)."""
    return lexicon.column("speakers", "object_control", "lemma")


def _object_of_influence(tok: Token) -> bool:
    """ "impidió a los vecinos": a noun or name introduced by "a" that is the object
    of a verb of influence."""
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and tok.dep_ in {"obj", "iobj", "obl"}
        and tok.head.lemma_.lower() in _influence_verbs()
        and any(c.dep_ == "case" and c.lower_ in {"a", "al"} for c in tok.children)
    )


# prepositions of a place or a circumstance before a name: "En el Congreso había
# afirmado que ..." (but "Al assad asegura": "al" is a particle of the name)
PLACE_PREPOSITIONS = frozenset({"en", "desde", "ante", "con", "para", "por", "sobre", "tras"})


def _place_phrase(name: Token) -> bool:
    """Whether the name is the object of a preposition ("en el Congreso")."""
    head = name
    while head.dep_ == "flat" and head.head.i != head.i:
        head = head.head
    return head.dep_ in {"obl", "nmod"} and any(
        c.dep_ == "case" and c.lower_ in PLACE_PREPOSITIONS for c in head.children
    )
