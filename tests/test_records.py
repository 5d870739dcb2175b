"""Records point into the text they came from, and export as documented."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

import pytest

import prensa
from prensa.records import Analysis

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
TEXTS = sorted(EVAL.glob("dev/*.txt")) + sorted(EVAL.glob("seed/*.txt"))

TRICKY = [
    "",
    "   \n\n  ",
    "«Nunca», dijo.\u00a0\u00a0«Jamás»",
    "El\u200bpresidente   dijo: “Esto\r\nes falso”.\r\n",
    "“Sin cerrar. ‘Anidado’ y «otro",
    "\x00\x01 control \ufeff y emoji 🇪🇸 «bien»",
]


def check_offsets(analysis: Analysis) -> None:
    text = analysis.text
    for group in (
        analysis.quotes,
        analysis.mentions,
        analysis.timexes,
        analysis.profile.requirements,
    ):
        for record in group:
            assert text[record.start : record.end] == record.text, record
    for q in analysis.quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text, q
        if q.cue_start is not None and q.cue_end is not None:
            assert q.cue_start < q.cue_end <= len(text), q


@pytest.mark.model
@pytest.mark.parametrize("text", TRICKY)
def test_records_offsets_exact_on_tricky_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    check_offsets(prensa.analyze(text, nlp=nlp))


@pytest.mark.model
@pytest.mark.skipif(not TEXTS, reason="../shared/eval is not beside the checkout")
def test_records_offsets_exact_on_eval_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    for path in TEXTS:
        check_offsets(prensa.analyze(path.read_text(encoding="utf-8"), nlp=nlp))


@pytest.mark.model
def test_records_to_dict_records_as_asdict(nlp, seed_text) -> None:  # type: ignore[no-untyped-def]
    analysis = prensa.analyze(seed_text, nlp=nlp)
    out = analysis.to_dict()
    for name in ("quotes", "mentions", "timexes"):
        records = getattr(analysis, name)
        assert records
        assert out[name] == [asdict(r) for r in records]
    assert analysis.actors
    assert out["actors"] == [{**asdict(a), "aliases": list(a.aliases)} for a in analysis.actors]
    assert [list(a) for a in out["actors"]] == [list(asdict(a)) for a in analysis.actors]


@pytest.mark.model
def test_records_to_dict_has_format_fields(nlp, seed_text) -> None:  # type: ignore[no-untyped-def]
    out = prensa.analyze(seed_text, nlp=nlp, doc_id="000").to_dict()
    json.dumps(out)  # plain JSON
    assert out["id"] == "000"
    assert {"quotes", "actors", "timexes", "profile"} <= set(out)
    for q in out["quotes"]:
        assert {"text", "start", "end", "kind", "speaker", "cue"} <= set(q)
        assert q["kind"] in {"direct", "partial", "indirect"}
    names = {a["name"] for a in out["actors"]}
    for q in out["quotes"]:
        assert q["speaker"] is None or q["speaker"] in names
    for a in out["actors"]:
        assert {"name", "type", "aliases"} <= set(a)
    for t in out["timexes"]:
        assert {"text", "start", "end", "type", "value"} <= set(t)


@pytest.mark.model
def test_records_dataframes(nlp, seed_text) -> None:  # type: ignore[no-untyped-def]
    analysis = prensa.analyze(seed_text, nlp=nlp)
    frames = analysis.to_dataframes()
    assert set(frames) == {"quotes", "actors", "mentions", "timexes", "requirements"}
    assert len(frames["quotes"]) == len(analysis.quotes)
    assert list(frames["quotes"].columns[:4]) == ["doc_id", "text", "start", "end"]


@pytest.mark.model
@pytest.mark.parametrize("date", ["31/02/2020", "ayer", "2020-13-01"])
def test_records_bad_date_is_refused(nlp, date: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        prensa.analyze("Hoy llueve.", date=date, nlp=nlp)


@pytest.mark.model
@pytest.mark.parametrize(
    "date",
    ["2020-12-21", "21/12/2020", "20201221", dt.date(2020, 12, 21), dt.datetime(2020, 12, 21, 9)],
)
def test_records_date_is_read_as_corpora_read_it(nlp, date: str | dt.date) -> None:  # type: ignore[no-untyped-def]
    analysis = prensa.analyze("«Llegó ayer», dijo el ministro.", date=date, nlp=nlp)
    assert analysis.date == "2020-12-21"
    assert [t.value for t in analysis.timexes] == ["2020-12-20"]
