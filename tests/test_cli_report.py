"""``prensa report`` on a corpus: a folder, a JSONL corpus or an analysis
JSONL gives one dashboard and a folder of article reports beside it; one
article still gives its report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prensa import cli
from test_report_render import hostile, sample


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _analysis_jsonl(path: Path) -> Path:
    """A prensa analyze output of two hand-built analyses and a failed document."""
    records = [
        {**sample().to_dict(), "id": "elpais/uno"},
        {**hostile().to_dict(include_text=True), "id": "<b>evil</b>/../x"},
        {"id": "roto", "error": "line 3: not JSON", "meta": {"line": 3}},
    ]
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_cli_report_an_analysis_jsonl_gives_a_dashboard(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = _analysis_jsonl(tmp_path / "analysis.jsonl")
    code, out, err = _run(capsys, "report", str(source))
    assert (code, out) == (0, "")
    dashboard = tmp_path / "analysis.html"
    folder = tmp_path / "analysis_articles"
    assert err == (
        f"prensa: wrote {dashboard} and 2 article reports in {folder}/: "
        "3 documents (1 failed), 5 quotations\n"
    )
    assert sorted(p.name for p in folder.iterdir()) == [
        "0001-elpais-uno.html",
        "0002-b-evil-b-x.html",
    ]
    html = dashboard.read_text(encoding="utf-8")
    assert 'href="analysis_articles/0001-elpais-uno.html"' in html
    assert "<b>evil" not in html and 'title="&lt;b&gt;evil&lt;/b&gt;/../x"' in html
    # the record without its text: the article report says so instead of highlighting
    first = (folder / "0001-elpais-uno.html").read_text(encoding="utf-8")
    assert "does not hold the article text" in first


def test_cli_report_a_second_run_removes_reports_it_no_longer_has(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = _analysis_jsonl(tmp_path / "a.jsonl")
    stale = tmp_path / "a_articles" / "0009-gone.html"
    stale.parent.mkdir()
    stale.write_text("old", encoding="utf-8")
    keep = tmp_path / "a_articles" / "notes.txt"
    keep.write_text("mine", encoding="utf-8")
    assert _run(capsys, "report", str(source), "-o", str(tmp_path / "a.html"))[0] == 0
    assert not stale.exists() and keep.exists()


def test_cli_report_refuses_a_missing_corpus_or_a_dashboard_over_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "report", str(tmp_path / "falta.jsonl"))
    assert code == 2 and "no such file or folder" in err
    source = _analysis_jsonl(tmp_path / "a.jsonl")
    code, _, err = _run(capsys, "report", str(source), "-o", str(source))
    assert code == 2 and "is also the input" in err


def test_cli_report_a_broken_analysis_line_is_one_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = _analysis_jsonl(tmp_path / "a.jsonl")
    with source.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    code, out, err = _run(capsys, "report", str(source))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "a.jsonl:4: not JSON" in err
    assert not (tmp_path / "a.html").exists()


@pytest.mark.model
@pytest.mark.parametrize("kind", ["corpus", "folder"])
def test_cli_report_a_corpus_or_folder_is_analysed_into_a_dashboard(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    lines = [
        {
            "id": "a",
            "text": "«Es falso», dijo el ministro.",
            "outlet": "El Diario",
            "date": "2024-02-20",
        },
        {
            "id": "b",
            "text": "<script>alert(1)</script> «No», afirmó Ana Pérez.",
            "title": "<i>T</i>",
        },
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    corpus = folder / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8"
    )
    target = corpus if kind == "corpus" else folder
    out = tmp_path / "r.html"
    code, _, err = _run(capsys, "report", str(target), "-o", str(out))
    assert code == 0, err
    assert "2 article reports" in err
    html = out.read_text(encoding="utf-8")
    assert "El Diario" in html and "&lt;i&gt;T&lt;/i&gt;" in html
    assert "<script>alert(1)" not in html
    reports = sorted((tmp_path / "r_articles").iterdir())
    assert len(reports) == 2
    # the article reports hold the text, highlighted
    assert "pz-quote-direct" in reports[0].read_text(encoding="utf-8")


@pytest.mark.model
def test_cli_report_one_article_warns_as_analyze_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "nota.txt"
    article.write_text(
        "The minister said that the plan was over and that he would "
        "not resign before the end of the year.",
        encoding="utf-8",
    )
    (tmp_path / "nota.meta.json").write_text('{"pub_date": "mañana"}', encoding="utf-8")
    code, _, err = _run(capsys, "report", str(article))
    assert code == 0, err
    # reading's warning (the sidecar's date) as well as the profile's
    assert "prensa: warning nota: date 'mañana' not understood" in err
    assert "prensa: warning nota: the text does not look Spanish (best guess: en)" in err
    code, _, err = _run(capsys, "report", str(article), "--quiet")
    assert code == 0
    assert "warning" not in err
