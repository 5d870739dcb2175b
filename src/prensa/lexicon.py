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
from functools import cache
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
