"""Words that decide how a speaker phrase refers: pronouns, articles, the
gender of a title, institution nouns, and the relative clause an unnamed
speaker's name can do without."""

from __future__ import annotations

from spacy.tokens import Span, Token

from prensa.actors import lexicon as lex
from prensa.speakers import cues

PRONOUNS = frozenset(
    {
        "él",
        "ella",
        "ellos",
        "ellas",
        "este",
        "esta",
        "éste",
        "ésta",
        "quien",
        "quienes",
        "usted",
        "ustedes",
        "ambos",
        "ambas",
        "yo",
        "nosotros",
        "se",
    }
)
DEFINITE = frozenset({"el", "la", "los", "las"})
# indefinite pronouns name unnamed speakers ("uno de ellos", "algunos que ..."): NOM actors
INDEFINITES = cues.INDEFINITES | {"varios", "varias", "muchos", "muchas"}


def institution(tok: Token) -> bool:
    """A noun that heads the names of organisations ("embajada", "fiscalía")."""
    heads = lex.name_heads()
    found = heads.get(tok.lower_) or heads.get(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and found is not None and found[0] == "ORG"


def gender(tok: Token) -> str | None:
    """ "Fem" for a feminine title noun, else None. Spanish masculine is the
    unmarked gender ("el autor", "el portavoz del grupo" may be a woman), so
    only a feminine title rules anyone out: "la secretaria" is no man."""
    return "Fem" if "Gender=Fem" in str(tok.morph) else None


def without_relative(phrase: Span) -> Span:
    """ "las vecinas que cortaron la calle" -> "las vecinas": an unnamed speaker
    named by a determiner and a noun needs no relative clause to be told apart.
    A pronoun ("algunos que ...") or a bare noun ("asociaciones que ...") does:
    there the relative clause is the name."""
    head = phrase.root
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" for c in head.children):
        return phrase
    for tok in phrase:
        if tok.i > head.i and tok.lower_ in RELATIVE_PRONOUNS:
            cut = phrase.doc[phrase.start : tok.i]
            while len(cut) > 1 and (cut[-1].is_punct or cut[-1].is_space):
                cut = cut[:-1]
            return cut if len(cut) else phrase
    return phrase


RELATIVE_PRONOUNS = frozenset(
    {"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde"}
)
