"""Resolved dates on a calendar axis, and the article report's details: the
title from the metadata cut at a word, empty kinds left out of the legend."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from prensa.records import Analysis, Profile, Quote, Timex
from prensa.report import charts, dates, page

D = dt.date
PROFILE = Profile("es", 1.0, "news article", 0, 0, 0, 0, (), "")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-12-21", (D(2020, 12, 21), D(2020, 12, 21))),
        ("2020-12-21T10:30", (D(2020, 12, 21), D(2020, 12, 21))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2020", (D(2020, 1, 1), D(2020, 12, 31))),
        ("2020-W01", (D(2019, 12, 30), D(2020, 1, 5))),
        ("XXXX-WXX-7", None),
        ("PRESENT_REF", None),
        ("P3D", None),
        ("2021-02-30", None),
        ("2020-W54", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_calendar_span(value: str | None, expected: object) -> None:
    assert dates.calendar_span(value) == expected


def _timexes(text: str, *values: str | None) -> Analysis:
    timexes = tuple(Timex("hoy", 0, 3, "DATE", v) for v in values)
    return Analysis(text, "2020-12-23", (), (), (), timexes, PROFILE)


def test_dates_timeline_is_drawn_on_a_calendar_axis() -> None:
    svg = str(dates.article_timeline_svg(_timexes("hoy", "2020-12-21", "2020-11", None)))
    assert svg.startswith("<svg")
    assert "% of" not in svg  # not the position in the article any more


def test_dates_timeline_is_none_when_nothing_resolves() -> None:
    assert dates.article_timeline_svg(_timexes("hoy", "XXXX-WXX-7", None)) is None


def test_dates_days_svg_counts_per_day() -> None:
    assert dates.days_svg({}, label="x", salt="t") is None
    svg = dates.days_svg({D(2020, 1, 2): 3, D(2020, 3, 1): 1}, label="x", salt="t")
    assert str(svg).startswith("<svg")


@pytest.mark.parametrize(
    ("text", "meta", "given", "expected"),
    [
        ("Primera  línea\nresto", {}, None, "Primera línea"),
        ("texto", {"title": "  Un   título  "}, None, "Un título"),
        ("texto", {"title": "del meta"}, "dado", "dado"),
        ("texto", {"title": 3}, None, "texto"),
        ("\n\n", {}, None, "prensa report"),
        (
            "Putin expresa en un telegrama su apoyo a Bashar al Assad en la guerra "
            "que asola Siria desde hace casi diez años",
            {},
            None,
            "Putin expresa en un telegrama su apoyo a Bashar al Assad en la guerra que "
            "asola Siria …",
        ),
    ],
)
def test_report_title_is_cut_at_a_word(
    text: str, meta: dict[str, object], given: str | None, expected: str
) -> None:
    analysis = Analysis(text, None, (), (), (), (), PROFILE, meta=meta)
    title = page.title_of(analysis, given)
    assert title == expected
    assert "  " not in title and len(title) <= 90


def test_report_leaves_empty_kinds_out() -> None:
    text = "«Sí», dijo Ana."
    q = Quote("Sí", 1, 3, "direct", "Ana", "ana", "decir")
    analysis = Analysis(text, None, (q,), (), (), (), PROFILE)
    svg = str(charts.quotes_per_speaker_svg(analysis))
    legend = svg[svg.index('id="legend_1"') :]
    assert legend.count('<g id="patch_') == 1  # one swatch: direct; no empty kind
    html = page.render(analysis)
    sourcing = html[html.index('id="sourcing-table"') :]
    sourcing = sourcing[: sourcing.index("</table>")]
    assert "<td>direct</td>" in sourcing
    assert "<td>partial</td>" not in sourcing and "<td>indirect</td>" not in sourcing
    assert "0 partial" not in " ".join(page.summary(analysis))


def test_report_bar_legend_has_a_swatch_per_kind_present() -> None:
    counts = Counter({("Ana", "direct"): 2, ("Ana", "partial"): 1, ("Luis", "indirect"): 1})
    svg = str(charts.speaker_bars_svg(counts, salt="t"))
    assert svg[svg.index('id="legend_1"') :].count('<g id="patch_') == 3
