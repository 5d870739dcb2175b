"""Closed classes of Spanish words that the speaker rules share.

A leaf module: word sets and the few token tests made of them alone (the
clitics before a cue, the enclitics on an infinitive), so that every module
of ``prensa.speakers`` can read them without importing another's rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# clitics that may stand between a cue and what it governs ("le dijo")
CLITICS = frozenset({"le", "les", "me", "te", "nos", "se", "lo", "la"})
# the dashes that open dialogue and set off an aside: the raya (em dash), the
# horizontal bar and the en dash as much of the press types it ("—dijo—")
DASHES = frozenset({"—", "―", "–"})
# what sets off a cue inside a sentence: commas, or the raya ("Los contratos
# —dijo la consejera— se revisarán")
ASIDE_OPENERS = frozenset({","}) | DASHES
# a finite verb (a subordinate clause with it has its own, dropped, subject)
FINITE = "VerbForm=Fin"
# the preposition that joins a noun to its complement, and its form with "el"
DE = frozenset({"de", "del"})
# relative pronouns that open a clause on a noun
RELATIVES = frozenset({"que", "quien", "quienes", "cual", "cuales"})
# ... and the articles of "el que", "los que", which a parse may leave alone
RELATIVE_WORDS = RELATIVES | {"los", "las"}
# the morphology of an infinitive ("para exigir", "decir")
INFINITIVE = "VerbForm=Inf"
# indefinite pronouns name unnamed speakers ("uno de ellos", "algunos que ...")
INDEFINITES = frozenset(
    {
        "uno",
        "una",
        "unos",
        "unas",
        "otro",
        "otra",
        "otros",
        "otras",
        "alguno",
        "alguna",
        "algunos",
        "algunas",
    }
)


# Pronouns written onto an infinitive or a gerund ("pidiéndole", "decirles",
# "explicárselo": RAE-ASALE Nueva gramática §16.11); the gerund's written
# accent is only there because of them.
ENCLITICS = ("les", "los", "las", "nos", "le", "lo", "la", "me", "te", "se")
UNSTRESSED = str.maketrans("áéí", "aei")


def without_enclitics(form: str) -> str:
    """ "pidiéndole" -> "pidiendo", "explicárselo" -> "explicar": up to two enclitics."""
    rest = form
    for _ in range(2):
        clitic = next((c for c in ENCLITICS if rest.endswith(c) and len(rest) - len(c) >= 4), None)
        if clitic is None:
            break
        rest = rest[: -len(clitic)]
        plain = rest.translate(UNSTRESSED)
        if plain.endswith(("ando", "iendo", "yendo", "ar", "er", "ir")):
            return plain
    return form


def clitic_start(doc: Doc, verb: Token) -> int:
    """The token before ``verb``, its clitics and its auxiliaries ("«...», le dijo",
    "«...», ha contado", "«...», le había dicho" -> the comma)."""
    before = verb.i - 1
    while before > 0 and (
        doc[before].lower_ in CLITICS
        or (doc[before].pos_ == "AUX" and doc[before].head.i == verb.i)
    ):
        before -= 1
    return before
