"""The corpus dashboard: one standalone HTML page over many analyses.

:func:`write` takes output records (``prensa analyze --format jsonl`` lines,
or ``Analysis.to_dict()``), writes each article's own report into a folder
beside the page (``corpus.html`` → ``corpus_articles/0001-<id>.html``) and
the dashboard itself, which links to them: the most quoted speakers, their
quotations per outlet and per publication date, the speaker → actor network
across articles, the resolved dates on a calendar, the sourcing, every
quotation and an index of the articles. Filters (speaker, outlet, dates) are
one inline script pinned by its hash; nothing is fetched at view time.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from prensa.records import Analysis
from prensa.report import charts, corpus, dates, page

ARTICLES_SUFFIX = "_articles"  # corpus.html -> corpus_articles/
SECTIONS = (
    "speakers",
    "outlets",
    "published",
    "network",
    "calendar",
    "sourcing",
    "quotations",
    "articles",
)
TOP = 30  # speakers in the crosstabs; tables elsewhere show all
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_OURS = re.compile(r"\d{4,}-[A-Za-z0-9_-]*\.html")


def script() -> str:
    """The dashboard's script: table sorting and the filters."""
    own = resources.files("prensa.report").joinpath("templates/dashboard.js")
    return page.SORT_SCRIPT + own.read_text(encoding="utf-8")


def article_file(article: corpus.Article) -> str:
    """The file name of an article's report: its number and a safe form of its
    id (``0003-elpais-2024-nota.html``), so that no id can name a path."""
    slug = _UNSAFE.sub("-", article.id).strip("-")[:60] or "article"
    return f"{article.number:04d}-{slug}.html"


def render(
    records: Iterable[dict[str, Any]],
    *,
    title: str = "prensa corpus",
    links: dict[int, str] | None = None,
    parsed: Sequence[Analysis | None] | None = None,
) -> str:
    """The dashboard as one self-contained HTML document; ``links`` maps an
    article's number to the (relative) address of its own report; ``parsed``
    is :func:`prensa.report.corpus.analyses` of the records when the caller has it."""
    records = list(records)
    if parsed is None:
        parsed = corpus.analyses(records)
    return str(
        page.environment()
        .get_template("corpus.html.j2")
        .render(**context(records, title, links or {}, parsed))
    )


def write(
    records: Iterable[dict[str, Any]],
    path: str | os.PathLike[str],
    *,
    title: str = "prensa corpus",
) -> Path:
    """Write each article's report into ``<stem>_articles/`` beside ``path``,
    then the dashboard at ``path`` (each file atomically). Reports of an
    earlier run that this corpus no longer has are removed."""
    target = Path(path)
    records = list(records)
    parsed = corpus.analyses(records)  # each record read once, for every part
    folder = target.with_name(target.stem + ARTICLES_SUFFIX)
    links: dict[int, str] = {}
    written: set[str] = set()
    for article, analysis in zip(corpus.articles(records, parsed), parsed, strict=True):
        if analysis is None:
            continue
        name = article_file(article)
        page.write(analysis, folder / name, title=article.title)
        written.add(name)
        links[article.number] = f"{quote(folder.name)}/{quote(name)}"
    if folder.is_dir():
        for old in folder.iterdir():
            if _OURS.fullmatch(old.name) and old.name not in written:
                old.unlink()
    page.write_text(target, render(records, title=title, links=links, parsed=parsed))
    return target


def _by_name(name: str) -> tuple[str, str]:
    """Alphabetical, case aside; names that differ only in case in a fixed order."""
    return name.casefold(), name


def context(
    records: list[dict[str, Any]],
    title: str,
    links: dict[int, str],
    parsed: Sequence[Analysis | None],
) -> dict[str, Any]:
    """Everything the dashboard template shows, as plain values and escaped drawings."""
    rows = corpus.quote_rows(records)
    index = corpus.articles(records, parsed)
    speakers = corpus.top_speakers(rows)
    top = [s["speaker"] for s in speakers[:TOP]]
    outlets, by_outlet = corpus.crosstab(rows, "outlet", top)
    published, by_date = corpus.crosstab(rows, "published", top)
    graph = corpus.network(records, parsed)
    found = corpus.resolved_dates(records)
    days = [a.date for a in index if a.date]
    shown_graph = corpus.strongest(graph)
    script_text = script()
    return {
        "title": title,
        "css": Markup(CSS),
        "articles": index,
        "links": links,
        "failed": sum(1 for a in index if a.error is not None),
        "rows": rows,
        "speakers": speakers,
        "speaker_names": sorted({r["speaker"] for r in rows}, key=_by_name),
        "outlet_names": sorted({a.outlet for a in index}, key=_by_name),
        "first_day": min(days, default=None),
        "last_day": max(days, default=None),
        "speakers_svg": charts.speaker_bars_svg(
            Counter((r["speaker"], r["kind"]) for r in rows), salt="corpus-speakers"
        ),
        "outlets": outlets,
        "by_outlet": by_outlet,
        "published": published,
        "by_date": by_date,
        "per_day_svg": dates.days_svg(
            corpus.quotes_per_day(rows), label="quotations", salt="corpus-published"
        ),
        "network_svg": charts.draw_network(shown_graph, salt="corpus-network"),
        "network_cut": graph.number_of_edges() - shown_graph.number_of_edges(),
        "edges": sorted(
            (
                {"speaker": a, "actor": b, "weight": d["weight"], "articles": d["articles"]}
                for a, b, d in graph.edges(data=True)
            ),
            key=lambda e: (-e["weight"], e["speaker"], e["actor"]),
        ),
        "dates": found,
        "dates_svg": dates.days_svg(
            corpus.days_named(found), label="expressions naming the day", salt="corpus-dates"
        ),
        "sourcing": corpus.sourcing_totals(rows),
        "script": Markup(script_text),
        "csp": page.csp(script_text),
        "json": lambda value: json.dumps(value, ensure_ascii=False),
    }


CSS = """
.filters { position: sticky; top: 0; z-index: 5; background: #fbfbfaf0; padding: 0.6rem 0;
  border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem;
  align-items: end; font-size: 0.9rem; }
.filters label { display: flex; flex-direction: column; gap: 0.15rem; color: #555; }
.filters select { max-width: 16rem; }
#filter-status { color: #3f9a8a; font-weight: 600; }
.scroll { overflow-x: auto; max-height: 36rem; overflow-y: auto; }
td.failed { color: #c2574a; }
#top-speakers tbody tr { cursor: pointer; }
table + table { margin-top: 1rem; }
#quotes-table td:nth-child(3), #articles-table td:nth-child(4) { white-space: nowrap; }
"""
