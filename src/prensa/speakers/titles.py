"""Speakers named by a title: who "el ministro" is.

A definite title refers back to someone the story named; these rules read the
registry's title mentions to find the one it means where the registry did not
link it: the first title after it that opens with its words ("la presidenta
del Consejo" -> "La presidenta del Consejo Regional"), the holder of the same
office in the same body, an office the story gave nobody yet, a title owned
by a body ("el portavoz de la empresa"). ``SpeakerResolver`` calls them.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.extensions import text_of
from prensa.speakers.index import NAMED, ActorIndex
from prensa.speakers.nouns import institution, roles, without_relative
from prensa.speakers.words import DE

# "el titular de Hacienda", "del Ejecutivo": the holder of any office, who may
# have been named by another title ("el presidente")
HOLDERS = frozenset({"titular", "extitular"})


class Titles:
    """The title rules of one document, over the registry's title mentions."""

    def __init__(self, doc: Doc, actors: ActorIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.actors = actors
        self._titles: list[tuple[dict[str, Any], str]] | None = None  # see _title_mentions
        self._title_words: dict[str, int] | None = None  # see _first_titled

    def titled_later(self, phrase: Span) -> str | None:
        """The person whose first title after ``phrase`` opens with the phrase's
        words ("la presidenta del Consejo" -> "La presidenta del Consejo Regional")."""
        words = without_relative(phrase).text.lower().split()
        for m, title in self._title_mentions():
            if m["start"] >= phrase.end_char and title.split()[: len(words)] == words:
                return str(m["actor"]) if self.actors.type_of(m["actor"]) == "PER" else None
        return None

    def office_holder(self, head: Token, phrase: Span) -> str | None:
        """The person an earlier title of the same word and the same organisation
        was linked to: "presidente de la Asociación ..." then "el presidente de la
        Andi", the Asociación's short form."""
        body = None
        for tok in phrase:
            if tok.i > head.i and tok.lower_ in DE and tok.i + 1 < phrase.end:
                rest = self.doc[tok.i + 1 : phrase.end]
                body = self.actors.actor_at(rest.start_char, rest.end_char)
                break
        if body is None or self.actors.type_of(body) == "PER":
            return None
        stem = head.lower_[:-1]
        for m, title in self._title_mentions():
            if m["start"] >= phrase.start_char:
                break
            if stem not in title:
                continue
            lo = bisect.bisect_left(self.actors.mention_starts, m["start"])
            hi = bisect.bisect_left(self.actors.mention_starts, m["end"])
            if any(
                n["actor"] == body and n["end"] <= m["end"]
                for n in self.actors.mentions[lo:hi]
                if n is not m
            ):
                return str(m["actor"])
        return None

    def new_office(self, head: Token, phrase: Span) -> bool:
        """Whether ``head`` is an office with its portfolio ("el ministro de
        Economía"), or a staff post in a named organisation ("el portavoz de la
        Guardia Civil"; not its head: "el jefe del Ejecutivo" is who the story
        named before), that the story gave nobody before: no earlier title of
        the registry's holds its word ("ministro", "ministra")."""
        if head.lower_ in HOLDERS:
            return False
        after = [t for t in phrase if t.i > head.i]
        if len(after) < 2 or after[0].lower_ not in {"de", "del"}:
            return False
        staff = head.lower_ in lexicon.word_class("speakers", "staff_posts")
        if head.lower_ not in lexicon.portfolio_titles() and not (
            staff and self._post_in(after[1:])
        ):
            return False
        if not after[1].is_title and head.lower_ in lexicon.portfolio_titles():
            return False
        if after[1].lower_ == "estado":
            return False  # "el secretario de Estado": in much of America, any minister
        stem = head.lower_[:-1]
        forms = (head.lower_, stem + "o", stem + "a", stem + "e", "ex" + head.lower_)
        return all(self._first_titled(f) >= phrase.start_char for f in forms)

    def _post_in(self, rest: list[Token]) -> bool:
        """Whether the words after a title's "de" name an organisation: one the
        registry knows ("de la Guardia Civil"), or one by its kind ("de la
        compañía"); not a place or a person."""
        if not rest:
            return False
        body = self.actors.actor_at(rest[0].idx, rest[-1].idx + len(rest[-1]))
        if body is not None:
            return self.actors.type_of(body) == "ORG"
        # "el portavoz de la empresa": a body the story names by its kind
        noun = next((t for t in rest if t.pos_ == "NOUN"), None)
        return noun is not None and (roles().get(noun.lower_) == "ORG" or institution(noun))

    def _first_titled(self, word: str) -> int:
        """Where the registry's first title mention holding ``word`` starts (the
        text's length if none)."""
        if self._title_words is None:
            self._title_words = {}
            for m, title in self._title_mentions():
                for w in title.split():
                    self._title_words.setdefault(w, m["start"])
        return self._title_words.get(word, len(self.text))

    def _title_mentions(self) -> list[tuple[dict[str, Any], str]]:
        """The registry's title mentions in text order, each with its text in
        lower case: read once per document."""
        if self._titles is None:
            self._titles = [
                (m, self.text[m["start"] : m["end"]].lower())
                for m in self.actors.mentions
                if m["kind"] == "title"
            ]
        return self._titles

    def owned(self, phrase: Span, head: Token) -> bool:
        """Whether a "de"/"del" after ``head`` names a person or organisation."""
        for tok in phrase[head.i - phrase.start + 1 :]:
            if tok.lower_ in {"de", "del"} and tok.i + 1 < phrase.end:
                rest = self.doc[tok.i + 1 : phrase.end]
                actor = self.actors.actor_at(rest.start_char, rest.end_char)
                return actor is not None and self.actors.type_of(actor) in NAMED
        return False
