"""Word lists shipped as package data, each owned by one concern.

A list lives in the package whose rules it serves (``prensa/actors/data/``,
``prensa/speakers/data/``, ``prensa/quotes/data/``, ``prensa/timex/data/``,
``prensa/profile/data/``) and is named by that package and its file:
``rows("actors", "titles")``. Each is a tab-separated file with a header row;
lines starting with ``#`` are comments that record provenance, and the
``data/README.md`` beside it says where every list came from. An empty or
missing list is an error, never a silent empty set.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources


class LexiconError(RuntimeError):
    """A packaged word list is missing, empty or malformed."""


@cache
def rows(package: str, name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``prensa/<package>/data/<name>.tsv`` as dicts keyed by the header."""
    try:
        folder = resources.files(f"prensa.{package}").joinpath("data")
        raw = folder.joinpath(f"{name}.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as err:
        raise LexiconError(f"lexicon {name!r} is missing from prensa/{package}/data") from err
    name = f"{package}/{name}"
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    if len(lines) < 2:
        raise LexiconError(f"lexicon {name!r} has no entries")
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    out = []
    for n, row in enumerate(reader, 2):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"lexicon {name!r}: row {n} has the wrong number of fields")
        out.append({k: v.strip() for k, v in row.items()})
    return tuple(out)


@cache
def column(package: str, name: str, key: str) -> frozenset[str]:
    """One column of a lexicon as a set, e.g. the lemmas of reporting verbs."""
    values = frozenset(r[key] for r in rows(package, name) if r.get(key))
    if not values:
        raise LexiconError(f"lexicon {package}/{name!r} has no values in column {key!r}")
    return values


@cache
def word_class(package: str, name: str) -> frozenset[str]:
    """The words of one small closed class in ``<package>/data/word_classes.tsv``
    (a player's actions, forms of address ...), each class with its provenance
    in the file's header; a class with no word is an error."""
    words = frozenset(r["word"] for r in rows(package, "word_classes") if r["class"] == name)
    if not words:
        raise LexiconError(f"lexicon {package}/word_classes has no class {name!r}")
    return words


# Readings of the actors' lists that the speaker rules need too. They live here,
# at the bottom, so that every module that reads them stays as low as it is:
# ``speakers.index`` and ``speakers.cues`` may not import ``prensa.actors``.


@cache
def person_titles() -> frozenset[str]:
    """Titles of persons in ``actors/titles.tsv`` ("radióloga", "portavoz"), also
    with the prefix "ex" ("exdirector": RAE Ortografía 2010 joins it to a
    one-word base)."""
    words = [r["word"].lower() for r in rows("actors", "titles") if r["refers"] == "PER"]
    return frozenset(words) | {"ex" + w for w in words}


@cache
def portfolio_titles() -> frozenset[str]:
    """Offices whose 'de' complement names a portfolio ("ministra de Sanidad"),
    also with the prefix "ex"."""
    words = [r["word"] for r in rows("actors", "titles") if r["portfolio"] == "1"]
    return frozenset(words) | {"ex" + w for w in words}


@cache
def kinship() -> frozenset[str]:
    """Nouns of kinship and personal relation (``actors/kinship.tsv``): beside a
    name, evidence of a person; before a name in apposition, its speaker."""
    return column("actors", "kinship", "word")


@cache
def never_alone() -> frozenset[str]:
    """Words of ``actors/not_actors.tsv`` that name no actor on their own."""
    return frozenset(r["word"] for r in rows("actors", "not_actors") if r["where"] == "alone")


@cache
def opinion_holders() -> frozenset[str]:
    """Nouns of people and groups that hold opinions (``quotes/opinion_holders.tsv``)."""
    return column("quotes", "opinion_holders", "word")


@cache
def given_name_sex() -> dict[str, str]:
    """Given name -> "F" or "M": ``actors/given_names.tsv`` and the longer
    ``given_names_more.tsv``, the first deciding where they differ."""
    found = [*rows("actors", "given_names_more"), *rows("actors", "given_names")]
    sexes = {r["name"]: r["sex"] for r in found}
    for name, sex in list(sexes.items()):
        sexes.setdefault(unaccented(name), sex)
    return sexes


def sex_of(given: str) -> str | None:
    """ "F" or "M" for a given name in lower case, however the lists spell its
    accents ("jesús" is listed as "jesus"); None for a name they lack."""
    sexes = given_name_sex()
    return sexes.get(given) or sexes.get(unaccented(given))


@lru_cache(maxsize=65536)
def unaccented(word: str) -> str:
    """``word`` without its accents ("jesús" -> "jesus"); the ñ stays. The
    lists of given names spell some names one way only."""
    s = unicodedata.normalize("NFD", word)
    s = "".join(c for c in s if not (unicodedata.combining(c) and c != "\u0303"))
    return unicodedata.normalize("NFC", s)


# the endings of a Spanish past participle (-ado, -ido and their inflections),
# which the tagger may read as an adjective or a noun ("publicado", "invitadas")
PARTICIPLE_ENDING = re.compile(r"(?:ad|id)[oa]s?$")


def asked_participle(word: str) -> bool:
    """Whether ``word`` (in lower case) is the past participle of a verb of
    asking ("preguntado", "consultadas": ``asking_verbs`` in word_classes.tsv)."""
    ending = PARTICIPLE_ENDING.search(word)
    if ending is None:
        return False
    stem, verbs = word[: ending.start()], word_class("actors", "asking_verbs")
    return any(stem + infinitive in verbs for infinitive in ("ar", "er", "ir"))
