"""Pairing quotation marks (pure function, no model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prensa.quotes.marked import pair_marks


def _contents(text: str) -> list[str]:
    return [text[m.start : m.end] for m in pair_marks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dijo: «Vamos a ganar».", ["Vamos a ganar"]),
        ("Dijo: “Vamos a ganar”.", ["Vamos a ganar"]),
        ('Dijo: "Vamos a ganar".', ["Vamos a ganar"]),
        ("Dijo: ‘Vamos a ganar’.", ["Vamos a ganar"]),
        # straight marks pair by position
        ('Habló de "paz" y de "justicia".', ["paz", "justicia"]),
        # nested marks make no new stretch
        ("«Me dijo “nunca” y se fue», contó.", ["Me dijo “nunca” y se fue"]),
        ('“Leí "El Quijote" dos veces”, dijo.', ['Leí "El Quijote" dos veces']),
        # a quotation interrupted by its attribution: two stretches
        ("«Esto», dijo, «es falso».", ["Esto", "es falso"]),
        # mismatched kinds still pair
        ('La serie “Los Picapiedra" fue buena.', ["Los Picapiedra"]),
        ("”Nadie lo sabía” admitió.", ["Nadie lo sabía"]),
        # apostrophes are no marks
        ("Lo publicó l'Équipe: «Fue un robo».", ["Fue un robo"]),
    ],
)
def test_quotes_marked_pairs(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unclosed mark ends with its paragraph and hides nothing after it
        ("Gritó: «No pasarán\nLuego dijo: «Ya veremos».", ["No pasarán", "Ya veremos"]),
        # a quotation over two paragraphs: one stretch per paragraph
        ("«Primera parte.\n«Segunda parte», dijo.", ["Primera parte.", "Segunda parte"]),
        # a list of quoted words with closing marks missing
        ("Lo llamó «torpe, «lento, «gris» y «vago».", ["torpe", "lento", "gris", "vago"]),
        # a missing opening mark after a sentence's end
        ('Dijo "algo". Nadie vendrá a ayudarnos."', ["algo", "Nadie vendrá a ayudarnos."]),
        # the same mark opening again while one is open: the first was never closed
        # and ends with its sentence; the later quotation is found on its own
        (
            "Añadió que “no hay tiempo. Ana Gil también habló. Gil pidió “calma” ayer.",
            ["no hay tiempo.", "calma"],
        ),
        # ... but a nested quotation in another glyph leaves the open one as it is
        (
            'Dijo: “Leí "El Quijote" y lo dejé. Nunca volví\nLuego se fue.',
            ['Leí "El Quijote" y lo dejé. Nunca volví'],
        ),
    ],
)
def test_quotes_marked_survives_broken_marks(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


def test_quotes_marked_offsets_point_into_text() -> None:
    text = 'Primero «uno».\n\nDespués “dos” y "tres".'
    for m in pair_marks(text):
        assert text[m.start - 1] in '«“"'
        assert text[m.end] in '»”"'


@pytest.mark.parametrize("unit", ["«", "Sí.» ", '"a" ', "«uno, "])
def test_quotes_marked_work_grows_linearly(
    count_calls: Callable[[Callable[[], object]], int], unit: str
) -> None:
    """Four times the marks cost about four times the calls (quadratic would be 16)."""
    pair_marks(unit * 10)  # warm up
    small = count_calls(lambda: pair_marks(unit * 2_000))
    large = count_calls(lambda: pair_marks(unit * 8_000))
    assert large < 6 * small
