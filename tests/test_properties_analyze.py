"""Properties on arbitrary text: never raises, offsets exact, deterministic.

The chunking properties need no model; the analysis ones run the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from prensa import chunking
from prensa.pipeline import analyze, analyze_stream
from prensa.records import Analysis

# Characters that stress quotation pairing, offsets and tokenisation.
TRICKY = [
    *"«»“”‘’\"'—–-.,;:¿?¡!()[] \n\r\t",
    "\u200b",
    "\u200f",
    "\u202e",
    "\ufeff",
    "\x00",
    "\x07",
    "\u00a0",
    "😀",
    "🇪🇸",
    "e\u0301",
    "dijo",
    "según",
    "el ministro",
    "Pedro Sánchez",
    "Madrid",
    "ayer",
    "el 3 de mayo",
    "PSOE",
    " ",
    " ",
    "a",
    "é",
    "ñ",
    "1",
    "2020",
]
tricky_text = st.lists(st.sampled_from(TRICKY), max_size=80).map("".join)
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
# Each example runs the model: a tenth of the profile's examples (60 in CI,
# more under ``--hypothesis-profile=long``; see tests/conftest.py).
PROPERTY = settings(
    max_examples=max(60, settings.default.max_examples // 10),
    suppress_health_check=[HealthCheck.too_slow],
)


def _spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for q in analysis.quotes:
        out.append((q.start, q.end, q.text))
        if q.speaker_text is not None:
            assert q.cue_start is None or 0 <= q.cue_start <= len(analysis.text)
    for rec in (*analysis.mentions, *analysis.timexes, *analysis.profile.requirements):
        out.append((rec.start, rec.end, rec.text))
    return out


def _check(analysis: Analysis, text: str) -> None:
    assert analysis.text == text
    for start, end, piece in _spans(analysis):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == piece


@pytest.mark.model
@PROPERTY
@given(text=st.one_of(tricky_text, any_text))
def test_properties_analyze_offsets_exact_and_deterministic(nlp: Language, text: str) -> None:
    first = analyze(text, "2021-06-01", nlp=nlp)
    _check(first, text)
    assert analyze(text, "2021-06-01", nlp=nlp).to_dict() == first.to_dict()


@pytest.mark.model
@settings(
    max_examples=max(25, settings.default.max_examples // 40),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=st.lists(st.sampled_from(TRICKY), min_size=30, max_size=120).map("".join))
def test_properties_analyze_in_pieces_offsets_exact(nlp: Language, text: str) -> None:
    saved = chunking.MAX_CHARS
    chunking.MAX_CHARS = 40
    try:
        analysis = analyze(text, None, nlp=nlp)
    finally:
        chunking.MAX_CHARS = saved
    _check(analysis, text)


@given(text=st.one_of(tricky_text, any_text), size=st.integers(1, 60))
def test_properties_pieces_rebuild_text(text: str, size: int) -> None:
    parts = list(chunking.pieces(text, size))
    assert "".join(parts) == text
    assert all(0 < len(p) <= size for p in parts) or text == ""


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("uno.\ndos.\ntres", 8, [5, 10, 14]),
        ("Una frase. Otra frase. Fin", 14, [11, 23, 26]),
        ("palabra palabra palabra", 10, [8, 16, 23]),
        ("x" * 25, 10, [10, 20, 25]),
        ("", 10, [0]),
    ],
)
def test_properties_split_points(text: str, size: int, expected: list[int]) -> None:
    assert chunking.split_points(text, size) == expected


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize(
    ("unit", "n"),
    [
        pytest.param("«", 500, id="unmatched-guillemets"),
        pytest.param("“Sí”, dijo el ministro. ", 60, id="many-quotes"),
        pytest.param("palabra ", 1_000, id="one-long-line"),
        pytest.param("\u200b\x00😀 a", 500, id="invisible-and-control"),
    ],
)
def test_properties_work_grows_linearly(
    nlp: Language, count_calls: Callable[[Callable[[], object]], int], unit: str, n: int
) -> None:
    """Four times the text costs about four times the calls (quadratic would be 16)."""

    def run(text: str) -> None:
        _check(analyze(text, None, nlp=nlp), text)

    run(unit * 10)  # warm caches: lexicons, compiled patterns
    small = count_calls(lambda: run(unit * n))
    large = count_calls(lambda: run(unit * n * 4))
    assert large < 6 * small


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "repeat", "max_chars"),
    [
        (
            "El 3 de mayo de 2021, «Es falso», dijo el ministro Luis Pérez en Madrid. "
            "Ayer llovió.\n",
            20,
            400,
        ),
        ("La portavoz, Ana Gómez, aseguró el lunes que el plan sigue. ", 30, 250),
    ],
)
def test_properties_pieces_match_whole(
    nlp: Language, paragraph: str, repeat: int, max_chars: int
) -> None:
    """Cut at paragraph or sentence ends, a long text gives what it gives whole."""
    text = paragraph * repeat
    whole = analyze(text, "2021-05-05", nlp=nlp)
    saved = chunking.MAX_CHARS
    chunking.MAX_CHARS = max_chars
    try:
        cut = analyze(text, "2021-05-05", nlp=nlp)
    finally:
        chunking.MAX_CHARS = saved
    assert [(t.start, t.end, t.value) for t in cut.timexes] == [
        (t.start, t.end, t.value) for t in whole.timexes
    ]
    assert [(q.start, q.end, q.speaker) for q in cut.quotes] == [
        (q.start, q.end, q.speaker) for q in whole.quotes
    ]
    assert [a.name for a in cut.actors] == [a.name for a in whole.actors]


# Any Python str, lone surrogates included ("\ud800" from a JSON escape):
# spaCy cannot hold them, so the model sees U+FFFD and the records the input.
surrogate_text = st.lists(
    st.one_of(st.sampled_from([*TRICKY, "\ud800", "\udfff", "\udc80"]), st.text(max_size=3)),
    max_size=60,
).map("".join)


@pytest.mark.model
@PROPERTY
@given(text=surrogate_text)
def test_properties_analyze_any_str_with_surrogates(nlp: Language, text: str) -> None:
    analysis = analyze(text, None, nlp=nlp)
    _check(analysis, text)
    (streamed, ctx), *_ = analyze_stream([(text, None, "x")], nlp=nlp)
    _check(streamed, text)
    assert ctx == "x"


@pytest.mark.model
def test_properties_analyze_surrogate_inside_quotation(nlp: Language) -> None:
    text = "«Es falso \ud800», dijo el ministro Luis Pérez."
    (quote,) = analyze(text, None, nlp=nlp).quotes
    assert quote.text == "Es falso \ud800"
    assert quote.speaker_text is not None and "Luis Pérez" in quote.speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "«" * 20_000 + " dijo él",
        "“" * 5_000 + "a" * 5_000 + "”" * 5_000,
        '"' * 20_001,
        "-" * 3_000 + "\n" + ")" * 3_000,
        "https://example.com/" + "a%C3%B1" * 200 + "?x=1 dijo.",
    ],
)
def test_properties_make_doc_long_runs_linear(blank_es: Language, text: str) -> None:
    """A long whitespace-free run is tokenised in slices, with the text (and so
    every offset) unchanged. spaCy's tokenizer is quadratic in the length of a
    run, so linear time is this: no text it is handed holds a run longer than
    MAX_RUN (time itself is measured in benchmarks/, never in a test)."""
    handed: list[str] = []

    class Spy:
        def make_doc(self, piece: str) -> Doc:
            handed.append(piece)
            return blank_es.make_doc(piece)

    doc = chunking.make_doc(cast(Language, Spy()), text)
    assert "".join(handed) == text
    assert max(len(run) for piece in handed for run in piece.split()) <= chunking.MAX_RUN
    assert doc.text == text
    assert all(len(t.text) <= chunking.MAX_RUN for t in doc)


@pytest.mark.parametrize("text", ["«Sí», dijo.  Ayer\n\nllovió. ", "a" * 256 + " b", ""])
def test_properties_make_doc_short_runs_untouched(blank_es: Language, text: str) -> None:
    assert [t.text_with_ws for t in chunking.make_doc(blank_es, text)] == [
        t.text_with_ws for t in blank_es.make_doc(text)
    ]


@pytest.mark.parametrize("unit", ["«Cita 1999», dijo Ana. ", "(a 2001 "])
def test_properties_timex_work_grows_linearly(
    blank_es: Language, count_calls: Callable[[Callable[[], object]], int], unit: str
) -> None:
    """Numbers that may be years, thousands in one paragraph: each is looked at
    in constant work (``Doc.text``, which joins every token, was built for each:
    10,000 quotations took 44 s)."""
    from prensa.timex.component import TimexTagger

    tagger = TimexTagger(blank_es, "prensa_timex")
    small = blank_es.make_doc(unit * 100)
    large = blank_es.make_doc(unit * 400)
    tagger(small)  # warm caches: lexicons, compiled patterns
    assert count_calls(lambda: tagger(large)) < 6 * count_calls(lambda: tagger(small))
