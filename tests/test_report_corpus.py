"""The corpus dashboard's aggregation (pure functions over output records) and
its page: counts, outlets, dates, network, escaping, self-containment.

Records are built by hand (``test_report_render.sample()`` / ``hostile()``
and small dicts), so these tests do not depend on the extractors."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from prensa.report import corpus, dashboard
from test_report_render import hostile, parse, sample


def q(speaker: str | None, kind: str = "direct", source: str | None = None) -> dict[str, Any]:
    return {
        "text": "x",
        "kind": kind,
        "speaker": speaker,
        "speaker_id": speaker and speaker.lower(),
        "source": source,
    }


RECORDS: list[dict[str, Any]] = [
    {"id": "elpais/1", "date": "2024-02-20", "quotes": [q("Ana"), q("Ana"), q("Luis")]},
    {
        "id": "https://www.efe.com/n/2",
        "date": "2024-02-21",
        "quotes": [q("Ana", "partial", "la agencia Efe"), q(None, "indirect")],
        "timexes": [
            {"text": "ayer", "start": 0, "end": 4, "type": "DATE", "value": "2024-02-20"},
            {"text": "enero", "start": 5, "end": 10, "type": "DATE", "value": "2024-01"},
            {"text": "el martes", "start": 0, "end": 9, "type": "DATE", "value": "XXXX-WXX-2"},
        ],
    },
    {"id": "3", "date": None, "meta": {"outlet": "  El  Diario "}, "quotes": [q("Luis")]},
    {"id": "roto", "error": "line 4: not JSON", "meta": {}},
]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": "elpais/2024/nota"}, "elpais"),
        ({"id": "https://www.efe.com/a"}, "efe.com"),
        ({"id": "x", "meta": {"url": "http://elmundo.es/b"}}, "elmundo.es"),
        ({"id": "elpais/1", "meta": {"outlet": "El País"}}, "El País"),
        ({"id": "nota"}, corpus.UNKNOWN_OUTLET),
        ({"id": "/abs/path"}, corpus.UNKNOWN_OUTLET),
        ({"id": None}, corpus.UNKNOWN_OUTLET),
    ],
)
def test_corpus_outlet_of(record: dict[str, Any], expected: str) -> None:
    assert corpus.outlet_of(record) == expected


def test_corpus_quote_rows_one_per_quotation_with_its_article() -> None:
    rows = corpus.quote_rows(RECORDS)
    assert len(rows) == 6
    assert [r["article"] for r in rows] == [1, 1, 1, 2, 2, 3]
    assert [r["outlet"] for r in rows][2:] == ["elpais", "efe.com", "efe.com", "El Diario"]
    assert [r["sourcing"] for r in rows][3:] == ["secondary", "unattributed", "primary"]
    assert rows[4]["speaker"] == corpus.UNATTRIBUTED


def test_corpus_top_speakers_share_articles_outlets() -> None:
    top = corpus.top_speakers(corpus.quote_rows(RECORDS))
    assert top[0] == {"speaker": "Ana", "quotations": 3, "share": 50.0, "articles": 2, "outlets": 2}
    assert [t["speaker"] for t in top] == ["Ana", "Luis", corpus.UNATTRIBUTED]
    assert sum(t["share"] for t in top) == pytest.approx(100.0, abs=0.2)
    assert corpus.top_speakers(corpus.quote_rows(RECORDS), top=1)[0]["speaker"] == "Ana"
    assert corpus.top_speakers([]) == []


def test_corpus_crosstab_by_outlet_and_by_date() -> None:
    rows = corpus.quote_rows(RECORDS)
    outlets, table = corpus.crosstab(rows, "outlet", ["Ana", "Luis"])
    assert outlets == ["El Diario", "efe.com", "elpais"]
    assert table == [("Ana", [0, 1, 2], 3), ("Luis", [1, 0, 1], 2)]
    days, by_day = corpus.crosstab(rows, "published")
    assert days == ["2024-02-20", "2024-02-21", "unknown"]
    assert by_day[0] == ("Ana", [2, 1, 0], 3)


def test_corpus_sourcing_totals() -> None:
    totals = corpus.sourcing_totals(corpus.quote_rows(RECORDS))
    assert totals["total"] == 6
    assert totals["sourcing"] == {"primary": 4, "secondary": 1, "unattributed": 1}
    assert totals["kinds"] == {"direct": 4, "partial": 1, "indirect": 1}
    assert totals["sources"] == [("la agencia Efe", 1)]


def test_corpus_dates_on_the_calendar() -> None:
    found = corpus.resolved_dates(RECORDS)
    assert [(f["text"], f["start"], f["end"]) for f in found] == [
        ("ayer", dt.date(2024, 2, 20), dt.date(2024, 2, 20)),
        ("enero", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
    ]
    assert corpus.days_named(found) == {dt.date(2024, 2, 20): 1}
    rows = corpus.quote_rows(RECORDS)
    assert corpus.quotes_per_day(rows) == {dt.date(2024, 2, 20): 3, dt.date(2024, 2, 21): 2}


def test_corpus_articles_index_keeps_failures_in_order() -> None:
    index = corpus.articles(RECORDS)
    assert [a.number for a in index] == [1, 2, 3, 4]
    assert index[0].speakers == ("Ana", "Luis") and index[0].quotes == 3
    assert index[3].error == "line 4: not JSON"
    assert dashboard.article_file(index[1]) == "0002-https-www-efe-com-n-2.html"


def test_corpus_from_record_round_trips_an_analysis() -> None:
    analysis = sample()
    assert corpus.from_record(analysis.to_dict(include_text=True)) == analysis
    assert corpus.from_record(analysis.to_dict()).text == ""


def test_corpus_network_merges_articles() -> None:
    one, two = sample().to_dict(), {**sample().to_dict(), "id": "again"}
    graph = corpus.network([one, two, {"id": "x", "error": "e"}])
    assert graph.get_edge_data("Ana Pérez", "Vigo") == {"weight": 2, "articles": 2}
    assert graph.nodes["Ana Pérez"]["speaker"]


def _records() -> list[dict[str, Any]]:
    return [
        {**sample().to_dict(include_text=True), "id": "elpais/uno"},
        {**hostile().to_dict(include_text=True), "id": "<script>alert(9)</script>"},
        {"id": "\"'><img src=x onerror=alert(8)>", "error": "</textarea><b>x</b>"},
    ]


def test_dashboard_escapes_hostile_records() -> None:
    html = dashboard.render(_records(), title="</title><script>alert(7)</script>")
    parsed = parse(html)
    assert parsed.scripts == [dashboard.script()]
    for tag, attrs in parsed.tags:
        assert tag not in {"img", "b", "i", "textarea", "x"}
        assert not any(name.startswith("on") for name in attrs)
        assert "javascript:" not in " ".join(v or "" for v in attrs.values())
    assert sum(tag == "title" for tag, _ in parsed.tags) == 1
    assert "<script>alert" not in html and "<img" not in html and "</textarea>" not in html
    text = "".join(parsed.data)
    assert "<b>Juan</b>" in text and "</textarea><b>x</b>" in text


def test_dashboard_is_self_contained_and_pins_its_script() -> None:
    html = dashboard.render(_records(), links={1: "r_articles/0001-elpais-uno.html"})
    parsed = parse(html)
    for tag, attrs in parsed.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert not (attrs.get("src") or attrs.get("href") or "#").startswith(("http", "//"))
    digest = base64.b64encode(hashlib.sha256(dashboard.script().encode()).digest()).decode()
    policy = next(a["content"] for t, a in parsed.tags if a.get("http-equiv")) or ""
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    hrefs = [a["href"] for t, a in parsed.tags if t == "a" and not a["href"].startswith("#")]
    assert set(hrefs) == {"r_articles/0001-elpais-uno.html"}


def test_dashboard_sections_and_empty_corpus() -> None:
    ids = {a.get("id") for _, a in parse(dashboard.render(_records())).tags}
    for section in dashboard.SECTIONS:
        assert section in ids
    empty = dashboard.render([])
    assert "No quotation found in the corpus." in empty


def test_dashboard_write_reads_each_record_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    read: list[object] = []
    original = corpus.from_record

    def counting(record: Any) -> Any:
        read.append(record.get("id"))
        return original(record)

    monkeypatch.setattr(corpus, "from_record", counting)
    records = _records()
    dashboard.write(records, tmp_path / "c.html")
    # the index, the article reports, the dashboard and the network share one reading
    assert sorted(map(str, read)) == sorted(str(r.get("id")) for r in records if "error" not in r)


@pytest.mark.slow
def test_dashboard_same_whatever_the_hash_seed() -> None:
    """Two runs write the same page: no order taken from a set of strings
    (networkx's edge_subgraph, names equal but for case)."""
    tests = Path(__file__).resolve().parent
    code = (
        "import sys\n"
        "from test_report_corpus import _records, q\n"
        "from prensa.report import dashboard\n"
        "names = [q('ana'), q('ANA'), q('Ana')]\n"
        "sys.stdout.write(dashboard.render([*_records(), {'id': 'b', 'quotes': names}]))\n"
    )
    pages = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env["PYTHONPATH"] = os.pathsep.join([str(tests), *sys.path])
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        pages.add(done.stdout)
    assert len(pages) == 1
