"""Indirect quotations attributed by "según" without the usual commas.

The sentences are invented for these tests; each is a general Spanish pattern,
not a passage of an annotated article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import prensa


def _indirect(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [text[q["start"] : q["end"]] for q in doc._.prensa_quotes if q["kind"] == "indirect"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no comma after the source: it ends with the preposition's phrase
        (
            "Según Laura Benítez la reforma del puerto beneficia a las grandes navieras.",
            "la reforma del puerto beneficia a las grandes navieras",
        ),
        # "según" inside a relative: the rest of the relative is the content
        (
            "Citó el número de hogares que según sus estimaciones podrían quedarse sin luz "
            "si el frío continúa, cuando llegue enero.",
            "podrían quedarse sin luz si el frío continúa, cuando llegue enero",
        ),
        # "según" + a verb of saying with a dropped subject
        (
            "La conocía bien. Según decía, el secreto de su éxito era la paciencia.",
            "el secreto de su éxito era la paciencia",
        ),
    ],
)
def test_quotes_segun_without_comma(nlp: Language, text: str, content: str) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
def test_quotes_segun_source_with_relative_keeps_its_relative(nlp: Language) -> None:
    text = "Según fuentes que conocen la negociación, el acuerdo se firmará el lunes."
    assert _indirect(nlp, text) == ["el acuerdo se firmará el lunes"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Según la policía el lunes, el detenido huyó por la ventana.",
        "De acuerdo con el registro del hospital y hasta el pasado 12 de enero, las camas "
        "de urgencias estaban ocupadas.",
    ],
)
def test_quotes_segun_source_ends_before_a_time(nlp: Language, text: str) -> None:
    # a time that no comma sets off belongs to the clause, not to the source
    doc = nlp(text)
    (quote,) = [q for q in doc._.prensa_quotes if q["kind"] == "indirect"]
    source = text[quote["speaker_start"] : quote["speaker_end"]]
    assert source in {"la policía", "el registro del hospital"}
    assert not text[quote["start"] : quote["end"]].startswith(("el lunes", "y hasta"))


@pytest.mark.model
def test_quotes_segun_trailing_source_leaves_the_leading_one(nlp: Language) -> None:
    # "Según X, A, según el informe de Y": the trailing "según" does not take the
    # leading source into its content
    text = (
        "Ana Gil trabajó diez años en la empresa. Según la ingeniera, la compañía ignoró "
        "los avisos durante meses, según el informe interno de la exempleada."
    )
    assert _indirect(nlp, text) == ["la compañía ignoró los avisos durante meses"]


@pytest.mark.model
def test_quotes_segun_trailing_source_qualifies_the_relative_clause(nlp: Language) -> None:
    # "A, el cual B, según X": X vouches for B, not for the whole sentence
    text = (
        "Ana Gil presentó ayer el plan de empleo, el cual es el más ambicioso de la "
        "década, según la ministra."
    )
    assert _indirect(nlp, text) == ["el cual es el más ambicioso de la década"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "A su juicio, ...", "En su opinión, ...": the possessive stands for the one
        # the story is about, and the opinion is theirs
        (
            "El entrenador del Celta, Claudio Giráldez, se mostró satisfecho. A su juicio, "
            "sus jugadores hicieron «un partido muy serio».",
            "un partido muy serio",
            "claudio_giraldez",
        ),
        (
            "Pedro Ruiz habló ayer. En su opinión, la reforma llega tarde y no resuelve nada.",
            "la reforma llega tarde y no resuelve nada",
            "pedro_ruiz",
        ),
    ],
)
def test_quotes_segun_possessive_opinion_frame(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    doc = nlp(text)
    found = {text[q["start"] : q["end"]]: q["speaker"] for q in doc._.prensa_quotes}
    assert found[quote] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the document's issuer is the subject of the relative clause that says it
        # published it, and a time inside that clause does not cut the source
        "La tasa de inflación bajó en marzo, según los datos adelantados que publicó "
        "este viernes el Instituto Nacional de Estadística (INE).",
        "La tasa de paro bajó en marzo, según datos que publicó ayer el Instituto "
        "Nacional de Estadística.",
    ],
)
def test_quotes_segun_document_published_by(nlp: Language, text: str) -> None:
    doc = nlp(text)
    (quote,) = doc._.prensa_quotes
    assert quote["speaker"] == "instituto_nacional_de_estadistica"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Las cifras preocupan al Gobierno. Sin embargo, según la ministra, el plan "
            "llegará a tiempo.",
            "el plan llegará a tiempo",
        ),
        ("Por su parte, según fuentes policiales, hubo dos detenidos.", "hubo dos detenidos"),
    ],
)
def test_quotes_segun_after_a_discourse_connector(nlp: Language, text: str, content: str) -> None:
    # "Sin embargo, según X, ...": a connector before "según" leaves it opening the clause
    assert _indirect(nlp, text) == [content]


@pytest.mark.model
def test_quotes_segun_frames_a_partial_quotation_as_its_cue(nlp: Language) -> None:
    text = "Según Molina, el Ayuntamiento perdió dinero «como consecuencia directa de la gestión»."
    (q,) = nlp(text)._.prensa_quotes
    assert (q["kind"], q["cue"]) == ("partial", "según")
    assert text[q["cue_start"] : q["cue_end"]] == "Según"


@pytest.mark.model
def test_quotes_segun_source_takes_in_where_the_person_works(nlp: Language) -> None:
    text = (
        "Según el economista Diego Maldonado, de la consultora Quantum Andina, la crisis "
        "podría restar 1,5 puntos al PIB."
    )
    assert _indirect(nlp, text) == ["la crisis podría restar 1,5 puntos al PIB"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clock time's colon ends no clause
        (
            "Según fuentes policiales, los hechos ocurrieron sobre las 23:15 horas, cuando la "
            "víctima subió al piso.",
            "los hechos ocurrieron sobre las 23:15 horas, cuando la víctima subió al piso",
        ),
        # a participle set off by commas after the source is the source's
        (
            "Según el último balance oficial, difundido este lunes, hay 1.200 viviendas dañadas.",
            "hay 1.200 viviendas dañadas",
        ),
    ],
)
def test_quotes_segun_content_past_a_clock_and_a_participle(
    nlp: Language, text: str, content: str
) -> None:
    assert _indirect(nlp, text) == [content]


@pytest.mark.model
def test_quotes_segun_with_consignar_names_the_agency(nlp: Language) -> None:
    # "según consignó la agencia X": "consignar" (to put on record) reports, and
    # the subject after it is the source
    text = (
        "El ministro Luis Vega celebró el dato. El dólar cerró a 1.400 pesos, según "
        "consignó la agencia Télam."
    )
    quotes = prensa.analyze(text, nlp=nlp).quotes
    assert [(q.text, q.speaker) for q in quotes if q.kind == "indirect"] == [
        ("El dólar cerró a 1.400 pesos", "Télam")
    ]
