"""The annotated text: every slice escaped, spans nested or split, text kept exactly."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prensa.records import Actor, Analysis, Mention, Profile, Quote
from prensa.report import highlight

TAG = re.compile(r"<[^>]*>")
PROFILE = Profile("es", 1.0, "news article", 0, 0, 0, 0, (), "")


def bare(text: str) -> Analysis:
    return Analysis(text, None, (), (), (), (), PROFILE)


def plain(markup: object) -> str:
    """The text content of the highlighted HTML (what a browser shows, less CSS tags)."""
    return html.unescape(TAG.sub("", str(markup)))


def well_formed(markup: object) -> bool:
    stack: list[str] = []
    for m in re.finditer(r"<(/?)(\w+)[^>]*>", str(markup)):
        closing, name = m.groups()
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def compact(markup: object) -> str:
    """The highlight with each mark written as <LETTER>…</LETTER> (Q for quote...)."""
    body = str(markup).removeprefix('<div class="pz-text">').removesuffix("</div>")
    body = re.sub(r'<span class="pz-tag"[^>]*></span>', "", body)
    stack: list[str] = []
    parts = []
    for token in re.split(r"(<[^>]+>)", body):
        opening = re.fullmatch(r'<(?:mark|span) class="pz pz-(\w+)[^"]*"[^>]*>', token)
        if opening:
            stack.append(opening.group(1)[0].upper())
            parts.append(f"<{stack[-1]}>")
        elif token in ("</mark>", "</span>"):
            parts.append(f"</{stack.pop()}>")
        else:
            parts.append(token)
    return "".join(parts)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], "ab cd ef"),
        ([(0, 2, "actor")], "<A>ab</A> cd ef"),
        ([(0, 8, "quote"), (3, 5, "actor")], "<Q>ab <A>cd</A> ef</Q>"),
        ([(3, 5, "actor"), (0, 8, "quote")], "<Q>ab <A>cd</A> ef</Q>"),
        # crossing spans: the inner one is closed and reopened
        ([(0, 5, "quote"), (3, 8, "actor")], "<Q>ab <A>cd</A></Q><A> ef</A>"),
        # same span twice: marked once
        ([(0, 2, "cue"), (0, 2, "cue")], "<C>ab</C> cd ef"),
        # out of range or empty spans are dropped
        ([(5, 5, "date"), (6, 99, "date")], "ab cd ef"),
    ],
)
def test_viz_highlight_nests_and_splits(spans: list[tuple[int, int, str]], expected: str) -> None:
    marks = [highlight.Highlight(s, e, label) for s, e, label in spans]
    assert compact(highlight.highlight(bare("ab cd ef"), marks=marks)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a & b \"c\" 'd'",
        "«Es falso», dijo.\n\nOtro párrafo.",
        "\xa0 espacios\t raros  ",
    ],
)
def test_viz_highlight_escapes_and_keeps_the_text(text: str) -> None:
    marks = [highlight.Highlight(0, len(text), "quote", ("quote-direct",), "DIRECT", text)]
    out = highlight.highlight(bare(text), marks=marks)
    assert plain(out) == text
    assert "<script>" not in str(out)


@given(
    text=st.text(alphabet="ab<>&\"' \n«»", min_size=1, max_size=40),
    raw=st.lists(
        st.tuples(
            st.integers(0, 40),
            st.integers(0, 40),
            st.sampled_from(["quote", "actor", "cue", "date", "speaker"]),
        ),
        max_size=8,
    ),
)
def test_viz_highlight_any_spans_stay_well_formed(
    text: str, raw: list[tuple[int, int, str]]
) -> None:
    marks = [
        highlight.Highlight(min(a, b), max(a, b), label, (), label.upper(), text)
        for a, b, label in raw
    ]
    out = highlight.highlight(bare(text), marks=marks)
    assert plain(out) == text
    assert well_formed(out)


def test_viz_highlights_find_speaker_near_the_cue() -> None:
    text = "Luis habló con Ana. Ana asegura: «Luis miente». Luis calla."
    ana = Actor("ana", "Ana", "PER")
    luis = Actor("luis", "Luis", "PER")
    mentions = tuple(
        Mention(actor.id, actor.name, m.start(), m.end(), "name")
        for actor in (ana, luis)
        for m in re.finditer(actor.name, text)
    )
    start = text.index("Luis miente")
    cue = text.index("asegura")
    q = Quote("Luis miente", start, start + 11, "direct", "Ana", "ana", "asegurar", cue, cue + 7)
    analysis = Analysis(
        text, None, (q,), (ana, luis), tuple(sorted(mentions, key=lambda m: m.start)), (), PROFILE
    )
    speakers = [(h.start, h.end) for h in highlight.highlights(analysis) if h.label == "speaker"]
    assert speakers == [(text.index("Ana asegura"), text.index("Ana asegura") + 3)]


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("Uno. Dos el lunes tres. Cuatro.", "el lunes", "Dos el lunes tres."),
        ("Sin punto el martes", "el martes", "Sin punto el martes"),
        ("Primero.\nAyer llovió. Luego no.", "Ayer", "Ayer llovió."),
    ],
)
def test_viz_sentence_around(text: str, piece: str, expected: str) -> None:
    start = text.index(piece)
    a, b = highlight.sentence_around(text, start, start + len(piece))
    assert text[a:b] == expected


def test_viz_legend_names_every_kind_of_mark() -> None:
    legend = str(highlight.legend())
    for _, label in highlight.LEGEND:
        assert html.escape(label, quote=False) in legend
    assert str(highlight.annotated(bare("x"))).startswith("<style>")


@pytest.mark.parametrize(
    ("spans", "tags"),
    [
        ([(0, 8, "PER"), (3, 8, "PER")], ["PER"]),  # "la dinastía al Assad" ⊃ "al Assad"
        ([(0, 8, "PER"), (3, 8, "LOC")], ["LOC", "PER"]),
        ([(0, 5, "PER"), (3, 8, "PER")], ["PER", "PER"]),  # crossing: each ends once
    ],
)
def test_viz_highlight_draws_one_tag_per_end(
    spans: list[tuple[int, int, str]], tags: list[str]
) -> None:
    marks = [highlight.Highlight(s, e, "actor", (tag,), tag) for s, e, tag in spans]
    out = str(highlight.highlight(bare("ab cd ef"), marks=marks))
    assert re.findall(r'data-tag="(\w+)"', out) == tags


def test_viz_highlight_work_grows_linearly(
    count_calls: Callable[[Callable[[], object]], int],
) -> None:
    """Four times the article and its spans cost about four times the calls."""
    unit = "Ana dijo que «Vigo gana». "

    def run(n: int) -> None:
        text = unit * n
        marks = [
            highlight.Highlight(i * len(unit) + s, i * len(unit) + e, label)
            for i in range(n)
            for s, e, label in ((0, 3, "actor"), (14, 23, "quote"), (14, 18, "actor"))
        ]
        assert plain(highlight.highlight(bare(text), marks=marks)) == text

    run(10)  # warm up
    assert count_calls(lambda: run(4_000)) < 6 * count_calls(lambda: run(1_000))


@pytest.mark.parametrize(
    ("text", "speaker_text", "expected"),
    [
        ("Alianza y Al dijo: «no».", "Al", "Al dijo"),  # not inside "Alianza"
        ("«No», dijo la ministra.", "la ministra", "la ministra."),
        ("«No», dijo alguien.", "nadie", None),
    ],
)
def test_viz_highlights_find_speaker_text_as_whole_words(
    text: str, speaker_text: str, expected: str | None
) -> None:
    start = text.index("«") + 1
    q = Quote("x", start, start + 2, "direct", None, None, "decir", speaker_text=speaker_text)
    analysis = Analysis(text, None, (q,), (), (), (), PROFILE)
    found = [h.start for h in highlight.highlights(analysis) if h.label == "speaker"]
    assert found == ([] if expected is None else [text.index(expected)])
