"""Values of periods named on the calendar: seasons and parts of a year or century.

"la primavera de 2019" (2019-SP), "el verano pasado", "el primer trimestre
de 2020" (2020-Q1), "el último trimestre de 2020" (2020-Q4), "la primera
década de este siglo" (200). Split from ``values`` so that each reads in one
sitting; both share ``Scan`` and ``year_of``.
"""

from __future__ import annotations

import re

from prensa.timex.values import Scan, year_of
from prensa.timex.words import (
    RELATION,
    lexicon_map,
    previous_words,
    roman_value,
    season_codes,
)


def on_season(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "la primavera de 2019" (2019-SP), "el verano pasado", "este invierno"."""
    if not (
        match.group("det")
        or match.group("year")
        or match.group("yref")
        or previous_words(scan.text, match.start(), 1) in {"en", "durante", "hasta", "desde"}
    ):
        return None  # "verano" alone is a noun like any other ("un verano largo")
    code, starts = season_codes()[match.group("season").lower()]
    if match.group("year"):
        return "DATE", f"{match.group('year')}-{code}"
    if match.group("yref"):
        year = year_of(match, scan)
        return "DATE", f"{year}-{code}" if year else None
    anchor = scan.ctx.anchor
    if anchor is None:
        return "DATE", f"XXXX-{code}"
    relation = RELATION.get((match.group("pre") or match.group("post") or "").lower(), "")
    year = anchor.year
    if relation == "past" or (not relation and scan.tense == "past"):
        # "el pasado verano" read in December is this year's; read in July, last year's
        year -= (
            1 if starts > anchor.month or (relation == "past" and anchor.month < starts + 3) else 0
        )
    elif relation == "next" or (not relation and scan.tense == "future"):
        year += 1 if starts < anchor.month or relation == "next" else 0
    return "DATE", f"{year}-{code}"


# The parts of a year: TIMEX3 letter and how many make a year.
PARTS = {"trimestre": ("Q", 4), "semestre": ("H", 2), "mitad": ("H", 2)}


def on_part_of_period(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "el primer trimestre de 2020" (2020-Q1), "la primera década de este siglo" (200)."""
    part = match.group("part").lower()
    said = match.group("ord").lower()
    if said.startswith("últim"):  # "el último trimestre de 2020"; alone, the last three months
        if not (match.group("year") or match.group("yref")) or part not in PARTS:
            return None
        said = str(PARTS[part][1])
    nth = int(lexicon_map("ordinals", "word", "value").get(said, said))
    if part == "mitad" and match.end("part") == match.end():
        return None  # "la primera mitad" of a match or a book: no calendar half
    base = scan.ctx.anchor.year if scan.ctx.anchor else scan.ctx.ref_year
    if match.group("year"):
        year: int | None = int(match.group("year"))
    elif match.group("yref"):
        year = year_of(match, scan)
    elif (match.group("span") or "año").lower() == "año" and not match.group("roman"):
        year = base  # "el segundo trimestre (del año)": the current year
    else:
        year = None
    if part in {"década", "decenio"}:
        if match.group("roman"):
            start = (roman_value(match.group("roman")) - 1) * 100
        elif match.group("span") and base is not None:
            start = base - base % (1000 if match.group("span").lower() == "milenio" else 100)
        else:
            return "DATE", None
        return ("DATE", f"{start // 10 + nth - 1:03d}") if nth <= 10 else None
    if year is None:
        return "DATE", None
    letter, most = PARTS[part]
    return ("DATE", f"{year:04d}-{letter}{nth}") if nth <= most else None


def on_deictic_part(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """ "este trimestre" (2025-Q3 read in September 2025), "el próximo semestre"
    (2026-H1), "el trimestre pasado" (2025-Q2): the part of the year the
    publication date falls in, or the one before or after it. "el trimestre"
    alone is a span of any three months, no date."""
    det = (match.group("det") or "").lower()
    relation = RELATION.get((match.group("pre") or match.group("post") or "").lower(), "")
    if det == "el" and not relation:
        return None
    letter, most = PARTS[match.group("part").lower()]
    anchor = scan.ctx.anchor
    if anchor is None:
        return "DATE", None
    step = {"past": -1, "next": 1}.get(relation, 0)
    index = anchor.year * most + (anchor.month - 1) * most // 12 + step
    return "DATE", f"{index // most:04d}-{letter}{index % most + 1}"
