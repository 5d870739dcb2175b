"""The standalone HTML report: sections, escaping, sourcing, summary, atomic write.

Analyses are built by hand (``sample()``, ``hostile()``) so these tests do
not depend on how good the extractors are; ``test_report_browser`` reuses them.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from spacy.language import Language

from prensa.records import Actor, Analysis, Mention, Profile, Quote, Timex
from prensa.report import page as report

SECTIONS = ("profile", "text", "quotes", "actors", "network", "timeline", "sourcing", "summary")

SAMPLE = (
    "La ministra de Sanidad, Ana Pérez, afirmó el lunes que «el plan llegará a todos los "
    "hospitales de Vigo». Según la agencia Efe, Pérez calificó la medida de «histórica».\n"
    "El alcalde de Vigo dijo que la ciudad está preparada."
)
HOSTILE = (
    "El portavoz <b>Juan</b> declaró: «<script>alert(1)</script> y "
    "<img src=x onerror=alert(1)>». Y añadió: \"</table><a href='javascript:alert(2)'>x</a>\".\n"
    "Según <i>la agencia</i>, el 3 de mayo & después."
)


def at(text: str, piece: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``piece`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def profile(
    text: str,
    verdict: str = "This document defines no requirement.",
    warnings: tuple[str, ...] = (),
) -> Profile:
    return Profile(
        "es",
        0.9,
        "news article",
        len(text),
        len(text.split()),
        3,
        text.count("\n") + 1,
        (),
        verdict,
        warnings,
    )


def quote(
    text: str,
    piece: str,
    kind: str,
    speaker: Actor | None,
    cue: str,
    cue_word: str,
    *,
    speaker_text: str | None = None,
    source: str | None = None,
) -> Quote:
    start, end = at(text, piece)
    cue_start, cue_end = at(text, cue_word)
    return Quote(
        piece,
        start,
        end,
        kind,
        speaker.name if speaker else None,  # type: ignore[arg-type]
        speaker.id if speaker else None,
        cue,
        cue_start,
        cue_end,
        speaker_text=speaker_text,
        source=source,
    )


def mention(text: str, actor: Actor, piece: str, occurrence: int = 1) -> Mention:
    start, end = at(text, piece, occurrence)
    return Mention(actor.id, piece, start, end, "name")


def sample() -> Analysis:
    """A small article with all three kinds of quotation, a source, nesting and a date."""
    t = SAMPLE
    perez = Actor("perez", "Ana Pérez", "PER", ("Pérez",), None, {"Ana Pérez": 1, "Pérez": 1}, 2, 2)
    efe = Actor("efe", "Efe", "ORG", (), "media", {"Efe": 1}, 1, 0)
    vigo = Actor("vigo", "Vigo", "LOC", (), "city", {"Vigo": 2}, 2, 0)
    mayor = Actor("alcalde", "El alcalde de Vigo", "NOM", (), None, {"El alcalde de Vigo": 1}, 1, 1)
    mentions = sorted(
        [
            mention(t, perez, "Ana Pérez"),
            mention(t, perez, "Pérez", 2),
            mention(t, efe, "Efe"),
            mention(t, vigo, "Vigo"),
            mention(t, vigo, "Vigo", 2),
            mention(t, mayor, "El alcalde de Vigo"),
        ],
        key=lambda m: m.start,
    )
    quotes = (
        quote(
            t,
            "el plan llegará a todos los hospitales de Vigo",
            "direct",
            perez,
            "afirmar",
            "afirmó",
            speaker_text="Ana Pérez",
        ),
        quote(t, "histórica", "partial", perez, "calificar", "calificó", source="la agencia Efe"),
        quote(t, "la ciudad está preparada", "indirect", mayor, "decir", "dijo"),
    )
    start, end = at(t, "el lunes")
    timexes = (Timex("el lunes", start, end, "DATE", "2020-12-21"),)
    return Analysis(
        t,
        "2020-12-23",
        quotes,
        (perez, efe, vigo, mayor),
        tuple(mentions),
        timexes,
        profile(t),
        id="sample",
    )


def hostile() -> Analysis:
    """Markup everywhere the article or an extractor could put it."""
    t = HOSTILE
    evil = Actor("juan", "<b>Juan</b>", "PER", ("<i>J</i>",), "<x>", {"<b>Juan</b>": 1}, 1, 2)
    q1 = "<script>alert(1)</script> y <img src=x onerror=alert(1)>"
    q2 = "</table><a href='javascript:alert(2)'>x</a>"
    quotes = (
        quote(
            t, q1, "direct", evil, "<svg onload=alert(3)>", "declaró", speaker_text="<b>Juan</b>"
        ),
        quote(t, q2, "partial", evil, "añadir", "añadió", source="<i>la agencia</i>"),
    )
    start, end = at(t, "el 3 de mayo")
    timexes = (Timex("el 3 de mayo", start, end, "DATE", '"><img src=x onerror=alert(4)>'),)
    return Analysis(
        t,
        None,
        quotes,
        (evil,),
        (mention(t, evil, "<b>Juan</b>"),),
        timexes,
        profile(t, verdict="<script>alert(5)</script>", warnings=("<img src=y>",)),
        meta={"title": "<title>x</title>"},
    )


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.data: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.data).append(data)


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_report_render_has_every_section() -> None:
    html = report.render(sample(), title="Muestra")
    ids = {attrs.get("id") for _, attrs in parse(html).tags}
    assert set(SECTIONS) <= ids
    assert html.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("css_class", "count"),
    [
        ("pz-quote-direct", 1),
        ("pz-quote-partial", 1),
        ("pz-quote-indirect", 1),
        ("pz-speaker", 3),
        ("pz-cue", 3),
        ("pz-source", 1),
        ("pz-date", 1),
        ("pz-actor", 6),
    ],
)
def test_report_render_highlights_every_record(css_class: str, count: int) -> None:
    marked = [
        a
        for _, a in parse(report.render(sample())).tags
        if css_class in (a.get("class") or "").split() and a.get("title")
    ]
    assert len(marked) == count


def test_report_render_is_self_contained() -> None:
    tags = parse(report.render(sample())).tags
    for tag, attrs in tags:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert not (attrs.get("src") or attrs.get("href", "#") or "#").startswith(("http", "//"))
    assert sum(tag == "svg" for tag, _ in tags) == 3  # speakers, network, timeline


def test_report_render_pins_its_script_in_the_policy() -> None:
    html = report.render(sample())
    parsed = parse(html)
    assert parsed.scripts == [report.SORT_SCRIPT]
    digest = base64.b64encode(hashlib.sha256(report.SORT_SCRIPT.encode()).digest()).decode()
    policy = next(a["content"] for t, a in parsed.tags if a.get("http-equiv"))
    assert f"script-src 'sha256-{digest}'" in (policy or "")
    assert "default-src 'none'" in (policy or "")


def test_report_render_escapes_a_hostile_article() -> None:
    html = report.render(hostile())
    parsed = parse(html)
    assert parsed.scripts == [report.SORT_SCRIPT]
    for tag, attrs in parsed.tags:
        assert tag not in {"img", "b", "i", "x"}
        assert tag != "a" or (attrs.get("href") or "").startswith("#")  # the contents only
        assert not any(name.startswith("on") for name in attrs)
        assert "javascript:" not in " ".join(v or "" for v in attrs.values())
    assert sum(tag == "title" for tag, _ in parsed.tags) == 1
    text = "".join(parsed.data)
    assert "<script>alert(1)</script> y <img src=x onerror=alert(1)>" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img" not in html and "<script>alert" not in html


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("total", 3),
        ("primary", 2),
        ("secondary", 1),
        ("unattributed", 0),
        ("sources", {"la agencia Efe": 1}),
        ("kinds", {"direct": 1, "partial": 1, "indirect": 1}),
        ("media", ("Efe",)),
    ],
)
def test_report_sourcing_counts(field: str, expected: object) -> None:
    assert getattr(report.sourcing(sample()), field) == expected


@pytest.mark.parametrize(
    ("analysis", "expected"),
    [
        (
            sample(),
            [
                "A news article in Spanish",
                "Most quoted: Ana Pérez, 2 of 3",
                "1 direct (33%)",
                "through la agencia Efe",
                "el lunes (2020-12-21)",
            ],
        ),
        (hostile(), ["<script>alert(5)</script>", "publication date is unknown", "<img src=y>"]),
    ],
)
def test_report_summary_says(analysis: Analysis, expected: list[str]) -> None:
    joined = " ".join(report.summary(analysis))
    for phrase in expected:
        assert phrase in joined


def test_report_summary_states_what_a_document_without_requirements_holds() -> None:
    first = report.summary(sample())[0]
    assert "defines no requirement" in first
    assert "3 quotations from 2 identified speakers, 4 actors and 1 temporal expression" in first


def test_report_framing_counts_distinct_names_not_demonyms() -> None:
    text = "Ana Pérez habló. La ministra y la  Ministra, ana pérez, rusa."
    who = Actor("perez", "Ana Pérez", "PER")
    found = [
        Mention("perez", piece, *at(text, piece), kind)
        for piece, kind in (
            ("Ana Pérez", "name"),
            ("La ministra", "title"),
            ("la  Ministra", "title"),
            ("ana pérez", "name"),
            ("rusa", "demonym"),
        )
    ]
    analysis = Analysis(text, None, (), (who,), tuple(found), (), profile(text))
    assert report.framing(analysis) == {"perez": ["Ana Pérez", "La ministra"]}


def test_report_render_shows_empty_sections_plainly() -> None:
    empty = Analysis("Nada.", None, (), (), (), (), profile("Nada."))
    html = report.render(empty)
    assert html.count('class="empty"') >= 5
    assert re.search(r"No quotation found", html)


def test_report_write_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "report.html"
    written = report.write(sample(), target, title="Muestra")
    assert written == target
    assert target.read_text(encoding="utf-8") == report.render(sample(), title="Muestra")
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_report_write_leaves_no_temporary_file_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(report.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        report.write(sample(), tmp_path / "r.html")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.model
def test_report_render_the_seed_article(nlp: Language) -> None:
    import prensa

    root = Path(__file__).resolve().parents[1]
    text = (root / "data" / "putin-telegrama-apoyo-assad.txt").read_text(encoding="utf-8")
    html = report.render(prensa.analyze(text, nlp=nlp))
    ids = {attrs.get("id") for _, attrs in parse(html).tags}
    assert set(SECTIONS) <= ids
    assert "defines no system, hardware or performance requirement" in html


@pytest.mark.model
def test_report_render_escapes_what_the_pipeline_finds_in_a_hostile_article(
    nlp: Language,
) -> None:
    import prensa

    html = report.render(prensa.analyze(HOSTILE, nlp=nlp))
    assert "<img" not in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert parse(html).scripts == [report.SORT_SCRIPT]
