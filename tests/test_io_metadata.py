"""What an input says about an article beyond its text (title, url, outlet)
reaches ``meta``: from a corpus line, a ``.meta.json`` sidecar, an HTML page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prensa import io


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            {"title": "  Un   título ", "url": "https://x.es/a", "outlet": "X"},
            {"title": "Un título", "url": "https://x.es/a", "outlet": "X"},
        ),
        ({"title": "", "url": 3, "outlet": None, "other": "y"}, {}),
    ],
)
def test_io_described_keeps_the_metadata_fields(given: dict, expected: dict) -> None:
    assert io.described(given) == expected


def test_io_corpus_line_keeps_title_url_outlet(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    line = {"id": "a", "text": "Dijo que sí.", "title": "<b>T</b>", "outlet": "El Diario"}
    corpus.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = io.read_corpus(corpus)
    assert isinstance(doc, io.Document)
    assert doc.meta["title"] == "<b>T</b>" and doc.meta["outlet"] == "El Diario"
    assert "url" not in doc.meta


def test_io_sidecar_gives_title(tmp_path: Path) -> None:
    path = tmp_path / "nota.txt"
    path.write_text("Dijo que sí.", encoding="utf-8")
    (tmp_path / "nota.meta.json").write_text(
        json.dumps({"title": "Nota  breve", "pub_date": "2021-03-04"}), encoding="utf-8"
    )
    doc = io.read_file(path)
    assert (doc.meta["title"], doc.date) == ("Nota breve", "2021-03-04")


def test_io_sidecar_that_is_not_an_object_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "nota.txt"
    path.write_text("Dijo que sí.", encoding="utf-8")
    (tmp_path / "nota.meta.json").write_text("[1, 2]", encoding="utf-8")
    assert io.read_file(path).date is None


def test_io_html_page_gives_title_and_outlet(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>El ministro responde | Diario Sur</title>"
        '<meta property="og:site_name" content="Diario Sur"></head><body><article>'
        "<h1>El ministro responde</h1><p>El ministro dijo ayer que la medida llegará "
        "pronto a todos los hospitales del país, según fuentes oficiales.</p><p>Otra "
        "frase larga para que haya texto suficiente en el artículo.</p></article></body></html>",
        encoding="utf-8",
    )
    meta = io.read_file(page).meta
    assert (meta["title"], meta["outlet"]) == ("El ministro responde", "Diario Sur")
