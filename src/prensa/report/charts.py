"""Charts of an analysis as inline SVG: quotations per speaker, the actor
network, the timeline (on a calendar, :mod:`prensa.report.dates`). Shared by
the notebook and the HTML reports; labels come from the public records and
are drawn as paths (:mod:`prensa.report.svg`), so no article text reaches the
page as markup.
"""

from __future__ import annotations

import bisect
import textwrap
from collections import Counter
from typing import Any

from markupsafe import Markup

from prensa.records import Analysis, Mention
from prensa.report import dates
from prensa.report.svg import MAX_ROWS, figure, plain, svg


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
    return draw_network(network(analysis), salt="network")


def draw_network(graph: Any, *, salt: str) -> Markup | None:
    """A speaker → actor ``DiGraph`` (see :func:`network`) as inline SVG, with a
    legend of actor types; None for an empty graph. Labels sit under their
    node, beneath the arrows, so that no label hides an arrowhead."""
    import networkx as nx
    from matplotlib.lines import Line2D

    if not graph.number_of_nodes():
        return None
    speakers = [n for n in graph if graph.nodes[n].get("speaker")]
    others = [n for n in graph if not graph.nodes[n].get("speaker")]
    # Speakers on the inner ring, the actors they mention around them.
    pos = nx.shell_layout(graph, [speakers, others] if others else [speakers])
    ys = [y for _, y in pos.values()]
    flat = max(ys) - min(ys) < 0.3  # two or three nodes in a row: a low picture
    fig = figure(7.5, 5.4 if graph.number_of_edges() and not flat else 2.0)
    ax = fig.add_subplot()
    colours = [_TYPE_COLOURS.get(graph.nodes[n].get("type", ""), "#999") for n in graph]
    sizes = [_SPEAKER_SIZE if graph.nodes[n].get("speaker") else _ACTOR_SIZE for n in graph]
    widths = [1.0 + 1.2 * min(d["weight"], 6) for _, _, d in graph.edges(data=True)]
    arrows = nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        width=widths,
        edge_color="#666",
        arrows=True,
        arrowsize=16,
        node_size=sizes,
        connectionstyle="arc3,rad=0.08",
    )
    for arrow in arrows or ():
        arrow.set_zorder(3)  # above nodes and labels: an arrowhead is never covered
    nodes = nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        node_color=colours,
        node_size=sizes,
        edgecolors=["#111" if graph.nodes[n].get("speaker") else "#fff" for n in graph],
        linewidths=2,
    )
    nodes.set_zorder(2)
    for name, (x, y) in pos.items():
        ax.annotate(
            plain(name),
            (x, y),
            xytext=(0, -15 if graph.nodes[name].get("speaker") else -11),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8.5,
            zorder=1,
            bbox={"boxstyle": "round,pad=0.15", "fc": "#ffffffb0", "ec": "none"},
        )
    present = {graph.nodes[n].get("type", "") for n in graph}
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=8, color=colour, label=label)
        for kind, (label, colour) in _TYPE_LEGEND.items()
        if kind in present
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor="#fff",
            markeredgecolor="#111",
            markeredgewidth=2,
            label="speaker (outlined); arrow: quotes naming",
        )
    )
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=3,
        fontsize=8,
        frameon=False,
    )
    ax.set_axis_off()
    ax.margins(0.2)
    if flat:
        ax.set_ylim(min(ys) - 0.25, max(ys) + 0.12)
    return svg(fig, salt)


def quotes_per_speaker_svg(analysis: Analysis) -> Markup | None:
    """A horizontal bar chart of quotations per speaker, by kind; None without quotes."""
    return speaker_bars_svg(
        Counter((q.speaker or "(unattributed)", q.kind) for q in analysis.quotes),
        salt="speakers",
    )


def speaker_bars_svg(counts: Counter[tuple[str, str]], *, salt: str) -> Markup | None:
    """Bars of quotations per speaker stacked by kind, from ``(speaker, kind)``
    counts; the legend stands above the bars and names only the kinds present."""
    if not counts:
        return None
    totals: Counter[str] = Counter()
    for (speaker, _), n in counts.items():
        totals[speaker] += n
    # The most quoted at the top; a long tail is cut so the chart stays readable.
    speakers = [s for s, _ in totals.most_common(MAX_ROWS)][::-1]
    fig = figure(7.5, 1.1 + 0.45 * len(speakers))
    ax = fig.add_subplot()
    left = [0] * len(speakers)
    for kind in _KINDS:
        values = [counts[s, kind] for s in speakers]
        if not any(values):
            continue  # an empty kind gets neither bars nor a legend entry
        ax.barh(
            [plain(_short(s)) for s in speakers],
            values,
            left=left,
            label=kind,
            color=_KIND_COLOURS[kind],
            edgecolor="#555",
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlabel("quotations")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=3, fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return svg(fig, salt)


def timeline_svg(analysis: Analysis) -> Markup | None:
    """The temporal expressions that resolve to a date, on a calendar axis
    (see :mod:`prensa.report.dates`); None when none does."""
    return dates.article_timeline_svg(analysis)


_KINDS = ("direct", "partial", "indirect")
_KIND_COLOURS = {"direct": "#f2c94c", "partial": "#f2994a", "indirect": "#9bc98a"}
_TYPE_COLOURS = {
    "PER": "#4a78c2",
    "ORG": "#c2574a",
    "LOC": "#3f9a8a",
    "NOM": "#aaa",
    "GROUP": "#bbb",
}
_TYPE_LEGEND = {
    "PER": ("person", _TYPE_COLOURS["PER"]),
    "ORG": ("organisation", _TYPE_COLOURS["ORG"]),
    "LOC": ("place", _TYPE_COLOURS["LOC"]),
    "NOM": ("described (no name)", _TYPE_COLOURS["NOM"]),
    "GROUP": ("group", _TYPE_COLOURS["GROUP"]),
}
_SPEAKER_SIZE, _ACTOR_SIZE = 700, 420


def _short(label: str, width: int = 40) -> str:
    """A speaker's name cut at a word for an axis label ("…" marks the cut)."""
    return textwrap.shorten(label, width, placeholder="…") or label[:width]


def _mention_start(m: Mention) -> int:
    return m.start
