"""The TimeML scheme: what TimeML marks beyond prensa's guidelines, without the model.

Every sentence is our own. The anchor (publication date) is Wednesday
2021-03-17, as in test_timex_grammar. ``noun_at`` stands in for the parse:
it says a common noun follows where the next word is one of ``NOUNS``.
"""

from __future__ import annotations

import re

import pytest

from prensa.timex.component import find_timexes
from prensa.timex.normalize import Tense
from test_timex_grammar import ANCHOR

NOUNS = {"director", "ampliación", "edición", "informe", "cuota", "obras"}


def _timeml(text: str, tense: Tense = None) -> dict[str, tuple[str, str | None]]:
    def noun_at(offset: int) -> bool:
        word = re.match(r" (\w+)", text[offset:])
        return word is not None and word.group(1) in NOUNS

    found = find_timexes(text, ANCHOR, lambda _: tense, noun_at, scheme="timeml")
    return {text[f.start : f.end]: (f.type, f.value) for f in found}


TIMEML = [
    # ages are durations in TimeML
    ("La alcaldesa, de 52 años, inauguró la plaza.", "52 años", "DURATION", "P52Y"),
    # adjectives of vague reference
    ("El actual director dimitió.", "actual", "DATE", "PRESENT_REF"),
    ("La empresa anunció la futura ampliación del puerto.", "futura", "DATE", "FUTURE_REF"),
    ("Ganó la pasada edición del torneo.", "pasada", "DATE", "PAST_REF"),
    ("Competirá en la próxima edición del torneo.", "próxima", "DATE", "FUTURE_REF"),
    ("Visitó las obras recién terminadas.", "recién", "DATE", "PAST_REF"),
    ("Desde entonces no ha vuelto.", "entonces", "DATE", "PAST_REF"),
    ("Esperó mucho tiempo una respuesta.", "mucho tiempo", "DURATION", "PXY"),
    # adjectives of frequency are sets
    ("El banco publica un informe anual sobre el empleo.", "anual", "SET", "P1Y"),
    ("Vende 300 barriles diarios al país vecino.", "diarios", "SET", "P1D"),
    ("Cobra una cuota mensual de diez euros.", "mensual", "SET", "P1M"),
    # spans: the article of "del"/"al" and the determiner of a count are inside
    ("La feria va del 3 al 9 de mayo.", "al 9 de mayo", "DATE", "2021-05-09"),
    ("Lo anunció antes del próximo lunes.", "del próximo lunes", "DATE", "2021-03-22"),
    ("El plan llegará en el 2023.", "el 2023", "DATE", "2023"),
    ("Trabajó allí los cuatro años de su mandato.", "los cuatro años", "DURATION", "P4Y"),
    ("Abrirá a las 9.00 hora local.", "las 9.00 hora local", "TIME", "2021-03-17T09:00"),
    # an anchored duration is a duration, its signal outside
    ("Firmó en enero y dos días después dimitió.", "dos días", "DURATION", "P2D"),
    # "desde hace" counts back to a date; weeks are written as weeks
    ("Vive allí desde hace tres años.", "hace tres años", "DATE", "2018"),
    ("Lo vio hace dos semanas.", "hace dos semanas", "DATE", "2021-W09"),
    ("Lo sabía hace tiempo.", "hace tiempo", "DURATION", "PXM"),
    ("Reinó una década entera.", "una década", "DURATION", "P10Y"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), TIMEML)
def test_timex_timeml_marks_what_timeml_marks(text: str, span: str, kind: str, value: str) -> None:
    assert _timeml(text).get(span) == (kind, value)


NOT_IN_TIMEML = [
    ("El futuro de las pensiones preocupa.", "futuro"),
    ("Su futuro está en el aire.", "futuro"),
    ("Lo leyó en el diario local.", "diario"),
    ("La finca está próxima a la costa.", "próxima"),
]


@pytest.mark.parametrize(("text", "word"), NOT_IN_TIMEML)
def test_timex_timeml_leaves_out_nouns_and_other_senses(text: str, word: str) -> None:
    assert word not in _timeml(text)


@pytest.mark.parametrize(
    "text",
    [
        "El actual director dimitió.",
        "Vende 300 barriles diarios.",
        "La alcaldesa, de 52 años, inauguró la plaza.",
        "Desde entonces no ha vuelto.",
    ],
)
def test_timex_timeml_default_scheme_follows_guidelines(text: str) -> None:
    assert find_timexes(text, ANCHOR) == []
