"""``prensa analyze`` end to end: outputs, error records, resume, tables, summary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from prensa import cli

pytestmark = pytest.mark.model

TEXTS = {
    "uno": "«No habrá recortes», dijo el ministro Luis Pérez en Madrid este lunes.",
    "dos": "La portavoz del Gobierno, Ana Gómez, aseguró que el plan sigue adelante.",
    "tres": "El Real Madrid ganó al Barcelona el 3 de mayo de 2021 en el Bernabéu.",
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": k, "text": v, "date": "2021-05-04"}, ensure_ascii=False)
        for k, v in TEXTS.items()
    ]
    lines.insert(1, '{"id": "roto", "text": ')
    lines.insert(3, '{"id": "num", "text": 5}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_analyze_corpus_with_bad_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus: Path
) -> None:
    out = tmp_path / "out.jsonl"
    code, stdout, err = _run(capsys, "analyze", str(corpus), "-o", str(out), "--quiet")
    assert (code, stdout) == (1, "")
    records = _lines(out)
    assert [r["id"] for r in records] == ["uno", "corpus:2", "dos", "num", "tres"]
    assert [r["meta"]["line"] for r in records] == [1, 2, 3, 4, 5]
    assert records[1]["error"] == "line 2: not JSON (Expecting value at character 24)"
    assert records[3]["error"] == "line 4: 'text' is int, not a string"
    assert err.splitlines() == [
        "prensa: failed corpus:2: line 2: not JSON (Expecting value at character 24)",
        "prensa: failed num: line 4: 'text' is int, not a string",
        "prensa: 2 document(s) failed; see the error records",
    ]
    for record in records:
        if "error" not in record:
            text = TEXTS[str(record["id"])]
            for key in ("quotes", "mentions", "timexes"):
                for item in record[key]:
                    assert text[item["start"] : item["end"]] == item["text"]


def test_cli_analyze_resume_after_interruption(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus: Path
) -> None:
    out = tmp_path / "out.jsonl"
    _run(capsys, "analyze", str(corpus), "-o", str(out), "--quiet")
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # as if killed while writing the third line
    out.write_text("".join(whole[:2]) + whole[2][:17], encoding="utf-8")
    code, _, err = _run(capsys, "analyze", str(corpus), "-o", str(out), "--resume")
    assert code == 1
    assert "prensa: resuming: 2 documents already in" in err
    ids = [r["id"] for r in _lines(out)]
    assert sorted(ids) == sorted(["uno", "corpus:2", "dos", "num", "tres"])
    code, _, _ = _run(capsys, "analyze", str(corpus), "-o", str(out), "--resume", "--quiet")
    assert code == 0
    assert len(_lines(out)) == 5


def test_cli_analyze_one_file_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nota.txt"
    text = "“No dimitiré”, afirmó la alcaldesa.\r\nEl pleno se celebró ayer.\r\n"
    path.write_bytes(text.encode("cp1252"))
    code, out, err = _run(capsys, "analyze", str(path), "--date", "2020-02-03")
    assert code == 0
    assert re.fullmatch(
        r"prensa: analysed 1 document in \d+\.\d s: 1 quotation, \d+ actors?, "
        r"\d+ temporal expressions?\n",
        err,
    )
    record = json.loads(out)
    assert (record["id"], record["date"]) == ("nota", "2020-02-03")
    assert record["meta"] == {"source": str(path), "format": "text", "encoding": "cp1252"}
    for key in ("quotes", "mentions", "timexes"):
        for item in record[key]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_cli_analyze_html_includes_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "pagina.html"
    path.write_text(
        "<html><head><script>alert('«no»')</script></head><body><nav>Portada</nav><article>"
        "<p>«Es falso», dijo el ministro de Economía en Madrid ante los periodistas.</p>"
        "<p>La oposición pidió explicaciones en el Congreso de los Diputados.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "analyze", str(path))
    record = json.loads(out)
    assert code == 0
    assert record["meta"]["format"] == "html"
    assert record["text"].startswith("«Es falso», dijo el ministro")
    assert "alert" not in record["text"]
    for m in record["mentions"]:
        assert record["text"][m["start"] : m["end"]] == m["text"]


def test_cli_analyze_folder_and_language_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "notas"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS["uno"], encoding="utf-8")
    (folder / "b.txt").write_text(
        "The minister said that the plan was over and that he would "
        "not resign before the end of the year.",
        encoding="utf-8",
    )
    (folder / "c.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(50))
    code, out, err = _run(capsys, "analyze", str(folder), "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]
    assert f"prensa: skipped {folder}/c.jpg: not text: looks like a JPEG image" in err
    assert "prensa: warning b: the text does not look Spanish (best guess: en)" in err


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_analyze_tables_export_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus: Path, fmt: str
) -> None:
    tables = tmp_path / "tablas"
    code, _, _ = _run(capsys, "analyze", str(corpus), "--format", fmt, "-o", str(tables), "--quiet")
    assert code == 1
    names = sorted(p.name for p in tables.iterdir())
    assert names == sorted(
        f"{n}.{fmt}" for n in ("quotes", "actors", "mentions", "timexes", "requirements", "errors")
    )
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    errors = read(tables / f"errors.{fmt}")
    assert list(errors["doc_id"]) == ["corpus:2", "num"]
    actors = read(tables / f"actors.{fmt}")
    assert set(actors["doc_id"]) <= set(TEXTS)

    out = tmp_path / "out.jsonl"
    _run(capsys, "analyze", str(corpus), "-o", str(out), "--quiet")
    again = tmp_path / "again"
    code, _, _ = _run(capsys, "export", str(out), "--format", fmt, "-o", str(again))
    assert code == 0
    assert len(read(again / f"actors.{fmt}")) == len(actors)
    code, summary, _ = _run(capsys, "summary", str(out))
    assert code == 0
    assert summary.startswith("5 documents (2 failed), ")
    assert "top actors (mentions, documents)" in summary


def test_cli_analyze_resume_with_repeated_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "rep.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": i, "text": TEXTS["uno"]}) + "\n" for i in ("a", "a", "b")),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    _run(capsys, "analyze", str(corpus), "-o", str(out), "--quiet")
    first = out.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    out.write_text(first, encoding="utf-8")
    code, _, _ = _run(capsys, "analyze", str(corpus), "-o", str(out), "--resume", "--quiet")
    assert code == 0
    assert [r["id"] for r in _lines(out)] == ["a", "a", "b"]


def test_cli_report_escapes_article_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "nota.txt"
    path.write_text(
        "<script>alert(1)</script> «Es falso», dijo el ministro <b>Pérez</b>.", encoding="utf-8"
    )
    out = tmp_path / "informe.html"
    code, _, err = _run(capsys, "report", str(path), "-o", str(out))
    assert (code, err) == (0, f"prensa: wrote {out}\n")
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert _run(capsys, "report", str(tmp_path / "falta.txt"))[0] == 2


def test_cli_analyze_summary_of_one_document_is_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    analysis = tmp_path / "a.jsonl"
    analysis.write_text(
        json.dumps({"id": "a", "quotes": [{"speaker": "Ana Gil"}], "actors": [], "profile": {}})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "summary", str(analysis))
    assert code == 0
    assert out.startswith("1 document (0 failed), 1 quotation\n")


def test_cli_analyze_multiplies_on_one_thread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = {i["prefix"]: i["num_threads"] for i in threadpool_info()}
    path = tmp_path / "nota.txt"
    path.write_text(TEXTS["uno"], encoding="utf-8")
    try:
        threadpool_limits(2, user_api="blas")  # as numpy starts on a 2-core machine
        assert blas() and all(n == 2 for n in blas())
        code, _, _ = _run(capsys, "analyze", str(path))
        assert code == 0
        assert all(n == 1 for n in blas())  # the model's products on one core
    finally:
        threadpool_limits(before)
