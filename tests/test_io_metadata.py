"""What an input says about an article beyond its text (title, url, outlet)
reaches ``meta``: from a corpus line, a ``.meta.json`` sidecar, an HTML page."""

from __future__ import annotations

import json
import unicodedata
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


def test_io_html_page_gives_text_title_and_date_in_one_pass(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    decomposed = unicodedata.normalize(
        "NFD", "«Sí, habrá acuerdo», aseguró el ministro de Economía"
    )
    page.write_text(
        "<!DOCTYPE html><html><head><title>Habrá acuerdo | Diario Sur</title>"
        '<meta property="article:published_time" content="2024-02-20T10:00:00+01:00">'
        '<link rel="canonical" href="https://diariosur.example/acuerdo"></head><body>'
        f"<article><h1>Habrá acuerdo</h1><p>{decomposed} en Madrid ante los periodistas "
        "este lunes.</p><p>La oposición pidió una comisión de investigación en el "
        "Congreso de los Diputados.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = io.read_file(page)
    assert doc.date == "2024-02-20"
    assert (doc.meta["title"], doc.meta["url"]) == (
        "Habrá acuerdo",
        "https://diariosur.example/acuerdo",
    )
    # the text is NFC, as trafilatura's extract() gave it: offsets of the same text
    assert "«Sí, habrá acuerdo», aseguró el ministro de Economía en Madrid" in doc.text
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "Diario Sur" not in doc.text


def test_io_html_page_date_given_wins_over_page_date(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta name="date" content="2024-02-20"></head><body>'
        "<article><p>El ministro dijo ayer que la medida llegará pronto a todos los "
        "hospitales del país, según fuentes oficiales consultadas.</p></article></body></html>",
        encoding="utf-8",
    )
    assert io.read_file(page).date == "2024-02-20"
    assert io.read_file(page, "2024-03-01").date == "2024-03-01"
