"""The actor component inside the full pipeline, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _actors(nlp: Language, text: str) -> dict[str, dict[str, Any]]:
    doc = nlp(text)
    return {a["name"]: a for a in doc._.prensa_actors}


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Angela Merkel visitó Madrid. Después, Merkel habló con la prensa.",
            "Angela Merkel",
            "Merkel",
        ),
        (
            "El Partido Nacionalista Vasco (PNV) votó en contra. El PNV lo anunció ayer.",
            "Partido Nacionalista Vasco",
            "PNV",
        ),
        (
            "Emmanuel Macron llegó a Bruselas. El presidente dijo que la reunión fue útil.",
            "Emmanuel Macron",
            "El presidente",
        ),
    ],
)
def test_actors_aliases(nlp: Language, text: str, name: str, alias: str) -> None:
    actors = _actors(nlp, text)
    assert name in actors
    assert alias in actors[name]["aliases"]


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Así lo explicó ayer Pedro Gómez en la radio.", "Así"),
        ("Según Pedro Gómez, el acuerdo está cerca.", "Según"),
        ("La reforma respeta el Derecho Internacional, dijo Ana Ruiz.", "Derecho Internacional"),
    ],
)
def test_actors_no_spurious(nlp: Language, text: str, not_actor: str) -> None:
    assert not_actor not in _actors(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("El Ministerio de Hacienda publicó los datos.", "Ministerio de Hacienda", "ORG"),
        ("Las tropas llegaron a Ucrania el lunes.", "Ucrania", "LOC"),
        # a destination after a verb of movement is a place
        ("El equipo viajará a Múnich el próximo martes.", "Múnich", "LOC"),
        ("El presidente criticó a Sánchez por el acuerdo.", "Sánchez", "PER"),
        # a dateline in capitals names the city of the dispatch
        ("BOGOTÁ. La Policía Nacional capturó ayer a tres personas.", "BOGOTÁ", "LOC"),
        ("LIMA, 3 may. El Gobierno aprobó el plan de vivienda.", "LIMA", "LOC"),
        # an adjective of the agency is no title of a person
        ("Lo informó la agencia de noticias oficial SANA.", "SANA", "ORG"),
    ],
)
def test_actors_types(nlp: Language, text: str, name: str, type_: str) -> None:
    assert _actors(nlp, text)[name]["type"] == type_


def test_actors_demonym_is_mention_not_alias(nlp: Language) -> None:
    doc = nlp("Francia envió ayuda. Las tropas francesas llegaron el lunes.")
    france = next(a for a in doc._.prensa_actors if a["name"] == "Francia")
    kinds = {
        doc.text[m["start"] : m["end"]]: m["kind"]
        for m in doc._.prensa_mentions
        if m["actor"] == france["id"]
    }
    assert kinds.get("francesas") == "demonym"
    assert "francesas" not in france["aliases"]


def test_actors_mentions_point_into_text(nlp: Language) -> None:
    doc = nlp("María López, ministra de Trabajo, habló en Sevilla. La ministra insistió.")
    ids = {a["id"] for a in doc._.prensa_actors}
    for m in doc._.prensa_mentions:
        assert m["actor"] in ids
        assert 0 <= m["start"] < m["end"] <= len(doc.text)


@pytest.mark.model
def test_actors_a_heading_in_capitals_is_no_name(nlp: Language) -> None:
    # a section's heading on a line of its own ("ladillo"): no actor, no speaker
    text = (
        "El Cádiz ganó 2-0 al Elche. Los amarillos, la Marea del sur, dominaron.\n\n"
        "FIESTA EN LA MAREA\n\nEl club informó de que hubo 20.000 espectadores."
    )
    names = set(_actors(nlp, text))
    assert not any("FIESTA" in name for name in names)
    assert "Cádiz" in names


@pytest.mark.model
def test_actors_an_agency_told_then_the_one_who_told_it(nlp: Language) -> None:
    # "explicó a Efe X": the agency, then the person; the model makes one name
    text = "«No hay agua desde el lunes», explicó a Efe Irina Kovalenko, enfermera de 40 años."
    actors = _actors(nlp, text)
    assert actors["Irina Kovalenko"]["type"] == "PER"
    assert "Efe Irina Kovalenko" not in actors
