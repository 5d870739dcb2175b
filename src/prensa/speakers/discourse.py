"""The running discourse of one document: who spoke last, who the story is about.

A dropped subject or a pronoun ("Aseguró que ...") carries the running
topic or the last speaker; a definite title ("la portavoz") refers back to
someone named before of the type and gender it wants; an unnamed speaker
("un portavoz policial") becomes a NOM actor in the registry. The resolver
(``prensa.speakers.resolver``) tells the discourse who spoke, and asks it
these questions.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.actors import registry
from prensa.speakers.extent import phrase_of
from prensa.speakers.index import NAMED, ORGANISATION, PERSON, UNNAMED, ActorIndex
from prensa.speakers.nouns import kind_of_name, names_a_speaker, without_relative

# the prepositions of the one a message is sent or spoken to: "enviado a la CNMV",
# "en declaraciones al diario", "ante el juez"
ADDRESSING = frozenset({"a", "al", "ante"})


# the gender the article of an unnamed speaker phrase gives it
UNNAMED_GENDERS = {"la": "Fem", "una": "Fem", "el": "Masc", "un": "Masc"}


# how many organisations back a noun of civil society looks for one so called
CIVIL_REACH = 6


class Discourse:
    """The last speaker and the topics of one document, in text order."""

    def __init__(
        self,
        doc: Doc,
        actors: ActorIndex,
        missed_name: Callable[[Span], tuple[Span, str] | None],
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.missed_name = missed_name  # ``PhraseNames.missed_name``
        self.last_speaker: str | None = None
        self.last_named: str | None = None  # the last PER or ORG that spoke
        self.last_speaker_at = -1
        self.spoken: set[str] = set()  # every actor that has spoken so far

    def fits(self, actor: str, role: str | None, wanted: str | None) -> bool:
        """Whether ``actor`` can be what a title of ``role`` and ``wanted`` refers to."""
        if role is not None and self.actors.type_of(actor) != role:
            return False
        return wanted is None or self.actors.gender_of(actor) in {None, wanted}

    def unnamed_fits(self, actor: str, wanted: str | None) -> bool:
        """Whether ``actor`` is an unnamed person the story made its subject ("El
        juez citó a ...") whose article does not clash with ``wanted``, and before
        whom the story named no one of that gender that it could be ("Almudena
        Grandes ... La escritora presentó ... la autora explicó": the writer)."""
        if self.actors.type_of(actor) != "NOM":
            return False
        told = self.actors.genders.get(actor)
        if told is None or wanted not in {None, told}:
            return False
        first = min(
            (m["start"] for m in registry.mentions(self.doc) if m["actor"] == actor),
            default=0,
        )
        return self.actors.last_person(first, told) is None

    def antecedent(
        self, offset: int, role: str | None, wanted: str | None, title: str | None = None
    ) -> str | None:
        """The one a definite title at ``offset`` refers back to: an organisation
        title ("la compañía") the last organisation, a person's title the last
        speaker or person named whose wanted does not clash ("la secretaria" is
        not the man who spoke last), and who is no bystander of the ``title``
        (see :meth:`bystander`)."""
        if role == "ORG":
            return self._last_organisation(offset, title)
        named = self.named_before(offset)
        if (
            named is not None
            and self.fits(named, role, wanted)
            and not self.bystander(named, title, offset)
        ):
            return named
        if role == "PER" or wanted is not None:
            return self.actors.last_person(
                offset, wanted, skip=lambda actor: self.bystander(actor, title, offset)
            )
        return named

    def bystander(self, actor: str, title: str | None, offset: int) -> bool:
        """Whether a person the story named with another title beside the name, and
        only ever as an object or complement, never as a subject or a speaker,
        cannot be the ``title`` at ``offset``: "La policía detuvo al concejal X. El
        comisario explicó ...": the superintendent is someone not named, not X. A
        title that names a kind of person of any trade ("el jugador", "el
        dirigente") may still be X."""
        given = self.actors.given_titles.get(actor, frozenset())
        if title is None or not given or title in given or actor in self.spoken:
            return False
        if title in lexicon.word_class("speakers", "generic_titles"):
            return False  # "fichó al delantero X. El jugador ...": a kind of any of them
        return not any(
            who == actor for at, who in self.actors.subjects[: self._subjects_before(offset)]
        )

    def _subjects_before(self, offset: int) -> int:
        return bisect.bisect_left(self.actors.subject_starts, offset)

    def _last_organisation(self, offset: int, title: str | None = None) -> str | None:
        """The last organisation named before ``offset``, but the one addressed
        in that sentence by any of its mentions there ("En un comunicado enviado
        a la Comisión para el Mercado Financiero (CMF), la empresa explicó"):
        the body written to is not the one the title then refers to; and not
        one of another kind than ``title`` says ("la empresa" is no body the
        story called "el sindicato")."""
        addressed: set[str] = set()
        named: list[str] = []  # back to the first one before the sentence
        here = self._sentence_start(offset)
        for start, actor in self.actors.typed_before(offset, ORGANISATION):
            if self._addressed_before(start, offset) or self._other_kind(actor, title):
                addressed.add(actor)
                continue
            named.append(actor)
            if self._sentence_start(start) != here:
                break
        civil = lexicon.word_class("speakers", "civil_kinds")
        if title in civil:
            # "Según la ONG Provea, ... por criticar al Gobierno. La organización
            # exigió": the last body the story called by a noun of civil society,
            # over the bodies named since (a few back)
            recent = itertools.islice(self.actors.typed_before(offset, ORGANISATION), CIVIL_REACH)
            called = next(
                (a for _, a in recent if self.actors.given_titles.get(a, frozenset()) & civil), None
            )
            if called is not None:
                return called
        return next((a for a in named if a not in addressed), None)

    def _other_kind(self, actor: str, title: str | None) -> bool:
        """Whether the story called ``actor`` by a kind of body that a firm title
        cannot name, or the reverse: "el sindicato Sitramin ... la empresa";
        or its name says it is a body of another kind than a firm ("Federación
        de la Carne", "Corte de Apelaciones ... la firma")."""
        if title is None:
            return False
        given = self.actors.given_titles.get(actor, frozenset())
        firms = lexicon.word_class("speakers", "firm_titles")
        others = lexicon.word_class("speakers", "non_firm_kinds")
        if title in firms:
            found = self.actors.by_id(actor)
            kind = kind_of_name(str(found["name"])) if found is not None else None
            return bool(given & others) or kind not in {None, "company"}
        if title in others:
            return bool(given & firms) and title not in given
        return False

    def _sentence_start(self, offset: int) -> int:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0].sent.start if span is not None and len(span) else -1

    def _addressed_before(self, start: int, offset: int) -> bool:
        """Whether the mention at ``start`` is addressed ("a la CNMV", "ante el
        juez") earlier in the sentence of ``offset``."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].sent.start != self._sentence_start(offset):
            return False
        i = span[0].i - 1
        while i > span[0].sent.start and self.doc[i].pos_ == "DET":
            i -= 1
        return self.doc[i].lower_ in ADDRESSING

    def subject_since_speaker(self, offset: int, avoid: str | None = None) -> str | None:
        """The last named subject before ``offset`` that came after the last speaker
        spoke; with ``avoid`` (the one addressed), the last subject that is not it,
        however far back when the last speaker is the one addressed."""
        k = bisect.bisect_left(self.actors.subject_starts, offset) - 1
        since = self.last_speaker_at if avoid is None or avoid != self.last_speaker else -1
        while k >= 0 and self.actors.subjects[k][0] > since:
            at, topic = self.actors.subjects[k]
            if self._addressed_before(at, offset):
                k -= 1  # "enviado a la CNMV": the parse may make the addressee a subject
                continue
            if topic.startswith(UNNAMED):
                head = self.doc[int(topic[len(UNNAMED) :])]
                if (named := self._generic_holder(head, at)) is not None:
                    return named
                return self.new_unnamed(without_relative(phrase_of(head)))
            if topic != avoid:
                return topic
            if at in self.actors.titled:
                # "La doctora revisó las pruebas. Le dijo a Ana que ...": the title
                # was linked to the one addressed, so it names someone else
                return self.new_unnamed(phrase_of(self.doc[self.actors.titled[at]]))
            k -= 1
        return None

    def _generic_holder(self, head: Token, at: int) -> str | None:
        """The person a title of any office refers back to when it is a subject
        ("La gobernadora Rosa Icela habló. La mandataria cerró el acto: «...»,
        afirmó"), whose sex the article allows: the last person the story made
        a subject, else the last one named. A narrower title ("la jueza") names
        someone new where the registry linked it to no one."""
        if head.lower_ not in lexicon.word_class("speakers", "generic_titles"):
            return None
        wanted = UNNAMED_GENDERS.get(next((c.lower_ for c in head.children if c.dep_ == "det"), ""))
        # the last person the story made a subject, else the last one named
        for _, who in reversed(self.actors.subjects[: self._subjects_before(at)]):
            if self.fits(who, "PER", wanted):
                return who
        return self.actors.last_person(at, wanted)

    def carry(self, offset: int, avoid: str | None = None) -> str | None:
        """Who a dropped subject or pronoun at ``offset`` refers to: the last speaker,
        or a named subject mentioned after that speaker spoke; never ``avoid``, the
        one the verb is addressed to ("le dijo a Ana que ...")."""
        subject = self.subject_since_speaker(offset, avoid)
        if subject is not None:
            return subject
        if self.last_speaker is not None and self.last_speaker != avoid:
            return self.last_speaker
        named = self.named_before(offset)
        return named if named != avoid else None

    def new_unnamed(self, phrase: Span) -> str:
        """A NOM actor named by ``phrase``, with ``phrase`` as its mention; a name
        the registry missed at the phrase's end ("Mi amigo Bill Keller") makes a
        named actor instead."""
        missed = self.missed_name(phrase)
        if missed is not None:
            run, type_ = missed
            actor_id = registry.add_actor(self.doc, " ".join(run.text.split()), type_)
            registry.add_mention(self.doc, actor_id, run.start_char, run.end_char, "speaker")
            return actor_id
        actor_id = registry.add_actor(self.doc, " ".join(phrase.text.split()), "NOM")
        registry.add_mention(self.doc, actor_id, phrase.start_char, phrase.end_char, "speaker")
        if actor_id not in self.actors.genders:
            # the index read the mentions before this one: "el padre" is a man's
            article = phrase[0].lower_ if len(phrase) else ""
            self.actors.genders[actor_id] = UNNAMED_GENDERS.get(article)
        return actor_id

    def last_mentioned(self, offset: int) -> str | None:
        """The last person mentioned before ``offset``."""
        return self.actors.last_typed(offset, PERSON)

    def named_before(self, offset: int) -> str | None:
        """The last named (PER or ORG) speaker, else the last PER/ORG mentioned before offset."""
        if self.last_named is not None:
            return self.last_named
        return self.actors.last_typed(offset, NAMED)


def unlist_unnamed(doc: Doc, quotes: list[dict[str, Any]]) -> None:
    """Keep among the actors only the unnamed speakers that may speak (see
    ``nouns.names_a_speaker``): any other speaker phrase ("las tarifas",
    "una marcha") leaves the registry and stays on its quotations alone, as
    ``speaker_phrase`` with no speaker id."""
    unnamed = {a["id"]: a["name"] for a in registry.actors(doc) if a["type"] == "NOM"}
    if not unnamed:
        return
    heads: dict[str, list[bool]] = {}
    for m in registry.mentions(doc):
        if m["actor"] in unnamed:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and len(span):
                heads.setdefault(m["actor"], []).append(names_a_speaker(span.root))
    gone = {i for i, found in heads.items() if not any(found)}
    if not gone:
        return
    registry.remove_actors(doc, gone)
    for q in quotes:
        if q.get("speaker") in gone:
            q["speaker_phrase"] = unnamed[q["speaker"]]
            q["speaker"] = None
