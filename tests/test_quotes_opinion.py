"""Opinion frames "para X, ...": X is the source of the clause after the comma.

The sentences are invented for these tests; each is a general Spanish pattern,
not a passage of an annotated article.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from prensa.quotes.opinion import opens_clause


def _quotes(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    out = []
    for q in doc._.prensa_quotes:
        start, end = q["speaker_start"], q["speaker_end"]
        phrase = text[start:end] if start is not None else None
        out.append((q["kind"], text[q["start"] : q["end"]], phrase))
    return out


def _indirect(nlp: Language, text: str) -> list[str]:
    return [t for kind, t, _ in _quotes(nlp, text) if kind == "indirect"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "phrase"),
    [
        # a determiner and common nouns before the name: the name is the source
        (
            "Para la asociación vecinal Barrios Unidos, no existe ninguna razón para "
            "cerrar el parque.",
            "no existe ninguna razón para cerrar el parque",
            "Barrios Unidos",
        ),
        # mid-sentence, after "que,": an unnamed group
        (
            "Ocurre que, para los seguidores de Ramírez, todos los jueces del país son corruptos.",
            "todos los jueces del país son corruptos",
            "los seguidores de Ramírez",
        ),
    ],
)
def test_quotes_opinion_para_frame(nlp: Language, text: str, content: str, phrase: str) -> None:
    assert ("indirect", content, phrase) in _quotes(nlp, text)


@pytest.mark.model
def test_quotes_opinion_para_frame_before_marks(nlp: Language) -> None:
    text = "También para el diario francés Le Monde, «la reforma es un error y debe retirarse»."
    found = _quotes(nlp, text)
    assert [(t, p) for _, t, p in found] == [("la reforma es un error y debe retirarse", "Monde")]


@pytest.mark.model
def test_quotes_opinion_para_frame_holds_a_term(nlp: Language) -> None:
    """ "Para X, A es una «B»": the frame names the speaker of the marked term."""
    text = "Para Le Soir, las tesis del ministro suponen una «infantilización» de la política."
    found: list[Any] = _quotes(nlp, text)
    assert [(t, p) for _, t, p in found] == [("infantilización", "Soir")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lo compró para el 2021, cuando todo se calme.",
        "Ahorran para que, en el futuro, sus hijos estudien en la universidad.",
        "Es una buena noticia para los vecinos, que llevan años esperando la obra.",
        "Trabajó para la empresa Telefónica, donde dirigió el área de redes.",
        "Para llegar a tiempo, los obreros salieron a las cinco de la mañana.",
    ],
)
def test_quotes_opinion_para_of_purpose_is_no_frame(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a short form in brackets inside the frame
        (
            "«Es un buen acuerdo», dijo el ministro Luis Gil.\n\nPara la Asociación de "
            "Consumidores de Aragón (ACA), la tarifa «sigue siendo abusiva».",
            "Asociación de Consumidores de Aragón",
        ),
        # a long title before the name, after another speaker's quotation
        (
            "«Es un buen acuerdo», dijo el ministro Luis Gil.\n\nPara el responsable de "
            "vivienda de la asociación de vecinos del barrio de Delicias, Javier Soto, la "
            "reforma «llega tarde».",
            "Javier Soto",
        ),
    ],
)
def test_quotes_opinion_para_frame_long_or_bracketed(
    nlp: Language, text: str, speaker: str
) -> None:
    doc = nlp(text)
    last = doc._.prensa_quotes[-1]
    assert text[last["start"] : last["end"]].strip("«»") != "Es un buen acuerdo"
    found = [a["name"] for a in doc._.prensa_actors if a["id"] == last["speaker"]]
    assert found == [speaker]


@pytest.mark.model
def test_quotes_opinion_cue_inside_a_sentence_marks(nlp: Language) -> None:
    # "a juicio de X" set off inside a sentence is a source, as "según X" is
    text = (
        "«Hay que subir las tarifas», dijo el consejero Luis Vera.\n\nEl billete cuesta "
        "dos euros, un precio que, a juicio de la Federación de Consumidores, «es abusivo»."
    )
    doc = nlp(text)
    last = doc._.prensa_quotes[-1]
    assert text[last["start"] : last["end"]].strip("«»") == "es abusivo"
    found = [a["name"] for a in doc._.prensa_actors if a["id"] == last["speaker"]]
    assert found == ["Federación de Consumidores"]


@pytest.mark.model
def test_quotes_opinion_cue_inside_a_sentence_clause(nlp: Language) -> None:
    text = "La tarifa, en opinión del sindicato CCOO, es insuficiente para cubrir los costes."
    found = [(q["kind"], text[q["start"] : q["end"]], q["cue"]) for q in nlp(text)._.prensa_quotes]
    assert ("indirect", "es insuficiente para cubrir los costes", "en opinión de") in found


@pytest.mark.parametrize(
    ("words", "i", "expected"),
    [
        (["Llueve", ".", "Para", "la", "ONG", ",", "sí"], 2, True),
        (["Llueve", ",", "pero", "para", "la", "ONG", ",", "sí"], 3, True),
        # a closing bracket ends an aside, it opens no clause: "una multa (de
        # unos 380.000 dólares) para la campaña X y ..."
        (["multa", "(", "de", "dólares", ")", "para", "la", "campaña"], 5, False),
    ],
)
def test_quotes_opinion_para_opens_a_clause(
    blank_es: Language, words: list[str], i: int, expected: bool
) -> None:
    assert opens_clause(Doc(blank_es.vocab, words=words), i, 1) is expected
