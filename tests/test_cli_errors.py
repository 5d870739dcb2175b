"""The CLI's answers to usage and input errors: one line on stderr, exit 2.

None of these needs the model: every error is found before analysis starts.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from prensa import cli


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "nota.txt"
    path.write_text("«Es falso», dijo el ministro.", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["analyze", "{tmp}/falta.txt"], "prensa: error: {tmp}/falta.txt: no such file or folder"),
        (
            ["analyze", "{tmp}/bin.txt"],
            "prensa: error: {tmp}/bin.txt: not text: looks like a PNG image",
        ),
        (
            ["analyze", "{tmp}/vacio.txt"],
            "prensa: error: {tmp}/vacio.txt: empty: no text to analyse",
        ),
        (
            ["analyze", "{tmp}/nota.txt", "--format", "csv"],
            "prensa: error: --format csv writes tables into a folder: give it with -o",
        ),
        (
            ["analyze", "{tmp}/nota.txt", "--resume"],
            "prensa: error: --resume needs --format jsonl and -o OUT.jsonl",
        ),
        (
            ["analyze", "{tmp}/nota.txt", "--scheduler", "tcp://x:1"],
            "prensa: error: --scheduler needs --engine dask",
        ),
        (
            ["analyze", "{tmp}/nota.txt", "-o", "{tmp}"],
            "prensa: error: {tmp}: is a folder, not a file",
        ),
        (
            ["analyze", "{tmp}/nota.txt", "--format", "csv", "-o", "{tmp}/nota.txt"],
            "prensa: error: {tmp}/nota.txt: is a file, want a folder",
        ),
        (
            ["analyze", "{tmp}/nota.txt", "-o", "{tmp}/nota.txt/out.json"],
            "prensa: error: {tmp}/nota.txt/out.json: cannot write: {tmp}/nota.txt is not a folder",
        ),
        (
            ["analyze", "{tmp}/roto.jsonl", "-o", "{tmp}/roto.jsonl"],
            "prensa: error: {tmp}/roto.jsonl: is also the output; writing would destroy it",
        ),
        (
            ["export", "{tmp}/falta.jsonl", "-o", "{tmp}/tablas"],
            "prensa: error: {tmp}/falta.jsonl: cannot read: No such file or directory",
        ),
        (
            ["summary", "{tmp}/roto.jsonl"],
            "prensa: error: {tmp}/roto.jsonl:2: not JSON "
            "(Expecting value: line 1 column 1 (char 0))",
        ),
    ],
)
def test_cli_input_errors(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    article: Path,
    args: list[str],
    expected: str,
) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "vacio.txt").write_bytes(b" \n ")
    (tmp_path / "roto.jsonl").write_text('{"id": "a"}\nnot json\n')
    code, out, err = _run(capsys, *[a.format(tmp=tmp_path) for a in args])
    assert (code, out) == (2, "")
    assert err.splitlines() == [expected.format(tmp=tmp_path)]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["analyze", "x.txt", "--date", "2020-13-01"],
            "argument --date: not a date (want YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD): '2020-13-01'",
        ),
        (["analyze", "x.txt", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (["analyze", "x.txt", "--processes", "0"], "argument --processes: must be at least 1"),
        (["analyze", "x.txt", "--batch-size", "dos"], "argument --batch-size: not a whole number"),
        (["analyze"], "the following arguments are required: INPUT"),
        (["bogus"], "argument COMMAND: invalid choice: 'bogus'"),
        (["analyze", "x.txt", "--engine", "spark"], "argument --engine: invalid choice: 'spark'"),
    ],
)
def test_cli_usage_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, out, err = _run(capsys, *args)
    assert (code, out) == (2, "")
    assert expected in err.splitlines()[-1]
    assert "Traceback" not in err


def test_cli_unwritable_output(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    article: Path,
) -> None:
    # a folder this user may not write in; faked, since root (CI) writes anywhere
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int, **kwargs: object) -> bool:
        if Path(path) == locked and mode & os.W_OK:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    code, out, err = _run(capsys, "analyze", str(article), "-o", str(locked / "out.json"))
    assert (code, out) == (2, "")
    assert err == f"prensa: error: {locked}/out.json: not writable\n"
    assert list(locked.iterdir()) == []


def test_cli_output_refused_by_the_system(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    article: Path,
) -> None:
    # the folder looks writable but the system says no when the file is made
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(tmp_path / "o.json"))

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    monkeypatch.setattr(
        "prensa.pipeline.run", lambda items, **_: iter([{"id": i.id} for i in items])
    )
    code, _, err = _run(capsys, "analyze", str(article), "-o", str(tmp_path / "o.json"))
    assert code == 2
    assert err == f"prensa: error: {tmp_path / 'o.json'}: cannot write: Permission denied\n"


def test_cli_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "analyze", "--help")
    assert code == 0
    assert "1    some documents failed" in out
    assert "2    usage or input error" in out
