"""Publication dates at the edges of the calendar (issue 16, item 7).

"mañana" read on 9999-12-31 or "ayer" on 0001-01-01 would fall outside the
years Python's ``date`` holds: the expression stays, unresolved (null), with
a ``CalendarRangeWarning``, and the rest of the analysis stands.
"""

from __future__ import annotations

from datetime import date

import pytest

from prensa.timex.component import CalendarRangeWarning, find_timexes

TEXT = "El ministro llegó ayer y se irá mañana; el lunes vuelve. Anoche habló a las 10 horas."
EDGES = [date(9999, 12, 31), date(1, 1, 1)]


@pytest.mark.parametrize("anchor", EDGES)
def test_timex_range_edge_dates_stay_unresolved(anchor: date) -> None:
    with pytest.warns(CalendarRangeWarning):
        found = find_timexes(TEXT, anchor)
    got = {TEXT[f.start : f.end]: (f.type, f.value) for f in found}
    assert got["ayer"][1] is None or got["mañana"][1] is None
    assert got["Anoche"][0] == "TIME"
    assert {"ayer", "mañana", "el lunes", "Anoche", "las 10 horas"} <= set(got)


def test_timex_range_inside_calendar_resolves() -> None:
    found = find_timexes("Llegó ayer y se irá mañana.", date(9999, 12, 30))
    assert [f.value for f in found] == ["9999-12-29", "9999-12-31"]


@pytest.mark.model
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_timex_range_document_survives_in_pipeline(day: str) -> None:
    from prensa import pipeline

    text = "«Mañana firmaremos», dijo ayer el ministro de Hacienda."
    with pytest.warns(CalendarRangeWarning):
        analysis = pipeline.analyze(text, day)
    assert {t.text for t in analysis.timexes} == {"Mañana", "ayer"}
    assert len(analysis.quotes) == 1
