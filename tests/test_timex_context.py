"""Compound expressions, the story's own dates and "hoy" as "nowadays", without the model.

Every sentence is our own (issue 14's error classes). The anchor is
Wednesday 2021-03-17 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from prensa.timex.component import find_timexes
from prensa.timex.normalize import Tense
from test_timex_grammar import ANCHOR


def _values(text: str, anchor: date | None = ANCHOR, tense: Tense = None) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.value for f in find_timexes(text, anchor, lambda _: tense)}


CASES = [
    # a capitalised month after a preposition of time is a month
    ("Las ventas cayeron en Febrero.", "past", "Febrero", "2021-02"),
    ("Subió entre diciembre y Febrero.", "past", "Febrero", "2021-02"),
    # compounds kept whole
    ("Las cifras de marzo 2018 fueron peores.", None, "marzo 2018", "2018-03"),
    ("El vuelo duró dos horas con diez minutos.", None, "dos horas con diez minutos", "PT2H10M"),
    (
        "El paro bajó en el primer semestre de 2019.",
        "past",
        "el primer semestre de 2019",
        "2019-H1",
    ),
    ("Creció en el último trimestre de 2020.", "past", "el último trimestre de 2020", "2020-Q4"),
    ("Lo detuvieron el martes por la noche.", "past", "el martes por la noche", "2021-03-16TNI"),
    # a bare month takes the year the text gave it
    (
        "La fábrica cerró en noviembre de 2018. En noviembre ya no quedaba nadie.",
        "past",
        "noviembre",
        "2018-11",
    ),
    ("Hubo protestas en septiembre y octubre de 2019.", "past", "septiembre", "2019-09"),
    ("Se conoció en abril de 2017; el 9 de abril dimitió.", "past", "el 9 de abril", "2017-04-09"),
    # "de este mes" is the publication's month
    ("La vista se aplaza al 24 de este mes.", None, "24 de este mes", "2021-03-24"),
    # phrases
    ("El tren llegará dentro de poco.", None, "dentro de poco", "FUTURE_REF"),
    ("El día de hoy se votó la ley.", "past", "El día de hoy", "2021-03-17"),
    # "hoy" as "nowadays"
    ("«Hoy la gente lee menos que antes», dijo.", "present", "Hoy", "PRESENT_REF"),
    ("En 1995 había diez librerías y hoy quedan dos.", "present", "hoy", "PRESENT_REF"),
    ("Visitó la hoy desaparecida fábrica.", None, "hoy", "PRESENT_REF"),
    ("Hoy presentó su dimisión el alcalde.", "past", "Hoy", "2021-03-17"),
]


@pytest.mark.parametrize(("text", "tense", "span", "value"), CASES)
def test_timex_context_resolves(text: str, tense: Tense, span: str, value: str) -> None:
    assert _values(text, tense=tense).get(span) == value


def test_timex_context_last_summer_after_it_ended() -> None:
    text = "Ocurrió el pasado verano."
    assert _values(text, date(2021, 12, 1), "past")["el pasado verano"] == "2021-SU"
    assert _values(text, date(2021, 7, 1), "past")["el pasado verano"] == "2020-SU"


def test_timex_context_stated_date_anchors_today_without_publication_date() -> None:
    text = "La noche del martes 3 de mayo de 2022 hubo un apagón. Hoy sigue sin luz el barrio."
    assert _values(text, None, "past")["Hoy"] == "2022-05-03"


def test_timex_context_capitalised_name_is_no_month() -> None:
    assert "Abril" not in _values("Según Abril Pérez, llovió.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "para el jueves" after a noun is a target, ahead even under a past verb
        ("El sindicato convocó una huelga para el jueves.", "2021-03-18"),
        # set off after a comma it tells the story's time
        ("El lunes dudó, para el jueves ya extendía los turnos.", "2021-03-11"),
    ],
)
def test_timex_context_para_a_weekday(text: str, value: str) -> None:
    assert _values(text, tense="past")["el jueves"] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the end of the year or month that is running, and the one a verb of
        # ending names
        ("Abrirá una oficina antes de fin de año.", "fin de año", "2021"),
        ("Cobrarán a fin de mes.", "fin de mes", "2021-03"),
        ("La ley se aprobará antes de que acabe el año.", "el año", "2021"),
        ("El paro cerrará el año en el 12 %.", "el año", "2021"),
    ],
)
def test_timex_context_the_running_year(text: str, span: str, value: str) -> None:
    assert _values(text, tense="future")[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "Muchas familias no llegan a fin de mes.",  # to make ends meet
        "Pasó el fin de semana en Soria.",  # a weekend, another rule's
        "Terminó el año 2020 con pérdidas.",  # a year it names
        "La estrella está a 40 años luz de la Tierra.",  # a distance
    ],
)
def test_timex_context_no_running_year(text: str) -> None:
    assert not {"fin de mes", "fin de semana", "el año", "40 años"} & set(
        _values(text, tense="past")
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a weekday the text gave with its date is that date later on
        (
            "El crimen ocurrió el sábado 6 de marzo. La llamada se registró a las 14.12 "
            "horas del sábado.",
            "las 14.12 horas del sábado",
            "2021-03-06T14:12",
        ),
        (
            "El sábado 13 de marzo hubo un robo. La policía llegó el sábado.",
            "el sábado",
            "2021-03-13",
        ),
    ],
)
def test_timex_context_a_weekday_named_with_its_date(text: str, span: str, value: str) -> None:
    assert _values(text, tense="past")[span] == value


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("El sábado 6 de marzo hubo un robo. El juicio será el sábado.", "future"),
        # the present of a bare weekday is a plan, as without a named one
        ("El sábado 6 de marzo hubo un robo. El juicio se celebra el sábado.", "present"),
    ],
)
def test_timex_context_a_weekday_ahead_is_not_the_named_one(text: str, tense: Tense) -> None:
    assert _values(text, tense=tense)["el sábado"] == "2021-03-20"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "a partir de" opens what the report announces: ahead under a past verb
        ("La jueza ordenó cerrar el local a partir del jueves.", "jueves", "2021-03-18"),
        (
            "La eléctrica anunció una subida a partir del 1 de febrero.",
            "1 de febrero",
            "2022-02-01",
        ),
        # "para este martes": a target, ahead
        ("Convocaron una vigilia para este jueves.", "este jueves", "2021-03-18"),
        # but a date it names as past stays past
        ("A partir del jueves pasado, los turnos se alargaron.", "jueves pasado", "2021-03-11"),
    ],
)
def test_timex_context_a_partir_de_points_ahead(text: str, span: str, value: str) -> None:
    assert _values(text, tense="past")[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "el mes anterior" counts from the month the sentence named
        ("El IPC subió un 0,2 % en agosto respecto al mes anterior.", "mes anterior", "2020-07"),
        ("El 3 de mayo llovió. El mes siguiente hubo sequía.", "El mes siguiente", "2020-06"),
    ],
)
def test_timex_context_the_month_before_the_one_named(text: str, span: str, value: str) -> None:
    assert _values(text, tense="past")[span] == value


# four paragraphs between a month named with its year and a bare one
_FAR = "\n\n".join(["El bloqueo empezó el 2 de febrero de 2019 en el puerto."] + ["Texto."] * 3)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the story has moved on: the bare month is the one the anchor points to
        (_FAR + "\n\nSolo en febrero se perdieron mil empleos.", "febrero", "2021-02"),
        (_FAR + "\n\nEl comité se reunió el 9 de febrero.", "el 9 de febrero", "2021-02-09"),
        # still on it, three paragraph breaks on
        (
            "El bloqueo empezó el 2 de febrero de 2019.\n\nUno.\n\nDos.\n\nEn febrero cerró.",
            "febrero",
            "2019-02",
        ),
    ],
)
def test_timex_context_a_named_month_holds_while_the_story_is_on_it(
    text: str, span: str, value: str
) -> None:
    assert _values(text, tense="past")[span] == value


def test_timex_context_a_bare_month_that_takes_the_year_keeps_the_story_on_it() -> None:
    paragraphs = ["La fábrica cerró en febrero de 2019.", "Uno.", "Dos.", "En febrero, nada."]
    paragraphs += ["Tres.", "Cuatro.", "Desde febrero, nadie volvió."]
    found = find_timexes("\n\n".join(paragraphs), ANCHOR, lambda _: "past")
    assert [f.value for f in found] == ["2019-02", "2019-02", "2019-02"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "ese/aquel" + weekday is the story's day: the one nearest its last date
        (
            "El taller cerró el 3 de marzo. Aquel miércoles nadie abrió.",
            "Aquel miércoles",
            "2021-03-03",
        ),
        ("La huelga empezó el 1 de marzo. Ese jueves hubo cortes.", "Ese jueves", "2021-03-04"),
        # with no date in the text, the week of the publication
        ("Ese lunes nadie abrió.", "Ese lunes", "2021-03-15"),
    ],
)
def test_timex_context_that_weekday_is_the_storys(text: str, span: str, value: str) -> None:
    assert _values(text, tense="past")[span] == value
