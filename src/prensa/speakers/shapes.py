"""Token tests the speaker resolver reads: words that point back at the one
just named ("esta fuente", "este último"), a bare "la fuente", a name behind a
preposition, a cue set off inside its content, the complement of a noun of
relation. Each is a shape of the phrase or the clause, no resolution.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from prensa import lexicon
from prensa.speakers.words import DASHES, DE, RELATIVES, clitic_start

# "este último", "esta última": the one of those just named who was named last
LATTER = frozenset({"este último", "esta última", "éste último", "ésta última"})


# determiners and adjectives that point back at the one just named: "esta
# fuente", "dicho portavoz", "las mismas fuentes"
ANAPHORIC = frozenset(
    {"este", "esta", "estos", "estas", "dicho", "dicha", "dichos", "dichas"}
    | {"mismo", "misma", "mismos", "mismas"}
)


def anaphoric(phrase: Span, head: Token) -> bool:
    """Whether a word before ``head`` in ``phrase`` points back ("esta fuente")."""
    return any(t.lower_ in ANAPHORIC for t in phrase if t.i < head.i)


def bare_source(phrase: Span) -> bool:
    """ "la fuente", "las fuentes" with nothing more: news calls the source it
    has just quoted so ("«...», explicó la fuente"); "fuentes del ministerio"
    name another."""
    words = [t.lower_ for t in phrase]
    return words in (["la", "fuente"], ["las", "fuentes"])


def behind_preposition(tok: Token) -> bool:
    """ "del Presidente de la Andi", "Analistas de Banorte": a "flat" name right
    behind a preposition (and its article) is the phrase's complement, not the
    rest of a name, whatever the parser hung it as."""
    return tok.dep_ == "flat" and tok.doc[tok.i - 1].pos_ in {"ADP", "DET"}


def past_relative_clause(head: Token, tok: Token) -> bool:
    """ "«...», denunció la asociación, que culpó al gobernador, Ahmed Musa, del
    colapso": after its verb, a name the parse hung on the subject past a
    relative clause set off by a comma is the clause's (the governor's). Before
    the verb, a name there closes the subject ("La representante de la OA, que
    actúa como querellante, Florencia Ibarra, calificó")."""
    doc = head.doc
    if head.i < head.head.i:
        return False
    return any(
        doc[i].text == "," and doc[i + 1].lower_ in RELATIVES for i in range(head.i + 1, tok.i - 1)
    )


@cache
def pronominal_verbs() -> frozenset[str]:
    """Cue verbs that are pronominal ("quejarse"), by their lemma without "se"."""
    lemmas = lexicon.column("speakers", "reporting_verbs", "lemma")
    return frozenset(lemma[:-2] for lemma in lemmas if lemma.endswith("se") and " " not in lemma)


def pronominal(verb: Token) -> bool:
    return verb.lemma_.lower() in pronominal_verbs()


def same_cue(prev: dict[str, Any], verb: Token) -> bool:
    return prev["_verb"] is not None and prev["_verb"].i == verb.i


def set_off(verb: Token) -> bool:
    """Whether a cue stands between commas (or dashes) right after the phrase that opens its
    sentence ("La OTAN, dijo, «...»", "Rusia, añadió, ..."): a cue inserted into
    its content, whose subject that phrase is; not one further on, after a verb
    ("Para Ana Gil, el cierre es una decisión que, lamenta, «...»")."""
    doc = verb.doc
    before = clitic_start(doc, verb)
    # between commas, or between two dashes of the same kind ("El Gobierno
    # —explicó— no subirá")
    if not (
        before >= 1
        and doc[before].text in {",", *DASHES}
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == doc[before].text
    ):
        return False
    opening = doc[verb.sent.start : before]
    return not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in opening)


def complement_of_relation(tok: Token) -> bool:
    """Whether ``tok`` is the complement of a noun of kinship or relation before
    it: "la esposa del presidente", "el principal rival del alcalde"."""
    return (
        tok.dep_ == "nmod"
        and tok.head.i < tok.i
        and tok.head.lower_ in lexicon.kinship()
        and any(c.lower_ in DE and c.dep_ == "case" for c in tok.children)
    )
