"""The first-character gate that ``bounded`` puts before a timex pattern."""

from __future__ import annotations

import re

import pytest

from prensa.timex.component import rules
from prensa.timex.patterns import bounded, first_chars


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"(?:el|la)\s+mes", "el"),
        (r"(?:(?:el|la)\s+)?día", "eld"),
        (r"(?P<day>\d{1,2})\s+de", r"\d"),
        (r"[a-c]+", "a-c"),
        (r"(?:el\s+)?", None),  # may match empty
        (r".+", None),  # any character
        (r"[^x]y", None),
    ],
)
def test_patterns_first_chars(body: str, expected: str | None) -> None:
    assert first_chars(body) == expected


def test_patterns_gate_matches_the_same() -> None:
    text = (
        "El 3 de mayo de 2020, hace dos años, la semana pasada y este lunes; "
        "ÚLTIMO día del mes, Año Nuevo, 12.05.2021 a las 10:30 de la mañana."
    )
    for rule in rules("guidelines"):
        plain = rule.pattern.pattern.replace(f"(?=[{first_chars_of(rule.pattern)}])", "", 1)
        ungated = re.compile(plain, rule.pattern.flags)
        assert [m.span() for m in rule.pattern.finditer(text)] == [
            m.span() for m in ungated.finditer(text)
        ], rule.name


def first_chars_of(pattern: re.Pattern[str]) -> str:
    found = re.match(r"\(\?<!\\w\)\(\?=\[(.*?)\]\)", pattern.pattern)
    return found.group(1) if found else "\x00"


def test_patterns_bounded_is_whole_words() -> None:
    assert [m.group(0) for m in bounded("mes").finditer("Mes, semestre, mes")] == ["Mes", "mes"]
