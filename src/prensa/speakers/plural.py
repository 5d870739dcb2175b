"""Who speaks for a plural cue with no subject of its own.

"«...», insisten": the last plural subject that can speak, in the cue's
sentence or the two before it; "señalan desde el Ministerio", "Desde Hacienda
aseguran", "En Moncloa descartan": the body (or its seat) that a "desde X"
or an opening "En X" names. The resolver asks these once the parse gave
the cue no subject.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from prensa.speakers.extent import noun_phrase_end
from prensa.speakers.geometry import Geometry
from prensa.speakers.index import ActorIndex
from prensa.speakers.nouns import institution, speaks, time_nouns
from prensa.speakers.words import RELATIVE_WORDS


class PluralSources:
    """The plural dropped subjects and the "desde X" sources of one document."""

    def __init__(self, doc: Doc, geo: Geometry, actors: ActorIndex) -> None:
        self.doc = doc
        self.geo = geo
        self.actors = actors

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


def plural(tok: Token) -> bool:
    return "Number=Plur" in str(tok.morph) and "Person=1" not in str(tok.morph)
