"""The document profile: requirements, language and genre."""

from __future__ import annotations

import pytest

from prensa.profile.component import NO_REQUIREMENTS, requirement_cues

SPEC = (
    "Requisitos del servicio de consulta.\n"
    "El sistema debe responder a cada petición en menos de 200 ms.\n"
    "El servidor deberá disponer de al menos 16 GB de memoria RAM y 8 núcleos.\n"
    "La plataforma tiene que atender 500 req/s con una disponibilidad del 99,9 %.\n"
    "The API shall return results within 2 seconds for 95% of requests.\n"
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("El sistema debe responder en menos de 200 ms.", "performance"),
        ("El servidor deberá tener 32 GB de memoria RAM.", "hardware"),
        ("La aplicación tiene que registrar a cada usuario.", "system"),
        ("Debe atender 1000 req/s sin degradarse.", "performance"),
        ("The system shall handle 500 concurrent users.", "performance"),
        ("The database server must have 64 GB of memory.", "hardware"),
        ("La latencia no debe superar los 50 milisegundos.", "performance"),
    ],
)
def test_profile_finds_requirement(sentence: str, kind: str) -> None:
    found = requirement_cues(sentence)
    assert found is not None
    assert found[0] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Rusia debe retirar sus tropas de la frontera.",
        "El Gobierno deberá explicar el acuerdo en el Congreso.",
        "El sistema sanitario debe reforzarse antes del invierno.",
        "El paro bajó un 5 % en marzo, según el ministerio.",
        "El atleta recorrió los 100 metros en 9,8 segundos.",
        "La Comisión tiene que decidir antes del lunes.",
        "Putin ha expresado su apoyo al Gobierno sirio.",
    ],
)
def test_profile_ignores_news_prose(sentence: str) -> None:
    assert requirement_cues(sentence) is None


@pytest.mark.model
def test_profile_specification_document(nlp) -> None:  # type: ignore[no-untyped-def]
    import prensa

    analysis = prensa.analyze(SPEC, nlp=nlp)
    profile = analysis.profile
    assert len(profile.requirements) >= 4
    assert profile.defines_requirements
    assert profile.genre == "technical specification"
    for req in profile.requirements:
        assert SPEC[req.start : req.end] == req.text


@pytest.mark.model
def test_profile_seed_article_defines_no_requirement(nlp, seed_text) -> None:  # type: ignore[no-untyped-def]
    import prensa

    profile = prensa.analyze(seed_text, nlp=nlp).profile
    assert profile.requirements == ()
    assert not profile.defines_requirements
    assert profile.verdict == NO_REQUIREMENTS
    assert profile.genre == "news article"
    assert profile.language == "es"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the agreement was close, according to the press.", "en"),
        ("Le ministre a déclaré que l'accord était proche, selon la presse.", "fr"),
        ("El ministro aseguró que el acuerdo estaba cerca, según la prensa.", "es"),
    ],
)
def test_profile_language_guess(nlp, text: str, language: str) -> None:  # type: ignore[no-untyped-def]
    import prensa

    profile = prensa.analyze(text, nlp=nlp).profile
    assert profile.language == language
    assert bool(profile.warnings) == (language != "es")
