"""Words in marks that are no quotation (terms, names, titles) and slogans in
capitals that are.

The sentences are invented for these tests; each is a general Spanish pattern,
not a passage of an annotated article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _marked(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [
        text[q["start"] : q["end"]].strip('"“”«»')
        for q in doc._.prensa_quotes
        if q["kind"] != "indirect"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a label set off as a noun's apposition
        "Su estilo, el «dream pop», mezcla guitarras lentas con voces lejanas.",
        # a name right after a noun
        "La cooperativa «Tierra Viva» abrió una tienda en el barrio.",
        # a name mentioned as a name
        "El nombre de «FENIX» viene de las siglas del proyecto.",
        # a title whose following verb has its own subject before the marks
        "El actor, que trabaja en la serie «Horizonte», mantuvo una disputa con la cadena.",
    ],
)
def test_quotes_terms_are_no_quotation(nlp: Language, text: str) -> None:
    assert _marked(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a short fragment governed by a verb of saying stays a quotation
        ("El diputado Luis Prado calificó la reforma de «chapuza».", "chapuza"),
        ("Un diario local aseguraba el «cierre definitivo» de la fábrica.", "cierre definitivo"),
        # a title followed by its own cue is a quotation
        ("«Nunca Más», dijo la presidenta Elena Vidal al salir.", "Nunca Más"),
        # a fragment with a finite verb says something: no label, whatever the parse
        (
            'Diego Simeone reconoció tras el partido que su equipo "no estuvo fino" ayer.',
            "no estuvo fino",
        ),
    ],
)
def test_quotes_terms_with_cue_stay_quotations(nlp: Language, text: str, content: str) -> None:
    assert content in _marked(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Miles marchan en Lima\n«NADIE NOS VA A CALLAR»\nLas manifestantes recorrieron "
            "el centro.",
            "NADIE NOS VA A CALLAR",
        ),
        (
            'Crónica de la marcha\n“"LA VOZ DE TODAS"”\nLas vecinas llenaron la plaza.',
            "LA VOZ DE TODAS",
        ),
    ],
)
def test_quotes_terms_capital_slogan_on_its_line_is_quotation(
    nlp: Language, text: str, content: str
) -> None:
    assert [c.strip('"') for c in _marked(nlp, text)] == [content]
