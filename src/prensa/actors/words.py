"""The words of a name, and how a shorter name's words fit a fuller one's.

Names are compared folded (lower case, no accents) and without their leading
articles; a short form fits a full one as a subsequence of its words ("Juan G.
Valderrama" of "Juan Guillermo Valderrama") or as an acronym built from their
starts ("CNBV", "Anmat"). ``Group`` is the record that grouping fills and
typing reads.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.token_table import tokens_between


@dataclass(slots=True)
class Candidate:
    """A token span that names an actor, with the evidence for its type."""

    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC: the model's or a rule's guess
    source: str  # ner | acronym | gazetteer | caps | agency | ...
    subtype: str | None = None


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case without accents: 'Ramírez' -> 'ramirez'."""
    s = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass(slots=True)
class Group:
    """Candidates that name one actor; ``words`` are those of its fullest name."""

    words: tuple[str, ...]
    content: tuple[str, ...]
    cands: list[Candidate] = field(default_factory=list)
    type: str = ""
    subtype: str | None = None


def words_of(doc: Doc, cand: Candidate) -> tuple[str, ...]:
    """Folded words of a span without its leading articles; hyphens kept."""
    tokens = tokens_between(doc, cand.start, cand.end)
    words = [fold(t.text).rstrip(".") for t in tokens if not t.is_punct]
    while len(words) > 1 and words[0] in lex.ARTICLES:
        words = words[1:]
    return tuple(w for w in words if w)


def content_of(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in lex.PARTICLES)


def _same_word(short: str, full: str) -> bool:
    """'g' (an initial) or 'guillermo' against 'guillermo'."""
    return short == full or (len(short) == 1 and full.startswith(short))


def subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is ``full`` with some words left out, in order."""
    i = 0
    for word in full:
        if i < len(short) and _same_word(short[i], word):
            i += 1
    return i == len(short)


def acronym_of(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` is built from the starts of ``words`` in order.

    Each content word gives its first letter or a longer start ("Inacipe" =
    IN-A-CI-PE of Instituto Nacional de Ciencias Penales), particles may give
    nothing or, in an all-capitals acronym, their initial ("CCCYA"), and at
    most one trailing content word may be left out ("Anmat").
    """
    letters = fold(acronym).replace("&", "")  # "J&J", "AT&T": the "&" of the name
    capitals = acronym.isupper()
    if len(letters) < 2 or len(words) < 2:
        return False

    @cache
    def fits(i: int, w: int) -> bool:
        if i == len(letters):
            rest = [x for x in words[w:] if x not in lex.PARTICLES]
            return len(rest) <= 1
        if w == len(words):
            return False
        word = words[w]
        if word in lex.PARTICLES:
            if fits(i, w + 1):
                return True
            if not capitals:  # only "CCCYA" spells its particles, never "Ordesa"
                return False
        n = 0
        while n < len(word) and i + n < len(letters) and word[n] == letters[i + n]:
            n += 1
            if fits(i + n, w + 1):
                return True
        return False

    return fits(0, 0)
