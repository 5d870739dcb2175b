"""What an analyst reads: the standalone HTML report and its pictures.

``page`` fills the Jinja2 template (autoescape on) with the sections of one
analysis; ``highlight`` marks the article text; ``charts`` draws quotations
per speaker, the actor network and the timeline as inline SVG. The notebook
uses the same functions.
"""

from prensa.report.page import render, write

__all__ = ["render", "write"]
