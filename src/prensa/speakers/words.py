"""Closed classes of Spanish words that the speaker rules share.

A leaf module: word sets only, so that every module of ``prensa.speakers``
can read them without importing another's rules.
"""

from __future__ import annotations

# clitics that may stand between a cue and what it governs ("le dijo")
CLITICS = frozenset({"le", "les", "me", "te", "nos", "se", "lo", "la"})
# the dashes that open dialogue and set off an aside: the raya (em dash), the
# horizontal bar and the en dash as much of the press types it ("—dijo—")
DASHES = frozenset({"—", "―", "–"})
# the preposition that joins a noun to its complement, and its form with "el"
DE = frozenset({"de", "del"})
# relative pronouns that open a clause on a noun
RELATIVES = frozenset({"que", "quien", "quienes", "cual", "cuales"})
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
