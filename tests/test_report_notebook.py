"""The analyst's notebook: paired with its .py source, and runs top to bottom
headless on the data/ article and on a hostile one (model tests, slow); a
browser test screenshots its HTML export as ``out/screenshots/notebook.png``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jupytext
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
SOURCE = NOTEBOOKS / "prensa_analysis.py"
PAIRED = NOTEBOOKS / "prensa_analysis.ipynb"
HOSTILE = (
    "El portavoz declaró: «<script>alert(1)</script> y <img src=x onerror=alert(1)>», "
    "según la agencia <b>Noticias</b>.\n"
)


def _cells(notebook: object) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in notebook.cells]  # type: ignore[attr-defined]


def test_report_notebook_pair_is_in_step() -> None:
    assert _cells(jupytext.read(SOURCE)) == _cells(jupytext.read(PAIRED))


def _execute() -> Any:
    """The paired notebook, run top to bottom from the notebooks folder."""
    from nbclient import NotebookClient

    notebook = jupytext.read(PAIRED)
    NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    ).execute()
    return notebook


def _outputs(notebook: Any) -> str:
    return json.dumps([c.get("outputs", []) for c in notebook.cells])


@pytest.fixture(scope="module")
def executed() -> Any:
    """The notebook run once on the data/ article, shared by the tests below."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("PRENSA_ARTICLE", raising=False)
        return _execute()


@pytest.mark.model
@pytest.mark.slow
def test_report_notebook_runs_on_the_data_article(executed: Any) -> None:
    outputs = _outputs(executed)
    assert "putin-telegrama-apoyo-assad.txt" in outputs
    assert "defines no system, hardware or performance requirement" in outputs
    assert '"ename"' not in outputs


@pytest.mark.model
@pytest.mark.slow
def test_report_notebook_escapes_a_hostile_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "hostil.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    monkeypatch.setenv("PRENSA_ARTICLE", str(article))
    outputs = _outputs(_execute())
    assert "<img src=x" not in outputs
    assert "<script>alert" not in outputs
    assert "&lt;img src=x onerror=alert(1)&gt;" in outputs


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.browser
def test_report_notebook_html_in_a_browser(tmp_path: Path, executed: Any) -> None:
    """The executed notebook exported to HTML, as the README's command does, then
    screenshot as ``out/screenshots/notebook.png``."""
    from nbconvert import HTMLExporter

    from test_report_browser import CHROMIUM, screenshot

    if CHROMIUM is None:
        pytest.skip("no chromium or chromium-browser on PATH")
    body, _ = HTMLExporter().from_notebook_node(executed)
    page = tmp_path / "prensa_analysis.html"
    page.write_text(body, encoding="utf-8")
    dom = screenshot(page, tmp_path, "notebook", height=7000)
    for heading in (
        "What this document is",
        "The text, annotated",
        "Who said what",
        "Who is in it",
        "Who talks about whom",
        "When",
        "Sourcing",
        "What to make of it",
    ):
        assert heading in dom
    assert "pz-actor" in dom
