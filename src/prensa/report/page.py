"""A standalone HTML report of one analysis (the report stage).

``render`` fills ``templates/report.html.j2`` (Jinja2, autoescape on) with
the records of an :class:`~prensa.records.Analysis` and the drawings of
:mod:`prensa.report.charts`; the result is one self-contained HTML document: inline
CSS, inline SVG, one small inline script (table sorting) pinned by its hash
in the Content-Security-Policy, nothing fetched from the network.

>>> import prensa, prensa.report
>>> html = prensa.report.render(prensa.analyze("«Es falso», dijo el ministro."))
>>> html.startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
import textwrap
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from prensa.io.documents import counted  # not prensa.io: that would add floors
from prensa.records import Analysis
from prensa.report import charts, highlight

KINDS = ("direct", "partial", "indirect")

# Clicking a column header sorts the table by it (numbers numerically).
SORT_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach(function (th, col) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0];
    var asc = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[th.cellIndex].textContent.trim();
      var y = b.cells[th.cellIndex].textContent.trim();
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "es");
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
document.documentElement.setAttribute("data-sortable", "ready");
"""


@dataclass(frozen=True, slots=True)
class Sourcing:
    """Where the quotations come from, and how they are reported."""

    total: int
    primary: int  # attributed to a speaker, no intermediary
    secondary: int  # reported through a source ("según la agencia SANA")
    unattributed: int
    sources: dict[str, int]  # secondary source -> quotations
    kinds: dict[str, int]  # direct / partial / indirect -> quotations
    media: tuple[str, ...] = ()  # actors that are media or agencies, or named in a source

    def share(self, count: int) -> float:
        """``count`` as a percentage of all quotations (0 when there are none)."""
        return 100.0 * count / self.total if self.total else 0.0


def sourcing(analysis: Analysis) -> Sourcing:
    """Primary vs secondary sources, and the share of each kind of quotation."""
    quotes = analysis.quotes
    kinds: Counter[str] = Counter(q.kind for q in quotes)
    named = {q.source for q in quotes if q.source}
    return Sourcing(
        total=len(quotes),
        primary=sum(1 for q in quotes if q.speaker_id and not q.source),
        secondary=sum(1 for q in quotes if q.source),
        unattributed=sum(1 for q in quotes if not q.speaker_id and not q.source),
        sources=dict(Counter(q.source for q in quotes if q.source).most_common()),
        kinds={k: kinds[k] for k in KINDS},
        media=tuple(
            a.name
            for a in analysis.actors
            if a.subtype == "media" or any(a.name in source for source in named)
        ),
    )


def framing(analysis: Analysis) -> dict[str, list[str]]:
    """Actor id -> the distinct expressions naming it, commonest first.

    Demonyms ("rusas") are left out, being adjectives rather than names, and
    expressions differing only in case or spacing count once.
    """
    counts: dict[str, Counter[str]] = {}
    shown: dict[str, str] = {}
    for m in analysis.mentions:
        if m.kind == "demonym":
            continue
        expression = " ".join(m.text.split())
        key = expression.casefold()
        shown.setdefault(key, expression)
        counts.setdefault(m.actor_id, Counter())[key] += 1
    return {actor: [shown[k] for k, _ in c.most_common()] for actor, c in counts.items()}


def language_name(code: str) -> str:
    """The English name of a language code ("es" -> "Spanish"), else the code."""
    from babel import Locale

    name = Locale("en").languages.get(code)
    return str(name) if name else code


def contents(analysis: Analysis) -> str:
    """One sentence on what the document holds, whatever its requirements."""
    speakers = {q.speaker_id or q.speaker_text for q in analysis.quotes} - {None}
    return (
        f"It contains {counted(len(analysis.quotes), 'quotation')} from "
        f"{counted(len(speakers), 'identified speaker')}, {counted(len(analysis.actors), 'actor')} "
        f"and {counted(len(analysis.timexes), 'temporal expression')}."
    )


def summary(analysis: Analysis) -> list[str]:
    """A few plain sentences an analyst or a team can act on."""
    p = analysis.profile
    out = [
        f"A {p.genre} in {language_name(p.language)}, {counted(p.words, 'word')} in "
        f"{counted(p.paragraphs, 'paragraph')}. {p.verdict} {contents(analysis)}".strip()
    ]
    src = sourcing(analysis)
    if src.total:
        speakers = Counter(q.speaker for q in analysis.quotes if q.speaker)
        if speakers:
            who, count = speakers.most_common(1)[0]
            others = ", ".join(f"{s} ({c})" for s, c in speakers.most_common()[1:4])
            out.append(
                f"Most quoted: {who}, {count} of {src.total} quotations"
                + (f"; then {others}." if others else ".")
            )
        out.append(
            "Quotations: "
            + ", ".join(
                f"{src.kinds[k]} {k} ({src.share(src.kinds[k]):.0f}%)"
                for k in KINDS
                if src.kinds[k]
            )
            + "."
        )
        if src.sources:
            listed = ", ".join(f"{s} ({c})" for s, c in src.sources.items())
            out.append(
                f"{counted(src.secondary, 'quotation')} reach the reader second-hand, "
                f"through {listed}: weigh them as reported, not witnessed."
            )
        else:
            out.append("No quotation is reported through a secondary source.")
        if src.media:
            out.append(f"Media and agencies named: {', '.join(src.media)}.")
        if src.unattributed:
            out.append(
                f"{counted(src.unattributed, 'quotation')} have no identified speaker: "
                "check them by hand."
            )
    names = {a.id: a.name for a in analysis.actors}
    ranked = sorted(framing(analysis).items(), key=lambda item: -len(item[1]))
    for actor_id, expressions in [item for item in ranked if len(item[1]) >= 3][:2]:
        shown = ", ".join(f"“{e}”" for e in expressions[:5])
        out.append(
            f"{names[actor_id]} is named {len(expressions)} different ways ({shown}): "
            "the choice of words frames the actor."
        )
    if analysis.timexes:
        values = ", ".join(f"{t.text} ({t.value or 'no value'})" for t in analysis.timexes[:6])
        note = (
            ""
            if analysis.date
            else (" The publication date is unknown, so relative dates stay unresolved.")
        )
        out.append(f"Dates: {values}.{note}")
    out.extend(p.warnings)
    return out


def render(analysis: Analysis, *, title: str | None = None) -> str:
    """The report of one analysis as a self-contained HTML document."""
    return str(environment().get_template("report.html.j2").render(**context(analysis, title)))


def write(analysis: Analysis, path: str | os.PathLike[str], *, title: str | None = None) -> Path:
    """Write the report to ``path`` atomically (a temporary file, then a rename)."""
    return write_text(Path(path), render(analysis, title=title))


def write_text(target: Path, html: str) -> Path:
    """Write ``html`` to ``target`` atomically, readable by all (0644)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(html)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is for reading
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def context(analysis: Analysis, title: str | None = None) -> dict[str, Any]:
    """Everything the template shows, as plain values and escaped drawings."""
    text = analysis.text
    names = {a.id: a.name for a in analysis.actors}
    timexes = []
    for t in analysis.timexes:
        # an analysis read back from JSONL may not hold its text
        start, end = highlight.sentence_around(text, t.start, t.end) if text else (0, 0)
        timexes.append({"record": t, "sentence_text": text[start:end]})
    return {
        "title": title_of(analysis, title),
        "has_text": bool(text),
        "analysis": analysis,
        "profile": analysis.profile,
        "language": language_name(analysis.profile.language),
        "contents": contents(analysis),
        "css": Markup(highlight.CSS),  # constants of ours, not article text
        "legend": highlight.legend(),
        "annotated": highlight.highlight(analysis) if text else "",
        "quotes": analysis.quotes,
        "speakers_svg": charts.quotes_per_speaker_svg(analysis),
        "actors": sorted(analysis.actors, key=lambda a: (-a.quoted, -a.mentions, a.name)),
        "network_svg": charts.network_svg(analysis),
        "edges": [
            {"speaker": s, "actor": o, "weight": d["weight"]}
            for s, o, d in charts.network(analysis).edges(data=True)
        ],
        "timexes": timexes,
        "timeline_svg": charts.timeline_svg(analysis),
        "sourcing": sourcing(analysis),
        "kinds": KINDS,
        "summary": summary(analysis),
        "names": names,
        "script": Markup(SORT_SCRIPT),
        "csp": csp(SORT_SCRIPT),
    }


@cache
def environment() -> Environment:
    # autoescape=True for every template: the article text is untrusted.
    return Environment(
        loader=PackageLoader("prensa.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def csp(script: str) -> str:
    """A policy allowing inline style and exactly our one script, and nothing remote."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'"
    )


def title_of(analysis: Analysis, given: str | None = None, limit: int = 90) -> str:
    """The title to show: ``given``, else the title of the metadata (a corpus
    line, a ``.meta.json``, the HTML ``<title>``), else the first line of the
    text; spaces collapsed and, past ``limit`` characters, cut at a word.

    >>> from prensa.records import Profile
    >>> p = Profile("es", 1.0, "other", 0, 0, 0, 0, (), "")
    >>> title_of(Analysis("Un  titular\\n\\nTexto.", None, (), (), (), (), p))
    'Un titular'
    """
    meta_title = analysis.meta.get("title")
    for candidate in (given, meta_title if isinstance(meta_title, str) else None, analysis.text):
        line = next((" ".join(s.split()) for s in (candidate or "").splitlines() if s.strip()), "")
        if line:
            return textwrap.shorten(line, limit, placeholder=" …") or line[:limit]
    return analysis.id or "prensa report"
