"""Speakers of quotations: who said each one, resolved in text order.

``SpeakerResolver.attribute`` fills ``speaker``, ``speaker_start``,
``speaker_end``, ``speaker_rule`` and ``statement`` on the records ``quotes``
found. It is kept apart from the finding of quotations because it is
discourse, not syntax: a pronoun or a dropped subject ("Aseguró que ...")
carries the last speaker, a title ("el presidente") the last one named, and
an unnamed speaker ("uno de ellos") becomes a NOM actor in the registry. The
candidates the syntax offers come from ``candidates``; the running speaker and
topics, and the NOM actors of unnamed speakers, live in ``discourse``.

``speaker_rule`` says how the speaker was found (docs/FORMAT.md):

- where the phrase naming the speaker stands: ``subject`` (the cue's parsed
  subject), ``apposition`` ("Ana Gil, abogada de X, dijo"), ``postverbal``
  ("«...», repitió ayer Ana Gil", "«...», la profecía que anunciaba Ana Gil"),
  ``governing_subject`` (the subject of the clause that governs the cue, or
  the object of a verb of influence over an infinitive cue: "impidió a los
  vecinos cortar la calle para exigir «...»"), ``segun`` ("según X", "como dijo X"),
  ``source`` ("para X", "en palabras de X"), ``colon`` ("X fue tajante: «»"),
  ``desde`` ("señalan desde X"), ``plural_subject`` (a plural dropped subject
  takes the last plural subject), ``clause_subject`` (a partial quotation with
  no cue: the subject of the clause it sits in), ``quoted_author`` ("una cita
  de Borges: «...»"), ``headline`` ("«...»: Ana Torres, alcaldesa"),
  ``nominal`` ("«...», fue la respuesta del sindicato");
- how a phrase that names nobody was resolved, replacing the above:
  ``pronoun`` (a pronoun carries the running speaker), ``title`` (a definite
  title refers back to someone named), ``new_unnamed`` (a new NOM actor),
  ``document_issuer`` ("el informe de la OMS");
- with no phrase: ``same_statement`` (the previous piece's cue),
  ``last_speaker`` (a bare quotation goes on), ``carried`` (a dropped
  subject: the running topic or speaker), ``next_quote`` (a bare quotation
  right before an attributed one), ``continued`` (a quotation over several
  paragraphs), ``pull_quote`` (a bare quotation repeating an attributed one).
"""

from __future__ import annotations

import bisect
import enum
from typing import Any

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.actors import lexicon as actor_lexicon
from prensa.extensions import text_of
from prensa.speakers import bare
from prensa.speakers.candidates import Candidates
from prensa.speakers.discourse import Discourse
from prensa.speakers.extent import phrase_of
from prensa.speakers.framing import Framing
from prensa.speakers.geometry import Geometry
from prensa.speakers.index import NAMED, PERSON, ActorIndex
from prensa.speakers.issuers import Issuers
from prensa.speakers.naming import INDEFINITE_ARTICLES, PhraseNames
from prensa.speakers.nouns import (
    DEFINITE,
    INDEFINITES,
    PRONOUNS,
    documents,
    gender,
    institution,
    person_noun,
    plural_noun,
    roles,
    without_relative,
)
from prensa.speakers.plural import PluralSources, plural
from prensa.speakers.shapes import (
    LATTER,
    anaphoric,
    bare_source,
    behind_preposition,
    complement_of_relation,
    past_relative_clause,
    pronominal,
    same_cue,
    set_off,
)
from prensa.speakers.titles import Titles
from prensa.speakers.words import DE

# verbs of answering, and of asking, whose addressee answers next
ANSWERS = frozenset({"responder", "contestar", "replicar"})
QUESTIONS = frozenset({"preguntar", "preguntarse", "interrogar", "cuestionar"})


class GoOn(enum.Enum):
    """What a stage of ``_resolve`` answers when the phrase is not its kind."""

    GO_ON = enum.auto()


GO_ON = GoOn.GO_ON
# the gender a personal pronoun gives its referent
PRONOUN_GENDERS = {"él": "Masc", "ella": "Fem"}
# the dependencies of a subject
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# what may stand between a source and its sentence's end: "según su directora, Ana Gil."
CLOSING = " ,.;\n"
# the finder's rule of a quotation that came with its source phrase
SOURCE_RULES = {
    "segun": "segun",
    "para": "source",
    "marked_para": "source",
    "marked_nominal": "nominal",
}


class SpeakerResolver:
    """The running speaker of one document, and the rules that name each speaker."""

    def __init__(self, doc: Doc, geo: Geometry, actors: ActorIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.geo = geo
        self.actors = actors
        self.find = Framing(doc, geo, actors)
        self.cands = Candidates(doc, geo, actors)
        self.plural = PluralSources(doc, geo, actors)
        self.names = PhraseNames(doc, actors, geo)
        self.talk = Discourse(doc, actors, self.names.missed_name)
        self.items: list[dict[str, Any]] = []
        self._how = ""  # how ``_resolve`` resolved its last phrase, "" for a name
        self.titles = Titles(doc, actors)
        self.issuers = Issuers(doc, actors, self.names.issues, self.talk, self._resolve)

    def _nested(self, q: dict[str, Any]) -> bool:
        """Whether ``q``'s cue stands inside what an earlier item reports: in
        "afirmó que el Gobierno regional confía en que ...", the Government's
        trust is what she said, and the floor stays hers for the next dropped
        subject ("«...», remarcó")."""
        at = q.get("cue_start")
        return at is not None and any(
            p is not q and p["start"] <= at < p["end"] and p["start"] < q["start"]
            for p in self.items
        )

    def attribute(self, items: list[dict[str, Any]]) -> None:
        """Speakers in text order; bare quotations join their neighbours."""
        statement = 0
        self.items = items
        prev: dict[str, Any] | None = None
        for q in items:
            q["speaker_rule"] = ""
            verb = q["_verb"]
            if q["kind"] != "indirect" and (author := self.find.quoted_author(q["start"])):
                # "una cita de Borges: «...»": the words are the author's, whoever quotes
                # them; the author does not become the one the story goes on with
                statement += 1
                q["statement"] = statement
                q["speaker_start"], q["speaker_end"] = author.start_char, author.end_char
                q["speaker"] = self.actors.actor_at(author.start_char, author.end_char)
                q["speaker_rule"] = "quoted_author"
                prev = None  # nor does the sentence's verb become the next piece's cue
                continue
            if prev is not None and verb is not None and same_cue(prev, verb):
                # one cue for two pieces of a quotation: "«A», dijo, «B»"
                q["speaker"], q["speaker_rule"] = prev["speaker"], "same_statement"
                q["speaker_start"], q["speaker_end"] = prev["speaker_start"], prev["speaker_end"]
                joined = self.text[prev["end"] : q["start"]].count(",") >= 1
                if joined and prev["rule"] == "marked_cue_after":
                    q["statement"] = prev["statement"]
                else:
                    statement += 1
                    q["statement"] = statement
                if q["speaker"] is not None and q["speaker"] == self.talk.last_speaker:
                    # the second piece holds the floor as the first did: names inside
                    # it are no new subjects ("aseguró que el hospital X atiende ...
                    # «...», relató")
                    self.talk.last_speaker_at = max(self.talk.last_speaker_at, q["end"])
                prev = q
                continue
            statement += 1
            q["statement"] = statement
            if not self._speaker(q, verb):
                prev = q
                continue
            if q["speaker"] is not None and not self._relayed(q) and not self._nested(q):
                # names inside the content or the speaker phrase are not new subjects:
                # in "explicó que el Ejecutivo negoció ... Además, ha insistido" the
                # dropped subject is still the speaker, not "el Ejecutivo"
                self.talk.last_speaker = q["speaker"]
                self.talk.spoken.add(q["speaker"])
                self.talk.last_speaker_at = max(q["end"], q["speaker_end"] or 0, q["cue_end"] or 0)
                actor = self.actors.by_id(q["speaker"])
                if actor is not None and actor["type"] in {"PER", "ORG"}:
                    self.talk.last_named = q["speaker"]
            prev = q
        bare.from_next_quote(self.text, items, self.geo)
        bare.continued(self.text, items)
        bare.pull_quotes(self.text, items)

    def _speaker(self, q: dict[str, Any], verb: Token | None) -> bool:
        """Fill one quotation's speaker; False for an impersonal cue ("Se descarta que")."""
        phrase: Span | None = q["_phrase"]
        found = SOURCE_RULES.get(q["rule"], "source") if phrase is not None else ""
        if phrase is None and verb is not None:
            head, found = self.cands.subject(verb, q, self.items)
            if head is not None and head.i == verb.i:
                head = None  # a verb the tagger took for a name ("Agregó que ...")
            if (
                head is not None
                and head.idx < self.geo.sent_start(verb.idx)
                and plural(verb)
                and self.plural.desde(verb, q) is not None
            ):
                # "Los sindicatos mantienen la huelga. En Moncloa descartan ...": the
                # clause names its source; no subject of another sentence
                head = None
            if head is not None and not self._impersonal(verb, head):
                phrase = phrase_of(
                    head, stop=q["start"] if head.idx < q["start"] else None, verb=verb
                )
            elif self._impersonal(verb, head):
                return False
        if phrase is not None and (
            all(t.is_punct or t.is_space for t in phrase)
            or (phrase[0].lower_.startswith("cuy") and not self.actors.names_someone(phrase))
        ):
            # punctuation, or "cuya voz" with no name ("cuyo secretario general, Teodoro
            # García Egea" keeps its name): the parse lost the subject
            phrase = None
        if phrase is None and verb is not None and plural(verb):
            if (desde := self.plural.desde(verb, q)) is not None:
                # "aseguran desde el PP", "Desde Hacienda señalan que ...": the source
                phrase, found = desde, "desde"
            elif (subject := self.plural.plural_subject(verb)) is not None:
                # "«...», avisaban": a plural dropped subject is the last plural subject
                phrase, found = phrase_of(subject, verb=verb), "plural_subject"
            elif verb.i and self.doc[verb.i - 1].lower_ == "les":
                return False  # "un día les dijeron que ...": they, unnamed, told them
        colon = self.find.colon_subject(q["start"]) if phrase is None and verb is None else None
        if colon is not None:
            # "El abogado, Tomás Ferrer, lo tiene claro: «...»": the subject of the
            # sentence the colon closes
            phrase, found = phrase_of(colon, stop=q["start"]), "colon"
        elif (
            phrase is None
            and verb is None
            and (named := self.find.headline_speaker(q["start"], q["end"]))
        ):
            phrase, found = named, "headline"
        elif phrase is None and verb is None and q["kind"] == "partial":
            embedding = self.find.embedding_subject(q["start"], q["end"])
            if embedding is not None:
                stop = q["start"] if embedding.idx < q["start"] else None
                phrase, found = phrase_of(embedding, stop=stop), "clause_subject"
        if phrase is not None and (named := self.names.bracketed_name(phrase)) is not None:
            phrase = named  # "Ana Ruiz [su abogada] dijo": the name, not the aside
        if phrase is not None and len(phrase):
            q["speaker_start"], q["speaker_end"] = phrase.start_char, phrase.end_char
            self._how = ""
            q["speaker"] = self._resolve(phrase)
            q["speaker_rule"] = self._how or found
        elif (
            verb is None
            and (colon_at := self.find.colon_before(q["start"])) is not None
            and (topic := self.talk.subject_since_speaker(colon_at)) is not None
        ):
            # "Soto tardó una hora en reconocerlo. Cuando lo hizo, eligió un tono
            # desafiante: «...»": the colon closes a clause whose dropped subject is
            # the one the story turned to since the last speaker spoke
            q["speaker"], q["speaker_rule"] = topic, "carried"
        elif verb is None and (newcomer := self._newcomer(q["start"])) is not None:
            # "Su hermano, Raúl Peña, camina por el patio. «Nadie nos avisó»": a bare
            # quotation after a paragraph that turned to someone new is theirs
            q["speaker"], q["speaker_rule"] = newcomer, "carried"
        elif verb is None and self.talk.last_speaker is not None:
            # a bare quotation goes on with the last speaker
            q["speaker"], q["speaker_rule"] = self.talk.last_speaker, "last_speaker"
        else:
            at = q["cue_start"] if q["cue_start"] is not None else q["start"]
            if verb is not None and set_off(verb):
                # "La OTAN, dijo, «no busca un conflicto»": what stands before a cue
                # set off by commas is the content's, not who speaks
                at = min(at, self.geo.sent_start(verb.idx))
            asked = self._asked(q) if verb is not None and verb.lemma_ in ANSWERS else None
            # "—¿Habrá más? —le preguntaron a Adorni. —No —respondió.": who was asked answers
            q["speaker"] = asked or self.talk.carry(at, avoid=self._addressee(verb))
            q["speaker_rule"] = "carried"
        return True

    def _newcomer(self, offset: int) -> str | None:
        """The person the story made a subject, and named for the first time,
        since the last speaker spoke ("Su hermano, Raúl Peña, camina despacio
        por el patio."); not someone it had named before, whom a speaker may be
        telling about ("Mandela se quedó allí de pie ...")."""
        if self.talk.last_speaker is None:
            return None
        topic = self.talk.subject_since_speaker(offset)
        if topic is None or self.actors.type_of(topic) != "PER":
            return None
        # (an actor the discourse made after the index was read is no newcomer)
        if self.actors.first_named.get(topic, -1) <= self.talk.last_speaker_at:
            return None
        subjects = reversed(self.actors.subjects)
        at = next((a for a, who in subjects if who == topic and a < offset), None)
        if at is None:
            return None  # a title's holder the story named elsewhere, not as a subject
        name = self.doc.char_span(at, at + 1, alignment_mode="expand")
        head = name[0].head if name is not None and len(name) else None
        if head is not None and head.dep_ in SUBJECTS and not _a_person(head):
            return None  # "el centro Ismael Vázquez Ortiz": a place named after someone
        return topic

    def _relayed(self, q: dict[str, Any]) -> bool:
        """ "De acuerdo con el sistema de la Red IRAG, ...": an unnamed source
        that is no one (a system, a report) relays what a "según" says; the one
        the story quotes goes on speaking after it. An unnamed person ("según una
        fuente de la compañía") speaks on."""
        if q["rule"] != "segun" or q["speaker_start"] is None:
            return False
        if self._inside_subjects_clause(q):
            return True
        if self.actors.type_of(q["speaker"]) != "NOM":
            return False
        phrase = self.doc.char_span(q["speaker_start"], q["speaker_end"])
        if phrase is None or not len(phrase):
            return False
        head = phrase.root
        return not (person_noun(head) or head.lower_ in PRONOUNS)

    def _inside_subjects_clause(self, q: dict[str, Any]) -> bool:
        """ "El concejal X mostró fotografías de aceras que, según la Cámara, han
        costado ... «...», dijo": a "según" inside a sentence whose main clause
        has a named subject before it sources a detail of what that subject
        did; the subject, not the source, goes on speaking. A source that closes
        the sentence ("..., según ha explicado su directora, Ana Gil.") sources
        all of it, and speaks."""
        start = q["speaker_start"]
        if self._closes_sentence(q):
            return False
        starts = self.actors.subject_starts
        lo = bisect.bisect_left(starts, self.geo.sent_start(start))
        hi = bisect.bisect_left(starts, start)
        return any(who != q["speaker"] for _, who in self.actors.subjects[lo:hi])

    def _closes_sentence(self, q: dict[str, Any]) -> bool:
        """Whether nothing follows the speaker phrase of ``q`` in its sentence but
        the speaker's own name in apposition ("según su directora, Ana Gil.")."""
        end, stop = q["speaker_end"], self.geo.sent_end(q["speaker_start"])
        rest = self.text[end:stop]
        if not rest.strip(CLOSING):
            return True
        at = end + len(rest) - len(rest.lstrip(CLOSING))
        return self.actors.actor_at(at, at + 1) == q["speaker"] and not self.text[
            self.actors.mention_end(at) : stop
        ].strip(CLOSING)

    def _asked(self, q: dict[str, Any]) -> str | None:
        """The one the last question before ``q`` was put to ("le preguntó a Ana")."""
        before = [p for p in self.items if p["end"] <= q["start"] and p["cue_start"] is not None]
        if not before or before[-1]["cue"] not in QUESTIONS:
            return None
        cue = self.doc.char_span(before[-1]["cue_start"], before[-1]["cue_end"])
        return self._addressee(cue[0]) if cue is not None and len(cue) else None

    def _addressee(self, verb: Token | None) -> str | None:
        """ "le dijo a Ana que ...": the actor a verb of saying is addressed to,
        who is not the one speaking."""
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ in {"obj", "iobj", "obl"} and any(
                c.lower_ in {"a", "al"} and c.dep_ == "case" for c in child.children
            ):
                actor = self.actors.actor_at(child.idx, child.idx + len(child))
                if actor is not None:
                    return actor
        return None

    def _impersonal(self, verb: Token, head: Token | None) -> bool:
        """ "Se descarta que ...": an impersonal or passive "se" with no named subject."""
        has_se = any(c.lower_ == "se" for c in verb.children) or (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ == "se"
        )
        if not has_se or pronominal(verb):
            return False  # "se quejó de que ...": the "se" of a pronominal verb
        if head is None or head.lower_ == "se":
            return True
        # "el mercado, que se cree que fue el origen": a relative "que" with an
        # impersonal "se" is no subject; a pronominal verb ("que se quejó de que")
        # has one
        relative = any(c.dep_ == "nsubj" and c.lower_ == "que" for c in verb.children)
        return relative and not verb.lemma_.lower().endswith("se")

    def _exact_name(self, phrase: Span) -> str | None:
        """The named person or body whose mention is exactly ``phrase``, if any."""
        if phrase.root.pos_ != "PROPN":
            return None
        found = self.actors.name_from(phrase.start, NAMED)
        if found is None or found[1].start != phrase.start or found[1].end != phrase.end:
            return None
        return found[0]

    def _resolve(self, phrase: Span) -> str | None:
        """The actor a speaker phrase names; pronouns and titles carry the last speaker."""
        doc = self.doc
        head = phrase.root
        exact = self._exact_name(phrase)
        if exact is not None:
            return exact  # "Marcelino: «...»": the phrase is a person's or a body's name
        found = self._by_form(phrase, head)
        if found is not GO_ON:
            return found
        role = roles().get(head.lower_)
        if role is None and head.lower_ in lexicon.word_class("speakers", "firm_titles"):
            role = "ORG"  # "la aerolínea", "la naviera": a firm, by its sector
        # "una de ellas, Pilar Ortega, dijo": an indefinite pronoun, then the name
        kin = head.lower_ in lexicon.kinship() or head.lower_ in INDEFINITES
        found, title_actor = self._named_in(phrase, head, role, kin)
        if found is not GO_ON:
            return found
        first = phrase[0].lower_
        if phrase.start and doc[phrase.start - 1].lower_ in {"del", "al"}:
            first = "el"  # "a juicio del ministro": the article is in the contraction
        if title_actor is not None and role != "PER":
            self._how = "title"
            return title_actor  # "la policía", "el club": the organisation the registry linked
        # the model tags some title nouns as adjectives ("el oficial", "el técnico")
        titled = head.pos_ == "NOUN" or role is not None
        if role is None and any(t.i > head.i and t.pos_ == "ADP" for t in phrase):
            # "la defensa del exregidor": a noun outside titles.tsv with a complement
            # describes someone new; it does not point back at the last speaker
            titled = False
        if role == "ORG" and self.titles.owned(phrase, head):
            # "el equipo de la OMS", "la agencia de la ONU": a body of a named
            # organisation is not the organisation; it is someone new
            titled = False
        is_institution = role is None and institution(head)
        if is_institution and first in DEFINITE:
            # "la embajada dijo": the institution of that kind named before, or
            # an unnamed one, never the last person who spoke
            earlier = self.names.named_institution(head, phrase.start_char)
            if earlier is not None:
                self._how = "title"
                return earlier
            titled = False
        if (
            (first in DEFINITE or first in {"su", "sus"})
            and head.pos_ == "NOUN"
            and (role is None or kin)
            and (apposed := self.names.apposed_before(head, phrase)) is not None
        ):
            # "se reunió con su homóloga francesa, Claire Dubois ... «...», afirmó su
            # homóloga": the noun the story once apposed to a name calls that name
            self._how = "title"
            return apposed
        if (
            first in DEFINITE
            and head.lower_ in actor_lexicon.demonyms()
            and (given := self.names.given_demonym(head, phrase)) is not None
        ):
            # "por delante del belga Wout van Aert. «...», declaró el belga": the one
            # the story called by that nationality beside the name
            self._how = "title"
            return given
        if (
            first in DEFINITE
            and head.pos_ in {"NOUN", "ADJ"}
            and (intro := self._introduced(head, phrase))
        ):
            # "Una vecina alertó al 112. «...», relató la vecina": the one the story
            # introduced with an indefinite article, not the last who spoke
            self._how = "title"
            return self.talk.new_unnamed(intro)
        if first in DEFINITE and titled and not plural_noun(head):
            found = self._definite_title(phrase, head, role, title_actor)
            if found is not GO_ON:
                return found
        if title_actor is not None:
            self._how = "title"
            return title_actor
        if first in DEFINITE and role == "PER" and (later := self.titles.titled_later(phrase)):
            # "«No dimitiré»: la presidenta del Consejo responde" in a headline, then
            # "La presidenta del Consejo Regional, Diana Paz, ...": the one titled so later
            self._how = "title"
            return later
        if head.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET"}:
            self._how = "new_unnamed"
            return self.talk.new_unnamed(self.names.with_organisation(without_relative(phrase)))
        self._how = "last_speaker"
        return self.talk.last_speaker

    def _by_form(self, phrase: Span, head: Token) -> str | GoOn | None:
        """A phrase that refers back by its form: "ambos", "este último", "esta
        fuente", a document, a personal pronoun; ``GO_ON`` for any other."""
        if head.lower_ in {"ambos", "ambas"}:
            # a joint statement: naming either of the two last named is right
            self._how = "pronoun"
            return self.talk.last_mentioned(phrase.start_char) or self.talk.carry(phrase.start_char)
        if phrase[0].lower_ in {"ambos", "ambas"} and head.pos_ == "NOUN":
            # "Ambos partidos pidieron": the last person or organisation named, but
            # not one the story gave another title ("Ambos presidentes" is no
            # "canciller X" named after them): either of the pair is right
            self._how = "title"
            noun = {head.lower_, head.lower_[:-1], head.lower_[:-2]}  # presidentes -> presidente
            people = any(roles().get(word) == "PER" for word in noun)
            pair = next(
                (
                    actor
                    for _, actor in self.actors.typed_before(
                        phrase.start_char, PERSON if people else NAMED
                    )
                    if not (self.actors.given_titles.get(actor, noun) - noun)
                    or noun & self.actors.given_titles.get(actor, frozenset())
                ),
                None,
            )
            return pair or self.talk.carry(phrase.start_char)
        if phrase.text.lower() in LATTER:
            # "Este último había defendido ...": the last person mentioned, not the
            # last who spoke
            self._how = "pronoun"
            wanted = "Fem" if phrase[0].lower_ == "esta" else None
            return self.actors.last_person(phrase.start_char, wanted) or self.talk.carry(
                phrase.start_char
            )
        if (
            head.pos_ == "NOUN"
            and self.talk.last_speaker is not None
            and (anaphoric(phrase, head) or bare_source(phrase))
            and person_noun(head)
        ):
            # "Según esta fuente", "según las mismas fuentes", "explicó la fuente":
            # the source just heard
            self._how = "pronoun"
            return self.talk.last_speaker
        if head.lemma_.lower() in documents() or head.lower_ in documents():
            issuer = self.issuers.issuer(phrase, head)
            self._how = "document_issuer"
            return issuer
        if head.lower_ in PRONOUNS or (head.pos_ == "PRON" and head.lower_ not in INDEFINITES):
            self._how = "pronoun"
            carried = self.talk.carry(phrase.start_char)
            told = PRONOUN_GENDERS.get(head.lower_)
            if carried is None or told is None or self.actors.gender_of(carried) in {None, told}:
                return carried
            # "Ella anunció ...": not the man who spoke last, the last woman (or
            # person of unknown sex) mentioned before
            return self.actors.last_person(phrase.start_char, told)
        return GO_ON

    def _named_in(
        self, phrase: Span, head: Token, role: str | None, kin: bool
    ) -> tuple[str | GoOn | None, str | None]:
        """The person or body a phrase names in itself, by a name in apposition or
        inside it, or by the one it is led by; ``GO_ON`` for none. Also the actor
        the registry linked the phrase's title to, which the discourse weighs
        later ("la ministra", linked to the last minister named)."""
        doc = self.doc
        title_actor: str | None = None
        if (
            roles().get(head.lower_) != "ORG"
            and not institution(head)
            and (led := self.names.led_by(phrase)) is not None
        ):
            # "La defensa, a cargo del abogado Matías Roldán, sostuvo": the one
            # who acts for the party the phrase names ("El ministerio, dirigido
            # por X, respondió" is the ministry's answer)
            self._how = "title"
            return led, title_actor
        titled = role == "PER" or kin
        if (titled or head.pos_ == "NOUN") and (
            apposed := self.names.apposed_person(phrase, closed=not titled)
        ) is not None:
            # "La directora legal de X (XYZ), Sara Paz, apuntó", "dice su mamá, Mara
            # Lucia da Silva, de 43 años": the name after the title or the relation
            return apposed, title_actor
        # a name in apposition beats the title it explains ("la ministra portavoz, María Montero")
        core = [
            c
            for c in head.children
            if c.dep_ in {"flat", "appos", "compound"}
            and not behind_preposition(c)
            and not past_relative_clause(head, c)
        ] + [head]
        for tok in core:
            last = max(
                [tok.i]
                + [c.i for c in tok.children if c.dep_ == "flat" and not behind_preposition(c)]
            )
            sub = doc[tok.i : last + 1]
            actor = self.actors.actor_at(sub.start_char, sub.end_char)
            found = self.actors.by_id(actor) if actor is not None else None
            # "la dinastía Siria", "la prensa rusa": a place inside a title is not the speaker;
            # "el mandatario" refers to a person, never to an organisation or a place
            if (
                found is None
                or (head.pos_ in {"NOUN", "ADJ"} and found["type"] == "LOC")
                or (tok is head and role is not None and found["type"] != role)
            ):
                continue
            if (
                tok is head
                and head.pos_ == "NOUN"
                and not self.actors.named_within(str(actor), phrase.start_char, phrase.end_char)
            ):
                # a title the registry linked: the discourse (the last speaker) decides
                # first, unless the phrase names the one it linked the title to
                title_actor = actor
                continue
            return actor, title_actor
        if head.pos_ == "NOUN":
            # "la dinastía Al Assad": a person or organisation named in the phrase
            # itself, not behind a preposition ("fuentes próximas a Moreno")
            for tok in phrase:
                if tok.i > head.i and (
                    tok.pos_ in {"ADP", "VERB", "PUNCT", "SCONJ", "PRON"} or tok.lower_ == "como"
                ):
                    break
                actor = (
                    self.actors.actor_at(tok.idx, tok.idx + len(tok)) if tok.i > head.i else None
                )
                found = self.actors.by_id(actor) if actor is not None else None
                if found is not None and found["type"] in {"PER", "ORG"}:
                    return actor, title_actor
        if head.pos_ == "NOUN" and (named_last := self.names.trailing_name(phrase)) is not None:
            return named_last, title_actor
        if head.pos_ == "PROPN" or phrase[-1].pos_ == "PROPN":
            actor = self.actors.by_surname(phrase.text)
            if actor is not None:
                return actor, title_actor
        return GO_ON, title_actor

    def _definite_title(
        self, phrase: Span, head: Token, role: str | None, title_actor: str | None
    ) -> str | GoOn | None:
        """Who a definite title ("el presidente", "la portavoz") refers back to: the
        office named without a name, its holder, the one the story turned to, the
        one named before; ``GO_ON`` where none fits."""
        # a definite title refers back to someone named before, of the type the
        # title wants and, for a person, of its gender; a definite noun that is
        # no title ("la embajada", "el equipo de la OMS") is someone new
        self._how = "title"
        wanted = gender(head)
        if role == "PER" and (holder := self._unnamed_holder(head, phrase)) is not None:
            # "acusó a la ministra de Trabajo de ... La ministra respondió": the
            # office the story named without a name, not a person named before
            return self.talk.new_unnamed(holder)
        if role == "PER" and (officer := self.titles.office_holder(head, phrase)) is not None:
            # "Bruce Mac Master, presidente de la Asociación Nacional de
            # Empresarios, Andi ... del Presidente de la Andi": the one given
            # that office of that organisation
            return officer
        if role == "PER" and self.titles.new_office(head, phrase):
            # "Graciela, empleada doméstica, contó ... El ministro de Economía
            # aseguró": an office with its portfolio that nobody held before
            self._how = "new_unnamed"
            return self.talk.new_unnamed(without_relative(phrase))
        if (
            title_actor is not None
            and head.lower_ not in lexicon.word_class("speakers", "forms_of_address")
            and head.lower_ in self.actors.given_titles.get(title_actor, frozenset())
        ):
            # "El presidente ruso, Vladimir Putin, ... «...», dijo el canciller Lavrov.
            # «...», añadió el presidente": the one the article gave this title
            # beside his name, not whoever spoke last
            return title_actor
        subject = self.talk.subject_since_speaker(phrase.start_char)
        if subject is not None and (
            self.talk.fits(subject, role, wanted)
            or (role == "PER" and self.talk.unnamed_fits(subject, wanted))
        ):
            # "Simeone reconoció la derrota. «...», admitió el técnico": the title
            # refers to the person the story turned to, not to the last speaker;
            # "El juez citó al empresario X. El magistrado considera que ...": to
            # the unnamed one the story turned to, not to the one named after
            return subject
        spoke = self.talk.last_speaker
        if (
            head.lower_ in lexicon.word_class("speakers", "generic_persons")
            and spoke is not None
            and self.actors.type_of(spoke) == "NOM"
            and self.talk.fits(spoke, None, wanted)
        ):
            # "La madre de una víctima pedía que ... «...», relató la mujer": the
            # unnamed one who spoke last, called by what she is
            return spoke
        named = self.talk.antecedent(phrase.start_char, role, wanted, head.lower_)
        if named is not None:
            return named  # "el presidente", "la portavoz": the one named before
        return GO_ON

    def _unnamed_holder(self, head: Token, phrase: Span) -> Span | None:
        """The last earlier phrase that gave this title with a complement and no
        name ("la ministra de Trabajo"), where no name came with it since."""
        for tok in self.names.earlier(head, phrase, {"NOUN"}):
            if self.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None:
                return None  # the registry linked that title to someone named
            if complement_of_relation(tok):
                # "el rival del alcalde, Luis Paz, ... dijo el alcalde": the mayor the
                # story named only through his rival, not the rival
                return without_relative(phrase)
            # its complement follows it: "De acuerdo con la funcionaria" hangs the
            # locution's "De" on the noun, no complement of it
            after = [c for c in tok.children if c.i > tok.i]
            words = [c.lower_ for c in after]
            if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children) and (
                "de" in words or "del" in words or any(c.dep_ == "nmod" for c in after)
            ):
                holder = without_relative(phrase_of(tok))
                stop = next((t.i for t in holder if t.pos_ in {"VERB", "AUX"}), holder.end)
                while stop > tok.i + 1 and self.doc[stop - 1].pos_ in {"ADP", "DET", "PUNCT"}:
                    stop -= 1  # "la ministra de Trabajo de mentir": the office ends first
                return self.doc[holder.start : stop]
            return None
        return None

    def _introduced(self, head: Token, phrase: Span) -> Span | None:
        """The last earlier phrase that introduced ``head``'s noun with an
        indefinite article ("una vecina", "unos agentes") and no name since."""
        for tok in self.names.earlier(head, phrase, {"NOUN", "ADJ"}):
            if self.geo.inside_mark(tok.idx):
                continue
            i = tok.i
            if self.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None:
                return None  # the registry linked that noun to someone named
            # the word before, not the parse: "Una vecina alertó" hangs "Una" on the verb
            if i == 0 or self.doc[i - 1].lower_ not in INDEFINITE_ARTICLES:
                return None  # the latest mention decides: "la vecina" again, "esa vecina"
            named = without_relative(phrase_of(tok))
            end = next(  # "una marcha por el Día de la Mujer": no name it relates to
                (
                    t.i
                    for t in named
                    if t.i > i
                    and t.pos_ == "ADP"
                    and t.lower_ not in DE
                    and any(w.is_title for w in self.doc[t.i + 1 : named.end])
                ),
                named.end,
            )
            named = self.doc[min(named.start, i - 1) : end]  # with its article
            return self.names.with_organisation(named)
        return None


def _a_person(noun: Token) -> bool:
    """A noun of a person: a title or trade ("la voluntaria") or a relation ("su hermano")."""
    return person_noun(noun) or noun.lower_ in lexicon.kinship()
