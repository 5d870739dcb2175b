"""Holidays, ranges, times of the story's day, "la víspera", jornadas; no model needed.

Every sentence is our own. The anchor (publication date) is Wednesday
2021-03-17; Easter Sunday 2021 is 4 April (2020: 12 April).
"""

from __future__ import annotations

from datetime import date

import pytest

from prensa.timex.component import find_timexes
from prensa.timex.holidays import easter
from prensa.timex.normalize import Tense
from test_timex_grammar import ANCHOR, _find

HOLIDAYS: list[tuple[str, str, Tense, str, str]] = [
    # (text, span, tense of its verb, type, value)
    ("El acuerdo se firmará antes de Navidad.", "Navidad", "future", "DATE", "2021-12-25"),
    ("Cenaron juntos en Nochebuena.", "Nochebuena", "past", "DATE", "2020-12-24"),
    (
        "Los niños esperan la noche de Reyes.",
        "la noche de Reyes",
        "future",
        "TIME",
        "2022-01-05TNI",
    ),
    ("El día de Reyes llovió.", "El día de Reyes", "past", "DATE", "2021-01-06"),
    ("Brindaron en Nochevieja.", "Nochevieja", "past", "DATE", "2020-12-31"),
    ("El día de Año Nuevo cerró.", "El día de Año Nuevo", "past", "DATE", "2021-01-01"),
    ("Se casarán la víspera de Navidad.", "la víspera de Navidad", "future", "DATE", "2021-12-24"),
    ("La Navidad de 2019 fue fría.", "La Navidad de 2019", "past", "DATE", "2019-12-25"),
    # a holiday names its date (GUIDELINES.md: "every expression that names a
    # date"; the dev annotation marks "Día Internacional de la Mujer")
    (
        "La marcha del Primero de Mayo salió de la plaza.",
        "Primero de Mayo",
        None,
        "DATE",
        "2021-05-01",
    ),
    (
        "Marcharán el Día Internacional de la Mujer.",
        "el Día Internacional de la Mujer",
        "future",
        "DATE",
        "2022-03-08",
    ),
    # movable feasts, counted from Easter
    (
        "Las procesiones de Semana Santa atraerán a miles.",
        "Semana Santa",
        "future",
        "DATE",
        "2021-W13",
    ),
    (
        "Las procesiones de Semana Santa atrajeron a miles.",
        "Semana Santa",
        "past",
        "DATE",
        "2020-W15",
    ),
    ("El Viernes Santo de 2019 cerró.", "El Viernes Santo de 2019", "past", "DATE", "2019-04-19"),
    ("Abrirá el Domingo de Ramos.", "el Domingo de Ramos", "future", "DATE", "2021-03-28"),
]


@pytest.mark.parametrize(("text", "span", "tense", "kind", "value"), HOLIDAYS)
def test_timex_recall_name_their_date(
    text: str, span: str, tense: Tense, kind: str, value: str
) -> None:
    found = _find(text, span, tense=tense)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Cenaron en Nochebuena.", "Nochebuena", "XXXX-12-24"),
        ("Los niños esperan la noche de Reyes.", "la noche de Reyes", "XXXX-01-05TNI"),
        ("Las procesiones de Semana Santa salieron.", "Semana Santa", None),
    ],
)
def test_timex_recall_without_date(text: str, span: str, value: str | None) -> None:
    assert _find(text, span, anchor=None).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Vive en la calle Primero de Mayo.",
        "La Isla de Navidad es australiana.",
        "Los Reyes de España viajaron a Quito.",
        "A fin de año se verá.",  # lower case: the end of the year, not Nochevieja
        "Vinieron todos los santos del pueblo.",
    ],
)
def test_timex_recall_names_and_lower_case_are_not_feasts(text: str) -> None:
    assert [f.rule for f in find_timexes(text, ANCHOR)].count("holiday") == 0


@pytest.mark.parametrize(
    ("year", "sunday"),
    [(2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2021, date(2021, 4, 4))],
)
def test_timex_recall_easter(year: int, sunday: date) -> None:
    assert easter(year) == sunday


# ---------------------------------------------------------------- days told from the story

STORY = [
    ("Se reunieron el lunes y al día siguiente firmaron.", "día siguiente", "DATE", "2021-03-16"),
    ("Llegó el jueves 4 de marzo; la víspera había avisado.", "la víspera", "DATE", "2021-03-03"),
    # counted from an event, not a date: the duration between them
    ("Dos días después de la votación hubo resultados.", "Dos días después", "DURATION", "P2D"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), STORY)
def test_timex_recall_days_told_from_the_story(text: str, span: str, kind: str, value: str) -> None:
    found = _find(text, span, tense="past")
    assert (found.type, found.value) == (kind, value)


# ---------------------------------------------------------------- ranges

RANGES = [
    # (text, guidelines spans, TimeML spans with values)
    (
        "La pena oscila entre dos y 8 meses de prisión.",
        [("dos y 8 meses", None)],
        [("dos", "P2M"), ("8 meses", "P8M")],
    ),
    (
        "Esperen de cuatro a seis semanas.",
        [("cuatro a seis semanas", None)],
        [("cuatro", "P4W"), ("seis semanas", "P6W")],
    ),
    (
        "Se quedan tres o cuatro días.",
        [("tres o cuatro días", None)],
        [("tres", "P3D"), ("cuatro días", "P4D")],
    ),
    # an age range is no timex in the guidelines, both ends durations in TimeML
    ("Ayuda a niños de dos a tres años.", [], [("dos", "P2Y"), ("tres años", "P3Y")]),
]


@pytest.mark.parametrize(("text", "guidelines", "timeml"), RANGES)
def test_timex_recall_ranges(
    text: str,
    guidelines: list[tuple[str, str | None]],
    timeml: list[tuple[str, str | None]],
) -> None:
    def spans(scheme: str) -> list[tuple[str, str | None]]:
        found = find_timexes(text, ANCHOR, scheme=scheme)  # type: ignore[arg-type]
        return [(text[f.start : f.end], f.value) for f in found if f.type == "DURATION"]

    assert spans("guidelines") == guidelines
    assert spans("timeml") == timeml


# ---------------------------------------------------------------- jornadas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tras una jornada de caos, hablaron.", ["una jornada"]),
        ("La Bolsa cerró tras varias jornadas con subidas.", ["varias jornadas"]),
        ("Intervino en unas jornadas sobre el agua.", []),  # a meeting
        ("Las empresas tuvieron una jornada reducida.", []),  # a working day
        ("El equipo lleva cinco jornadas sin ganar en la liga.", []),  # rounds of a league
        ("A falta de tres jornadas, lidera la clasificación.", []),
    ],
)
def test_timex_recall_jornadas(text: str, expected: list[str]) -> None:
    for scheme in ("guidelines", "timeml"):
        found = find_timexes(text, ANCHOR, scheme=scheme)  # type: ignore[arg-type]
        assert [text[f.start : f.end] for f in found if f.type == "DURATION"] == expected


# ---------------------------------------------------------------- times of the story's day

TIMES = [
    ("Los soldados vigilaban por la mañana.", "la mañana", "2021-03-17TMO"),
    ("El lunes 15 se reunieron y por la tarde firmaron.", "la tarde", "2021-03-15TAF"),
    ("Llegó el lunes 15. Por la noche cenaron.", "la noche", "2021-03-17TNI"),
    ("Aterrizó a las 8.15 hora local (07.15 GMT).", "07.15 GMT", "2021-03-17T07:15Z"),
    ("La cita, el lunes 15 a las 12:00 horas (16:00 UTC).", "16:00 UTC", "2021-03-15T16:00Z"),
    # the whole of a part of the day, its first hour, midnight and midday
    ("Los bomberos trabajaron durante toda la noche.", "toda la noche", "2021-03-17TNI"),
    ("El lunes 15 esperaron toda la mañana.", "toda la mañana", "2021-03-15TMO"),
    ("Llegaron a primera hora de la tarde.", "primera hora de la tarde", "2021-03-17TAF"),
    ("Cortaron la vía desde la medianoche.", "la medianoche", "2021-03-17T00:00"),
    ("El pleno se reunió a mediodía.", "mediodía", "2021-03-17TMI"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_timex_recall_times_of_the_story_day(text: str, span: str, value: str) -> None:
    found = _find(text, span, tense="past")
    assert (found.type, found.value) == ("TIME", value)


def test_timex_recall_next_morning_is_not_the_story_day() -> None:
    text = "A la mañana siguiente partieron; toda la noche siguiente y el mediodía de ayer."
    rules = [f.rule for f in find_timexes(text, ANCHOR)]
    assert not {"part_of_day_story", "whole_part_of_day_story", "midnight_midday_story"} & set(
        rules
    )


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("Durmió un par de horas.", "un par de horas", "DURATION", "PT2H"),
        ("Murió hace un par de meses.", "hace un par de meses", "DATE", "2021-01"),
    ],
)
def test_timex_recall_un_par_de_counts_two(text: str, span: str, kind: str, value: str) -> None:
    found = _find(text, span, tense="past")
    assert (found.type, found.value) == (kind, value)
