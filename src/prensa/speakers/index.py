"""The registry's actors and mentions for one document, indexed by offset.

Speaker resolution asks, for every quotation, which actor a span names, who
was mentioned last before an offset and which named subject came last (a
dropped subject continues it); scanning the registry each time is
quadratic in long documents, so ``ActorIndex`` sorts the mentions once and
answers with bisection. It reads the registry when built: NOM actors added
later are found by id, not by offset.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.actors import registry
from prensa.extensions import text_of
from prensa.token_table import tokens_where

PERSON = frozenset({"PER"})
# the id a subject list gives an unnamed person's title, followed by its token index
UNNAMED = "@"
ORGANISATION = frozenset({"ORG"})
NAMED = frozenset({"PER", "ORG"})
# a subject of these clauses is no topic that a later dropped subject continues:
# "Habló de Ana Gil, que ya había denunciado el caso" leaves the speaker as it was
SUBORDINATE = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "csubj", "xcomp", "obl", "nmod"})


class ActorIndex:
    """Mentions by start, actors by id and surname, named subjects, the last of a type."""

    def __init__(self, doc: Doc, inside_mark: Callable[[int], bool]) -> None:
        self.doc = doc
        self.mentions = sorted(registry.mentions(doc), key=lambda m: m["start"])
        self.mention_starts = [m["start"] for m in self.mentions]
        self.longest = max((m["end"] - m["start"] for m in self.mentions), default=0)
        self.actor_index: dict[str, dict[str, Any] | None] = {
            a["id"]: a for a in registry.actors(doc)
        }
        self.first_named: dict[str, int] = {}  # actor -> where the story first names it
        for m in self.mentions:
            self.first_named.setdefault(str(m["actor"]), m["start"])
        self.surnames: dict[str, str] = {}
        for a in registry.actors(doc):
            for name in [a["name"], *a.get("aliases", [])]:
                words = name.lower().split()
                for k in range(len(words)):
                    self.surnames.setdefault(" ".join(words[k:]), str(a["id"]))
        types = {a["id"]: a["type"] for a in registry.actors(doc)}
        self.typed: dict[frozenset[str], tuple[list[int], list[str]]] = {}
        text = text_of(doc)
        for kinds in (PERSON, ORGANISATION, NAMED):
            # a name heard inside a quotation is no antecedent of a title outside
            # it, nor is the agency that signs the dateline ("LIMA, 15 sep (EFE).-
            # El sindicato anunció": the union is someone new, not EFE)
            chosen = [
                m
                for m in self.mentions
                if types.get(m["actor"]) in kinds
                and not inside_mark(m["start"])
                and not _dateline_credit(text, m["start"], m["end"])
            ]
            self.typed[kinds] = ([m["start"] for m in chosen], [str(m["actor"]) for m in chosen])
        self.genders: dict[str, str | None] = {}
        self.given_titles = self._titles_given_with_names()
        # subjects named by a linked title ("La doctora revisó ..."): offset -> token
        self.titled: dict[int, int] = {}
        self.subjects = self._subject_mentions(inside_mark)
        self.subject_starts = [off for off, _ in self.subjects]

    def _titles_given_with_names(self) -> dict[str, frozenset[str]]:
        """Actor -> the words of the titles the article gives it beside its name
        ("El presidente ruso, Vladimir Putin", "la ministra Ana Gil"): a title
        mention that a name mention of the same actor follows or precedes, with
        at most a comma and a space between."""
        text = text_of(self.doc)
        given: dict[str, set[str]] = {}
        for k, m in enumerate(self.mentions):
            if m["kind"] != "title":
                continue
            # the mentions around it, past any inside it ("ruso" of "el presidente ruso")
            near = self.mentions[max(0, k - 1) : k + 4]
            if any(
                n is not m
                and n["actor"] == m["actor"]
                and n["kind"] != "title"
                and (
                    text[m["end"] : n["start"]].strip(", ") == ""
                    if n["start"] >= m["end"]
                    else text[n["end"] : m["start"]].strip(", ") == ""
                )
                for n in near
            ):
                words = text[m["start"] : m["end"]].lower().split()
                given.setdefault(str(m["actor"]), set()).update(words)
        return {actor: frozenset(words) for actor, words in given.items()}

    def _subject_mentions(self, inside_mark: Callable[[int], bool]) -> list[tuple[int, str]]:
        """Named subjects of main clauses outside quotations, in order: pro-drop
        continues the last one. A title the registry linked to a name counts as
        the name ("La alcaldesa recorrió el barrio. «...», afirmó")."""
        out = []
        text = text_of(self.doc)
        # the tokens the tests below may keep: "para", and subjects
        for tok in tokens_where(self.doc, lower={"para"}, dep={"nsubj", "nsubj:pass", "ROOT"}):
            if tok.lower_ == "para" and not inside_mark(tok.idx):
                opinion = self._opinion_holder(tok)
                if opinion is not None:
                    out.append(opinion)
                continue
            if tok.dep_ == "ROOT":
                if not _presented(tok) or inside_mark(tok.idx):
                    continue
                # "Entre ellos estaba Byron Colop, un albañil.": the one a sentence
                # presents is its topic (the parse makes the name the root)
                named = self._named_subject(tok)
                if named is not None:
                    out.append((tok.idx, named))
                continue
            if tok.is_space and tok.dep_ in {"nsubj", "nsubj:pass"} and tok.i + 1 < len(self.doc):
                # "\n\nTeresa Rodríguez": the parser hangs a name on the newline
                tok = self.doc[tok.i + 1]
            elif tok.dep_ not in {"nsubj", "nsubj:pass"}:
                continue
            verb = tok.head  # the clause's verb, before the subject turns to its name
            if tok.pos_ == "NOUN" or (
                tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children)
            ):
                # "El vicesecretario del PP, Juan Bravo, afirmó": the name in
                # apposition; also to a noun the tagger took for an adjective ("la
                # voluntaria Iryna Boiko sirve té")
                tok = next((c for c in tok.children if c.dep_ == "appos"), tok)
            if tok.pos_ not in {"PROPN", "NOUN"} or inside_mark(tok.idx):
                continue
            if _dateline_credit(text, tok.idx, tok.idx + len(tok)):
                continue  # "LIMA (Andina).- El gremio inició": the parse's subject
            if verb.i != tok.i and verb.dep_ in SUBORDINATE and not _unmarked(verb):
                # "la gorra que su nieto Pablo llevaba": the subject of a clause that
                # is not the sentence's, named in apposition to its noun, is no topic
                continue
            named = self._named_subject(tok)
            if named is not None:
                out.append((tok.idx, named))
                if tok.pos_ == "NOUN":
                    self.titled[tok.idx] = tok.i
            elif _unnamed_person(tok):
                # "La radióloga de Ana estaba preocupada. Le dijo que ...": an unnamed
                # person is a topic too; the resolver makes it a NOM actor if needed
                out.append((tok.idx, f"{UNNAMED}{tok.i}"))
        return out

    def _named_subject(self, tok: Token) -> str | None:
        """The PER or ORG actor a subject's mention names (a title the registry
        linked, for a common noun), or None."""
        k = bisect.bisect_right(self.mention_starts, tok.idx) - 1
        while k >= 0 and self.mentions[k]["start"] > tok.idx - 60:
            m = self.mentions[k]
            if m["start"] <= tok.idx < m["end"]:
                actor = self.by_id(m["actor"])
                if tok.pos_ == "NOUN" and m["kind"] != "title":
                    return None
                if actor is not None and actor["type"] in {"PER", "ORG"}:
                    return str(actor["id"])
                return None
            k -= 1
        return None

    def _opinion_holder(self, para: Token) -> tuple[int, str] | None:
        """ "Para Ana Gil, la solución es ...": the one whose opinion a clause
        gives is its topic as a subject is (a later dropped subject continues it)."""
        doc = self.doc
        if para.i > 0 and not (doc[para.i - 1].is_punct or doc[para.i - 1].is_space):
            return None
        found = self.name_from(para.i + 1, NAMED)
        if found is None:
            return None
        actor, name = found
        if name.end >= len(doc) or doc[name.end].text != ",":
            return None
        return name.start_char, actor

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor of the mention that best covers ``[start, end)``, over the
        mentions indexed at the start (no scan of all)."""
        best, best_len = None, 0
        k = bisect.bisect_left(self.mention_starts, start - self.longest)
        while k < len(self.mentions) and self.mentions[k]["start"] < end:
            m = self.mentions[k]
            overlap = min(end, m["end"]) - max(start, m["start"])
            if overlap > best_len:
                best, best_len = m["actor"], overlap
            k += 1
        return best

    def names_someone(self, phrase: Span) -> bool:
        """Whether ``phrase`` is (mostly) a mention of a person or an organisation."""
        actor = self.actor_at(phrase.start_char, phrase.end_char)
        return actor is not None and self.type_of(actor) in NAMED

    def mention_end(self, start: int) -> int:
        """Where the longest mention that opens at ``start`` ends (``start`` if none)."""
        k = bisect.bisect_left(self.mention_starts, start)
        end = start
        while k < len(self.mentions) and self.mentions[k]["start"] == start:
            end = max(end, self.mentions[k]["end"])
            k += 1
        return end

    def named_within(self, actor: str, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds a mention of ``actor`` other than a title
        ("el epidemiólogo de la UNAM Mauricio Rodríguez" holds his name)."""
        k = bisect.bisect_left(self.mention_starts, start)
        while k < len(self.mentions) and self.mentions[k]["start"] < end:
            m = self.mentions[k]
            if m["actor"] == actor and m["kind"] != "title" and m["end"] <= end:
                return True
            k += 1
        return False

    def last_typed(self, offset: int, types: frozenset[str]) -> str | None:
        """The last actor of ``types`` (``PERSON`` or ``NAMED``) mentioned before ``offset``."""
        return next(self.typed_before(offset, types), (0, None))[1]

    def typed_before(self, offset: int, types: frozenset[str]) -> Iterator[tuple[int, str]]:
        """The mentions of actors of ``types`` before ``offset``, last first, as
        (start, actor)."""
        starts, ids = self.typed[types]
        for k in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
            yield starts[k], ids[k]

    def name_from(self, i: int, types: frozenset[str]) -> tuple[str, Span] | None:
        """The actor of one of ``types`` whose mention covers token ``i``, and the
        run of tokens from ``i`` that its mentions cover ("Jorge Luis Borges")."""
        doc = self.doc
        if i >= len(doc):
            return None
        actor = self.actor_at(doc[i].idx, doc[i].idx + len(doc[i]))
        if actor is None or self.type_of(actor) not in types:
            return None
        last = i
        while last + 1 < len(doc) and (
            self.actor_at(doc[last + 1].idx, doc[last + 1].idx + len(doc[last + 1])) == actor
        ):
            last += 1
        return actor, doc[i : last + 1]

    def last_person(
        self, offset: int, gender: str | None, skip: Callable[[str], bool] | None = None
    ) -> str | None:
        """The last person mentioned before ``offset`` whose gender does not clash,
        past those ``skip`` rules out."""
        starts, ids = self.typed[PERSON]
        for k in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
            if (gender is None or self.gender_of(ids[k]) in {None, gender}) and not (
                skip is not None and skip(ids[k])
            ):
                return ids[k]
        return None

    def gender_of(self, actor_id: str) -> str | None:
        """ "Fem" or "Masc" by the given name the actor's name opens with ("Ana
        Gil"), else when the article calls it "la ..."/"el ..." (a title or a
        speaker phrase) one way only; None when nothing tells or both do."""
        if actor_id not in self.genders:
            # what the article says ("la actriz") before what the name's statistics
            # say ("Evan Rachel Wood": Evan is mostly a man's name)
            seen: set[str] = set()
            for m in self.mentions:
                if m["actor"] == actor_id and m["kind"] in {"title", "speaker"}:
                    words = text_of(self.doc)[m["start"] : m["end"]].split()[:1]
                    article = words[0].lower() if words else ""
                    if article in {"la", "una"}:
                        seen.add("Fem")
                    elif article in {"el", "un"}:
                        seen.add("Masc")
            if not seen:
                actor = self.by_id(actor_id)
                first = str(actor["name"]).split()[:1] if actor is not None else []
                sex = lexicon.sex_of(first[0].lower()) if first else None
                seen = {"Fem" if sex == "F" else "Masc"} if sex else set()
            self.genders[actor_id] = seen.pop() if len(seen) == 1 else None
        return self.genders[actor_id]

    def by_surname(self, text: str) -> str | None:
        """The actor whose name or alias is, or ends with, ``text`` ("Al assad")."""
        return self.surnames.get(" ".join(text.split()).lower())

    def by_id(self, actor_id: str) -> dict[str, Any] | None:
        if actor_id not in self.actor_index:
            self.actor_index[actor_id] = registry.by_id(self.doc, actor_id)  # a new NOM actor
        return self.actor_index[actor_id]

    def type_of(self, actor_id: str) -> str | None:
        actor = self.by_id(actor_id)
        return str(actor["type"]) if actor is not None else None


def _unnamed_person(tok: Token) -> bool:
    """ "la radióloga", "el portavoz del club", "la madre de la víctima": a
    definite, singular person title or noun of kinship."""
    return (
        tok.pos_ == "NOUN"
        and (tok.lower_ in lexicon.person_titles() or tok.lower_ in lexicon.kinship())
        and "Number=Sing" in str(tok.morph)
        and any(c.dep_ == "det" and c.lower_ in {"el", "la"} for c in tok.children)
    )


def _unmarked(verb: Token) -> bool:
    """ "... se publicó el día 21 y dos días después López Obrador ordenó ...": a
    clause the parser hung as a complement or an adverbial with no subordinator
    ("que", "aunque", "cuando") is a main clause it misread: its subject is a topic."""
    return verb.dep_ in {"ccomp", "advcl"} and not any(c.dep_ == "mark" for c in verb.children)


# the agency in brackets that closes a dateline, right before its dash: "(EFE).-",
# "(Reuters) -", "(AP).–"
CREDIT_CLOSE = re.compile(r"\s*\)\s*\.?\s*[-–—]")


def _dateline_credit(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is the agency that signs a dateline:
    in brackets closed by a dash, on a line that opened at most 60 characters
    before ("BUENOS AIRES, 15 sep (EFE).- ...")."""
    opening = text.rfind("(", max(0, start - 3), start)
    if opening < 0 or text[opening + 1 : start].strip() or not CREDIT_CLOSE.match(text, end):
        return False
    return start - (text.rfind("\n", 0, start) + 1) <= 60


def _presented(tok: Token) -> bool:
    """Whether ``tok`` is a name a copula presents as the root of its sentence:
    "Entre los heridos estaba Ana Gil", "Uno de ellos es Luis Paz"."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "cop" and c.lemma_ in {"estar", "ser"} and c.i < tok.i for c in tok.children
    )
