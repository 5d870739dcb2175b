"""The Spanish temporal grammar, case by case, without the model.

Every sentence is our own. The anchor (publication date) is Wednesday
2021-03-17, ISO week 2021-W11 (15-21 March).
"""

from __future__ import annotations

from datetime import date

import pytest

from prensa.timex.component import Found, find_timexes
from prensa.timex.normalize import Tense

ANCHOR = date(2021, 3, 17)


def _find(text: str, span: str, anchor: date | None = ANCHOR, tense: Tense = None) -> Found:
    found = find_timexes(text, anchor, lambda _: tense)
    for f in found:
        if text[f.start : f.end] == span:
            return f
    got = [text[f.start : f.end] for f in found]
    raise AssertionError(f"{span!r} not found in {text!r}; found {got}")


ANCHORED = [
    # explicit dates
    ("Llegó el 3 de mayo de 2019 a Madrid.", "el 3 de mayo de 2019", "DATE", "2019-05-03"),
    ("Se fundó el 1 de enero de 2000.", "el 1 de enero de 2000", "DATE", "2000-01-01"),
    ("Abrió el primero de junio de 2020.", "el primero de junio de 2020", "DATE", "2020-06-01"),
    ("Nació el 12 de octubre del 1998.", "el 12 de octubre del 1998", "DATE", "1998-10-12"),
    ("La carta lleva fecha 3/5/2019.", "3/5/2019", "DATE", "2019-05-03"),
    ("Publicado el 11.01.2021 en la web.", "11.01.2021", "DATE", "2021-01-11"),
    ("Firmado el 25-12-20 en Lima.", "25-12-20", "DATE", "2020-12-25"),
    ("Ocurrió en mayo de 2019.", "mayo de 2019", "DATE", "2019-05"),
    ("Cerró en octubre del 2020.", "octubre del 2020", "DATE", "2020-10"),
    ("Ganó en 2019 el título.", "2019", "DATE", "2019"),
    ("Fue en el año 1981.", "el año 1981", "DATE", "1981"),
    ("Terminó a principios de 2019.", "principios de 2019", "DATE", "2019"),
    ("Vuelve a finales de junio.", "finales de junio", "DATE", "2021-06"),
    ("Llega a mediados de marzo.", "mediados de marzo", "DATE", "2021-03"),
    ("Se votó en el mes de febrero.", "el mes de febrero", "DATE", "2021-02"),
    ("Viajó el pasado 7 de febrero.", "el pasado 7 de febrero", "DATE", "2021-02-07"),
    ("Lo dijo el pasado 20 de marzo.", "el pasado 20 de marzo", "DATE", "2020-03-20"),
    ("Vuelve el próximo 2 de marzo.", "el próximo 2 de marzo", "DATE", "2022-03-02"),
    ("Se firmó el 5 de marzo de este año.", "el 5 de marzo de este año", "DATE", "2021-03-05"),
    (
        "Se firmó el 5 de marzo del año pasado.",
        "el 5 de marzo del año pasado",
        "DATE",
        "2020-03-05",
    ),
    ("Habló el pasado viernes 12 de marzo.", "el pasado viernes 12 de marzo", "DATE", "2021-03-12"),
    (
        "Habló el pasado domingo, 14 de marzo.",
        "el pasado domingo, 14 de marzo",
        "DATE",
        "2021-03-14",
    ),
    # relative years, months, weeks
    ("Creció el año pasado.", "el año pasado", "DATE", "2020"),
    ("Crecerá este año.", "este año", "DATE", "2021"),
    ("Crecerá el próximo año.", "el próximo año", "DATE", "2022"),
    ("Crecerá el año que viene.", "el año que viene", "DATE", "2022"),
    ("Se decide el próximo mes.", "el próximo mes", "DATE", "2021-04"),
    ("Se decidió el mes pasado.", "el mes pasado", "DATE", "2021-02"),
    ("Se decide este mes.", "este mes", "DATE", "2021-03"),
    ("Lo vimos la semana pasada.", "la semana pasada", "DATE", "2021-W10"),
    ("Lo vemos esta semana.", "esta semana", "DATE", "2021-W11"),
    ("Lo veremos la próxima semana.", "la próxima semana", "DATE", "2021-W12"),
    ("Lo veremos la semana que viene.", "la semana que viene", "DATE", "2021-W12"),
    ("Abre en lo que va de año.", "lo que va de año", "DATE", "2021"),
    # weekdays
    ("Se vota este domingo.", "este domingo", "DATE", "2021-03-21"),
    ("Se votó este lunes.", "este lunes", "DATE", "2021-03-15"),
    ("Se votó el pasado lunes.", "el pasado lunes", "DATE", "2021-03-15"),
    ("Se votó el lunes pasado.", "el lunes pasado", "DATE", "2021-03-15"),
    ("Se vota el próximo lunes.", "el próximo lunes", "DATE", "2021-03-22"),
    ("Se vota el viernes que viene.", "el viernes que viene", "DATE", "2021-03-19"),
    ("Reunión: el martes.", "el martes", "DATE", "2021-03-16"),
    ("Reunión: el sábado.", "el sábado", "DATE", "2021-03-20"),
    # days around today
    ("Lo anunció ayer.", "ayer", "DATE", "2021-03-16"),
    ("Lo anunció anteayer.", "anteayer", "DATE", "2021-03-15"),
    ("Lo anuncia hoy.", "hoy", "DATE", "2021-03-17"),
    ("Mañana se vota la ley.", "Mañana", "DATE", "2021-03-18"),
    ("Se vota pasado mañana.", "pasado mañana", "DATE", "2021-03-19"),
    ("Lo dijo ayer miércoles.", "ayer miércoles", "DATE", "2021-03-16"),
    # parts of the day and clock times
    ("Llovió esta mañana.", "esta mañana", "TIME", "2021-03-17TMO"),
    ("Hablará esta tarde.", "esta tarde", "TIME", "2021-03-17TAF"),
    ("Cenará esta noche.", "esta noche", "TIME", "2021-03-17TNI"),
    ("Llovió anoche.", "anoche", "TIME", "2021-03-16TNI"),
    ("Llegó ayer por la tarde.", "ayer por la tarde", "TIME", "2021-03-16TAF"),
    ("Sale mañana por la mañana.", "mañana por la mañana", "TIME", "2021-03-18TMO"),
    ("Empezó a las 10:30 horas.", "las 10:30 horas", "TIME", "2021-03-17T10:30"),
    ("Aterrizó a las 16.49 horas.", "las 16.49 horas", "TIME", "2021-03-17T16:49"),
    ("Cierra a las 8 de la tarde.", "las 8 de la tarde", "TIME", "2021-03-17T20:00"),
    (
        "Abre a las nueve y media de la mañana.",
        "las nueve y media de la mañana",
        "TIME",
        "2021-03-17T09:30",
    ),
    (
        "Ardió la madrugada del 6 al 7 de febrero.",
        "la madrugada del 6 al 7 de febrero",
        "TIME",
        "2021-02-07TNI",
    ),
    # the present, past and future as such
    ("Hoy por hoy no hay acuerdo.", "Hoy por hoy", "DATE", "PRESENT_REF"),
    ("Actualmente no hay acuerdo.", "Actualmente", "DATE", "PRESENT_REF"),
    ("A día de hoy no hay acuerdo.", "día de hoy", "DATE", "PRESENT_REF"),
    ("En la actualidad no hay acuerdo.", "la actualidad", "DATE", "PRESENT_REF"),
    ("Ahora no hay acuerdo.", "Ahora", "DATE", "PRESENT_REF"),
    ("Por el momento no hay acuerdo.", "el momento", "DATE", "PRESENT_REF"),
    ("Estos días no hay acuerdo.", "Estos días", "DATE", "PRESENT_REF"),
    ("Recientemente hubo acuerdo.", "Recientemente", "DATE", "PAST_REF"),
    ("Hubo acuerdo en el pasado.", "el pasado", "DATE", "PAST_REF"),
    ("Habrá acuerdo en un futuro.", "un futuro", "DATE", "FUTURE_REF"),
    ("Habrá acuerdo próximamente.", "próximamente", "DATE", "FUTURE_REF"),
    ("Hubo acuerdo hace poco.", "hace poco", "DATE", "PAST_REF"),
    # durations
    ("Estuvo dos semanas en Roma.", "dos semanas", "DURATION", "P2W"),
    ("Vivió tres años en Roma.", "tres años", "DURATION", "P3Y"),
    ("Abre 24 horas al día.", "24 horas", "DURATION", "PT24H"),
    ("Llovió en las últimas horas.", "las últimas horas", "DURATION", "PTXH"),
    ("Duró más de siete semanas.", "más de siete semanas", "DURATION", "P7W"),
    ("Duró casi cinco horas.", "casi cinco horas", "DURATION", "PT5H"),
    ("Duró unos días.", "unos días", "DURATION", "PXD"),
    ("Duró varios meses.", "varios meses", "DURATION", "PXM"),
    ("Quedan pocas horas.", "pocas horas", "DURATION", "PTXH"),
    ("Creció en los últimos tres años.", "los últimos tres años", "DURATION", "P3Y"),
    ("Cayó en las últimas dos décadas.", "las últimas dos décadas", "DURATION", "P2DE"),
    (
        "Cayó en los cuatro primeros días del año.",
        "los cuatro primeros días del año",
        "DURATION",
        "P4D",
    ),
    ("Aguanta 20 segundos.", "20 segundos", "DURATION", "PT20S"),
    ("Espera 5 minutos.", "5 minutos", "DURATION", "PT5M"),
    ("Habló dos horas seguidas.", "dos horas seguidas", "DURATION", "PT2H"),
    ("Tardó una hora y media.", "una hora y media", "DURATION", "PT90M"),
    ("Tardó una hora y cuarto.", "una hora y cuarto", "DURATION", "PT75M"),
    ("Habló dos horas y cuarto.", "dos horas y cuarto", "DURATION", "PT135M"),
    ("Esperó hora y cuarto.", "hora y cuarto", "DURATION", "PT75M"),
    ("Gobernó dos lustros.", "dos lustros", "DURATION", "P10Y"),
    ("Llegó tras décadas de espera.", "décadas", "DURATION", "PXDE"),
    ("Una reforma que lleva años parada.", "años", "DURATION", "PXY"),
    ("Lo negoció durante meses.", "meses", "DURATION", "PXM"),
    ("Vive allí desde hace varios años.", "hace varios años", "DURATION", "PXY"),
    ("Cursó una especialidad de un año.", "un año", "DURATION", "P1Y"),
    ("Tiene un plazo de 15 años.", "15 años", "DURATION", "P15Y"),
    ("Cumple una condena de 20 años.", "20 años", "DURATION", "P20Y"),
    ("Gobernó durante los 10 años siguientes.", "10 años", "DURATION", "P10Y"),
    # sets
    ("Se celebra cada año.", "cada año", "SET", "P1Y"),
    ("Ventilar cada 20 minutos.", "cada 20 minutos", "SET", "PT20M"),
    ("Se reúne cada tres semanas.", "cada tres semanas", "SET", "P3W"),
    ("Abre cada lunes.", "cada lunes", "SET", "XXXX-WXX-1"),
    ("Se informa semanalmente.", "semanalmente", "SET", "P1W"),
    ("Se informa diariamente.", "diariamente", "SET", "P1D"),
    ("Se vota dos veces al año.", "dos veces al año", "SET", "P1Y"),
    # a unit worth several of the next: one trimestre is three months
    ("Rinde cuentas cada trimestre.", "cada trimestre", "SET", "P3M"),
    ("Cobran cada quincena.", "cada quincena", "SET", "P15D"),
    ("Se revisa cada semestre.", "cada semestre", "SET", "P6M"),
    ("Se renueva cada lustro.", "cada lustro", "SET", "P5Y"),
    ("Publica una vez por trimestre.", "una vez por trimestre", "SET", "P3M"),
    ("Cierra los domingos.", "los domingos", "SET", "XXXX-WXX-7"),
    # counted back from today
    ("Lo firmó hace dos semanas.", "hace dos semanas", "DATE", "2021-03-03"),
    ("Lo firmó hace tres años.", "hace tres años", "DATE", "2018"),
    # "hace" + time + "que" opening its clause: how long it has gone on
    ("Hace dos meses que no llueve.", "Hace dos meses", "DURATION", "P2M"),
    ("Pero hace tres días que nadie lo ve.", "hace tres días", "DURATION", "P3D"),
    # the "que" of a reporting verb before it: the date of the saying
    ("Recordó hace dos semanas que no hay agua.", "hace dos semanas", "DATE", "2021-03-03"),
    ("Lo firmó hace dos meses.", "hace dos meses", "DATE", "2021-01"),
    ("Lo firmó hace unos meses.", "hace unos meses", "DATE", "PAST_REF"),
    ("Lo firmó meses atrás.", "meses atrás", "DATE", "PAST_REF"),
    ("Lo firmó tres días atrás.", "tres días atrás", "DATE", "2021-03-14"),
    # decades, centuries and their parts
    ("La música de los años 80 vuelve.", "los años 80", "DATE", "198"),
    ("Creció en la década de 1990.", "la década de 1990", "DATE", "199"),
    ("Es una obra del siglo XX.", "siglo XX", "DATE", "19"),
    ("Es el reto del siglo XXI.", "siglo XXI", "DATE", "20"),
    (
        "Creció en la primera década de este siglo.",
        "la primera década de este siglo",
        "DATE",
        "200",
    ),
    ("Cayó en el primer trimestre de 2020.", "el primer trimestre de 2020", "DATE", "2020-Q1"),
    (
        "Subió en el segundo semestre del año pasado.",
        "el segundo semestre del año pasado",
        "DATE",
        "2020-H2",
    ),
    # ranges give one expression per end
    ("Viajará entre julio y agosto.", "julio", "DATE", "2021-07"),
    ("Viajará entre julio y agosto.", "agosto", "DATE", "2021-08"),
    ("Fue alcalde (2007-2017).", "2007", "DATE", "2007"),
    ("Fue alcalde (2007-2017).", "2017", "DATE", "2017"),
    # more shapes of dates and times
    (
        "Estará vigente hasta el 9 de abril a las 00.00 horas.",
        "las 00.00 horas",
        "TIME",
        "2021-04-09T00:00",
    ),
    ("El juicio será entre el 10 y el 14 de mayo.", "el 10", "DATE", "2021-05-10"),
    ("El juicio será entre el 10 y el 14 de mayo.", "el 14 de mayo", "DATE", "2021-05-14"),
    ("Aprobará la ley antes de finales de año.", "finales de año", "DATE", "2021"),
    ("Murieron 70.000 personas desde entonces, hace ya un año.", "hace ya un año", "DATE", "2020"),
    ("Dimitió hace 48 horas.", "hace 48 horas", "DATE", "2021-03-15"),
    ("La vacuna llegará en el segundo trimestre.", "el segundo trimestre", "DATE", "2021-Q2"),
    ("Subió en el primer semestre del año.", "el primer semestre del año", "DATE", "2021-H1"),
    ("Se conocieron en la primavera de 2019.", "la primavera de 2019", "DATE", "2019-SP"),
    ("Viajan este verano.", "este verano", "DATE", "2021-SU"),
    ("Viajaron el verano pasado.", "el verano pasado", "DATE", "2020-SU"),
    ("Cada verano llegan turistas.", "Cada verano", "SET", "XXXX-SU"),
    ("Corre cada mañana.", "cada mañana", "SET", "XXXX-XX-XXTMO"),
    ("Creció en la década de los noventa.", "la década de los noventa", "DATE", "199"),
    ("Vuelve la moda de los años ochenta.", "los años ochenta", "DATE", "198"),
    ("Se vota este viernes 19 de marzo.", "este viernes 19 de marzo", "DATE", "2021-03-19"),
    ("Se juega el domingo 21 a las 18.30.", "el domingo 21", "DATE", "2021-03-21"),
    ("Se juega el domingo 21 a las 18.30.", "las 18.30", "TIME", "2021-03-21T18:30"),
    ("Llueve a partir del jueves.", "jueves", "DATE", "2021-03-18"),
    ("Era la una y cuarto de la tarde.", "la una y cuarto de la tarde", "TIME", "2021-03-17T13:15"),
    ("Los casos se duplicaron en el último año.", "el último año", "DURATION", "P1Y"),
    ("Fue la temporada 2019-2020.", "2019", "DATE", "2019"),
    ("Ganó la Champions League 2019.", "2019", "DATE", "2019"),
    ("Estuvo en prisión un año y medio.", "un año y medio", "DURATION", "P18M"),
    ("Se reúne una vez al mes.", "una vez al mes", "SET", "P1M"),
    ("Hubo elecciones el año antepasado.", "el año antepasado", "DATE", "2019"),
    ("Se aprobará el mes entrante.", "el mes entrante", "DATE", "2021-04"),
    ("El vuelo sale a las 10 a.m. hora local.", "las 10 a.m.", "TIME", "2021-03-17T10:00"),
    ("Acabó a las 3 p. m. del jueves.", "las 3 p. m. del jueves", "TIME", "2021-03-18T15:00"),
    ("Se leyó a las 12 del mediodía.", "las 12 del mediodía", "TIME", "2021-03-17T12:00"),
    ("La tarde de ayer hubo un sismo.", "La tarde de ayer", "TIME", "2021-03-16TAF"),
    ("Se reunieron el 15 de marzo pasado.", "el 15 de marzo pasado", "DATE", "2021-03-15"),
    ("Una década después, nada cambió.", "Una década después", "DURATION", "P1DE"),
    # counted from the story's own dates
    (
        "Llegó el 3 de mayo de 2019 y dos días después se fue.",
        "dos días después",
        "DATE",
        "2019-05-05",
    ),
    (
        "Llegó el 3 de mayo de 2019 y al día siguiente se fue.",
        "día siguiente",
        "DATE",
        "2019-05-04",
    ),
    ("Llegó el 3 de mayo de 2019 y ese mismo día se fue.", "ese mismo día", "DATE", "2019-05-03"),
    (
        "Llegó el 3 de mayo de 2019. El 25 de ese mes se fue.",
        "El 25 de ese mes",
        "DATE",
        "2019-05-25",
    ),
    ("Llegó en 2009 y en junio de ese año se fue.", "junio de ese año", "DATE", "2009-06"),
    ("Ganó en 2020, y el año anterior perdió.", "el año anterior", "DATE", "2019"),
    (
        "Fue 10 días más tarde, el 20 de enero de 2020, cuando habló.",
        "10 días más tarde",
        "DATE",
        "2020-01-20",
    ),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), ANCHORED)
def test_timex_grammar_resolves_against_anchor(text: str, span: str, kind: str, value: str) -> None:
    found = _find(text, span)
    assert (found.type, found.value) == (kind, value)


UNANCHORED = [
    ("Se vota este domingo.", "este domingo", "XXXX-WXX-7"),
    ("Se firmó el 3 de mayo.", "el 3 de mayo", "XXXX-05-03"),
    ("Abre en abril.", "abril", "XXXX-04"),
    ("Lo anuncia hoy.", "hoy", "PRESENT_REF"),
    ("Lo vimos la semana pasada.", "la semana pasada", "XXXX-WXX"),
    ("Descansan el fin de semana.", "el fin de semana", "XXXX-WXX-WE"),
    ("Lo firmó hace dos años.", "hace dos años", None),
    ("Estuvo dos semanas.", "dos semanas", "P2W"),
    ("Empezó a las 10:30 horas.", "las 10:30 horas", "XXXX-XX-XXT10:30"),
    ("Se votó este lunes (15.03.2021) en el pleno.", "este lunes", "2021-03-15"),
    ("Ayer jueves hubo pleno.", "Ayer jueves", "XXXX-WXX-4"),
    ("Ayer jueves hubo pleno y ayer se votó.", "ayer", "XXXX-WXX-4"),
    ("Llegó el 30 de diciembre de 2019; el 10 de enero se fue.", "el 10 de enero", "2020-01-10"),
]


@pytest.mark.parametrize(("text", "span", "value"), UNANCHORED)
def test_timex_grammar_underspecified_without_date(text: str, span: str, value: str | None) -> None:
    assert _find(text, span, anchor=None).value == value


BY_TENSE = [
    ("Se reunieron el domingo.", "el domingo", "past", "2021-03-14"),
    ("Se reunirán el domingo.", "el domingo", "future", "2021-03-21"),
    ("Lo firmó el 2 de diciembre.", "el 2 de diciembre", "past", "2020-12-02"),
    ("Lo firmará el 2 de diciembre.", "el 2 de diciembre", "future", "2021-12-02"),
    ("Lo firmó en mayo.", "mayo", "past", "2020-05"),
    ("Lo firmará en mayo.", "mayo", "future", "2021-05"),
    ("Lo firmará en enero.", "enero", "future", "2022-01"),
    ("Descansaron el fin de semana.", "el fin de semana", "past", "2021-W10-WE"),
    ("Descansarán el fin de semana.", "el fin de semana", "future", "2021-W11-WE"),
    ("Ganó este domingo.", "este domingo", "past", "2021-03-14"),
    ("El 24 y 25 de diciembre cerrarán.", "El 24", "future", "2021-12-24"),
    ("Este jueves 18 de marzo se presentó.", "Este jueves 18 de marzo", "past", "2021-03-18"),
    (
        "El jueves 19 de marzo de 2020 se presentó.",
        "El jueves 19 de marzo de 2020",
        "past",
        "2020-03-19",
    ),
    ("Se presentó el viernes 20 de marzo.", "el viernes 20 de marzo", "past", "2020-03-20"),
    ("Jugará este lunes.", "este lunes", "future", "2021-03-22"),
    ("Se presentó este lunes.", "este lunes", "past", "2021-03-15"),
    ("Viajaron en verano.", "verano", "past", "2020-SU"),
    (
        "Ocurrió a las 23.00 horas del sábado.",
        "las 23.00 horas del sábado",
        "past",
        "2021-03-13T23:00",
    ),
    ("Hubo disturbios la noche del sábado.", "la noche del sábado", "past", "2021-03-13TNI"),
    ("Habrá disturbios la noche del sábado.", "la noche del sábado", "future", "2021-03-20TNI"),
    # the present of a bare weekday is a plan or a timetable: ahead
    ("Juegan el domingo en casa.", "el domingo", "present", "2021-03-21"),
    ("Descansan el fin de semana.", "el fin de semana", "present", "2021-W11-WE"),
    # "para" marks a target date: forward, whatever the tense of the verb
    ("Convocaron una huelga para el 2 de diciembre.", "el 2 de diciembre", "past", "2021-12-02"),
    ("Aplazaron la cita para mayo.", "mayo", "past", "2021-05"),
    ("Aplazaron la cita para enero.", "enero", "past", "2022-01"),
]


@pytest.mark.parametrize(("text", "span", "tense", "value"), BY_TENSE)
def test_timex_grammar_chooses_by_tense(text: str, span: str, tense: Tense, value: str) -> None:
    assert _find(text, span, tense=tense).value == value


NOT_TIMEXES = [
    "Una mujer de 45 años resultó herida.",
    "A sus 19 años, ya dirige la empresa.",
    "Celebra su 75 aniversario.",
    "Se vacuna a partir de los 18 años.",
    "Participaron adultos (entre 18 y 79 años).",
    "El club cumplió 80 años.",
    "Lo dijo Julio Anguita en el Congreso.",
    "Ganó un segundo partido.",
    "El IPC subió un 3,5 %.",
    "Votaron 1.992 personas.",
    "Es la mañana más fría.",
    "Ahora bien, nadie lo sabe.",
    "La ley 39/2015 regula el caso.",
    "El número de la calle es 2000 y sigue.",
    "Vacunan al grupo de 60 a 65 años.",
    "Tiene una hija de dos años.",
    "Murió a los 55 años.",
]


@pytest.mark.parametrize("text", NOT_TIMEXES)
def test_timex_grammar_leaves_out_non_timexes(text: str) -> None:
    assert [text[f.start : f.end] for f in find_timexes(text, ANCHOR)] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vive aquí desde 2019.", "2019"),
        ("Trabajó durante tres años.", "tres años"),
        ("No habrá cambios hasta el próximo mes.", "el próximo mes"),
        ("Llegó en el año 2001.", "el año 2001"),
    ],
)
def test_timex_grammar_spans_exclude_prepositions(text: str, span: str) -> None:
    assert [text[f.start : f.end] for f in find_timexes(text, ANCHOR)] == [span]
