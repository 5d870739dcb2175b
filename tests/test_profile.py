"""The document profile: requirements, language and genre."""

from __future__ import annotations

import numpy as np
import pytest

from prensa.profile.component import NO_REQUIREMENTS, requirement_cues
from prensa.profile.language import (
    MIN_CONFIDENCE,
    WINDOW,
    _automaton,
    _identifier,
    classify,
    features,
    identify,
)

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
    assert profile.language_confidence >= 0.99
    assert profile.warnings == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the agreement was close, according to the press.", "en"),
        ("Le ministre a déclaré que l'accord était proche, selon la presse.", "fr"),
        ("El ministro aseguró que el acuerdo estaba cerca, según la prensa.", "es"),
        ("O ministro afirmou que o acordo estava próximo, segundo a imprensa.", "pt"),
        ("Der Minister sagte, die Einigung sei nahe, berichtete die Presse.", "de"),
    ],
)
def test_profile_language_guess(nlp, text: str, language: str) -> None:  # type: ignore[no-untyped-def]
    import prensa

    profile = prensa.analyze(text, nlp=nlp).profile
    assert profile.language == language
    assert bool(profile.warnings) == (language != "es")


# One paragraph of news prose per language, the same story in each.
PARAGRAPHS = {
    "es": "El ministro de Asuntos Exteriores afirmó el martes que las negociaciones con "
    "los socios europeos avanzan despacio, pero que el acuerdo sigue siendo posible "
    "antes de fin de año, según la prensa local.",
    "fr": "Le ministre des Affaires étrangères a déclaré mardi que les négociations avec "
    "ses partenaires européens avançaient lentement, mais que l'accord restait possible "
    "avant la fin de l'année, selon la presse locale.",
    "en": "The foreign minister said on Tuesday that talks with European partners were "
    "moving slowly, but that an agreement was still possible before the end of the "
    "year, according to local press reports.",
    "de": "Der Außenminister sagte am Dienstag, die Verhandlungen mit den europäischen "
    "Partnern kämen nur langsam voran, eine Einigung sei aber vor Jahresende noch "
    "möglich, berichtete die örtliche Presse.",
    "pt": "O ministro dos Negócios Estrangeiros afirmou na terça-feira que as negociações "
    "com os parceiros europeus avançam lentamente, mas que o acordo ainda é possível "
    "antes do fim do ano, segundo a imprensa local.",
    "ca": "El ministre d'Afers Exteriors va dir dimarts que les negociacions amb els socis "
    "europeus avancen lentament, però que l'acord encara és possible abans de final "
    "d'any, segons la premsa local.",
}


@pytest.mark.parametrize(("language", "text"), PARAGRAPHS.items())
def test_profile_language_identify_paragraph(language: str, text: str) -> None:
    found, confidence = identify(text)
    assert found == language
    assert confidence >= 0.95


@pytest.mark.parametrize(
    "text", ["", "   ", "Madrid", "EFE", "Pedro Sánchez", "12 de marzo de 2024", "OTAN"]
)
def test_profile_language_too_short_to_tell(text: str) -> None:
    language, confidence = identify(text)
    assert language == "und"
    assert 0.0 <= confidence < MIN_CONFIDENCE


@pytest.mark.model
@pytest.mark.parametrize("text", ["Madrid", "«No», dijo.", "Real Madrid 2 - Barcelona 1"])
def test_profile_short_text_no_language_warning(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    import prensa

    profile = prensa.analyze(text, nlp=nlp).profile
    assert profile.language in ("es", "und")
    assert profile.warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        *PARAGRAPHS.values(),
        "",
        "Madrid",
        "OTAN",
        "EL GOBIERNO APRUEBA LA REFORMA",  # all capitals: py3langid lowers them
        "«No», dijo.\n\nSegún la agencia EFE, el 12 de marzo de 2024 a las 10.30 h…",
        "日本の首相は火曜日に記者会見を開いた。",
        "Министр заявил во вторник, что переговоры продолжаются.",
        "café\u0301 cafe\u0301",  # not NFC: py3langid normalises it
    ],
)
def test_profile_language_classify_same_as_py3langid(text: str) -> None:
    assert classify(text) == _identifier().classify(text)


@pytest.mark.parametrize(
    "text",
    [*PARAGRAPHS.values(), "", "a", "«No», dijo.\n\nSegún la agencia EFE, el 12 de marzo."],
)
def test_profile_language_features_as_py3langid_counts_them(text: str) -> None:
    from py3langid.langid import visit_counts

    identifier = _identifier()
    data = identifier._encode(text)
    keys, counts = features(data)
    visits = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
    assert list(zip(keys.tolist(), counts.tolist(), strict=True)) == list((visits or {}).items())


def test_profile_language_automaton_forgets_past_window() -> None:
    """After WINDOW bytes the automaton is in the same state from any start,
    which is what lets ``features`` find every state at once."""
    moves, rows, _ = _automaton()
    n = len(rows)
    every_byte = np.arange(256)
    # pairs of states not yet the same (from any state, from the start), as a * n + b
    pairs = np.arange(n, dtype=np.int64) * n
    for _ in range(WINDOW):
        a = moves[(rows[pairs // n, None] + every_byte).ravel()].astype(np.int64)
        b = moves[(rows[pairs % n, None] + every_byte).ravel()].astype(np.int64)
        pairs = np.unique((a * n + b)[a != b])
    assert len(pairs) == 0
