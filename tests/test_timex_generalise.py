"""Constructions of unseen news that the dev articles did not show, without the model.

Every sentence is our own. The anchor (publication date) is Wednesday
2021-03-17, ISO week 2021-W11 (15-21 March).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from prensa.timex.component import find_timexes, verb_tense
from prensa.timex.normalize import Tense
from test_timex_grammar import ANCHOR, _find

FOUND = [
    # the part of the year the publication date falls in, or the one next to it
    ("Las ventas crecieron este trimestre.", "este trimestre", "past", "2021-Q1"),
    ("La firma abrirá tiendas en el próximo trimestre.", "el próximo trimestre", None, "2021-Q2"),
    ("El semestre pasado perdió dinero.", "El semestre pasado", "past", "2020-H2"),
    # a part of a year named by reference
    (
        "El plan llegará en el primer semestre del próximo año.",
        "el primer semestre del próximo año",
        "future",
        "2022-H1",
    ),
    # a clock time told a sentence after the day it is on, or in the next paragraph
    (
        "La final será el sábado. El partido empezará a las 21.00 horas.",
        "las 21.00 horas",
        "future",
        "2021-03-20T21:00",
    ),
    (
        "La marcha se celebró el lunes. Hubo miles de personas.\n\nLa columna partió "
        "cerca de las 11:00 horas.",
        "las 11:00 horas",
        "past",
        "2021-03-15T11:00",
    ),
    # ... but not a past one on a day still ahead: that is today's
    (
        "Las obras concluirán el próximo sábado. Los vecinos levantaron el bloqueo a las "
        "18:00 horas.",
        "las 18:00 horas",
        "past",
        "2021-03-17T18:00",
    ),
    # "ese mismo mes" is the month the story named last; "el mismo mes de 2019"
    # that month in that year
    (
        "Las exportaciones cayeron en enero. Las importaciones subieron ese mismo mes.",
        "ese mismo mes",
        "past",
        "2021-01",
    ),
    (
        "El paro bajó en febrero respecto al mismo mes de 2019.",
        "mismo mes de 2019",
        "past",
        "2019-02",
    ),
    (
        "El paro bajó en febrero respecto al mismo mes del año pasado.",
        "mismo mes del año pasado",
        "past",
        "2020-02",
    ),
    # agency datelines with abbreviated months
    ("VALENCIA, 16 Mar. (EUROPA PRESS) - La consellera habló.", "16 Mar.", None, "2021-03-16"),
    ("Quito, 15 mar (EFE).- El ministro renunció.", "15 mar", None, "2021-03-15"),
    ("SEVILLA, 17 (EUROPA PRESS) El pleno votó.", "17", None, "2021-03-17"),
    ("BILBAO, 28 (EUROPA PRESS) La Ertzaintza detuvo a dos hombres.", "28", None, "2021-02-28"),
    # a weekday after a contracted preposition with "próximo"
    ("La tienda abrirá a partir del próximo lunes.", "próximo lunes", None, "2021-03-22"),
    ("Cerrará hasta el próximo lunes.", "el próximo lunes", None, "2021-03-22"),
    # the first clock time of a range
    ("Las oficinas atienden de 9:00 a 14:00 horas.", "9:00", None, "2021-03-17T09:00"),
    ("Las oficinas atienden de 9:00 a 14:00 horas.", "14:00 horas", None, "2021-03-17T14:00"),
    # a clock time takes the day of the part of the day just before it
    (
        "El robo ocurrió la madrugada del domingo, hacia las 4 de la madrugada.",
        "las 4 de la madrugada",
        "past",
        "2021-03-14T04:00",
    ),
    # a clock time joined to "de este domingo", "del próximo martes"
    (
        "El choque ocurrió a las 23.30 horas de este domingo.",
        "las 23.30 horas de este domingo",
        "past",
        "2021-03-14T23:30",
    ),
    (
        "Llegará a las 9 horas del próximo martes.",
        "las 9 horas del próximo martes",
        "future",
        "2021-03-23T09:00",
    ),
    # "pm" without dots leaves the full stop to the sentence
    ("El vuelo sale a las 7 pm. Llega tarde.", "las 7 pm", None, "2021-03-17T19:00"),
    ("El vuelo sale a las 7 p. m. y llega tarde.", "las 7 p. m.", None, "2021-03-17T19:00"),
    # a unit and a half, the one unsaid
    ("Las obras durarán año y medio.", "año y medio", None, "P18M"),
    ("Esperó hora y media en la cola.", "hora y media", None, "PT90M"),
    ("Tardó un cuarto de hora en llegar.", "un cuarto de hora", None, "PT15M"),
    ("Esperó tres cuartos de hora.", "tres cuartos de hora", None, "PT45M"),
    # a whole year
    ("Hubo 14 libertades, frente a 9 en todo 2020.", "2020", None, "2020"),
    ("Parece mentira en pleno 2021.", "2021", None, "2021"),
    # fiscal, school and sports years
    ("En el ejercicio 2020 la empresa ganó dinero.", "2020", None, "2020"),
    ("El año fiscal 2020 cerró con déficit.", "2020", None, "2020"),
    ("El curso 2021 empieza en marzo.", "2021", None, "2021"),
    # compound durations
    ("Fue condenado a 12 años y seis meses de prisión.", "12 años y seis meses", None, "P12Y6M"),
    ("La operación duró dos horas y 15 minutos.", "dos horas y 15 minutos", None, "PT2H15M"),
    ("Estuvo tres días y cuatro horas aislado.", "tres días y cuatro horas", None, "P3DT4H"),
    # time spent in something is no age, whatever the cue before it
    ("Es un abogado con 20 años de experiencia.", "20 años", None, "P20Y"),
    ("Cumplió 10 años de cárcel.", "10 años", None, "P10Y"),
    ("Se retira tras una carrera de 15 años.", "15 años", None, "P15Y"),
    # "hacía" counts back from a past moment: the time elapsed
    ("Los vecinos discutían desde hacía meses.", "hacía meses", None, "PXM"),
    ("Hacía dos años que no se veían.", "Hacía dos años", None, "P2Y"),
    # "dentro de" counts forward, as "hace" counts back
    ("La ley se votará dentro de dos años.", "dos años", None, "2023"),
    ("Dentro de tres meses habrá elecciones.", "tres meses", None, "2021-06"),
    # sets of weekends and of every such weekday
    ("Los fines de semana abre el mercado.", "Los fines de semana", None, "XXXX-WXX-WE"),
    ("Todos los sábados hay feria.", "Todos los sábados", None, "XXXX-WXX-6"),
    ("Cada fin de semana salen a la calle.", "Cada fin de semana", None, "XXXX-WXX-WE"),
    ("Cada 8 de marzo hay marchas.", "Cada 8 de marzo", None, "XXXX-03-08"),
    ("Todas las noches cenan juntos.", "Todas las noches", None, "XXXX-XX-XXTNI"),
    # a demonstrative before a year stays in the span
    ("En este 2021 hubo elecciones.", "este 2021", None, "2021"),
    # edges of the month, week or year before or after
    ("A finales del mes pasado subió.", "finales del mes pasado", None, "2021-02"),
    ("A principios del próximo año abrirá.", "principios del próximo año", None, "2022"),
    ("A mediados de la próxima semana llegará.", "mediados de la próxima semana", None, "2021-W12"),
    # "el pasado día 15": a day of the month, not yesterday
    ("El pasado día 15 se firmó.", "El pasado día 15", None, "2021-03-15"),
    ("El pasado día 20 se firmó.", "El pasado día 20", None, "2021-02-20"),
    ("El próximo día 30 vence.", "El próximo día 30", None, "2021-03-30"),
    # edges of the current month and week
    ("El informe llegará a finales de mes.", "finales de mes", None, "2021-03"),
    ("A principios de semana habrá pleno.", "principios de semana", None, "2021-W11"),
    # Latin American datelines put the month first
    ("Bogotá, marzo 16 de 2021. El alcalde habló.", "marzo 16 de 2021", None, "2021-03-16"),
    # the period so far, the current one
    ("En lo que va de 2021 llegaron 300 barcos.", "lo que va de 2021", None, "2021"),
    ("El mes en curso cerrará con récord.", "El mes en curso", None, "2021-03"),
    ("El presente año será clave.", "El presente año", None, "2021"),
    # clock times written "18 hs." (Argentina) and "20h30"
    ("El acto será a las 18 hs. en la plaza.", "las 18 hs.", None, "2021-03-17T18:00"),
    ("El partido empieza a las 20h30.", "las 20h30", None, "2021-03-17T20:30"),
    # a contracted preposition does not cut a longer date short
    (
        "El partido del sábado 20 de marzo a las 21.00 horas será televisado.",
        "sábado 20 de marzo",
        None,
        "2021-03-20",
    ),
    (
        "El partido del sábado 20 de marzo a las 21.00 horas será televisado.",
        "las 21.00 horas",
        None,
        "2021-03-20T21:00",
    ),
    # rates: the preposition makes the SET
    ("Mueren 500 personas al día.", "al día", None, "P1D"),
    ("Cobra 200 euros por semana.", "por semana", None, "P1W"),
    ("Gana dos millones al mes y veinte al año.", "al mes", None, "P1M"),
    ("Al día de hoy no hay acuerdo.", "día de hoy", None, "PRESENT_REF"),
    ("Lo comparó con el dato al año pasado.", "año pasado", None, "2020"),
    # a range of clock times with "las" on both ends
    ("Hubo disparos entre las 10 y las 12 horas.", "las 10", None, "2021-03-17T10:00"),
    # half a century or decade
    ("La dictadura duró medio siglo.", "medio siglo", None, "P50Y"),
    # "pasado" before or after a month
    ("Lo firmó en febrero pasado.", "febrero pasado", None, "2021-02"),
    ("El pasado febrero hubo un sismo.", "El pasado febrero", None, "2021-02"),
    ("El próximo mayo habrá elecciones.", "El próximo mayo", None, "2021-05"),
    # the first and last days of a month
    ("El último día de mayo se votará.", "El último día de mayo", "future", "2021-05-31"),
    ("El primer día de febrero hubo huelga.", "El primer día de febrero", "past", "2021-02-01"),
    # a quarter after a contracted preposition
    ("Frente al 12 % del cuarto trimestre de 2020.", "cuarto trimestre de 2020", None, "2020-Q4"),
    # working days are days
    ("Tiene 10 días hábiles para responder.", "10 días hábiles", None, "P10D"),
    # years counted from the story's last year, not from today
    ("Se conocieron en 1998. Dos años más tarde se casaron.", "Dos años más tarde", None, "2000"),
    # years and months counted from the story's last month; days cannot be
    ("Cerró en junio de 2015. Cuatro años después reabrió.", "Cuatro años después", None, "2019"),
    ("Cerró en junio de 2015. Tres meses después reabrió.", "Tres meses después", None, "2015-09"),
    (
        "Cerró en junio de 2015. Ocho meses más tarde volvió.",
        "Ocho meses más tarde",
        None,
        "2016-02",
    ),
    ("Cerró en junio de 2015. Dos días después reabrió.", "Dos días después", None, None),
    # a clock time after "a partir de" takes the date before it
    (
        "Será el sábado 20 de marzo, a partir de las 16:00 horas.",
        "las 16:00 horas",
        None,
        "2021-03-20T16:00",
    ),
    # in the present tense "desde" looks back and "hasta", "a partir de" ahead
    ("El museo permanece cerrado desde el sábado.", "el sábado", "present", "2021-03-13"),
    ("El museo permanece abierto hasta el sábado.", "el sábado", "present", "2021-03-20"),
    ("Los vuelos siguen suspendidos desde mayo.", "mayo", "present", "2020-05"),
    ("La tienda abre a partir del lunes.", "lunes", None, "2021-03-22"),
    # a past tense still wins over the preposition
    ("Estuvo cerrado hasta el sábado.", "el sábado", "past", "2021-03-13"),
    # minutes before a part of the day; midnight
    ("Llegó a las 8.30 de la noche.", "las 8.30 de la noche", None, "2021-03-17T20:30"),
    ("Empezó a las 10:15 de la mañana.", "las 10:15 de la mañana", None, "2021-03-17T10:15"),
    ("Salió a las doce de la noche.", "las doce de la noche", None, "2021-03-17T00:00"),
    # "ese mes", "esa jornada": the time the story tells of (here the anchor)
    ("Lo hizo ese mes.", "ese mes", None, "2021-03"),
    ("Suspendió sus sesiones para esa jornada.", "esa jornada", None, "2021-03-17"),
    # a capitalised month after a determiner is still a date (some outlets write it so)
    ("El acto será el 15 de Septiembre.", "el 15 de Septiembre", "future", "2021-09-15"),
]


@pytest.mark.parametrize(("text", "span", "tense", "value"), FOUND)
def test_timex_generalise_finds_and_resolves(
    text: str, span: str, tense: Tense, value: str
) -> None:
    assert _find(text, span, tense=tense).value == value


UNANCHORED = [
    ("MADRID, 16 Mar. (EUROPA PRESS)", "16 Mar.", "XXXX-03-16"),
    ("El 3 de mayo a las 10 horas se votará.", "las 10 horas", "XXXX-05-03T10:00"),
    ("El último día de junio cierra el plazo.", "El último día de junio", "XXXX-06-30"),
    ("El pasado febrero hubo elecciones.", "El pasado febrero", "XXXX-02"),
    # a count of months that is no age: before, after "antes de", "se cumplen", "margen"
    ("Habrá una vacuna antes de 18 meses.", "18 meses", "P18M"),
    ("Hoy se cumplen tres meses desde el crimen.", "tres meses", "P3M"),
    ("El margen de cuatro meses entre las elecciones.", "cuatro meses", "P4M"),
    # past and present references
    ("Como se dijo anteriormente, no hay datos.", "anteriormente", "PAST_REF"),
    ("Lo dijo hace un momento.", "hace un momento", "PAST_REF"),
    ("Cambió mucho en estos años.", "estos años", "PXY"),
    ("Lo repitió durante estas semanas.", "estas semanas", "PRESENT_REF"),
    # a score after a weekday is no day of the month
    ("River venció este domingo 2-1 a Boca.", "este domingo", "XXXX-WXX-7"),
    ("El Madrid ganó el sábado 3 a 1 al Betis.", "el sábado", "XXXX-WXX-6"),
    ("Llegará el jueves 4 a las 10.", "el jueves 4", "XXXX-XX-04"),
    # nor is a count after it
    ("La Fiscalía pidió este martes 12 años de cárcel.", "este martes", "XXXX-WXX-2"),
    ("Murieron el lunes 30 personas en el choque.", "el lunes", "XXXX-WXX-1"),
]


@pytest.mark.parametrize(("text", "span", "value"), UNANCHORED)
def test_timex_generalise_without_date(text: str, span: str, value: str) -> None:
    assert _find(text, span, anchor=None).value == value


NOT_TIMEXES = [
    # "el trimestre" alone is any three months
    "Durante el trimestre, las ventas subieron.",
    # a capitalised month names a street or a building (the holiday "Primero
    # de Mayo" names a date: tests/test_timex_recall.py)
    "La avenida Primero de Mayo quedó cortada.",
    "Vive en la calle 12 de Octubre.",
    "Lo operaron en el Hospital 12 de Octubre.",
    "La avenida 9 de Julio quedó cortada.",
    # the year of a numbered legal text is part of its name
    "La Ley 1098 de 2006 protege a los menores.",
    "El Decreto 1072 de 2015 regula el trabajo.",
    "La Resolución n.º 385 de 2020 fue anulada.",
    "La Ley 7/1985, de 2 de abril, sigue vigente.",
    "El Real Decreto 463/2020, de 14 de marzo, declaró el estado de alarma.",
    # "mar" is the sea unless a day number and a dot or an agency make it a month
    "Los 3 barcos salieron al mar.",
    # half of a match, not of the year
    "En la primera mitad no hubo goles.",
    # idioms with "al día"
    "Se puso al día con los pagos.",
    "Está al día en sus cuotas.",
    # a number in brackets after a capital letter is no dateline
    "El grupo G, 14 (ver tabla) crece.",
    # an age with its origin stays an age
    "Un hombre de 45 años de origen marroquí fue detenido.",
    # an age stays an age with its months
    "Una niña de 3 años y seis meses resultó herida.",
]


@pytest.mark.parametrize("text", NOT_TIMEXES)
def test_timex_generalise_leaves_out_names_and_ages(text: str) -> None:
    assert [text[f.start : f.end] for f in find_timexes(text, ANCHOR)] == []


def test_timex_generalise_copula_gives_tense(blank_es: Language) -> None:
    """ "Estará vigente hasta el 31": the predicate is an adjective; its copula is future."""
    doc = Doc(
        blank_es.vocab,
        words=["Estará", "vigente", "hasta", "el", "31"],
        heads=[1, 1, 4, 4, 1],
        deps=["cop", "ROOT", "case", "det", "obl"],
        pos=["AUX", "ADJ", "ADP", "DET", "NUM"],
        morphs=["Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin", "", "", "", ""],
    )
    assert verb_tense(doc[3]) == "future"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("La norma estará vigente hasta el 31 de diciembre.", "el 31 de diciembre", "2021-12-31"),
        ("La norma estuvo vigente hasta el 31 de diciembre.", "el 31 de diciembre", "2020-12-31"),
    ],
)
def test_timex_generalise_copula_in_pipeline(
    nlp: Language, text: str, span: str, value: str
) -> None:
    doc = nlp.make_doc(text)
    doc._.pub_date = "2021-03-17"
    doc = nlp(doc)
    got = {doc.text[t["start"] : t["end"]]: t["value"] for t in doc._.prensa_timexes}
    assert got.get(span) == value
