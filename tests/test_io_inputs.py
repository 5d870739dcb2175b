"""Bad and awkward inputs: encodings, HTML, binary, empty, broken corpus lines.

Every case builds its own input in a temporary folder and asserts the exact
behaviour: the decoded text and encoding, or the error and where it is reported.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from prensa import io

ARTICLE = "«Es falso», dijo el ministro. La economía creció un 2 %.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode("utf-8"), (ARTICLE, "utf-8")),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), (ARTICLE, "utf-8-sig")),
        (ARTICLE.encode("utf-16"), (ARTICLE, "utf-16")),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), (ARTICLE, "utf-16")),
        (ARTICLE.encode("utf-32"), (ARTICLE, "utf-32")),
        ("“Sí”, afirmó.".encode("cp1252"), ("“Sí”, afirmó.", "cp1252")),
        (b"\x93Es falso\x94, dijo.", ("“Es falso”, dijo.", "cp1252")),
        ("El niño y la niña.".encode("latin-1"), ("El niño y la niña.", "cp1252")),
        (b"Linea uno.\r\nLinea dos.\r\n", ("Linea uno.\r\nLinea dos.\r\n", "utf-8")),
        ("a\u200bb\u200fc\u202ed 😀".encode(), ("a\u200bb\u200fc\u202ed 😀", "utf-8")),
        (
            "«Sí», dijo él. ".encode() + b"\x93No\x94, respondi\xf3 \x81.",
            ("«Sí», dijo él. “No”, respondió \x81.", "utf-8+cp1252"),
        ),
        ("Dijo\x00 «hola\u200b»\x1b[31m".encode(), ("Dijo\x00 «hola\u200b»\x1b[31m", "utf-8")),
        (b"\xc9\xbf y \x93otra\x94 cosa", ("É¿ y “otra” cosa", "cp1252")),
        (
            b"Un NUL\x00 suelto en un texto largo de prensa.",
            ("Un NUL\x00 suelto en un texto largo de prensa.", "utf-8"),
        ),
    ],
)
def test_io_decode_encodings(data: bytes, expected: tuple[str, str]) -> None:
    assert io.decode(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not text: looks like a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: looks like a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "not text: looks like a ZIP archive (or .docx/.odt)"),
        (b"\x1f\x8b\x08\x00\x00\x00", "not text: looks like a gzip archive"),
        (b"\x7fELF\x02\x01\x01\x00", "not text: looks like an executable"),
        (bytes(range(32)) * 50, "not text: binary data (control characters throughout)"),
    ],
)
def test_io_decode_refuses_binary(data: bytes, expected: str) -> None:
    with pytest.raises(io.InputError) as err:
        io.decode(data)
    assert str(err.value) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty: no text to analyse"),
        (b"   \n\t\r\n  ", "empty: no text to analyse"),
        (
            b"\x00\x01\x02\x03\x04\x05\x06\x07" * 100,
            "not text: binary data (control characters throughout)",
        ),
        (bytes(5000), "not text: binary data (control characters throughout)"),
        (b"%PDF-1.4 rest", "not text: looks like a PDF document"),
    ],
)
def test_io_read_file_refuses(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "nota.txt"
    path.write_bytes(data)
    with pytest.raises(io.InputError) as err:
        io.read_file(path)
    assert str(err.value) == f"{path}: {expected}"


def test_io_read_file_missing(tmp_path: Path) -> None:
    with pytest.raises(io.InputError, match="no such file"):
        io.read_file(tmp_path / "falta.txt")


def test_io_read_file_folder(tmp_path: Path) -> None:
    with pytest.raises(io.InputError, match="is a folder"):
        io.read_file(tmp_path)


def test_io_read_file_keeps_meta_and_sidecar_date(tmp_path: Path) -> None:
    path = tmp_path / "nota.txt"
    path.write_bytes("“Sí”, dijo.\r\n".encode("cp1252"))
    (tmp_path / "nota.meta.json").write_text('{"pub_date": "2021-03-04"}')
    doc = io.read_file(path)
    assert (doc.id, doc.text, doc.date) == ("nota", "“Sí”, dijo.\r\n", "2021-03-04")
    assert doc.meta == {"source": str(path), "format": "text", "encoding": "cp1252"}
    assert io.read_file(path, "2020-01-02").date == "2020-01-02"


PAGE = """<!DOCTYPE html><html><head><title>Diario</title>
<script>var q = "«trampa», dijo el script";</script><style>p {color: red}</style></head>
<body><nav><a href="/">Portada</a> | <a href="/d">Deportes</a></nav>
<article><h1>El ministro responde</h1>
<p>«Es falso», dijo el ministro de Economía en Madrid ante los periodistas este lunes.</p>
<p>La oposición pidió su dimisión &amp; una comisión de investigación en el Congreso.</p>
</article><footer>© Diario, todos los derechos reservados</footer></body></html>"""


@pytest.mark.parametrize("name", ["pagina.html", "pagina.htm", "pagina.txt"])
def test_io_read_file_html(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    doc = io.read_file(path)
    assert "«Es falso», dijo el ministro" in doc.text
    assert "& una comisión" in doc.text
    for junk in ("trampa", "color", "Portada", "derechos reservados", "<p>"):
        assert junk not in doc.text
    assert doc.meta["format"] == "html"
    assert doc.meta["text_included"] is True


def test_io_read_file_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "vacia.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    with pytest.raises(io.InputError, match="no article text found"):
        io.read_file(path)


def _corpus(tmp_path: Path, lines: list[bytes]) -> list[io.Document | io.Failure]:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return list(io.read_corpus(path))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"id": "a", "text": "Hola"', ("corpus:1", "line 1: not JSON")),
        (b'{"id": "b"}', ("b", "line 1: no 'text'")),
        (b'{"id": "c", "text": 42}', ("c", "line 1: 'text' is int, not a string")),
        (b'{"id": "d", "text": ["a"]}', ("d", "line 1: 'text' is list, not a string")),
        (b'["id", "text"]', ("corpus:1", "line 1: not a JSON object")),
        (b'{"id": "g", "text": "  \\n "}', ("g", "line 1: empty: no text to analyse")),
    ],
)
def test_io_read_corpus_bad_line(tmp_path: Path, line: bytes, expected: tuple[str, str]) -> None:
    good = b'{"id": "ok", "text": "Dijo que no.", "date": "2020-01-01"}'
    items = _corpus(tmp_path, [good, line, good.replace(b'"ok"', b'"ok2"')])
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    failure = items[1]
    assert isinstance(failure, io.Failure)
    assert failure.id == expected[0].replace(":1", ":2")
    assert failure.error.startswith(expected[1].replace("line 1", "line 2"))
    assert failure.meta["line"] == 2


def test_io_read_corpus_ids_blank_lines_and_bom(tmp_path: Path) -> None:
    items = _corpus(
        tmp_path,
        [
            codecs.BOM_UTF8 + b'{"text": "Uno."}',
            b"",
            b"  ",
            b'{"id": 7, "text": "Dos.", "pub_date": "2020-05-06"}',
        ],
    )
    assert [(i.id, getattr(i, "date", None)) for i in items] == [
        ("corpus:1", None),
        ("7", "2020-05-06"),
    ]


def test_io_read_folder_skips_non_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Primera nota.", encoding="utf-8")
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes("Segunda “nota”.".encode("cp1252"))
    (tmp_path / "d.meta.json").write_text("{}")
    (tmp_path / ".oculto").write_text("no")
    skipped: list[str] = []
    items = list(io.read_folder(tmp_path, None, lambda p, why: skipped.append(p.name)))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Document", "a"),
        ("Failure", "c"),
        ("Document", "d"),
    ]
    assert skipped == ["b.png"]
    assert io.count_documents([tmp_path]) == 4


def test_io_read_inputs_fails_early(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"%PDF-1.4")
    with pytest.raises(io.InputError, match="no such file or folder"):
        io.read_inputs([tmp_path / "none.jsonl"])
    with pytest.raises(io.InputError, match="looks like a PDF"):
        io.read_inputs([tmp_path / "bin.txt"])


@pytest.mark.parametrize(
    ("content", "expected_ids", "expected_content"),
    [
        (b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "quo', {"a", "b"}, b'{"id": "a"}\n{"id": "b"}\n'),
        (b'{"id": "a"}\n{"id": "b"}\n', {"a", "b"}, b'{"id": "a"}\n{"id": "b"}\n'),
        (
            b'{"id": "a"}\n{"id": "a"}\n{"id": 3}\n',
            {"a": 2, "3": 1},
            b'{"id": "a"}\n{"id": "a"}\n{"id": 3}\n',
        ),
        (b'{"id": "a"}\n{"id": "b"', {"a"}, b'{"id": "a"}\n'),
        (b"", set(), b""),
    ],
)
def test_io_repair_jsonl(
    tmp_path: Path, content: bytes, expected_ids: set[str] | dict[str, int], expected_content: bytes
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    counts = expected_ids if isinstance(expected_ids, dict) else dict.fromkeys(expected_ids, 1)
    assert io.repair_jsonl(path) == counts
    assert path.read_bytes() == expected_content


def test_io_atomic_path_keeps_old_file_on_error(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old")
    with pytest.raises(KeyboardInterrupt), io.atomic_path(path) as tmp:
        tmp.write_text('{"half": ')
        raise KeyboardInterrupt
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    io.write_text_atomic(path, "new")
    assert path.read_text() == "new"


def test_io_check_writable(tmp_path: Path) -> None:
    io.check_writable(tmp_path / "new" / "deeper" / "out.jsonl")
    with pytest.raises(io.InputError, match="is a folder"):
        io.check_writable(tmp_path)
    (tmp_path / "f").write_text("x")
    with pytest.raises(io.InputError, match="is a file"):
        io.check_writable(tmp_path / "f", folder=True)


def test_io_jsonl_writer_appends_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    writer = io.JsonlWriter(path)
    writer.write({"id": "a", "text": "«ñ»\n"})
    writer.close()
    writer = io.JsonlWriter(path, append=True)
    writer.write({"id": "b"})
    writer.close()
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"[" * 100_000, "line 1: not JSON (nested too deeply)"),
        (b'{"id": {"a": 1}, "text": "Hola."}', None),
        (b'{"id": "n", "text": "Hola.", "date": NaN}', None),
    ],
)
def test_io_read_corpus_hostile_lines(tmp_path: Path, line: bytes, expected: str | None) -> None:
    (item,) = _corpus(tmp_path, [line])
    if expected is None:
        assert isinstance(item, io.Document)
    else:
        assert isinstance(item, io.Failure)
        assert item.error == expected


def test_io_read_inputs_refuses_devices_and_fifos(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "tubo.txt"
    os.mkfifo(fifo)
    with pytest.raises(io.InputError, match="not a regular file"):
        io.read_inputs([fifo])
    with pytest.raises(io.InputError, match="not a regular file"):
        io.read_file(Path("/dev/zero"))
    skipped: list[str] = []
    list(io.read_folder(tmp_path, None, lambda p, why: skipped.append(f"{p.name}: {why}")))
    assert skipped == ["tubo.txt: not a regular file"]


def test_io_read_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io, "MAX_BYTES", 10)
    path = tmp_path / "larga.txt"
    path.write_text("Una nota demasiado larga.")
    with pytest.raises(io.InputError, match=r"too large for one article \(25 bytes; at most 10\)"):
        io.read_file(path)


def test_io_read_inputs_leaves_output_out_of_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Primera nota.", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text('{"id": "a", "quotes": []}\n', encoding="utf-8")
    items = list(io.read_inputs([tmp_path], output=tmp_path / "out.jsonl"))
    assert [i.id for i in items] == ["a"]
