"""``prensa.timex.scan`` finds what each rule's own ``finditer`` finds, match
for match (spans and groups), on any text: the texts drawn here mix the
rules' words with the characters that ``re`` and ``str.lower`` treat apart
("ſ", "ı", "İ", the Kelvin sign, "µ") and letters beyond Latin-1 glued to
the words, where the scan must fall back or check what came before."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prensa.timex.component import rules, scans
from prensa.timex.gates import gate
from prensa.timex.normalize import Scheme
from prensa.timex.patterns import Rule
from prensa.timex.scan import WORD_START, _not_word_before, _word_starts, matches

# the rules' words, and characters that re and str.lower treat apart
WORDS = [
    "el",
    "la",
    "los",
    "de",
    "del",
    "al",
    "a",
    "las",
    "3",
    "25",
    "1º",
    "2020",
    "1998",
    "10:30",
    "12.05.2021",
    "mayo",
    "Mayo",
    "MAYO",
    "junio",
    "lunes",
    "Sábado",
    "domingo",
    "hace",
    "dos",
    "tres",
    "años",
    "meses",
    "semana",
    "semanas",
    "día",
    "días",
    "mañana",
    "tarde",
    "noche",
    "madrugada",
    "después",
    "antes",
    "luego",
    "próximo",
    "pasado",
    "último",
    "siglo",
    "XX",
    "Navidad",
    "Día",
    "Internacional",
    "Mujer",
    "víspera",
    "cada",
    "veces",
    "una",
    "vez",
    "por",
    "horas",
    "década",
    "ochenta",
    "primavera",
    "hoy",
    "ayer",
    "actualmente",
    "hora",
    "UTC",
    "GMT",
    "mes",
    "ſiglo",
    "ıunio",
    "İ",
    "K",
    "µ",
    "дни",
    "ДА",
    "mayoя",
    "añoś",
]
SEPARATORS = [" ", " ", " ", "", "\n", ", ", ". ", "  ", "«", "» ", "-", "(", ") "]

timex_text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=40
).map(lambda parts: "".join(w + s for w, s in parts))


Found = list[tuple[int, tuple[int, int], tuple[str | None, ...]]]


def reference(scheme: Scheme, text: str) -> Found:
    return [
        (order, m.span(), m.groups())
        for order, rule in enumerate(rules(scheme))
        for m in rule.pattern.finditer(text)
    ]


def scanned(scheme: Scheme, text: str) -> Found:
    return [(order, m.span(), m.groups()) for order, _, m in matches(scans(scheme), text)]


@pytest.mark.parametrize("scheme", ["guidelines", "timeml"])
@given(text=timex_text)
def test_scan_same_matches_as_finditer(scheme: Scheme, text: str) -> None:
    assert scanned(scheme, text) == reference(scheme, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "mayo",
        "el 3 de mayo",
        "Дel 3 de mayo",  # a letter beyond Latin-1 before "el": no match there
        "ſiglo XX y el siglo XXI",  # "ſ" is "s" to re, not to str.lower
        "la semana pasada, hace dos años y el 25 de diciembre de 2020",
        "el lunesel martes",
    ],
)
def test_scan_examples(text: str) -> None:
    for scheme in ("guidelines", "timeml"):
        assert scanned(scheme, text) == reference(scheme, text)  # type: ignore[arg-type]


def test_scan_reads_case_as_re_does() -> None:
    text = "ſiglo XX, el lunes"
    assert re.search("s", text[0], re.IGNORECASE)  # why: re equates "ſ" and "s"
    assert scanned("guidelines", text) == reference("guidelines", text)


@given(text=st.text() | timex_text)
def test_scan_word_starts_as_re(text: str) -> None:
    """The places after a character that may precede a word, read from the
    code points, are where ``re`` finds them (beyond Latin-1 too)."""
    before = re.compile(_not_word_before())
    assert _word_starts(text) == [0, *(m.end() for m in before.finditer(text))]


def test_scan_word_starts_lone_surrogate() -> None:
    assert _word_starts("\ud800x y") == [0, 1, 3]


@cache
def ungated(rule: Rule) -> re.Pattern[str]:
    """The rule's pattern without the gate ``bounded`` put after its lookbehind
    (a rule not made by ``bounded`` has none)."""
    source = rule.pattern.pattern
    if not source.startswith(WORD_START):
        return rule.pattern
    rest = source[len(WORD_START) :]
    lookahead = gate(rest)  # the gate's own lookahead adds no character: the same gate
    if not (lookahead and rest.startswith(lookahead)):
        return rule.pattern
    return re.compile(WORD_START + rest[len(lookahead) :], rule.pattern.flags)


@pytest.mark.parametrize("scheme", ["guidelines", "timeml"])
@given(text=timex_text)
def test_scan_gates_keep_every_match(scheme: Scheme, text: str) -> None:
    """A gate (up to four characters ahead) only spares work: each rule
    matches what it matches without it."""
    for rule in rules(scheme):
        assert [(m.span(), m.groups()) for m in rule.pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in ungated(rule).finditer(text)
        ]
