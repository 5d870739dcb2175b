"""The pictures: speaker network, quotations per speaker, timeline (inline SVG)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from markupsafe import Markup

from prensa.records import Actor, Analysis, Mention, Profile, Quote, Timex
from prensa.report import charts

PROFILE = Profile("es", 1.0, "news article", 0, 0, 0, 0, (), "")
TEXT = "Ana dijo: «Vigo y Lugo ganan». Ana añadió: «Vigo pierde». Luis dijo: «Ana miente»."
ANA = Actor("ana", "Ana", "PER")
LUIS = Actor("luis", "Lu$is <b>", "PER")  # mathtext and markup must both come out harmless
VIGO = Actor("vigo", "Vigo", "LOC")
LUGO = Actor("lugo", "Lugo", "LOC")


def _mentions() -> tuple[Mention, ...]:
    found = []
    for actor, word in ((ANA, "Ana"), (LUIS, "Luis"), (VIGO, "Vigo"), (LUGO, "Lugo")):
        start = TEXT.find(word)
        while start != -1:
            found.append(Mention(actor.id, word, start, start + len(word), "name"))
            start = TEXT.find(word, start + 1)
    return tuple(sorted(found, key=lambda m: m.start))


def _quote(piece: str, speaker: Actor, kind: str = "direct") -> Quote:
    start = TEXT.index(piece)
    return Quote(
        piece,
        start,
        start + len(piece),
        kind,
        speaker.name,
        speaker.id,  # type: ignore[arg-type]
        "decir",
    )


def analysis() -> Analysis:
    quotes = (
        _quote("Vigo y Lugo ganan", ANA),
        _quote("Vigo pierde", ANA, "partial"),
        _quote("Ana miente", LUIS),
    )
    start = TEXT.index("Luis")
    lugo = TEXT.index("Lugo")
    timexes = (
        Timex("Luis", start, start + 4, "DATE", "2020-12-21"),
        Timex("Lugo", lugo, lugo + 4, "DATE", "$x$"),  # no calendar value: not drawn
    )
    return Analysis(TEXT, None, quotes, (ANA, LUIS, VIGO, LUGO), _mentions(), timexes, PROFILE)


EMPTY = Analysis("Nada.", None, (), (), (), (), PROFILE)


def test_viz_network_links_speakers_to_the_actors_they_mention() -> None:
    graph = charts.network(analysis())
    edges = {(a, b): d["weight"] for a, b, d in graph.edges(data=True)}
    assert edges == {("Ana", "Vigo"): 2, ("Ana", "Lugo"): 1, ("Lu$is <b>", "Ana"): 1}
    assert graph.nodes["Ana"]["speaker"] and not graph.nodes["Vigo"]["speaker"]


def test_viz_network_ignores_a_speaker_naming_itself() -> None:
    start = TEXT.index("Ana miente")
    q = Quote("Ana miente", start, start + 10, "direct", "Ana", "ana", "decir")
    alone = Analysis(TEXT, None, (q,), (ANA,), _mentions(), (), PROFILE)
    assert list(charts.network(alone).edges) == []


@pytest.mark.parametrize(
    "draw",
    [charts.network_svg, charts.quotes_per_speaker_svg, charts.timeline_svg],
)
def test_viz_charts_are_bare_inline_svg(draw: Callable[[Analysis], Markup | None]) -> None:
    svg = draw(analysis())
    assert svg is not None
    text = str(svg)
    assert text.startswith("<svg") and text.rstrip().endswith("</svg>")
    for banned in ("<?xml", "<!DOCTYPE", "<!--", "<script", "<b>", 'href="http'):
        assert banned not in text
    assert draw(analysis()) == svg  # deterministic: same picture, same bytes


@pytest.mark.parametrize(
    "draw",
    [charts.network_svg, charts.quotes_per_speaker_svg, charts.timeline_svg],
)
def test_viz_charts_are_none_without_data(draw: Callable[[Analysis], Markup | None]) -> None:
    assert draw(EMPTY) is None
