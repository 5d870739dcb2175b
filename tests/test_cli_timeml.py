"""TimeML from the CLI: ``--timex-scheme`` reaches every worker, and
``--format timeml`` writes TIMEX3 inline XML that parses back to the text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clirun import run_cli as _run
from prensa import export

AGE = "El ministro, de 45 años, llegó ayer."  # an age is a timex in TimeML only


def _timexes(root: ET.Element) -> list[tuple[str, str | None, str]]:
    text = root.find("TEXT")
    assert text is not None
    return [(t.get("type", ""), t.get("value"), t.text or "") for t in text.iter("TIMEX3")]


# ---------------------------------------------------------------- to_timeml, no model

HOSTILE = 'Hoy <b>3 < 4 & "x"</b>\r\nel 3 de mayo\x01 ]]> fin'


def test_cli_timeml_escapes_and_parses_back() -> None:
    start = HOSTILE.index("el 3 de mayo")
    record = {
        "id": 'a<&>"b',
        "date": "2020-01-01",
        "text": HOSTILE,
        "timexes": [
            {"start": start, "end": start + 12, "type": "DATE", "value": None},
            {"start": 0, "end": 3, "type": "DATE", "value": "2020-01-01"},
            {"start": 1, "end": 2, "type": "DATE", "value": "x"},  # overlaps: left out
        ],
    }
    root = ET.fromstring(export.to_timeml(record).encode("utf-8"))
    assert root.tag == "TimeML"
    assert root.findtext("DOCID") == 'a<&>"b'
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert (dct.get("tid"), dct.get("value"), dct.get("functionInDocument")) == (
        "t0",
        "2020-01-01",
        "CREATION_TIME",
    )
    body = root.find("TEXT")
    assert body is not None
    # the text comes back as it was, carriage return included; the control
    # character XML cannot hold is U+FFFD
    assert "".join(body.itertext()) == HOSTILE.replace("\x01", "\ufffd")
    assert _timexes(root) == [("DATE", "2020-01-01", "Hoy"), ("DATE", None, "el 3 de mayo")]
    assert [t.get("tid") for t in body.iter("TIMEX3")] == ["t1", "t2"]


def test_cli_timeml_without_date_or_text() -> None:
    root = ET.fromstring(export.to_timeml({"id": "x", "text": "Nada.", "timexes": []}))
    assert root.find("DCT") is None
    assert root.findtext("TEXT") == "Nada."
    with pytest.raises(ValueError, match="no text"):
        export.to_timeml({"id": "x", "timexes": []})


# ---------------------------------------------------------------- the command


@pytest.mark.model
@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ("guidelines", [("DATE", "2021-03-03", "ayer")]),
        ("timeml", [("DURATION", "P45Y", "45 años"), ("DATE", "2021-03-03", "ayer")]),
    ],
)
def test_cli_timeml_scheme_option(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    scheme: str,
    expected: list[tuple[str, str | None, str]],
) -> None:
    article = tmp_path / "nota.txt"
    article.write_text(AGE, "utf-8")
    argv = ["analyze", str(article), "--date", "2021-03-04", "--format", "timeml"]
    code, out, err = _run(capsys, *argv, "--timex-scheme", scheme, "--quiet")
    assert code == 0, err
    root = ET.fromstring(out.encode("utf-8"))
    assert root.findtext("DOCID") == "nota"
    assert _timexes(root) == expected


@pytest.mark.model
@pytest.mark.slow
def test_cli_timeml_scheme_reaches_worker_processes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "c.jsonl"
    ids = ["a/1", "a:1", "b", "c", "d"]  # two ids that make the same file name
    lines = [json.dumps({"id": i, "text": AGE, "date": "2021-03-04"}) for i in ids]
    corpus.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["analyze", str(corpus), "-o", str(out), "--processes", "2", "--batch-size", "1"]
    code, _, err = _run(capsys, *argv, "--timex-scheme", "timeml", "--quiet")
    assert code == 0, err
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    for record in records:
        assert [t["value"] for t in record["timexes"]] == ["P45Y", "2021-03-03"]

    folder = tmp_path / "tml"
    argv = ["analyze", str(corpus), "--format", "timeml", "-o", str(folder), "--quiet"]
    code, _, err = _run(capsys, *argv)
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["a_1-2.tml", "a_1.tml", "b.tml", "c.tml", "d.tml"]
    root = ET.parse(folder / "a_1-2.tml").getroot()
    assert root.findtext("DOCID") == "a:1"
    assert _timexes(root) == [("DATE", "2021-03-03", "ayer")]


def test_cli_timeml_corpus_needs_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": AGE}) + "\n", "utf-8")
    code, _, err = _run(capsys, "analyze", str(corpus), "--format", "timeml")
    assert code == 2
    assert "one .tml file per article into a folder" in err
