"""Matplotlib figures as bare inline SVG, shared by every chart of the reports.

No pyplot (no global state, no GUI backend); text is drawn as paths, so no
font is fetched and no article text reaches the page as markup.
"""

from __future__ import annotations

import io
import re
from typing import Any

from markupsafe import Markup

# Rows a chart draws at most (speakers, temporal expressions); tables show all.
MAX_ROWS = 30
_SVG_START = re.compile(r"^.*?(?=<svg)", re.S)
_SVG_COMMENT = re.compile(r"<!--.*?-->", re.S)


def figure(width: float, height: float) -> Any:
    """A matplotlib Figure of ``width`` × ``height`` inches, outside pyplot."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=96)


def plain(label: str) -> str:
    """A label matplotlib draws literally ("$" would start mathtext)."""
    return label.replace("$", r"\$")


def svg(fig: Any, salt: str) -> Markup:
    """A figure as inline SVG: text drawn as paths (no fonts), no comments, no
    prolog; ``salt`` keeps the ids of two figures on one page apart."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": f"prensa-{salt}"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return Markup(_SVG_COMMENT.sub("", _SVG_START.sub("", buffer.getvalue(), count=1)))
