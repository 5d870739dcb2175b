"""Candidate speakers around a cue: the syntax, before the discourse decides.

``Candidates`` finds the token that heads a quotation's speaker in the cue's
sentence and says which pattern found it (the ``speaker_rule`` vocabulary in
``resolver``): the parsed subject of the cue, a name set off by commas before
the verb ("Ana Gil, abogada de la familia, aseguró"), a name after an
inverted cue ("«...», repitió ayer en Bilbao Ana Gil") or of a relative one
("«...», la profecía que anunciaba en su blog Ana Gil"), or the subject of the
clause that governs the cue. A subject must be plausible: it agrees with the
verb in number, it is not a time ("el lunes") and it is not the content a
parenthetical cue interrupts ("Lo urgente, explicó, es ..."). The plural
dropped subject, the "desde X" source and the subject a colon closes live
here too. Which actor the head names is ``resolver``'s decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.extensions import in_timex, text_of
from prensa.speakers.index import NAMED, PERSON, ActorIndex
from prensa.speakers.nouns import (
    institution,
    is_abbreviated_title,
    names_a_speaker,
    person_noun,
    speaks,
    time_nouns,
)
from prensa.speakers.phrases import (
    INFINITIVE,
    clitic_start,
    looks_ahead,
    noun_phrase_end,
    phrase_of,
    quotes_beside_report,
    reports_beside_cue,
    subject_of,
)
from prensa.speakers.words import CLITICS, DASHES, RELATIVES
from prensa.zones import find_zones, same_zone

RELATIVE_WORDS = RELATIVES | {"los", "las"}
# the punctuation an inverted cue follows: "«...», dijo X", "—...— dijo X"
INVERTING = frozenset({",", "»", "”", '"'}) | DASHES
# the articles of a parenthetical cue's subject ("añade la directora", "dice su madre")
SUBJECT_ARTICLES = frozenset({"el", "la", "los", "las", "su", "sus"})
# what closes a parenthetical cue: its comma, or the quotation it introduces
CLOSERS = frozenset({",", "«", "“", '"', ":"})
# what sets off a cue inside a sentence: commas, or the raya ("Los contratos
# —dijo la consejera— se revisarán")
ASIDE_OPENERS = frozenset({","}) | DASHES
# a finite subordinate clause opened by these has its own (dropped) subject
FINITE = "VerbForm=Fin"
VERBAL = frozenset({"VERB", "AUX"})
STOPS = frozenset({",", ";", ":", ".", "«", "“"})
# how the parse hangs a relative "que" (tagged a pronoun) on its verb: subject,
# object or, in error, subordinator
RELATIVE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "mark"})


class Geometry(Protocol):
    """What the resolver reads of the finder: marks, sentences and tokens by offset."""

    def inside_mark(self, offset: int) -> bool: ...

    def sent_start(self, offset: int) -> int: ...

    def sent_end(self, offset: int) -> int: ...

    def tokens(self, start: int, end: int) -> Span: ...


class Candidates:
    """The syntactic speaker candidates of one document's cues."""

    def __init__(self, doc: Doc, geo: Geometry, actors: ActorIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.zones = find_zones(self.text)  # page furniture, once per document
        self.geo = geo
        self.actors = actors

    def subject(
        self, verb: Token, q: dict[str, Any], items: list[dict[str, Any]]
    ) -> tuple[Token | None, str]:
        """The head of the cue's subject and the rule that found it ("" if none)."""
        lo = self.geo.sent_start(min(verb.idx, q["start"]))
        aside = self.aside_of(verb, q["start"], q["end"])
        hi = self.geo.sent_end(verb.idx)
        ok = self.subject_filter(lo, hi, q["start"], q["end"], aside, cue=verb.idx)
        head = self.parenthetical_subject(verb, q)
        if head is None:
            head = self.relative_postverbal(verb, q)
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
        head = self.postverbal_name(verb, q)
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
            if t.pos_ != "NOUN" or t.dep_ not in {"obj", "nsubj", "iobj"} or t.head.i != verb.i:
                continue
            if any(c.dep_ == "case" for c in t.children):
                continue  # "a este periódico": the addressee
            if any(c.dep_ == "det" for c in t.children) and names_a_speaker(t):
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

    def _name_after(self, verb: Token, q: dict[str, Any]) -> Token | None:
        """The first named person or organisation after ``verb`` in its clause, never
        one behind a preposition; none past a stop, a verb or the quotation."""
        doc = self.doc
        for t in self._clause_after(verb, q):
            if t.pos_ != "PROPN":
                continue
            actor = self.actors.actor_at(t.idx, t.idx + len(t))
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
                or (_medium_noun(doc[j]) and doc[j - 1].lower_ in MEDIUM_OPENERS)
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

    def names_someone(self, phrase: Span) -> bool:
        actor = self.actors.actor_at(phrase.start_char, phrase.end_char)
        return actor is not None and self.actors.type_of(actor) in NAMED

    def plural_subject(self, verb: Token) -> Token | None:
        """The last plural noun subject in the verb's sentence and the two before it
        ("Los firmantes piden ... El Banco publicó ... «...», insisten"); none
        where the verb is said to "them" ("Mis tíos ... les dijeron que tenían que
        irse": the last plural subject is who heard it, the speakers unnamed)."""
        if verb.i and self.doc[verb.i - 1].lower_ == "les":
            return None
        lo = self.geo.sent_start(verb.idx)
        for _ in range(2):
            lo = self.geo.sent_start(max(lo - 1, 0))
        for tok in reversed(self.geo.tokens(lo, verb.idx)):
            if (
                tok.dep_ in {"nsubj", "nsubj:pass"}
                and tok.pos_ in {"NOUN", "PRON"}
                and plural(tok)
                and tok.lower_ not in RELATIVE_WORDS
                and tok.head.dep_ not in CONTENT_CLAUSES
                and _main_clause(tok.head, verb)
                and speaks(tok)
                and not self.geo.inside_mark(tok.idx)
            ):
                return tok
        return None

    def _named_before_verb(self, en: Token, verb: Token) -> bool:
        """Whether "En" opens a name (an actor's, capitalised, or an institution's
        noun) that runs, with at most a comma, up to the verb: "En Hacienda
        reconocen", "En el Gobierno, estiman"; not "En 2019 dijeron", "En la
        reunión, explicaron" (a time or an event)."""
        while verb.dep_ in {"conj", "xcomp"} and en.i < verb.head.i < verb.i:
            verb = verb.head  # "En Moncloa descartan (negociar) y advierten de ..."
        end = _run_before_verb(self.doc, en.i + 1, verb.i)
        gap = self.doc[end : verb.i]
        if len(gap) > 2 or any(t.text not in {",", "se", "no", "lo", "le", "les"} for t in gap):
            return False
        phrase = self.doc[en.i + 1 : end]
        if not len(phrase):
            return False
        root = phrase.root
        return bool(
            self.actors.actor_at(phrase.start_char, phrase.end_char) is not None
            and root.text[:1].isupper()
        ) or institution(root)

    def desde(self, verb: Token, q: dict[str, Any]) -> Span | None:
        """The "desde X" of an impersonal plural verb of saying, right after the verb
        or opening its clause, naming who speaks ("señalan desde el Ministerio");
        also "En X" opening the clause, where it names a body or a place of power
        and the verb follows it ("En Hacienda reconocen que ...", "En La Moneda
        descartan ...": the place for who works there)."""
        lo, hi = self.geo.sent_start(verb.idx), self.geo.sent_end(verb.idx)
        for tok in self.geo.tokens(lo, hi):
            if tok.lower_ not in {"desde", "en"} or q["start"] <= tok.idx < q["end"]:
                continue
            before = self.doc[tok.i - 1] if tok.i > 0 else None
            opens = before is None or before.idx < lo or before.is_punct or before.is_space
            if not (tok.i == verb.i + 1 or opens) or self.geo.inside_mark(tok.idx):
                continue
            if tok.lower_ == "en" and not (opens and self._named_before_verb(tok, verb)):
                continue
            first = tok.i + 1
            if tok.lower_ == "en":
                last = _run_before_verb(self.doc, first, verb.i)
            else:
                last = noun_phrase_end(self.doc, first, hi)
            phrase = self.doc[first:last]
            if not len(phrase) or phrase.root.pos_ not in {"NOUN", "PROPN"}:
                continue
            if phrase.root.lower_ in time_nouns() or any(t.like_num for t in phrase):
                continue  # "desde el lunes", "desde 2019": a time, not a source
            if q["start"] <= phrase.start_char < q["end"]:
                continue
            return phrase
        return None


def _run_before_verb(doc: Doc, i: int, verb: int) -> int:
    """End of the words of a noun phrase from ``i``, before any verb or
    punctuation and before ``verb``: "En [La Moneda] descartan"."""
    while i < verb and doc[i].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "ADP"}:
        i += 1
    return i


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


# what opens a medium named by its kind and its name ("a radio X", "al diario X")
MEDIUM_OPENERS = frozenset({"a", "al", "la", "el", "los", "las"})


def _medium_noun(tok: Token) -> bool:
    """A lower-case noun of a kind of medium ("radio", "la cadena", "el diario")."""
    return tok.text.islower() and tok.lower_ in lexicon.word_class("speakers", "media")


def _addressed_medium(head: Token) -> bool:
    """ "dijo a radio Bío Bío", "declaró al diario Clarín": a name after "a" and a
    noun of a kind of medium is whom the words were told, whatever the parse
    made of it."""
    doc, i = head.doc, head.i - 1
    if i < 1 or not _medium_noun(doc[i]):
        return False
    i -= 1
    if doc[i].lower_ in {"la", "el", "los", "las"} and i >= 1:
        i -= 1
    return doc[i].lower_ in {"a", "al"}


# the subject of a clause that is what was said or thought ("no demostraron que
# estas variantes fueran la causa") or of a relative clause is no one who speaks
CONTENT_CLAUSES = frozenset({"ccomp", "csubj", "acl", "acl:relcl"})


def _main_clause(head: Token, verb: Token) -> bool:
    """Whether ``head`` is the main verb of its sentence, or one coordinated with
    it, or ``verb``'s own clause: only a main clause's subject carries over to the
    next quotation ("... después de que surgieran nuevas variantes. «...»,
    dijeron": the variants are no one who speaks)."""
    for _ in range(6):
        if head.i == verb.i or head.dep_ == "ROOT" or head.head.i == head.i:
            return True
        if head.dep_ not in {"conj", "parataxis"}:
            return head.is_ancestor(verb)
        head = head.head
    return False


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


def plural(tok: Token) -> bool:
    return "Number=Plur" in str(tok.morph) and "Person=1" not in str(tok.morph)


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
