"""Charts of an analysis as inline SVG: quotations per speaker, the actor
network, the timeline. Shared by the notebook and the HTML report; labels
come from the public records and are drawn as paths, so no article text
reaches the page as markup.
"""

from __future__ import annotations

import bisect
import io
import re
from collections import Counter
from typing import Any

from markupsafe import Markup

from prensa.records import Analysis, Mention


def network(analysis: Analysis) -> Any:
    """Who talks about whom: a ``networkx.DiGraph`` from each speaker to the
    actors its quotations mention; edge ``weight`` counts quotations."""
    import networkx as nx

    names = {a.id: a for a in analysis.actors}
    graph = nx.DiGraph()
    mentions = sorted(analysis.mentions, key=_mention_start)
    for q in analysis.quotes:
        if q.speaker_id is None or q.speaker_id not in names:
            continue
        speaker = names[q.speaker_id]
        graph.add_node(speaker.name, type=speaker.type, speaker=True)
        seen: set[str] = set()
        for m in mentions[bisect.bisect_left(mentions, q.start, key=_mention_start) :]:
            if m.start >= q.end:
                break
            actor = names.get(m.actor_id)
            if m.end > q.end or actor is None or actor.id == speaker.id or actor.id in seen:
                continue
            seen.add(actor.id)
            if actor.name not in graph:
                graph.add_node(actor.name, type=actor.type, speaker=False)
            weight = graph.get_edge_data(speaker.name, actor.name, {"weight": 0})["weight"]
            graph.add_edge(speaker.name, actor.name, weight=weight + 1)
    return graph


def network_svg(analysis: Analysis) -> Markup | None:
    """The speaker → mentioned-actor network as inline SVG, or None without speakers."""
    import networkx as nx

    graph = network(analysis)
    if not graph.number_of_nodes():
        return None
    fig = _figure(7.5, 5.0 if graph.number_of_edges() else 1.6)
    ax = fig.add_subplot()
    speakers = [n for n in graph if graph.nodes[n].get("speaker")]
    others = [n for n in graph if not graph.nodes[n].get("speaker")]
    # Speakers on the inner ring, the actors they mention around them.
    pos = nx.shell_layout(graph, [speakers, others] if others else [speakers])
    colours = [_TYPE_COLOURS.get(graph.nodes[n].get("type", ""), "#999") for n in graph]
    sizes = [1400 if graph.nodes[n].get("speaker") else 700 for n in graph]
    widths = [1.0 + 1.2 * d["weight"] for _, _, d in graph.edges(data=True)]
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        width=widths,
        edge_color="#777",
        arrows=True,
        arrowsize=16,
        node_size=sizes,
        connectionstyle="arc3,rad=0.08",
    )
    nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        node_color=colours,
        node_size=sizes,
        edgecolors=["#111" if graph.nodes[n].get("speaker") else "#fff" for n in graph],
        linewidths=2,
    )
    nx.draw_networkx_labels(
        graph,
        pos,
        ax=ax,
        labels={n: _plain(n) for n in graph},
        font_size=9,
        bbox={"boxstyle": "round,pad=0.2", "fc": "#ffffffd0", "ec": "none"},
    )
    ax.set_axis_off()
    ax.margins(0.18)
    return _svg(fig, "network")


def quotes_per_speaker_svg(analysis: Analysis) -> Markup | None:
    """A horizontal bar chart of quotations per speaker, by kind; None without quotes."""
    if not analysis.quotes:
        return None
    counts: Counter[tuple[str, str]] = Counter(
        (q.speaker or "(unattributed)", q.kind) for q in analysis.quotes
    )
    totals = Counter(q.speaker or "(unattributed)" for q in analysis.quotes)
    # The most quoted at the top; a long tail is cut so the chart stays readable.
    speakers = [s for s, _ in totals.most_common(MAX_ROWS)][::-1]
    fig = _figure(7.5, 0.9 + 0.45 * len(speakers))
    ax = fig.add_subplot()
    left = [0] * len(speakers)
    for kind in _KINDS:
        values = [counts[s, kind] for s in speakers]
        ax.barh(
            [_plain(s) for s in speakers],
            values,
            left=left,
            label=kind,
            color=_KIND_COLOURS[kind],
            edgecolor="#555",
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlabel("quotations")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return _svg(fig, "speakers")


def timeline_svg(analysis: Analysis) -> Markup | None:
    """Temporal expressions in reading order, each with its value; None without any."""
    if not analysis.timexes:
        return None
    items = analysis.timexes[:MAX_ROWS]
    fig = _figure(7.5, 1.2 + 0.5 * len(items))
    ax = fig.add_subplot()
    size = max(len(analysis.text), 1)
    ys = list(range(len(items), 0, -1))
    xs = [100 * t.start / size for t in items]
    ax.hlines(ys, 0, 100, color="#eee", linewidth=1)
    ax.scatter(xs, ys, s=70, color="#d6336c", zorder=3)
    for x, y, t in zip(xs, ys, items, strict=True):
        ax.annotate(
            _plain(f"{t.text}  →  {t.value or '?'}"),
            (x, y),
            xytext=(8, 4),
            textcoords="offset points",
            fontsize=9,
        )
    ax.set_xlim(0, 118)
    ax.set_ylim(0.3, len(items) + 0.7)
    ax.set_yticks([])
    shown = (
        ""
        if len(items) == len(analysis.timexes)
        else (f"; the first {len(items)} of {len(analysis.timexes)}")
    )
    ax.set_xlabel(f"position in the article (% of its length{shown})")
    ax.spines[["top", "right", "left"]].set_visible(False)
    fig.tight_layout()
    return _svg(fig, "timeline")


# Rows a chart draws at most (speakers, temporal expressions); tables show all.
MAX_ROWS = 30
_KINDS = ("direct", "partial", "indirect")
_KIND_COLOURS = {"direct": "#f2c94c", "partial": "#f2994a", "indirect": "#9bc98a"}
_TYPE_COLOURS = {
    "PER": "#4a78c2",
    "ORG": "#c2574a",
    "LOC": "#3f9a8a",
    "NOM": "#aaa",
    "GROUP": "#bbb",
}
_SVG_START = re.compile(r"^.*?(?=<svg)", re.S)
_SVG_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    return Figure(figsize=(width, height), dpi=96)


def _plain(label: str) -> str:
    """A label matplotlib draws literally ("$" would start mathtext)."""
    return label.replace("$", r"\$")


def _svg(fig: Any, salt: str) -> Markup:
    """A figure as inline SVG: text drawn as paths (no fonts), no comments, no prolog."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": f"prensa-{salt}"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    svg = _SVG_COMMENT.sub("", _SVG_START.sub("", buffer.getvalue(), count=1))
    return Markup(svg)


def _mention_start(m: Mention) -> int:
    return m.start
