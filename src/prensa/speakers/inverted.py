"""Inverted cues: the subject that follows its verb of saying.

Spanish puts the subject after a cue set off by commas or dashes ("El autor,
añade la directora, «debería ser ejemplar»"), after a cue that follows its
quotation ("«...», repitió ayer en Bilbao Ana Gil", "«...», relató a este
periódico una vecina") and after a cue in a relative clause ("aquella
profecía que anunciaba en su blog Ana Gil"). ``Inverted`` finds that
subject's head for ``candidates.Candidates``, which weighs it against the
parse's subject.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Doc, Token

from prensa import lexicon
from prensa.speakers.geometry import Geometry
from prensa.speakers.index import NAMED, ActorIndex
from prensa.speakers.nouns import is_abbreviated_title, names_a_speaker, person_noun
from prensa.speakers.words import ASIDE_OPENERS, CLITICS, DASHES, FINITE, clitic_start

# the punctuation an inverted cue follows: "«...», dijo X", "—...— dijo X"
INVERTING = frozenset({",", "»", "”", '"'}) | DASHES
# the articles of a parenthetical cue's subject ("añade la directora", "dice su madre")
SUBJECT_ARTICLES = frozenset({"el", "la", "los", "las", "su", "sus"})
# what closes a parenthetical cue: its comma, or the quotation it introduces
CLOSERS = frozenset({",", "«", "“", '"', ":"})
# where the words after a cue stop
STOPS = frozenset({",", ";", ":", ".", "«", "“"})
# how the parse hangs a relative "que" (tagged a pronoun) on its verb: subject,
# object or, in error, subordinator
RELATIVE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "mark"})
# what opens a medium named by its kind and its name ("a radio X", "al diario X")
MEDIUM_OPENERS = frozenset({"a", "al", "la", "el", "los", "las"})


def medium_noun(tok: Token) -> bool:
    """A lower-case noun of a kind of medium ("radio", "la cadena", "el diario")."""
    return tok.text.islower() and tok.lower_ in lexicon.word_class("speakers", "media")


class Inverted:
    """The subjects that follow the cues of one document."""

    def __init__(
        self,
        doc: Doc,
        geo: Geometry,
        actors: ActorIndex,
        plausible: Callable[[Token, Token], bool],
    ) -> None:
        self.doc = doc
        self.geo = geo
        self.actors = actors
        self.plausible = plausible  # ``Candidates.plausible``: a subject the cue can have

    def parenthetical_subject(self, verb: Token, q: dict[str, Any]) -> Token | None:
        """ "El autor, añade la directora, «debería ser ejemplar»": a cue set off by
        commas is inverted, and the noun phrase after it, up to the closing comma
        or an opening mark, is its subject, whatever the parse hung on the verb."""
        doc = self.doc
        opener = doc[clitic_start(doc, verb)].text
        if opener not in ASIDE_OPENERS:
            return None
        i = verb.i + 1
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1  # "añadió después la directora"
        i = self._past_infinitive_adjunct(i)  # "lamentó al salir de la reunión el ..."
        if i + 1 >= len(doc) or doc[i].pos_ != "DET" or doc[i].lower_ not in SUBJECT_ARTICLES:
            return None
        head = doc[i + 1]
        if is_abbreviated_title(head):
            head = doc[head.i + 1]  # "dijo la Dra. Ana Gil": the name after the title
        if head.pos_ not in {"NOUN", "PROPN"} or q["start"] <= head.idx < q["end"]:
            return None
        for tok in doc[i + 2 : i + 10]:
            if tok.text in CLOSERS or (opener in DASHES and tok.text == opener):
                if doc[tok.i - 1].pos_ in {"ADP", "DET"} or doc[tok.i - 1].lower_ == "como":
                    # "calificó el plan de «propaganda»", "celebró el acuerdo como «un
                    # gran paso»": an object and its predicative, not a subject
                    return None
                return head if self.plausible(head, verb) else None  # not "dijo el lunes"
            if tok.pos_ in {"VERB", "AUX"} or self.geo.inside_mark(tok.idx):
                return None
        return None

    def postverbal_name(self, verb: Token, q: dict[str, Any]) -> Token | None:
        """ "«...», repitió ayer en Bilbao Ana Gil": an inverted cue's subject is the first
        named person or organisation after it in its clause, never one behind a
        preposition (an addressee "le dijo a Ana Gil", a place "en Bilbao")."""
        doc = self.doc
        if doc[clitic_start(doc, verb)].text not in INVERTING:
            return None
        return self._name_after(verb, q) or self._noun_after(verb, q)

    def _past_infinitive_adjunct(self, i: int) -> int:
        """Past "al" + an infinitive and its complements at ``i`` ("al salir de la
        reunión"), to the article that opens the next noun phrase outside them;
        ``i`` where none opens there."""
        doc = self.doc
        if not (
            i + 1 < len(doc) and doc[i].lower_ == "al" and "VerbForm=Inf" in str(doc[i + 1].morph)
        ):
            return i
        for j in range(i + 2, min(i + 10, len(doc))):
            if doc[j].text in CLOSERS or doc[j].text in STOPS:
                return i
            if doc[j].pos_ in {"DET", "PROPN"} and doc[j - 1].pos_ not in {"ADP", "DET"}:
                return j  # "el secretario general", "Ana Gil"
        return i

    def _clause_after(self, verb: Token, q: dict[str, Any]) -> Iterator[Token]:
        """The words after ``verb`` in its clause (seven at most), up to a stop,
        a verb, "que", the quotation ``q`` or any marks; past an infinitive
        adjunct ("dijo al salir de la reunión Ana Gil")."""
        hi = self.geo.sent_end(verb.idx)
        first = verb.i + 1
        while first < len(self.doc) and self.doc[first].pos_ == "ADV":
            first += 1
        first = self._past_infinitive_adjunct(first)
        for t in self.doc[first : first + 7]:
            if t.idx >= hi or t.text in STOPS or t.pos_ in {"VERB", "SCONJ"} or t.lower_ == "que":
                return
            if q["start"] <= t.idx < q["end"] or self.geo.inside_mark(t.idx):
                return
            yield t

    def _noun_after(self, verb: Token, q: dict[str, Any]) -> Token | None:
        """ "«...», relató a este periódico una vecina": an inverted cue's subject
        may be an unnamed person after its addressee, a noun that names someone
        who speaks, with its determiner and behind no preposition (the parse
        makes it the object: the quotation is the object)."""
        for t in self._clause_after(verb, q):
            # (the parse may call it the object, or an indirect one after an addressee)
            if t.pos_ not in {"NOUN", "ADJ"} or t.dep_ not in {"obj", "nsubj", "iobj"}:
                continue
            if t.head.i != verb.i or any(c.dep_ == "case" for c in t.children):
                continue  # "a este periódico": the addressee
            # "resume un oficial italiano": a title the tagger made an adjective of the
            # nationality (which it may call a noun or an adjective)
            titled = any(c.dep_ == "amod" and c.i < t.i and person_noun(c) for c in t.children)
            if any(c.dep_ == "det" for c in t.children) and (
                titled or (t.pos_ == "NOUN" and names_a_speaker(t))
            ):
                return t
        return None

    def relative_postverbal(self, verb: Token, q: dict[str, Any]) -> Token | None:
        """ "«El fin del mundo», aquella profecía que anunciaba en su blog Ana Gil":
        a cue in a relative clause opened by "que" whose subject follows the verb.
        The cue's object is the antecedent or the quotation, and a person as a direct
        object takes "a" (the *Nueva gramática*'s prepositional direct object), so
        a bare name after the verb is its subject, whatever the parse made of "que"."""
        relative = next(
            (
                c
                for c in verb.children
                if c.lower_ == "que"
                and c.pos_ == "PRON"
                and c.dep_ in RELATIVE_DEPS
                and c.i < verb.i
                and all(t.lower_ in CLITICS or t.pos_ == "ADV" for t in self.doc[c.i + 1 : verb.i])
            ),
            None,
        )
        if relative is None or (relative.i and self.doc[relative.i - 1].pos_ == "ADP"):
            return None  # "la sala en la que dijo": no relative of the cue's object
        if FINITE not in str(verb.morph):
            return None
        return self._name_after(verb, q)

    def _name_after(self, verb: Token, q: dict[str, Any]) -> Token | None:
        """The first named person or organisation after ``verb`` in its clause, never
        one behind a preposition; none past a stop, a verb or the quotation."""
        doc = self.doc
        for t in self._clause_after(verb, q):
            if t.pos_ != "PROPN" and not t.text[:1].isupper():
                continue
            actor = self.actors.actor_at(t.idx, t.idx + len(t))
            if t.pos_ != "PROPN" and actor is None:
                # a name the tagger read as another word ("ha afirmado Moncada",
                # an adjective) is still a name where the registry holds it
                continue
            j = t.i - 1
            while j > verb.i and (
                doc[j].pos_ == "DET"
                # back over the name's own words; "a Reuters María López": another
                # actor's name ends there, and the person's stands behind no preposition
                or (doc[j].pos_ == "PROPN" and self._same_actor(doc[j], actor))
                # ... and its lower-case ones: "a la cadena BBC"
                or (
                    actor is not None
                    and self.actors.actor_at(doc[j].idx, doc[j].idx + len(doc[j])) == actor
                )
                # ... and the kind of medium it is, in no name: "dijo a radio Bío Bío"
                # (but "a este diario Ana Gil": the writer's medium, then who speaks)
                or (medium_noun(doc[j]) and doc[j - 1].lower_ in MEDIUM_OPENERS)
            ):
                j -= 1
            if doc[j].pos_ == "ADP":
                continue  # the whole name behind the preposition: "a Ana Gil de Radio Norte"
            if actor is not None and self.actors.type_of(actor) in NAMED:
                return t
        return None

    def _same_actor(self, tok: Token, actor: str | None) -> bool:
        """Whether ``tok`` belongs to ``actor``'s name, or to no actor's (a word
        the registry left out of a name is read as part of it)."""
        other = self.actors.actor_at(tok.idx, tok.idx + len(tok))
        return other is None or other == actor
