"""tools/newswire.py rebuilds stories from CoNLL lines with offsets that point
at their tokens, and scores exact span and type with MISC neutral.

The CoNLL snippet is made up here (no words of the licensed data); no model
is needed: predictions are written by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newswire", TOOLS / "newswire.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["newswire"] = module
    spec.loader.exec_module(module)
    return module


nw = _load()

SNIPPET = """\
Villaverde NC B-LOC
, Fc O
3 Z O
jun NC O
( Fpa O
EFE NC B-ORG
) Fpt O
. Fp O

- Fg O

La DA O
ministra NC O
Ana NP B-PER
Ruiz NP I-PER
dijo VMI O
a SP O
" Fe B-MISC
El DA I-MISC
Faro NP I-MISC
" Fe I-MISC
que CS O
el DA O
Banco NC B-ORG
del SP I-ORG
Norte NC I-ORG
( Fpa O
BN NP B-ORG
) Fpt O
no RN O
cambiará VMI O
. Fp O

RECORTES NC O
EN SP O
LA DA B-ORG
LIGA NC I-ORG
Puerto NC B-LOC
Alto AQ I-LOC
, Fc O
4 Z O
jun NC O
( Fpa O
EFE NC B-ORG
) Fpt O
. Fp O

¿ Fia O
Quién PT O
paga VMI O
? Fit O
"""

TEXTS = [
    'Villaverde, 3 jun (EFE).\n-\nLa ministra Ana Ruiz dijo a "El Faro" que el Banco del Norte'
    " (BN) no cambiará.",
    "RECORTES EN LA LIGA Puerto Alto, 4 jun (EFE).\n¿Quién paga?",
]


def _docs(dateline_line: bool = False) -> list[Any]:
    return list(nw.documents(SNIPPET.splitlines(), dateline_line=dateline_line))


def _at(doc: Any, words: str) -> tuple[int, int]:
    """The token span of the first run of ``words`` in ``doc``."""
    want = words.split()
    for i in range(len(doc.tokens)):
        if doc.tokens[i : i + len(want)] == want:
            return i, i + len(want)
    raise AssertionError(words)


def test_newswire_splits_stories_at_datelines_and_detokenises() -> None:
    docs = _docs()
    assert [d.text for d in docs] == TEXTS
    assert [d.sentences for d in docs] == [[0, 8, 9], [0, 13]]


def test_newswire_offsets_point_at_every_token() -> None:
    for doc in _docs() + _docs(dateline_line=True):
        for word, start, end in zip(doc.tokens, doc.starts, doc.ends, strict=True):
            assert doc.text[start:end] == word


def test_newswire_dateline_line_parts_headline_from_place() -> None:
    assert _docs(dateline_line=True)[1].text.split("\n")[:2] == [
        "RECORTES EN LA LIGA",
        "Puerto Alto, 4 jun (EFE).",
    ]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Villaverde , 3 jun ( EFE ) .", "Villaverde , 3 jun ( EFE ) ."),
        ("Río Claro ( Norte ) , 3 jun ( EFE ) .", "Río Claro ( Norte ) , 3 jun ( EFE ) ."),
        ("SUBEN LOS PRECIOS Villa del Mar ( EFE ) .", "Villa del Mar ( EFE ) ."),
        ("EFE ab-c Lagos , 3 jun ( EFE ) .", "Lagos , 3 jun ( EFE ) ."),
        ("CIERRA LA FABRICA ( NORTE ) Lagos ( EFECOM ) .", "Lagos ( EFECOM ) ."),
        ("( XY123 ) Lagos , 3 jun ( EFE ) .", "Lagos , 3 jun ( EFE ) ."),
    ],
)
def test_newswire_dateline_start(sentence: str, place: str) -> None:
    words = sentence.split()
    assert nw.is_dateline(words)
    assert " ".join(words[nw.dateline_start(words) :]) == place


def test_newswire_chunks_sentences_without_datelines() -> None:
    lines = "Uno O\n\nDos O\n\nTres O\n\n-DOCSTART- -X- O\n\nCuatro O\n".splitlines()
    docs = nw.documents(lines, chunk=2)
    assert [d.tokens for d in docs] == [["Uno", "Dos"], ["Tres"], ["Cuatro"]]
    assert docs[0].text == "Uno\nDos"


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),  # an I- after O opens one
        (["B-ORG", "I-PER"], [(0, 1, "ORG"), (1, 2, "PER")]),
        (["B-MISC", "I-MISC", "O"], [(0, 2, "MISC")]),
    ],
)
def test_newswire_gold_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert nw.gold_spans(tags) == spans


def test_newswire_token_span_and_cuts() -> None:
    doc = _docs()[0]
    start = doc.text.index("Banco")
    end = doc.text.index("Norte") + len("Norte")
    assert nw.token_span(doc, start, end) == _at(doc, "Banco del Norte")
    assert not nw.cuts(doc, start, end)
    assert nw.token_span(doc, start + 1, end - 1) == _at(doc, "Banco del Norte")
    assert nw.cuts(doc, start + 1, end)
    assert nw.token_span(doc, end, end + 1) is None  # the space between two tokens


def test_newswire_scores_exact_span_and_type_with_misc_neutral() -> None:
    doc = _docs()[0]
    pred = {
        (*_at(doc, "Villaverde"), "LOC"): frozenset({"name"}),  # right
        (*_at(doc, "Ana Ruiz"), "PER"): frozenset({"name"}),  # right
        (*_at(doc, "La ministra"), "PER"): frozenset({"title"}),  # no entity
        (*_at(doc, '" El Faro "'), "ORG"): frozenset({"name"}),  # exactly a MISC: neutral
        (*_at(doc, "El Faro"), "ORG"): frozenset({"name"}),  # inside a MISC: wrong
        (*_at(doc, "Banco del Norte"), "LOC"): frozenset({"name"}),  # wrong type
        (*_at(doc, "BN"), "ORG"): frozenset({"acronym"}),  # right
    }  # EFE missed
    tally, errors = nw.score([doc], [pred])
    assert (tally.tp, tally.fp, tally.fn, tally.neutral) == (
        {"LOC": 1, "PER": 1, "ORG": 1},
        {"PER": 1, "ORG": 1, "LOC": 1},
        {"ORG": 2},
        {"ORG": 1},
    )
    assert tally.prf() == pytest.approx((0.5, 0.6, 6 / 11))
    assert tally.prf("ORG") == pytest.approx((0.5, 1 / 3, 0.4))

    gold = nw.gold_spans(doc.tags)
    found = {
        " ".join(doc.tokens[e.span[0] : e.span[1]]): nw.classify(doc, e, gold, pred, {}).name
        for e in errors
        if e.false_alarm
    }
    assert found == {
        "La ministra": "title, demonym or speaker",
        "El Faro": "part of a MISC name",
        "Banco del Norte": "type confusion",
    }

    names = nw.names_only([pred])
    tally, _ = nw.score([doc], names)
    assert sum(tally.fp.values()) == 2  # the title is gone


def test_newswire_tally_of_nothing_is_zero() -> None:
    assert nw.Tally().prf() == (0.0, 0.0, 0.0)
