"""Tables keep their types (integers, lists) and the JSON Schema matches output and docs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from prensa import export
from prensa.schema import LISTS, json_schema

FORMAT_MD = Path(__file__).resolve().parent.parent / "docs" / "FORMAT.md"

RECORD = {
    "id": "a",
    "date": None,
    "quotes": [
        {"text": "Es falso", "start": 2479, "end": 2487, "kind": "direct", "speaker": None,
         "speaker_id": None, "cue": None, "cue_start": None, "cue_end": None,
         "speaker_text": None, "speaker_start": None, "speaker_end": None, "speaker_rule": "",
         "source": None, "statement": 0, "paragraph": 1, "sentence": 2, "rule": "marked",
         "confidence": 1.0},
        {"text": "No", "start": 10, "end": 12, "kind": "direct", "speaker": "Ana Gil",
         "speaker_id": "A1", "cue": "decir", "cue_start": 15, "cue_end": 19,
         "speaker_text": "Ana Gil", "speaker_start": 20, "speaker_end": 27,
         "speaker_rule": "subject", "source": None, "statement": 1, "paragraph": 0,
         "sentence": 0, "rule": "marked", "confidence": 0.9},
    ],
    "actors": [
        {"id": "A1", "name": "Ana Gil", "type": "PER", "aliases": ["Gil", "la ministra"],
         "subtype": None, "naming": {"Ana Gil": 1, "Gil": 2}, "mentions": 3, "quoted": 1}
    ],
    "mentions": [],
    "timexes": [],
    "profile": {"language": "es", "language_confidence": 0.5, "genre": "news article",
                "characters": 3000, "words": 500, "sentences": 20, "paragraphs": 5,
                "requirements": [{"text": "x", "start": 1, "end": 2, "kind": "system",
                                  "cues": ["debe", "el sistema"]}],
                "verdict": "v", "warnings": [], "defines_requirements": True},
}  # fmt: skip


def test_export_schema_integers_stay_integers_in_csv(tmp_path: Path) -> None:
    export.write_tables([RECORD], tmp_path, "csv")
    text = (tmp_path / "quotes.csv").read_text("utf-8")
    assert "2479," in text
    assert not re.search(r"\b\d+\.0\b", text.replace("1.0", "").replace("0.9", ""))
    quotes = pd.read_csv(tmp_path / "quotes.csv")
    assert quotes["start"].tolist() == [2479, 10]


def test_export_schema_frames_use_nullable_integers() -> None:
    from prensa.records import frames

    quotes = frames([RECORD])["quotes"]
    assert str(quotes["speaker_start"].dtype) == "Int64"
    assert quotes["speaker_start"].isna().tolist() == [True, False]
    assert str(quotes["start"].dtype) == "Int64"


def test_export_schema_parquet_keeps_integers_and_lists(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    export.write_tables([RECORD], tmp_path, "parquet")
    quotes = pd.read_parquet(tmp_path / "quotes.parquet")
    assert (
        quotes["speaker_start"].dtype.kind in "iu" or str(quotes["speaker_start"].dtype) == "Int64"
    )
    assert quotes["speaker_start"].tolist()[1] == 20
    actors = pd.read_parquet(tmp_path / "actors.parquet")
    assert list(actors["aliases"][0]) == ["Gil", "la ministra"]
    assert [dict(n) for n in actors["naming"][0]] == [
        {"text": "Ana Gil", "count": 1},
        {"text": "Gil", "count": 2},
    ]
    requirements = pd.read_parquet(tmp_path / "requirements.parquet")
    assert list(requirements["cues"][0]) == ["debe", "el sistema"]


def test_export_schema_parquet_without_pyarrow_says_how(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from prensa import io

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    with pytest.raises(io.InputError, match=r"pip install 'prensa\[parquet\]'"):
        export.check_parquet()


def test_export_schema_validates_records() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(RECORD, schema)
    jsonschema.validate({"id": "b", "error": "line 2: not JSON", "meta": {"line": 2}}, schema)
    bad = json.loads(json.dumps(RECORD))
    bad["quotes"][0]["start"] = 2479.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


@pytest.mark.model
def test_export_schema_validates_real_output(nlp) -> None:  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    import prensa

    text = "«No habrá recortes», dijo el ministro Luis Pérez en Madrid este lunes."
    record = prensa.analyze(text, "2021-05-03", nlp=nlp, doc_id="x").to_dict(include_text=True)
    jsonschema.validate(json.loads(json.dumps(record)), json_schema())


def _format_rows() -> dict[str, set[str]]:
    """FORMAT.md's field table: field name → the backticked words of its row."""
    rows = {}
    for line in FORMAT_MD.read_text("utf-8").splitlines():
        match = re.match(r"\| `(\w+)(?:\[\])?` \| (.*) \|$", line)
        if match:
            rows[match[1]] = set(re.findall(r"`([\w ]+)(?:\[\])?`", match[2]))  # not paths
    return rows


def _field_names(schema: object) -> set[str]:
    """Every property name anywhere in ``schema``."""
    if isinstance(schema, dict):
        own = set(schema.get("properties", {}))
        return own.union(*(_field_names(v) for v in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_field_names(v) for v in schema))
    return set()


def _enum_values(schema: object) -> set[str]:
    """Every value of every ``enum`` in ``schema``: the kinds, types, genres."""
    if isinstance(schema, dict):
        own = set(schema.get("enum", ()))
        return own.union(*(_enum_values(v) for v in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_enum_values(v) for v in schema))
    return set()


def test_export_schema_format_md_lists_the_same_fields() -> None:
    analysis, failure = json_schema()["oneOf"]
    rows = _format_rows()
    assert set(rows) == set(analysis["properties"]) | set(failure["properties"])
    for name in (*LISTS, "profile"):
        schema = analysis["properties"][name]
        item = schema.get("items", schema)
        fields = set(item["properties"])
        if name == "profile":
            fields |= set(item["properties"]["requirements"]["items"]["properties"])
        documented = rows[name]
        assert fields <= documented, f"{name}: FORMAT.md lacks {sorted(fields - documented)}"
        # a row may name another table's field ("an actor's `name`") or a value
        unknown = documented - _field_names(analysis) - _enum_values(analysis) - {"según"}
        assert not unknown, f"{name}: FORMAT.md lists fields the output lacks: {sorted(unknown)}"
