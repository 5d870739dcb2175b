"""The gates that ``bounded`` puts before a timex pattern, and the words a
rule's matches must hold (``prensa.timex.gates``)."""

from __future__ import annotations

import re

import pytest

from prensa.timex.gates import first_chars, gate, never_empty, prefixes
from prensa.timex.patterns import bounded

TEXT = (
    "El 3 de mayo de 2020, hace dos años, la semana pasada y este lunes; "
    "ÚLTIMO día del mes, Año Nuevo, 12.05.2021 a las 10:30 de la mañana, "
    "ella dijo que el mes, los meses y la mesa: 1º de junio, a-c y b."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"(?:el|la)\s+mes", "el"),
        (r"(?:(?:el|la)\s+)?día", "del"),
        (r"(?P<day>\d{1,2})\s+de", r"\d"),
        (r"[a-c]+", "a-c"),
        (r"(?:el\s+)?", None),  # may match empty
        (r".+", None),  # any character
        (r"[^x]y", None),
    ],
)
def test_patterns_first_chars(body: str, expected: str | None) -> None:
    assert first_chars(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"(?:el|la)\s+mes", {"el", "la"}),
        (r"(?:(?:el|la)\s+)?día", {"el", "la", "dí"}),
        (r"(?:el\s+)?", None),  # may be shorter than two
        (r"a(?:b|c?)", None),
        (r"a\s*b", {r"a\s", "ab"}),
        (r"\d{4}", {r"\d\d"}),
        (r"[a-c]x", {"a-cx"}),
    ],
)
def test_patterns_prefixes(body: str, expected: set[str] | None) -> None:
    found = prefixes(body, 2)
    assert (None if found is None else {"".join("".join(c) for c in p) for p in found}) == expected


@pytest.mark.parametrize(
    "body",
    [
        r"(?:el|la)\s+mes",
        r"(?:(?:el|la)\s+)?(?:día|mes(?:es)?)",
        r"(?P<day>\d{1,2}|1\.?º)\s+de\s+(?P<month>mayo|junio)",
        r"(?:más\s+de\s+)?(?:dos|\d+)\s+años",
        r"a-c|[a-c]\s+y",
        r"(?:ÚLTIMO|primer)\s+día",
    ],
)
def test_patterns_gate_matches_the_same(body: str) -> None:
    ungated = re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)
    assert gate(body)  # a gate was found
    gated = bounded(body)
    assert [m.span() for m in gated.finditer(TEXT)] == [m.span() for m in ungated.finditer(TEXT)]
    assert [m.span() for m in gated.finditer(TEXT.upper())] == [
        m.span() for m in ungated.finditer(TEXT.upper())
    ]


def test_patterns_bounded_is_whole_words() -> None:
    assert [m.group(0) for m in bounded("mes").finditer("Mes, semestre, mes")] == ["Mes", "mes"]


def test_patterns_never_empty() -> None:
    assert never_empty(r"(?<!\w)(?=[e])el(?!\w)")
    assert not never_empty(r"(?:el\s+)?")
