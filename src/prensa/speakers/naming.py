"""Which actor the words of a speaker phrase name, by position alone.

The registry knows where every actor is mentioned; these read a phrase's
surroundings for a name the parse cut off: a person apposed after a title
and its parenthesis, a name trailing a title, the organisation an unnamed
speaker belongs to, the institution an institution noun refers back to, and
whether a document's complement names who issued it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.speakers.candidates import Candidates
from prensa.speakers.index import NAMED, ORGANISATION, ActorIndex
from prensa.speakers.nouns import PRONOUNS, institution, person_noun, roles, same_kind

# what closes a name in apposition inside a clause ("El coautor, Andrés Peralta, detalló")
APPOSITION_CLOSERS = frozenset({",", "("})
# ... and at the end of one ("recibió a su esposa, Ana Gil.")
CLAUSE_CLOSERS = APPOSITION_CLOSERS | {".", ";", ":"}


class PhraseNames:
    """Names around a speaker phrase, read through the actor registry."""

    def __init__(self, doc: Doc, actors: ActorIndex, find: Candidates) -> None:
        self.doc = doc
        self.actors = actors
        self.find = find

    def named_institution(self, head: Token, offset: int) -> str | None:
        """The last organisation before ``offset`` whose name opens with ``head``'s
        noun ("la embajada" -> "Embajada de Eslovenia") or, for a court, with
        any court's noun ("el tribunal" -> "Audiencia Provincial de Sevilla")."""
        starts, ids = self.actors.typed[ORGANISATION]
        for k in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
            actor = self.actors.by_id(ids[k])
            if actor is None:
                continue
            name = str(actor["name"])
            if name.lower().startswith(head.lower_ + " ") or same_kind(head.lower_, name):
                return ids[k]
        return None

    def apposed_person(
        self, phrase: Span, *, closed: bool = False, closers: frozenset[str] = APPOSITION_CLOSERS
    ) -> str | None:
        """The person named in apposition right after a title phrase, past a
        parenthesis the phrase stopped at: "la directora de X (XYZ), Sara Paz,".
        ``closed``: only an apposition that one of ``closers`` closes ("El
        coautor del trabajo, Andrés Peralta, detalló"), not a name that opens
        the next clause ("Según fuentes de la dependencia, Ebrard llevará")."""
        doc, i = self.doc, phrase.end
        if i < len(doc) and doc[i].text == "(":
            while i < len(doc) and doc[i].text != ")" and i - phrase.end < 20:
                i += 1
            i += 1
        if i + 1 >= len(doc) or doc[i].text != ",":
            return None
        j = i + 1
        if doc[j].pos_ == "DET":
            # "El coautor del trabajo, el bioquímico Andrés Peralta,": past the title
            # the apposition gives the name
            k = j + 1
            while (
                k < len(doc)
                and k - j <= 3
                and doc[k].text.islower()
                and doc[k].is_alpha
                and doc[k].pos_ != "ADP"  # "la profesora X, el plan de Telefónica": no title
            ):
                k += 1
            if k > j + 1:
                j = k
        tok = doc[j]
        actor = self.actors.actor_at(tok.idx, tok.idx + len(tok))
        if actor is None or self.actors.type_of(actor) != "PER":
            return None
        if closed:
            found = self.actors.name_from(j, frozenset({"PER"}))
            end = found[1].end if found is not None else j + 1
            if end >= len(doc) or doc[end].text not in closers:
                return None
        return actor

    def bracketed_name(self, phrase: Span) -> Span | None:
        """ "Ana Ruiz [su abogada], que conocía el caso, decía que ...": a phrase in
        brackets or parentheses right after a name is an aside that explains who
        the name is; the name speaks, not its description. The name before the
        bracket, where a person or organisation of the registry ends there."""
        doc = self.doc
        i, j = phrase.start - 1, phrase.end
        if i < 1 or j >= len(doc) or BRACKETS.get(doc[i].text) != doc[j].text:
            return None
        if phrase.root.pos_ == "PROPN":
            return None  # "la portavoz (Ana Ruiz)": the phrase is the name itself
        actor = self._actor_of(doc[i - 1])
        if actor is None or self.actors.type_of(actor) not in NAMED:
            return None
        first = i - 1
        while first > 0 and self._actor_of(doc[first - 1]) == actor:
            first -= 1  # "Zelda la Grange": the whole run its mention covers
        return doc[first:i]

    def _actor_of(self, tok: Token) -> str | None:
        return self.actors.actor_at(tok.idx, tok.idx + len(tok))

    def with_organisation(self, phrase: Span) -> Span:
        """ "funcionarios" + "de la Oficina de Seguridad", where the parser hung the
        complement elsewhere: an unnamed speaker is named with the organisation
        it belongs to, the words right after it."""
        doc, end = self.doc, phrase.end
        if end + 1 >= len(doc) or doc[end].lower_ not in {"de", "del"}:
            return phrase
        found = self.actors.name_from(end + 1 + (doc[end + 1].pos_ == "DET"), ORGANISATION)
        return doc[phrase.start : found[1].end] if found is not None else phrase

    def trailing_name(self, phrase: Span) -> str | None:
        """A person named at the end of a title with no comma: "el exministro de
        Defensa Diego Molano", where the parse hangs the name on "Defensa". The
        name must follow another name of the run or a noun, never a preposition
        alone ("fuentes próximas a Moreno", "el hijo de Ana Gil" are others) nor
        close a list ("gremios como Fenalco y Analdex"); or set off by a comma
        at the phrase's end, in apposition to it."""
        end = phrase.end
        start = end
        while start > phrase.start + 1 and self.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == end:
            return None
        run = self.doc[start:end]
        # the actor of the run's last word: "del Centro Democrático Paloma Valencia"
        # holds the party and, after it, the person
        last = run[-1]
        actor = self.actors.actor_at(last.idx, last.idx + len(last))
        if actor is None or self.actors.type_of(actor) != "PER":
            return None
        first = next((t for t in run if self.actors.actor_at(t.idx, t.idx + len(t)) == actor), None)
        if first is None:
            return None
        if any(t.pos_ == "CCONJ" or t.lower_ == "como" for t in self.doc[phrase.start : start]):
            return None  # "los gremios como Fenalco y Analdex": examples, not the speaker
        root = phrase.root
        if root.lower_ in lexicon.kinship() and any(
            t.lower_ in {"de", "del"} for t in self.doc[root.i + 1 : start]
        ):
            return None  # "El sobrino del expresidente Julio Arce": the nephew speaks
        if first.i > start or self.doc[start - 1].pos_ == "NOUN":
            return actor
        if self.doc[start - 1].text == "," and first.i == start:
            # "la fiscal especializada en personas desaparecidas, Verónica Lagunes":
            # the name set off at the end of the phrase is the one it describes
            return actor
        return None

    def issues(self, rest: Span) -> bool:
        """Whether the "de" complement of a document names who issued it (an actor,
        a role, an institution), not what it is about ("cifras de violencia")."""
        root = rest.root
        return (
            self.find.names_someone(rest)
            or root.lower_ in roles()
            or institution(root)
            or root.lower_ in PRONOUNS
        )

    def missed_name(self, phrase: Span) -> tuple[Span, str] | None:
        """A proper name closing a speaker phrase that the actor registry missed,
        with a first guess of its type: "Mi amigo Bill Keller" (PER: a given name
        opens it), "coincide L'Obs", "un informe de eToro" (ORG). None where the
        phrase has no such name or the registry knows it."""
        end = phrase.end
        start = end
        while start > phrase.start and _name_word(self.doc[start - 1]):
            start -= 1
        if start == end or self.actors.actor_at(phrase.start_char, phrase.end_char) is not None:
            return None
        run = self.doc[start:end]
        two = self.doc[start - 2 : start] if start - 2 >= phrase.start else None
        if two is not None and two[1].lower_ in {"de", "del"} and two[0].text[:1].isupper():
            return None  # "la Ley de Puertos": the end of a longer name, not a name
        if (
            two is not None
            and two[1].lower_ in {"de", "del"}
            and two[0].lower_ in lexicon.portfolio_titles()
        ):
            return None  # "la ministra de Trabajo": a portfolio, not an actor
        if (
            start > phrase.start + 1
            and self.doc[start - 1].lower_ in {"de", "del"}
            and (
                "Number=Plur" in str(phrase.root.morph)
                or phrase[0].lower_ in lexicon.word_class("speakers", "plural_sources")
            )
        ):
            return None  # "Fuentes del departamento de Sanidad": the sources speak
        if (
            start > phrase.start
            and self.doc[start - 1].lower_ in {"de", "del"}
            and phrase.root.pos_ == "NOUN"
            and person_noun(phrase.root)
        ):
            return None  # "una enfermera del hospital de Vigo": where she works, not who
        if len(run) == 1 and run[0].lower_ in lexicon.never_alone():
            return None  # "el jefe de Estado", "el Gobierno": no name alone
        if any(t.pos_ in {"VERB", "AUX"} for t in self.doc[phrase.start : start]):
            return None  # "fuentes del departamento que dirige Ana Gil": the clause's name
        first_word = run[0].i == 0 or run[0].is_sent_start or not run[0].nbor(-1).is_alpha
        if start == phrase.start and len(run) == 1 and first_word:
            return None  # "Otros", "Analistas": a capital that only opens a sentence
        first = run[0].lower_
        return run, "PER" if len(run) > 1 and lexicon.sex_of(first) is not None else "ORG"


# the brackets of an aside after a name, opening -> closing
BRACKETS = {"[": "]", "(": ")"}


def _name_word(tok: Token) -> bool:
    """A word of a proper name: capitalised and tagged as a name."""
    return tok.pos_ == "PROPN" and any(c.isupper() for c in tok.text[:2])  # "eToro" too
