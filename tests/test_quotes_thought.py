"""Verbs of thought, perception and ensuring: opinions, not actions of the mind.

The sentences are invented for these tests; each is a general Spanish pattern
(RAE-ASALE, Nueva gramática §43.2), not a passage of an annotated article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from prensa import lexicon


def _indirect(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [text[q["start"] : q["end"]] for q in doc._.prensa_quotes if q["kind"] == "indirect"]


def test_quotes_thought_verbs_list_keeps_verbs_of_saying_out() -> None:
    verbs = lexicon.column("quotes", "thought_verbs", "lemma")
    assert {"creer", "pensar", "garantizar", "observar"} <= verbs
    assert not {"decir", "afirmar", "asegurar", "recordar"} & verbs


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a person's opinion is reported speech
        (
            "La economista Marta Gil cree que la inflación bajará en otoño.",
            "la inflación bajará en otoño",
        ),
        (
            "Varios analistas consideran que el mercado está sobrevalorado.",
            "el mercado está sobrevalorado",
        ),
        # impersonal hearsay inside a relative still reports
        (
            "Visitaron el viejo puerto, que se cree que fue el primero de la costa.",
            "fue el primero de la costa",
        ),
    ],
)
def test_quotes_thought_opinion_is_indirect(nlp: Language, text: str, content: str) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a negative quantifier: nobody held the opinion
        "Nadie pensó que la película sería un éxito.",
        # a gerund of manner or purpose
        "El hospital reorganizó sus turnos, garantizando que los casos graves fueran "
        "atendidos primero.",
        "Desde hace meses, la ciudad está observando que los alquileres suben sin freno.",
        # an indirect question of doubt
        "El martes el portero dudó sobre si debía salir al campo.",
        # a noun between the verb and "que": the noun's relative
        "El candidato entendió pronto el valor que una buena campaña podía tener.",
        # a relative describing a noun
        "Los vecinos hablaban de un incendio que creían que había empezado en el sótano.",
    ],
)
def test_quotes_thought_no_speech(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
def test_quotes_thought_inside_recalled_content_is_one_item(nlp: Language) -> None:
    text = (
        "En su blog, la escritora Inés Mora recordó que se quedó sola en casa y pensó "
        "que nadie volvería."
    )
    assert _indirect(nlp, text) == ["se quedó sola en casa y pensó que nadie volvería"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # past a predicative adjective or participle
        (
            "El juez considera probado que el acusado atacó a la víctima.",
            "el acusado atacó a la víctima",
        ),
        # past the document it was said in
        (
            "La Cámara estimó en su informe anual que las pérdidas superan los 1.200 millones.",
            "las pérdidas superan los 1.200 millones",
        ),
        # a verb of saying past a connective the tagger splits ("no" a particle)
        (
            "La investigadora subrayó, no obstante, que los resultados se han obtenido en ratones.",
            "los resultados se han obtenido en ratones",
        ),
    ],
)
def test_quotes_thought_opinion_past_a_predicative_or_a_document(
    nlp: Language, text: str, content: str
) -> None:
    assert _indirect(nlp, text) == [content]
