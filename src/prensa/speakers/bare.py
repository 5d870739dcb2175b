"""Quotations with no cue of their own: whose are they?

A quotation standing alone takes its speaker from where it stands: the
attributed quotation right after it in its paragraph (``next_quote``), the
paragraphs of one quotation left open (``continued``), or the attributed
quotation whose words it repeats, as headlines and pull quotes do
(``pull_quote``). Each pass runs after every cue has been resolved.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from prensa.speakers.geometry import Geometry


def continued(text: str, items: list[dict[str, Any]]) -> None:
    """A quotation over several paragraphs: a paragraph left open, the next opening
    with a mark, is one statement, said by whoever the attributed part names. The
    Spanish custom opens each paragraph that goes on with "»" (the RAE's
    Ortografía, 2010, calls them "comillas de seguir"), others with "«" or "“"."""
    for a, b in itertools.pairwise(items):
        gap = text[a["end"] : b["start"]]
        if not a["_open"] or "\n" not in gap or gap.strip(CONTINUING) or b["kind"] == "indirect":
            continue
        b["statement"] = a["statement"]
        if a["rule"] == "marked_bare" and b["speaker"] is not None:
            a["speaker"], a["cue"] = b["speaker"], None
            a["speaker_rule"] = "continued"
        elif b["rule"] == "marked_bare":
            b["speaker"], b["speaker_rule"] = a["speaker"], "continued"


# what may stand between a paragraph left open and the next: space and the
# marks that open a paragraph that goes on
CONTINUING = ' \n\t«»“”"‘'


def pull_quotes(text: str, items: list[dict[str, Any]]) -> None:
    """A bare quotation that repeats words of an attributed one, as headlines,
    subheadings and pull quotes do ("«LA VOZ DE TODAS»" over "«Somos la voz de
    todas», gritaban"), is said by whoever said them."""
    bare = [q for q in items if q["rule"] == "marked_bare" and q["speaker_rule"] in BARE_RULES]
    if not bare:
        return  # no quotation to attribute: no need to read the words of any
    said = [
        (_plain(text[q["start"] : q["end"]]), q)
        for q in items
        if q["speaker"] is not None
        # a cue's dropped subject ("«...», cuenta mientras recoge") is no mere position
        and (q["speaker_rule"] not in BARE_RULES or q.get("cue") is not None)
    ]
    for q in bare:
        words = _plain(text[q["start"] : q["end"]])
        if len(words.split()) < 3:
            continue
        for said_words, source in said:
            if source is not q and words in said_words:
                q["speaker"], q["speaker_rule"] = source["speaker"], "pull_quote"
                break


def from_next_quote(text: str, items: list[dict[str, Any]], geo: Geometry) -> None:
    """A bare quotation right before an attributed one in its paragraph ("«A». «B», dijo X")."""
    for a, b in itertools.pairwise(items):
        if (
            a["rule"] != "marked_bare"
            or b["speaker"] is None
            or b["rule"] not in {"marked_cue_after", "marked_para"}
        ):
            continue
        gap = text[a["end"] : b["start"]]
        same_sentence = geo.sent_start(a["end"]) == geo.sent_start(b["start"])
        if "\n" not in gap and (len(gap) <= 4 or same_sentence):
            a["speaker"], a["speaker_rule"] = b["speaker"], "next_quote"


# how a quotation with no cue of its own got its speaker: by position only
BARE_RULES = frozenset({"last_speaker", "carried", "next_quote", ""})


# a run of letters and digits (``str.isalnum``): a word character but "_"
WORD = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    """Lower-case words only, for comparing a pull quote with its source."""
    return " ".join(WORD.findall(text.lower()))
