"""The report in a real browser: headless Chromium renders it, runs its script,
and keeps the hostile article's markup as text. Screenshots go to
``out/screenshots/`` (gitignored; CI keeps them as artifacts).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from spacy.language import Language

from prensa.records import Analysis
from prensa.report import page as report
from test_report_render import SECTIONS, hostile, sample

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium or chromium-browser on PATH"),
]


def chromium(page: Path, profile: Path, *args: str) -> str:
    """Run headless Chromium on a local file; returns what it wrote to stdout."""
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def rendered(analysis: Analysis, tmp_path: Path, name: str) -> str:
    """The report's DOM after load, and a screenshot as ``out/screenshots/<name>.png``."""
    page = tmp_path / f"{name}.html"
    report.write(analysis, page, title=name)
    return screenshot(page, tmp_path, name)


def screenshot(page: Path, tmp_path: Path, name: str, height: int = 2400) -> str:
    """Save ``out/screenshots/<name>.png`` of a local page; returns its DOM after load."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"{name}.png"
    chromium(page, tmp_path / "profile", f"--screenshot={shot}", f"--window-size=1280,{height}")
    assert shot.stat().st_size > 10_000
    return chromium(page, tmp_path / "profile", "--dump-dom")


def test_report_browser_shows_sections_and_highlights(tmp_path: Path) -> None:
    dom = rendered(sample(), tmp_path, "report-sample")
    for section in SECTIONS:
        assert f'id="{section}"' in dom
    for css_class in (
        "pz-quote-direct",
        "pz-quote-partial",
        "pz-quote-indirect",
        "pz-speaker",
        "pz-cue",
        "pz-source",
        "pz-actor",
        "pz-date",
    ):
        assert css_class in dom
    assert 'data-sortable="ready"' in dom  # the inline script ran under the CSP
    assert len(re.findall(r"<svg\b", dom)) == 3


def test_report_browser_keeps_hostile_markup_as_text(tmp_path: Path) -> None:
    dom = rendered(hostile(), tmp_path, "report-hostile")
    assert "<img" not in dom
    assert "<script>alert" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert 'data-sortable="ready"' in dom


@pytest.mark.model
def test_report_browser_renders_the_seed_article(tmp_path: Path, nlp: Language) -> None:
    import json

    import prensa

    data = Path(__file__).resolve().parents[1] / "data"
    meta = json.loads((data / "putin-telegrama-apoyo-assad.meta.json").read_text("utf-8"))
    text = (data / meta["file"]).read_text(encoding="utf-8")
    analysis = prensa.analyze(text, meta.get("pub_date"), nlp=nlp)
    page = tmp_path / "report-seed.html"
    report.write(analysis, page, title=meta.get("title"))
    dom = screenshot(page, tmp_path, "report-seed")
    for section in SECTIONS:
        assert f'id="{section}"' in dom
    assert "defines no system, hardware or performance requirement" in dom


def _corpus_records() -> list[dict[str, object]]:
    first = {**sample().to_dict(include_text=True), "id": "elpais/uno"}
    second = {**sample().to_dict(include_text=True), "id": "efe/dos", "date": "2020-12-28"}
    evil = {**hostile().to_dict(include_text=True), "id": "<b>evil</b>"}
    return [first, second, evil, {"id": "roto", "error": "</textarea><script>alert(1)</script>"}]


def _with_driver(page: Path, driver: str) -> Path:
    """A copy of ``page`` that runs ``driver`` after its own script (its hash
    added to the page's policy), as a user acting on the page would."""
    import base64
    import hashlib

    html = page.read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(driver.encode()).digest()).decode()
    html = html.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    html = html.replace("</body>", f"<script>{driver}</script></body>", 1)
    driven = page.with_name("driven-" + page.name)
    driven.write_text(html, encoding="utf-8")
    return driven


def _rows(dom: str, kind: str) -> tuple[int, int]:
    """(shown, hidden) rows marked ``data-filter="<kind>"`` in a dumped DOM."""
    rows = re.findall(rf'<tr data-filter="{kind}"[^>]*>', dom)
    hidden = sum(1 for r in rows if " hidden" in r)
    return len(rows) - hidden, hidden


def test_report_browser_dashboard_index_speakers_and_filter(tmp_path: Path) -> None:
    from prensa.report import dashboard

    page = dashboard.write(_corpus_records(), tmp_path / "corpus.html", title="Muestra")
    dom = screenshot(page, tmp_path, "dashboard", height=3200)
    assert 'data-filters="ready"' in dom and 'data-sortable="ready"' in dom
    for section in dashboard.SECTIONS:
        assert f'id="{section}"' in dom
    links = re.findall(r'href="(corpus_articles/[^"]+)"', dom)
    assert set(links) == {
        "corpus_articles/0001-elpais-uno.html",
        "corpus_articles/0002-efe-dos.html",
        "corpus_articles/0003-b-evil-b.html",
    }
    assert all((tmp_path / link).is_file() for link in links)
    top = dom[dom.index('id="top-speakers"') :]
    top = top[: top.index("</table>")]
    assert re.findall(r'<tr data-speaker="([^"]+)"', top) == [
        "Ana Pérez",
        "&lt;b&gt;Juan&lt;/b&gt;",  # ties by name
        "El alcalde de Vigo",
    ]
    assert "<script>alert" not in dom and "<img" not in dom
    assert _rows(dom, "quote") == (8, 0)

    # choose a speaker as a user would: the quotations, the articles and the
    # top speakers follow
    driver = (
        'var s = document.getElementById("f-speaker"); s.value = "El alcalde de Vigo";'
        ' s.dispatchEvent(new Event("change"));'
    )
    filtered = chromium(_with_driver(page, driver), tmp_path / "profile", "--dump-dom")
    assert 'data-shown="2"' in filtered
    assert _rows(filtered, "quote") == (2, 6)
    assert _rows(filtered, "article") == (2, 2)
    top = filtered[filtered.index('id="top-speakers"') :]
    top = top[: top.index("</table>")]
    assert re.findall(r'<tr data-speaker="([^"]+)"', top) == ["El alcalde de Vigo"]
    assert "2 quotations match the filter" in filtered

    # an outlet and a date range narrow the same way
    driver = (
        'var o = document.getElementById("f-outlet"); o.value = "efe";'
        ' o.dispatchEvent(new Event("change"));'
        ' var f = document.getElementById("f-from"); f.value = "2020-12-24";'
        ' f.dispatchEvent(new Event("input"));'
    )
    filtered = chromium(_with_driver(page, driver), tmp_path / "profile", "--dump-dom")
    assert _rows(filtered, "quote") == (3, 5)
    assert _rows(filtered, "article") == (1, 3)
