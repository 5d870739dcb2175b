"""A corpus seen whole: pure functions over output records (one per article).

The records are what ``prensa analyze --format jsonl`` writes (or
``Analysis.to_dict()``): plain dicts. :func:`quote_rows` flattens them into one
row per quotation with its article, outlet and publication date; every other
function counts over those rows or over the records, so the dashboard
(:mod:`prensa.report.dashboard`) and the notebook (as pandas tables) show the
same figures.

>>> rows = quote_rows([{"id": "elpais/1", "date": "2024-02-20", "quotes": [
...     {"text": "Sí", "kind": "direct", "speaker": "Ana", "speaker_id": "ana"}]}])
>>> (rows[0]["outlet"], rows[0]["sourcing"], top_speakers(rows)[0]["share"])
('elpais', 'primary', 100.0)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from typing import Any
from urllib.parse import urlsplit

from prensa.records import Actor, Analysis, Mention, Profile, Quote, Requirement, Timex
from prensa.report import charts, dates, page

Record = Mapping[str, Any]
UNKNOWN_OUTLET = "(unknown outlet)"
UNATTRIBUTED = "(unattributed)"
SOURCING = ("primary", "secondary", "unattributed")


# ---------------------------------------------------------------- records


def from_record(record: Record) -> Analysis:
    """The :class:`Analysis` of one output record (its text is ``""`` when the
    record does not hold it). Unknown fields are ignored, missing ones defaulted."""
    profile = dict(record.get("profile") or {})
    profile["requirements"] = tuple(
        _make(Requirement, {**r, "cues": tuple(r.get("cues") or ())})
        for r in profile.get("requirements") or ()
    )
    profile["warnings"] = tuple(profile.get("warnings") or ())
    defaults = {"language": "und", "language_confidence": 0.0, "genre": "other", "verdict": ""}
    text = record.get("text")
    return Analysis(
        text=text if isinstance(text, str) else "",
        date=record.get("date"),
        quotes=tuple(_make(Quote, q) for q in record.get("quotes") or ()),
        actors=tuple(
            _make(Actor, {**a, "aliases": tuple(a.get("aliases") or ())})
            for a in record.get("actors") or ()
        ),
        mentions=tuple(_make(Mention, m) for m in record.get("mentions") or ()),
        timexes=tuple(_make(Timex, t) for t in record.get("timexes") or ()),
        profile=_make(Profile, {**defaults, **profile}),
        id=record.get("id"),
        meta=dict(record.get("meta") or {}),
    )


def _make(cls: Any, values: Mapping[str, Any]) -> Any:
    """``cls`` from the fields of ``values`` it knows; a required field that is
    missing becomes 0 (a number), "" (a text) or None."""
    given = {}
    for f in fields(cls):
        if f.name in values:
            given[f.name] = values[f.name]
        elif f.default is MISSING and f.default_factory is MISSING:
            given[f.name] = {"int": 0, "float": 0.0, "str": ""}.get(str(f.type))
    return cls(**given)


def outlet_of(record: Record) -> str:
    """Where an article was published: the ``outlet`` of its metadata, else the
    host of its URL (metadata or id), else the first folder of its id
    (``elpais/2024/nota`` → ``elpais``), else :data:`UNKNOWN_OUTLET`.

    >>> outlet_of({"id": "https://www.efe.com/a/1"})
    'efe.com'
    """
    meta = record.get("meta") or {}
    if isinstance(meta.get("outlet"), str) and meta["outlet"].strip():
        return " ".join(meta["outlet"].split())
    doc_id = record["id"] if isinstance(record.get("id"), str) else ""
    for url in (meta.get("url"), doc_id):
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            host = urlsplit(url).hostname or ""
            if host:
                return host.removeprefix("www.")
    if "/" in doc_id and not doc_id.startswith("/"):
        return doc_id.split("/", 1)[0]
    return UNKNOWN_OUTLET


def sourcing_of(quote: Mapping[str, Any]) -> str:
    """primary (a speaker, no intermediary), secondary (through a source:
    "según la agencia Efe") or unattributed; as :func:`prensa.report.page.sourcing`."""
    if quote.get("source"):
        return "secondary"
    return "primary" if quote.get("speaker_id") else "unattributed"


# ---------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Article:
    """One line of the index: an article, what it holds, or why it failed."""

    number: int  # 1, 2, ... in input order
    id: str
    title: str
    outlet: str
    date: str | None
    quotes: int
    speakers: tuple[str, ...]  # the names quoted, commonest first
    error: str | None = None


def analyses(records: Iterable[Record]) -> list[Analysis | None]:
    """Each record as an :class:`Analysis` (:func:`from_record`), None for a
    failed document: read once, for the functions that take ``parsed``."""
    return [None if "error" in record else from_record(record) for record in records]


def articles(
    records: Sequence[Record], parsed: Sequence[Analysis | None] | None = None
) -> list[Article]:
    """The index of a corpus, in input order (failed documents included);
    ``parsed`` is :func:`analyses` of the records when the caller has it."""
    if parsed is None:
        parsed = analyses(records)
    found = []
    for number, (record, analysis) in enumerate(zip(records, parsed, strict=True), 1):
        doc_id = str(record.get("id") or f"#{number}")
        if analysis is None:
            found.append(
                Article(
                    number, doc_id, doc_id, outlet_of(record), None, 0, (), str(record["error"])
                )
            )
            continue
        said = Counter(q.speaker for q in analysis.quotes if q.speaker)
        found.append(
            Article(
                number,
                doc_id,
                page.title_of(analysis),
                outlet_of(record),
                analysis.date,
                len(analysis.quotes),
                tuple(name for name, _ in said.most_common()),
            )
        )
    return found


# ---------------------------------------------------------------- quotations


def quote_rows(records: Iterable[Record]) -> list[dict[str, Any]]:
    """One row per quotation of the corpus: ``article`` (its number), ``doc_id``,
    ``outlet``, ``published``, ``speaker`` (or :data:`UNATTRIBUTED`), ``kind``,
    ``cue``, ``sourcing``, ``source`` and ``text``. Failed documents give none."""
    rows = []
    for number, record in enumerate(records, 1):
        if "error" in record:
            continue
        outlet = outlet_of(record)
        for q in record.get("quotes") or ():
            rows.append(
                {
                    "article": number,
                    "doc_id": record.get("id"),
                    "outlet": outlet,
                    "published": record.get("date"),
                    "speaker": q.get("speaker") or UNATTRIBUTED,
                    "kind": q.get("kind"),
                    "cue": q.get("cue"),
                    "sourcing": sourcing_of(q),
                    "source": q.get("source"),
                    "text": q.get("text", ""),
                }
            )
    return rows


def top_speakers(rows: Iterable[Mapping[str, Any]], top: int | None = None) -> list[dict[str, Any]]:
    """The most quoted speakers: ``speaker``, ``quotations``, ``share`` (% of all
    quotations, unattributed ones included), ``articles`` and ``outlets``
    (how many), most quoted first, ties by name."""
    rows = list(rows)
    count: Counter[str] = Counter(r["speaker"] for r in rows)
    in_articles: dict[str, set[Any]] = defaultdict(set)
    in_outlets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        in_articles[r["speaker"]].add(r["article"])
        in_outlets[r["speaker"]].add(r["outlet"])
    ranked = sorted(count.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [
        {
            "speaker": name,
            "quotations": n,
            "share": round(100.0 * n / len(rows), 1),
            "articles": len(in_articles[name]),
            "outlets": len(in_outlets[name]),
        }
        for name, n in ranked
    ]


def crosstab(
    rows: Iterable[Mapping[str, Any]], column: str, speakers: Iterable[str] | None = None
) -> tuple[list[str], list[tuple[str, list[int], int]]]:
    """Quotations per speaker and per value of ``column`` ("outlet",
    "published"): the column values (sorted; unknown dates as "unknown") and,
    for each speaker (``speakers`` in that order, else all, most quoted first),
    ``(speaker, counts per value, total)``."""
    rows = list(rows)
    cells: Counter[tuple[str, str]] = Counter(
        (r["speaker"], r.get(column) or "unknown") for r in rows
    )
    values = sorted({value for _, value in cells})
    order = list(speakers) if speakers is not None else [s["speaker"] for s in top_speakers(rows)]
    table = []
    for name in order:
        counts = [cells[name, value] for value in values]
        table.append((name, counts, sum(counts)))
    return values, table


def sourcing_totals(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Quotations by sourcing (primary, secondary, unattributed) and by kind,
    and the secondary sources with how many quotations each reports."""
    rows = list(rows)
    by: Counter[str] = Counter(r["sourcing"] for r in rows)
    kinds: Counter[str] = Counter(r["kind"] for r in rows)
    sources: Counter[str] = Counter(" ".join(str(r["source"]).split()) for r in rows if r["source"])
    return {
        "total": len(rows),
        "sourcing": {s: by[s] for s in SOURCING},
        "kinds": {k: kinds[k] for k in page.KINDS if kinds[k]},
        "sources": sources.most_common(),
    }


def quotes_per_day(rows: Iterable[Mapping[str, Any]]) -> dict[dt.date, int]:
    """Quotations per publication day (articles without a date left out)."""
    found: Counter[dt.date] = Counter()
    for r in rows:
        day = dates.iso_day(r.get("published"))
        if day is not None:
            found[day] += 1
    return dict(found)


# ---------------------------------------------------------------- network, dates


def network(records: Sequence[Record], parsed: Sequence[Analysis | None] | None = None) -> Any:
    """The speaker → actor network across articles: the per-article networks
    (:func:`prensa.report.charts.network`) merged by actor name; edge ``weight``
    counts quotations, ``articles`` the articles that hold the link. ``parsed``
    is :func:`analyses` of the records when the caller has it."""
    import networkx as nx

    merged = nx.DiGraph()
    for analysis in analyses(records) if parsed is None else parsed:
        if analysis is None:
            continue
        graph = charts.network(analysis)
        for name, data in graph.nodes(data=True):
            if name in merged:
                merged.nodes[name]["speaker"] |= bool(data.get("speaker"))
            else:
                merged.add_node(name, **data)
        for speaker, actor, data in graph.edges(data=True):
            old = merged.get_edge_data(speaker, actor, {"weight": 0, "articles": 0})
            merged.add_edge(
                speaker,
                actor,
                weight=old["weight"] + data["weight"],
                articles=old["articles"] + 1,
            )
    return merged


def strongest(graph: Any, top: int = 40) -> Any:
    """The subgraph of the ``top`` heaviest edges (so that a big corpus draws),
    its nodes and edges in the order of ``graph``: networkx's ``edge_subgraph``
    orders them by set, so the drawing's layout changed from run to run."""
    import networkx as nx

    ranked = sorted(graph.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))
    kept = {(a, b) for a, b, _ in ranked[:top]}
    ends = {name for edge in kept for name in edge}
    sub = nx.DiGraph()
    sub.add_nodes_from((name, data) for name, data in graph.nodes(data=True) if name in ends)
    sub.add_edges_from((a, b, data) for a, b, data in graph.edges(data=True) if (a, b) in kept)
    return sub


def resolved_dates(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Every temporal expression of the corpus whose value is on the calendar:
    ``article``, ``doc_id``, ``outlet``, ``text``, ``value``, ``start`` and
    ``end`` (the days it covers), ``published``."""
    found = []
    for number, record in enumerate(records, 1):
        if "error" in record:
            continue
        outlet = outlet_of(record)
        for t in record.get("timexes") or ():
            span = dates.calendar_span(t.get("value"))
            if span is None:
                continue
            found.append(
                {
                    "article": number,
                    "doc_id": record.get("id"),
                    "outlet": outlet,
                    "text": t.get("text", ""),
                    "value": t.get("value"),
                    "start": span[0],
                    "end": span[1],
                    "published": record.get("date"),
                }
            )
    return found


def days_named(found: Iterable[Mapping[str, Any]]) -> dict[dt.date, int]:
    """How many expressions name each day (values of one day only; a month or
    a year is too wide for a day's bar)."""
    days: Counter[dt.date] = Counter(f["start"] for f in found if f["start"] == f["end"])
    return dict(days)
