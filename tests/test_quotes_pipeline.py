"""The prensa_quotes component on sentences of our own (needs the model)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from prensa.quotes.component import HEADLINE_LEAD

pytestmark = pytest.mark.model


def _quotes(nlp: Language, text: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    doc = nlp(text)
    names = {a["id"]: a["name"] for a in doc._.prensa_actors or []}
    return doc._.prensa_quotes, names


def _spans(nlp: Language, text: str) -> list[tuple[str, str]]:
    quotes, _ = _quotes(nlp, text)
    return [(text[q["start"] : q["end"]], q["kind"]) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«La economía crecerá este año», afirmó la ministra.",
            [("La economía crecerá este año", "direct")],
        ),
        (
            "El alcalde calificó la obra de «un desastre absoluto».",
            [("un desastre absoluto", "partial")],
        ),
        (
            "Marta Gil aseguró que el paro bajará en otoño.",
            [("el paro bajará en otoño", "indirect")],
        ),
        (
            "Según la Guardia Civil, el incendio fue provocado por una colilla.",
            [("el incendio fue provocado por una colilla", "indirect")],
        ),
        (
            "El acuerdo llegará muy pronto, dicen los sindicatos.",
            [("El acuerdo llegará muy pronto", "indirect")],
        ),
        # dijo que A y que «B»: A is indirect, B is marked
        (
            "Ana Ruiz dijo que el plan funciona y que «nadie lo va a parar».",
            [("el plan funciona", "indirect"), ("nadie lo va a parar", "partial")],
        ),
        # a reporting aside between commas
        (
            "La espera, explica, se ha vuelto insoportable para las familias.",
            [("La espera, explica, se ha vuelto insoportable para las familias", "indirect")],
        ),
        # a title in marks inside the content does not make it a marked quotation
        (
            "El director aseguró que la serie «Los Serrano» fue un éxito de audiencia.",
            [("la serie «Los Serrano» fue un éxito de audiencia", "indirect")],
        ),
        # a quotation after a comma closes the content clause
        (
            "El sindicato sostuvo que los precios subirán un diez por ciento, «una mentira».",
            [("los precios subirán un diez por ciento", "indirect"), ("una mentira", "partial")],
        ),
        # a cue and a colon make a quotation of a single capitalised word
        ("Su portavoz, Eva Paz, dijo: «Ganaremos».", [("Ganaremos", "direct")]),
        # "..., según X, por lo que ...": the content ends with its clause
        (
            "Y, según la alcaldesa, la obra es ilegal, por lo que será recurrida.",
            [("la obra es ilegal", "indirect")],
        ),
    ],
)
def test_quotes_pipeline_finds(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lea también: «El Gobierno aprueba los presupuestos»",
        "Anoche vimos la película «Lo Que El Viento Se Llevó» en casa.",
        "Usó la palabra «resiliencia» tres veces en el discurso.",
    ],
)
def test_quotes_pipeline_skips_non_quotations(nlp: Language, text: str) -> None:
    assert _spans(nlp, text) == []


@pytest.mark.parametrize(
    ("lead", "related"),
    [
        ("Lea también:", True),
        ("Te puede interesar: ", True),
        # the words of a related-story link only as words: "goleador" holds "lea",
        # "conversó" holds "ver"
        ("El técnico dijo a su goleador:", False),
        ("Conversó con ella:", False),
    ],
)
def test_quotes_headline_lead_is_a_whole_word(lead: str, related: bool) -> None:
    assert bool(HEADLINE_LEAD.search(lead)) is related


def test_quotes_pipeline_interrupted_statement(nlp: Language) -> None:
    quotes, _ = _quotes(nlp, "«Esto», dijo Luis Soto, «es una vergüenza».")
    assert len(quotes) == 2
    assert quotes[0]["statement"] == quotes[1]["statement"]
    assert quotes[0]["speaker"] == quotes[1]["speaker"] is not None
    assert quotes[0]["cue"] == "decir"


def test_quotes_pipeline_pro_drop_carries_speaker(nlp: Language) -> None:
    text = (
        "Luis Soto habló ayer con los periodistas en Sevilla. «Vamos a ganar la liga», dijo. "
        "Además, aseguró que el equipo está preparado."
    )
    quotes, names = _quotes(nlp, text)
    assert len(quotes) == 2
    assert {names.get(q["speaker"]) for q in quotes} == {"Luis Soto"}


def test_quotes_pipeline_unnamed_speaker_becomes_nom_actor(nlp: Language) -> None:
    doc = nlp("«Hubo dos heridos leves», explicó un portavoz policial.")
    (quote,) = doc._.prensa_quotes
    actor = next(a for a in doc._.prensa_actors if a["id"] == quote["speaker"])
    assert actor["type"] == "NOM"
    assert actor["name"] == "un portavoz policial"
    assert doc.text[quote["speaker_start"] : quote["speaker_end"]] == "un portavoz policial"


def test_quotes_pipeline_impersonal_se_has_no_speaker(nlp: Language) -> None:
    quotes, _ = _quotes(nlp, "Por ahora se descarta que el ataque fuera un robo.")
    assert [q["speaker"] for q in quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative "que" with an impersonal "se": nobody, not the antecedent
        (
            "«Hay que esperar», dijo Ana Gil. Los inspectores visitaron el mercado "
            "central, que se cree que fue el origen del brote.",
            None,
        ),
        # a pronominal verb of saying has its subject: the antecedent
        ("El alcalde, que se quejó de que nadie le avisó, pidió explicaciones.", "El alcalde"),
    ],
)
def test_quotes_pipeline_relative_impersonal_se(
    nlp: Language, text: str, speaker: str | None
) -> None:
    quotes, names = _quotes(nlp, text)
    found = [q for q in quotes if q["kind"] == "indirect"]
    assert [names.get(q["speaker"], q["speaker"]) for q in found] == [speaker]


def test_quotes_pipeline_cue_and_source(nlp: Language) -> None:
    text = "Marta Gil, en una entrevista con la radio, recalcó que «no habrá recortes»."
    quotes, names = _quotes(nlp, text)
    (quote,) = quotes
    assert quote["cue"] == "recalcar"
    assert text[quote["cue_start"] : quote["cue_end"]] == "recalcó"
    assert names.get(quote["speaker"]) == "Marta Gil"


def test_quotes_pipeline_offsets_exclude_marks(nlp: Language) -> None:
    text = (
        "«Primero», dijo el entrenador, «hay que ganar». Su ayudante añadió: “Ya veremos”.\n"
        'El club aseguró que "todo sigue igual" y pidió calma.'
    )
    quotes, _ = _quotes(nlp, text)
    assert len(quotes) == 4
    for q in quotes:
        content = text[q["start"] : q["end"]]
        assert content == content.strip()
        assert content[0] not in '«“"' and content[-1] not in '»”"'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Según informa la prensa local, el alcalde dijo que «todo va bien».", "la prensa local"),
        (
            "Como publica la agencia oficial, el ministro aseguró que «no habrá cambios».",
            "la agencia oficial",
        ),
        (
            "Marta Gil, en una entrevista con la radio pública, dijo que «no habrá recortes».",
            "la radio pública",
        ),
        ("La empresa aseguró en un comunicado que «no habrá despidos».", "un comunicado"),
        ("«No habrá despidos», dijo Ana Ruiz.", None),
    ],
)
def test_quotes_pipeline_source(nlp: Language, text: str, expected: str | None) -> None:
    quotes, _ = _quotes(nlp, text)
    assert [q["source"] for q in quotes] == [expected]


def test_quotes_pipeline_multi_paragraph_statement(nlp: Language) -> None:
    text = "«No vamos a ceder.\n«Nunca lo haremos», afirmó la portavoz del sindicato, Lucía Gómez."
    quotes, names = _quotes(nlp, text)
    assert [text[q["start"] : q["end"]] for q in quotes] == [
        "No vamos a ceder.",
        "Nunca lo haremos",
    ]
    assert quotes[0]["statement"] == quotes[1]["statement"]
    assert {names.get(q["speaker"]) for q in quotes} == {"Lucía Gómez"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Saltan al río.\n\n"Me la estoy jugando", reconoce uno de ellos.', "uno de ellos"),
        ("«Os van a multar», avisaban algunos vecinos.", "algunos vecinos"),
    ],
)
def test_quotes_pipeline_inverted_unnamed_speaker(nlp: Language, text: str, expected: str) -> None:
    quotes, names = _quotes(nlp, text)
    assert [names.get(q["speaker"]) for q in quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the source's apposition belongs to the source, not to the content
        (
            "Según Ana Pérez, portavoz del Gobierno, el acuerdo está cerca de cerrarse.",
            "el acuerdo está cerca de cerrarse",
            "Ana Pérez",
        ),
        (
            "De acuerdo con el coronel Luis Mora, jefe de la Policía Local, los detenidos "
            "robaban coches.",
            "los detenidos robaban coches",
            "Luis Mora",
        ),
        # a relative clause inside the content is no apposition of the source
        (
            "Según Ana Pérez, el acuerdo, que se firmó ayer, está cerca de cumplirse.",
            "el acuerdo, que se firmó ayer, está cerca de cumplirse",
            "Ana Pérez",
        ),
    ],
)
def test_quotes_pipeline_segun_skips_appositions(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    quotes, names = _quotes(nlp, text)
    assert [(text[q["start"] : q["end"]], names.get(q["speaker"])) for q in quotes] == [
        (content, speaker)
    ]


def test_quotes_pipeline_title_tagged_as_adjective_refers_back(nlp: Language) -> None:
    """The model tags "oficial" in "el oficial" as an adjective; it is still a title."""
    text = (
        "El comisario Pedro Sanz explicó que la banda operaba de noche. "
        "«Los atraparemos a todos», afirmó el oficial."
    )
    quotes, names = _quotes(nlp, text)
    assert [names.get(q["speaker"]) for q in quotes] == ["Pedro Sanz", "Pedro Sanz"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a work noun before the marks is the subject of what was said, not a label:
        # a title opens with a capital
        ("Miguel Tellado aseguró que el plan «llega tarde y mal».", ["llega tarde y mal"]),
        ("Vimos la serie «Los Simpson» ayer.", []),
    ],
)
def test_quotes_pipeline_lowercase_marks_after_a_work_noun(
    nlp: Language, text: str, quoted: list[str]
) -> None:
    quotes, _ = _quotes(nlp, text)
    assert [text[q["start"] : q["end"]] for q in quotes if q["kind"] != "indirect"] == quoted
    assert not [q for q in quotes if q["kind"] == "indirect"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a title a verb of publishing introduces, or a noun of works explains
        ("Lucía Ferrándiz presenta «La casa de los relojes», su novela más personal.", []),
        ("La hidróloga acaba de publicar «Cuencas vacías», un ensayo sobre la sequía.", []),
        # titles in sentence case and straight single quotes, as the culture
        # pages write them: after a noun of film or stage (also with a comma), a
        # verb of showing, or "bautizada como"
        ("El director estrena en Venecia 'Un mar sin orillas', su segundo largometraje.", []),
        ("La actriz triunfó con su ópera prima, 'Todas las tardes', en el festival.", []),
        ("El museo expone 'Mujer leyendo junto al río', cedida por un coleccionista.", []),
        ("La gira, bautizada como 'Lo que nos queda', llegará a Bilbao.", []),
        # but words that a verb of saying follows are said
        ("El ministro presentó el plan: «Nadie quedará atrás», dijo.", ["Nadie quedará atrás"]),
        ("La ministra advirtió: 'No vamos a regalar nada'.", ["No vamos a regalar nada"]),
    ],
)
def test_quotes_pipeline_titles_of_published_works(
    nlp: Language, text: str, quoted: list[str]
) -> None:
    quotes, _ = _quotes(nlp, text)
    assert [text[q["start"] : q["end"]] for q in quotes] == quoted
