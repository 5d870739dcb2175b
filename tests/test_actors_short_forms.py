"""``prensa.actors.spans.short_forms`` finds what ``SHORT_FORM.finditer``
finds, match for match, on any text: the texts drawn here are lower-case
words, capitals, brackets and short forms glued or spaced every way."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prensa.actors.spans import SHORT_FORM, short_forms

PIECES = ["el", "salario", "mínimo", "ñu", "é", "Salario", "X", "(SMI)", "(IA)", "(ABCDEFG)"]
PIECES += ["(", ")", ".", ",", "«", "1"]
SEPARATORS = ["", " ", " ", "  ", "\n", "\t", "\u00a0"]

short_form_text = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=40
).map(lambda parts: "".join(p + s for p, s in parts))


def spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


@given(text=short_form_text)
def test_actors_short_forms_same_as_finditer(text: str) -> None:
    assert spans(list(short_forms(text))) == spans(list(SHORT_FORM.finditer(text)))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "(SMI)",
        "el salario mínimo interprofesional (SMI) y la inteligencia artificial (IA)",
        "Salario mínimo (SM)",  # the match starts inside the capitalised word
        "uno dos (AB)(CD) tres cuatro (CD)",
        "a b c d e f g h i (AB)",  # more words than a match takes
    ],
)
def test_actors_short_forms_examples(text: str) -> None:
    assert spans(list(short_forms(text))) == spans(list(SHORT_FORM.finditer(text)))
