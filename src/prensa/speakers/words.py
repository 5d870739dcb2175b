"""Closed classes of Spanish words that the speaker rules share.

A leaf module: word sets only, so that every module of ``prensa.speakers``
can read them without importing another's rules.
"""

from __future__ import annotations

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
