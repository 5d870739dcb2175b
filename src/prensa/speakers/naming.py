"""Which actor the words of a speaker phrase name, by position alone.

The registry knows where every actor is mentioned; these read a phrase's
surroundings for a name the parse cut off: a person apposed after a title
and its parenthesis, a name trailing a title, the organisation an unnamed
speaker belongs to, the institution an institution noun refers back to,
whether a document's complement names who issued it; and, through earlier
mentions of a word, the person a noun or a nationality was once given beside
("su homóloga francesa, Claire Dubois", "el belga Wout van Aert") and the one
an apposition says acts for a party ("La defensa, a cargo del abogado X,").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.actors.tokens import SAINTS
from prensa.extensions import text_of
from prensa.speakers.geometry import Geometry
from prensa.speakers.index import NAMED, ORGANISATION, PERSON, ActorIndex
from prensa.speakers.nouns import (
    DEFINITE,
    PRONOUNS,
    institution,
    org_head,
    person_noun,
    roles,
    same_kind,
)
from prensa.token_table import positions

INDEFINITE_ARTICLES = frozenset({"un", "una", "unos", "unas"})
# prepositions that join the words of one organisation's name
NAME_LINKS = frozenset({"sin", "por", "para", "contra"})
# an apposition that says who acts for a body or a role: "La defensa, a cargo del
# abogado X,", "ejercida por la letrada X", "encabezada por el ministro X"; the
# words up to the name (an article and a title) are skipped
LED_BY = re.compile(
    r",\s*(?:a\s+cargo\s+de(?:l)?|(?:ejercid|encabezad|liderad|dirigid|representad|presidid)"
    r"[ao]s?\s+por)\s+(?:(?:el|la|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,2}"
)
# what closes a name in apposition inside a clause ("El coautor, Andrés Peralta, detalló")
APPOSITION_CLOSERS = frozenset({",", "("})
# ... and at the end of one ("recibió a su esposa, Ana Gil.")
CLAUSE_CLOSERS = APPOSITION_CLOSERS | {".", ";", ":"}


class PhraseNames:
    """Names around a speaker phrase, read through the actor registry."""

    def __init__(self, doc: Doc, actors: ActorIndex, geo: Geometry) -> None:
        self.doc = doc
        self.actors = actors
        self.geo = geo

    def earlier(self, head: Token, phrase: Span, pos: set[str]) -> Iterator[Token]:
        """The earlier tokens of ``head``'s word, tagged as one of ``pos``, last first."""
        places = positions(self.doc, lower={head.lower_})
        for i in reversed(places[: bisect.bisect_left(places, phrase.start)]):
            if self.doc[i].pos_ in pos:
                yield self.doc[i]

    def apposed_before(self, head: Token, phrase: Span) -> str | None:
        """The person an earlier mention of ``head``'s noun had in apposition ("su
        homóloga francesa, Claire Dubois,"), where the phrase is that noun with at
        most adjectives; an earlier mention with an indefinite article ("una
        vecina") introduced someone unnamed and stops the search."""
        if any(t.pos_ in {"ADP", "VERB", "AUX"} for t in phrase if t.i > head.i):
            return None  # "la hermana de la víctima": a relation of its own
        for tok in self.earlier(head, phrase, {"NOUN"}):
            if self.geo.inside_mark(tok.idx):
                continue
            if tok.i and self.doc[tok.i - 1].lower_ in INDEFINITE_ARTICLES:
                return None
            end = tok.i + 1
            while end < len(self.doc) and self.doc[end].pos_ == "ADJ":
                end += 1  # "su homóloga francesa"
            apposed = self.apposed_person(
                self.doc[tok.i : end], closed=True, closers=CLAUSE_CLOSERS
            )
            if apposed is not None:
                return apposed
        return None

    def led_by(self, phrase: Span) -> str | None:
        """The person an apposition after ``phrase`` says acts for it: "La defensa,
        a cargo del abogado X,", "la delegación, encabezada por la ministra X,"."""
        found = LED_BY.match(text_of(self.doc), phrase.end_char)
        if found is None:
            return None
        span = self.doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        named = self.actors.name_from(span.start, PERSON)
        return named[0] if named is not None else None

    def given_demonym(self, head: Token, phrase: Span) -> str | None:
        """The last person the story called by ``head``'s demonym right beside the
        name: "el belga Wout van Aert", "Wout van Aert, el belga,"."""
        doc = self.doc
        for tok in self.earlier(head, phrase, {"NOUN", "ADJ", "PROPN"}):
            after = self.actors.name_from(tok.i + 1, PERSON) if tok.i + 1 < len(doc) else None
            if after is not None:
                return after[0]
            if tok.i >= 3 and doc[tok.i - 1].lower_ in DEFINITE and doc[tok.i - 2].text == ",":
                before = self.actors.actor_at(doc[tok.i - 3].idx, doc[tok.i - 3].idx + 1)
                if before is not None and self.actors.type_of(before) == "PER":
                    return before
        return None

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
        if j >= len(doc):
            return None  # "Según el sindicato, el paro tuvo un": the text ends there
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
            self.actors.names_someone(rest)
            or root.lower_ in roles()
            or institution(root)
            or root.lower_ in PRONOUNS
            or self._seat(rest)
        )

    def _seat(self, rest: Span) -> bool:
        """Whether ``rest`` names a building, which issues documents for those
        seated in it: "un comunicado del Palacio de Planalto", "de la Casa Blanca"."""
        actor = self.actors.actor_at(rest.start_char, rest.end_char)
        found = self.actors.by_id(actor) if actor is not None else None
        return found is not None and found.get("subtype") == "building"

    def missed_name(self, phrase: Span) -> tuple[Span, str] | None:
        """A proper name closing a speaker phrase that the actor registry missed,
        with a first guess of its type: "Mi amigo Bill Keller" (PER: a given name
        opens it), "coincide L'Obs", "un informe de eToro" (ORG). None where the
        phrase has no such name or the registry knows it."""
        end = phrase.end
        start = end
        while start > phrase.start and _name_word(self.doc[start - 1]):
            start -= 1
            if (
                start - 2 >= phrase.start
                and self.doc[start - 1].lower_ in NAME_LINKS
                and _name_word(self.doc[start - 2])
            ):
                start -= 1  # "Médicos Sin Fronteras", "Médicos por la Paz": one name
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
            and (
                person_noun(phrase.root)
                or phrase.root.lemma_.lower() in lexicon.column("speakers", "person_nouns", "word")
            )
        ):
            return None  # "una enfermera del hospital de Vigo": where she works, not who
        if len(run) == 1 and run[0].lower_ in lexicon.never_alone():
            return None  # "el jefe de Estado", "el Gobierno": no name alone
        if run.start == phrase.start + 1 and run[0].lower_ in roles():
            return None  # "las ONG": a kind of body in capitals after its article, no name
        if any(t.pos_ in {"VERB", "AUX"} for t in self.doc[phrase.start : start]):
            return None  # "fuentes del departamento que dirige Ana Gil": the clause's name
        first_word = run[0].i == 0 or run[0].is_sent_start or not run[0].nbor(-1).is_alpha
        if start == phrase.start and len(run) == 1 and first_word:
            return None  # "Otros", "Analistas": a capital that only opens a sentence
        holder = _holder_closing(run)
        if holder is not None:
            return holder, "PER"  # "la presidenta de la Sunedu Lorena Masías"
        first = run[0].lower_
        return run, "PER" if len(run) > 1 and lexicon.sex_of(first) is not None else "ORG"


def _holder_closing(run: Span) -> Span | None:
    """The person's name that closes a run of capitalised words, the model
    having found neither: the body of a title and its holder, written with no
    comma ("(la presidenta de la) Sunedu Lorena Masías"). The name opens with
    a given name, two or three words from the end, after a word that is no
    given name ("Ana Lucía Gil"), no saint's title ("San Luis") and no head of
    a body named after someone ("Fundación Pablo Iglesias")."""
    for k in range(max(1, len(run) - 3), len(run) - 1):
        before = run[k - 1].lower_
        if (
            lexicon.sex_of(run[k].lower_) is not None
            and lexicon.sex_of(before) is None
            and before not in SAINTS
            and not org_head(before)
            and all(t.is_alpha for t in run[k:])
        ):
            return run[k:]
    return None


# the brackets of an aside after a name, opening -> closing
BRACKETS = {"[": "]", "(": ")"}


def _name_word(tok: Token) -> bool:
    """A word of a proper name: capitalised and tagged as a name."""
    return tok.pos_ == "PROPN" and any(c.isupper() for c in tok.text[:2])  # "eToro" too
