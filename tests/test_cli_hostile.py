"""Hostile input to the CLI and to ``prensa.io``: no traceback, no lost document.

Each case is a file an analyst might really hand prensa (a corpus saved by
Excel as UTF-16, a Windows-1252 line in a UTF-8 corpus, a JSON ``"\\ud800"``,
a folder of folders with a link loop, a damaged output to resume). Reading
cases need no model; the end-to-end ones are marked ``model``.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clirun import run_cli as _run
from prensa import cli, io

ARTICLE = "«No vamos a ceder», dijo ayer el ministro de Economía, Carlos Pérez.\n"


def _corpus(tmp_path: Path, data: bytes) -> list[io.Document | io.Failure]:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(data)
    return list(io.read_corpus(path))


# ---------------------------------------------------------------- files


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")[:-1], "utf-16+replaced"),
        (codecs.BOM_UTF8 + ARTICLE.encode() + b"\xff", "utf-8-sig+replaced"),
    ],
)
def test_cli_hostile_damaged_file_with_bom_is_read(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = tmp_path / "nota.txt"
    path.write_bytes(data)
    doc = io.read_file(path)
    assert doc.meta["encoding"] == encoding
    assert doc.text.startswith("«No vamos a ceder»")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (rb"{\rtf1\ansi \'abHola\'bb, dijo.\par}", "looks like an RTF document"),
        (b"%PDF-1.7\n", "looks like a PDF document"),
    ],
)
def test_cli_hostile_document_formats_refused(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "nota.txt"
    path.write_bytes(data)
    with pytest.raises(io.InputError, match=why):
        io.read_file(path)


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("texto.html", ARTICLE.encode(), "text"),  # plain text saved as .html
        (
            "pagina.txt",
            f"<!DOCTYPE html><html><body><article><p>{ARTICLE * 4}</p>"
            "</article></body></html>".encode(),
            "html",
        ),
    ],
)
def test_cli_hostile_suffix_that_lies(tmp_path: Path, name: str, data: bytes, fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    doc = io.read_file(path)
    assert doc.meta["format"] == fmt
    assert "No vamos a ceder" in doc.text


# ---------------------------------------------------------------- corpora


def test_cli_hostile_corpus_in_utf16_and_utf32(tmp_path: Path) -> None:
    lines = '{"id": "a", "text": "«Sí», dijo él."}\r\n{"id": "b", "text": "Año \\r nuevo"}\n'
    for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"):
        items = _corpus(tmp_path, lines.encode(encoding))
        assert [(i.id, getattr(i, "text", None)) for i in items] == [
            ("a", "«Sí», dijo él."),
            ("b", "Año \r nuevo"),
        ], encoding


@pytest.mark.parametrize(
    ("line", "text", "encoding"),
    [
        ('{"id": "a", "text": "Año «nuevo»"}'.encode("cp1252"), "Año «nuevo»", "cp1252"),
        (
            '{"id": "a", "text": "Año «nuevo» '.encode() + '“sí”"}'.encode("cp1252"),
            "Año «nuevo» “sí”",
            "utf-8+cp1252",
        ),
    ],
)
def test_cli_hostile_corpus_line_not_utf8(
    tmp_path: Path, line: bytes, text: str, encoding: str
) -> None:
    (item,) = _corpus(tmp_path, line + b"\n")
    assert isinstance(item, io.Document)
    assert (item.text, item.meta["encoding"]) == (text, encoding)


@pytest.mark.parametrize(
    ("raw_id", "expected"),
    [
        ("7", "7"),
        ("1.5", "1.5"),
        ("true", "true"),
        ('{"b": 1, "a": 2}', '{"a": 2, "b": 1}'),
        ("[1, 2]", "[1, 2]"),
        ("null", "corpus:1"),
        ('""', "corpus:1"),
        ('"\\ud800x"', "\ufffdx"),
    ],
)
def test_cli_hostile_corpus_ids(tmp_path: Path, raw_id: str, expected: str) -> None:
    (item,) = _corpus(tmp_path, f'{{"id": {raw_id}, "text": "Hola."}}'.encode())
    assert item.id == expected


@pytest.mark.parametrize(
    ("date", "expected", "warned"),
    [
        ('"2024-05-03"', "2024-05-03", False),
        ('"2024-05-03T10:00:00Z"', "2024-05-03", False),
        ('"2024-05-03 10:00"', "2024-05-03", False),
        ('"2024/5/3"', "2024-05-03", False),
        ('"03/05/2024"', "2024-05-03", False),  # day first, as Spanish writes it
        ('"3-5-2024"', "2024-05-03", False),
        ("20240503", "2024-05-03", False),
        ('""', None, False),
        ("null", None, False),
        ('"ayer"', None, True),
        ('"2020-02-30"', None, True),
        ("true", None, True),
        ('{"y": 2024}', None, True),
        ("NaN", None, True),
    ],
)
def test_cli_hostile_corpus_dates(
    tmp_path: Path, date: str, expected: str | None, warned: bool
) -> None:
    (item,) = _corpus(tmp_path, f'{{"id": "a", "text": "Hola.", "date": {date}}}'.encode())
    assert isinstance(item, io.Document)  # a date never costs the article
    assert item.date == expected
    assert bool(item.meta.get("warnings")) == warned


def test_cli_hostile_corpus_lone_surrogate_becomes_replacement(tmp_path: Path) -> None:
    (item,) = _corpus(tmp_path, b'{"id": "s", "text": "Hola \\ud800 mundo \\udfff."}')
    assert isinstance(item, io.Document)
    assert item.text == "Hola \ufffd mundo \ufffd."  # one for one: offsets hold
    assert item.meta["warnings"] == ["2 lone surrogate(s) replaced by U+FFFD"]


def test_cli_hostile_corpus_structure(tmp_path: Path) -> None:
    lines = [
        b'{"id": "a", "text": "Uno."}',
        b"",
        b"[" * 50_000 + b"]" * 50_000,
        b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
        b'{"id": "a", "text": "Uno otra vez.", "extra": {"x": [1, 2]}}',
        b'"texto suelto"',
        b'{"id": "z", "text": "Sin salto final."}',
    ]
    items = _corpus(tmp_path, b"\r\n".join(lines))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Document", "a"),
        ("Failure", "corpus:3"),
        ("Failure", "corpus:4"),
        ("Document", "a"),
        ("Failure", "corpus:6"),
        ("Document", "z"),
    ]


# ---------------------------------------------------------------- folders


def test_cli_hostile_folder_tree_links_and_names(tmp_path: Path) -> None:
    root = tmp_path / "notas"
    (root / "2024" / "mayo").mkdir(parents=True)
    (root / "nota.txt").write_text(ARTICLE)
    (root / "2024" / "nota.txt").write_text(ARTICLE)
    (root / "2024" / "mayo" / "con espacio ñ.txt").write_text(ARTICLE)
    (root / "2024" / "salto\nde línea.txt").write_text(ARTICLE)
    (root / "2024" / "mayo" / "bucle").symlink_to(root)  # a link loop
    (root / "enlace.txt").symlink_to(root / "nota.txt")
    (root / "roto.txt").symlink_to(root / "no-existe.txt")
    (root / ".oculto.txt").write_text(ARTICLE)
    skipped: list[str] = []
    items = list(io.read_folder(root, None, lambda p, why: skipped.append(why)))
    assert [i.id for i in items] == [
        "2024/mayo/con espacio ñ",
        "2024/nota",
        "2024/salto\nde línea",
        "enlace",
        "nota",
    ]
    assert sorted(skipped) == ["a broken link", "a folder already read (a link loop?)"]
    assert io.count_documents([root]) == 5


def test_cli_hostile_file_name_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"nota\xff.txt")  # a Latin-1 name on a UTF-8 system
    (tmp_path / name).write_text(ARTICLE)
    (item,) = list(io.read_folder(tmp_path))
    assert item.id == "nota\ufffd"
    assert "\ufffd" in item.meta["source"]
    json.dumps(item.meta, ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_cli_hostile_message_stays_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    cli.say("skipped a/salto\nde\rlínea\x1b.txt: \ud800")
    err = capsys.readouterr().err
    assert err == "prensa: skipped a/salto\\nde\\rlínea\\x1b.txt: \ufffd\n"


# ---------------------------------------------------------------- outputs


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b'{"id": "a"}\ngarbage\n{"id": "b"}\n', "line 2 is not a JSON record"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "line 1 is not a JSON record"),
        (bytes(range(256)), "line 1 is not a JSON record"),
        (b"texto sin salto", "line 1 is not a JSON record"),
        (b'{"id": "a"}\n[1, 2]\n', "line 2 is not a JSON record"),
    ],
)
def test_cli_hostile_resume_refuses_damaged_output(
    tmp_path: Path, content: bytes, error: str
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    with pytest.raises(io.InputError, match=error):
        io.repair_jsonl(path)
    assert path.read_bytes() == content  # never truncated


def test_cli_hostile_resume_keeps_blank_lines_and_drops_partial_tail(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a"}\n\n{"id": "b"}\n{"id": "c", "quo')
    assert io.repair_jsonl(path) == {"a": 1, "b": 1}
    assert path.read_bytes() == b'{"id": "a"}\n\n{"id": "b"}\n'


def test_cli_hostile_atomic_output_into_missing_folder_and_device(tmp_path: Path) -> None:
    target = tmp_path / "no" / "existe" / "out.json"
    io.write_text_atomic(target, "{}\n")
    assert target.read_text() == "{}\n"
    link = tmp_path / "enlace.json"
    link.symlink_to(target)
    io.write_text_atomic(link, "[]\n")
    assert link.is_symlink() and target.read_text() == "[]\n"  # the link survives
    io.write_text_atomic(Path(os.devnull), "{}\n")  # written in place, never replaced
    assert Path(os.devnull).is_char_device()


def test_cli_hostile_writer_cleans_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "out.jsonl"
    writer = io.JsonlWriter(path)
    writer.write({"id": "a\udc80", "error": "x"})
    writer.close()
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == "a\ufffd"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["analyze", "-", "--format", "csv", "-o", "{tmp}/nota.txt"], "is a file, want a folder"),
        (["analyze", "{tmp}/vacia", "--resume"], "--resume needs"),
        (["analyze", "-"], "-: empty: no text to analyse"),
    ],
)
def test_cli_hostile_usage_errors(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    message: str,
) -> None:
    import io as stdio

    (tmp_path / "nota.txt").write_text(ARTICLE)
    (tmp_path / "vacia").mkdir()
    monkeypatch.setattr(sys, "stdin", stdio.TextIOWrapper(stdio.BytesIO(b"  \n")))
    code, out, err = _run(capsys, *(a.replace("{tmp}", str(tmp_path)) for a in argv))
    assert (code, out) == (cli.USAGE, "")
    assert len(err.splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_cli_hostile_write_error_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    (tmp_path / "nota.txt").write_text(ARTICLE)
    monkeypatch.setattr(io, "write_text_atomic", full)
    monkeypatch.setattr(
        "prensa.pipeline.run", lambda items, **_: iter([{"id": i.id, "quotes": []} for i in items])
    )
    code, _, err = _run(capsys, "analyze", str(tmp_path / "nota.txt"), "-o", str(tmp_path / "o"))
    assert code == cli.USAGE
    assert err == f"prensa: error: {tmp_path / 'o'}: cannot write: No space left on device\n"


# ---------------------------------------------------------------- end to end


@pytest.mark.model
def test_cli_hostile_stdin_article(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io as stdio

    data = ARTICLE.encode("cp1252")
    monkeypatch.setattr(sys, "stdin", stdio.TextIOWrapper(stdio.BytesIO(data)))
    code, out, err = _run(capsys, "analyze", "-", "--quiet")
    assert (code, err) == (0, "")
    record = json.loads(out)
    assert (record["id"], record["meta"]["encoding"]) == ("stdin", "cp1252")
    assert record["quotes"][0]["text"] == "No vamos a ceder"


@pytest.mark.model
def test_cli_hostile_folder_loses_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    files = {
        "u8.txt": ARTICLE.encode(),
        "u16.txt": ARTICLE.encode("utf-16"),
        "u16be.txt": ARTICLE.encode("utf-16-be"),
        "u32.txt": ARTICLE.encode("utf-32"),
        "w.txt": ARTICLE.encode("cp1252"),
        "cr.txt": ARTICLE.replace("\n", "\r").encode(),
        "nul.txt": ARTICLE.replace(" ", "\x00", 2).encode(),
        "vacio.html": b"",
        "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(64),
        "sub/u8.txt": ARTICLE.encode(),
        "c.jsonl": b'{"id": 1, "text": "\\ud800 dijo \\u00e9l.", "date": 20240503}\n{"id": 1',
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    out = tmp_path / "nueva" / "out.jsonl"
    code, stdout, err = _run(capsys, "analyze", str(root), "-o", str(out))
    assert (code, stdout) == (cli.FAILED, "")
    assert "Traceback" not in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], "error" in r) for r in records] == [
        ("1", False),
        ("c:2", True),
        ("cr", False),
        ("nul", False),
        ("sub/u8", False),
        ("u16", False),
        ("u16be", False),
        ("u32", False),
        ("u8", False),
        ("vacio", True),
        ("w", False),
    ]
    assert records[0]["date"] == "2024-05-03"
    text_records = [r for r in records if "error" not in r and r["id"] != "1"]
    assert all(r["quotes"][0]["text"].endswith("a ceder") for r in text_records)
    assert f"prensa: skipped {root / 'png.txt'}: not text: looks like a PNG image" in err


@pytest.mark.model
@pytest.mark.slow
def test_cli_hostile_sigterm_then_resume(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"n{i}", "text": ARTICLE * 20}) + "\n" for i in range(300))
    )
    out = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "prensa.cli", "analyze", str(corpus), "-o", str(out)]
    proc = subprocess.Popen([*argv, "--batch-size", "2"], stderr=subprocess.PIPE, text=True)
    partial = io.partial_path(out)  # where lines stream until the run ends
    deadline = time.monotonic() + 60
    while (not partial.exists() or partial.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)  # the run is half way: its partial file is there
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (cli.INTERRUPTED, "prensa: interrupted\n")
    written = out.read_text().splitlines()  # what was written is the output now
    assert 0 < len(written) < 300
    done = subprocess.run([*argv, "--resume", "--quiet"], capture_output=True, text=True)
    assert (done.returncode, "Traceback" in done.stderr) == (0, False)
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == sorted(f"n{i}" for i in range(300))


def test_cli_hostile_same_stem_twice_gets_distinct_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "nota.txt").write_text(ARTICLE)
    (tmp_path / "a" / "corpus.jsonl").write_text('{"id": "nota", "text": "Hola."}\n')
    first, second = tmp_path / "a" / "nota.txt", tmp_path / "b" / "nota.txt"
    items = list(io.read_inputs([first, second, first, tmp_path / "a" / "corpus.jsonl"]))
    assert [i.id for i in items] == [
        "nota",
        str(tmp_path / "b" / "nota"),
        str(tmp_path / "a" / "nota"),
        "nota",  # a corpus's own ids are kept as given
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": "a"}\n\xff\xfe{\n', "out.jsonl:2: not UTF-8"),
        (b"[" * 100_000 + b"\n", "out.jsonl:1: not JSON"),
        (b'{"id": "a"}\n7\n', "out.jsonl:2: not a JSON object"),
    ],
)
def test_cli_hostile_summary_of_damaged_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    code, out, err = _run(capsys, "summary", str(path))
    assert (code, out) == (cli.USAGE, "")
    assert err.startswith(f"prensa: error: {tmp_path}/{message}")
    assert len(err.splitlines()) == 1


def test_cli_hostile_processes_survive_a_document_that_kills_its_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing

    from prensa import batch

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the fake analysis reaches the workers only by fork")

    texts = ["uno", "dos", "MUERE", "tres", "cuatro", "cinco"]
    items = [io.Document(f"d{n}", t) for n, t in enumerate(texts)]
    records = list(
        batch.run_processes(items, work=_dying_work, warm=_no_warm, processes=2, batch_size=1)
    )
    assert [r["id"] for r in records] == [f"d{n}" for n in range(6)]
    assert [r.get("error") for r in records] == [
        None,
        None,
        "analysis failed: its worker process died",
        None,
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            b'{"id": "a", "quotes": "abc"}',
            "not a prensa record ('quotes' is not a list of objects)",
        ),
        (
            b'{"id": "a", "actors": [1, 2]}',
            "not a prensa record ('actors' is not a list of objects)",
        ),
        (b'{"id": "a", "profile": []}', "not a prensa record"),
    ],
)
@pytest.mark.parametrize("command", ["summary", "export"])
def test_cli_hostile_output_of_another_shape(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: bytes, message: str, command: str
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(line + b"\n")
    extra = ["-o", str(tmp_path / "tablas")] if command == "export" else []
    code, _, err = _run(capsys, command, str(path), *extra)
    assert code == cli.USAGE
    assert err == f"prensa: error: {path}:1: {message}\n"


def _dying_work(items: list[io.Document | io.Failure]) -> list[dict[str, str]]:
    """A fake analysis whose worker dies on one document (module level: the
    engine sends it to the workers pickled, by name)."""
    if any(isinstance(i, io.Document) and i.text == "MUERE" for i in items):
        os._exit(1)  # a segfault or the OOM killer, as the parent sees it
    return [{"id": i.id} for i in items]


def _no_warm() -> None:
    return None
