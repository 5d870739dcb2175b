"""The article text highlighted with what prensa found, as escaped HTML.

Everything here returns escaped HTML (``markupsafe.Markup``) or inline SVG,
built only from the public records (``prensa.records``). The article text is
untrusted: the highlighted text is the original text sliced at record
offsets, every slice escaped, so stripping the tags of :func:`highlight`
gives back the text exactly.

>>> from prensa.records import Analysis, Profile
>>> profile = Profile("es", 1.0, "news article", 5, 1, 1, 1, (), "")
>>> str(highlight(Analysis("<b>!", None, (), (), (), (), profile)))
'<div class="pz-text">&lt;b&gt;!</div>'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from prensa.records import Analysis, Mention, Quote

# What each highlight means, in legend order: (label, legend text).
LEGEND = (
    ("quote-direct", "direct quotation"),
    ("quote-partial", "partial quotation"),
    ("quote-indirect", "indirect (reported) speech"),
    ("speaker", "speaker"),
    ("cue", "reporting cue"),
    ("source", "secondary source"),
    ("actor", "actor mention (PER / ORG / LOC / …)"),
    ("date", "temporal expression"),
)

# Nesting rank when two spans share a start and an end: lower is outer.
_RANK = {"quote": 0, "source": 1, "speaker": 2, "actor": 3, "cue": 4, "date": 5}
_SAFE_CLASS = re.compile(r"[^A-Za-z0-9_-]")
# A sentence ends at . ! ? … or a line break (a rough cut, for context only).
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s)|\n")
# How far from a quotation its speaker or source is looked for, in characters.
_NEAR = 400

CSS = """
.pz-text { white-space: pre-wrap; line-height: 2.1; font-size: 1rem; }
.pz { border-radius: 0.25em; padding: 0.1em 0; }
.pz-quote-direct { background: #fff3b0; }
.pz-quote-partial { background: #ffe0a3; }
.pz-quote-indirect { background: #e4f1d9; }
.pz-speaker { background: #cfe3ff; font-weight: 600; }
.pz-cue { color: #0b6b2e; font-style: italic; text-decoration: underline 2px #0b6b2e; }
.pz-source { outline: 2px dashed #8a4fbf; }
.pz-actor { border-bottom: 3px solid #4a78c2; }
.pz-actor.pz-ORG { border-bottom-color: #c2574a; }
.pz-actor.pz-LOC { border-bottom-color: #3f9a8a; }
.pz-actor.pz-GROUP, .pz-actor.pz-NOM { border-bottom-color: #888; }
.pz-date { background: #ffd1dc; }
.pz-tag::after { content: attr(data-tag); font-size: 0.62em; font-weight: 700;
  font-style: normal; color: #333; vertical-align: super; margin: 0 0.2em;
  text-transform: uppercase; letter-spacing: 0.03em; }
.pz-legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; margin: 0.5em 0 1em;
  font-size: 0.9em; }
.pz-legend .pz { padding: 0.1em 0.4em; }
"""


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to mark: offsets into the text, what it is, and a tooltip."""

    start: int
    end: int
    label: str  # quote | speaker | cue | source | actor | date
    classes: tuple[str, ...] = ()
    tag: str = ""  # the small label drawn after the span ("PER", "DATE")
    title: str = ""


# --- the annotated text -----------------------------------------------------


def highlights(analysis: Analysis) -> list[Highlight]:
    """Every span worth marking: quotations, speakers, cues, sources, actors, dates."""
    text = analysis.text
    names = {a.id: a for a in analysis.actors}
    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    out: list[Highlight] = []
    for q in analysis.quotes:
        out.append(
            Highlight(
                q.start, q.end, "quote", (f"quote-{q.kind}",), q.kind.upper(), _quote_title(q)
            )
        )
        if q.cue_start is not None and q.cue_end is not None:
            out.append(Highlight(q.cue_start, q.cue_end, "cue", (), "CUE", f"cue: {q.cue}"))
        speaker = _speaker_span(text, mentions, q)
        if speaker is not None:
            out.append(
                Highlight(
                    *speaker, "speaker", (), "SPEAKER", f"speaker: {q.speaker or q.speaker_text}"
                )
            )
        if q.source:
            at = _nearest(text, q.source, q.start, q.end)
            if at is not None:
                out.append(
                    Highlight(
                        at,
                        at + len(q.source),
                        "source",
                        (),
                        "SOURCE",
                        f"secondary source: {q.source}",
                    )
                )
    for m in analysis.mentions:
        actor = names.get(m.actor_id)
        kind = actor.type if actor else "actor"
        name = actor.name if actor else m.actor_id
        out.append(Highlight(m.start, m.end, "actor", (kind,), kind, f"{name} ({kind}, {m.kind})"))
    for t in analysis.timexes:
        out.append(
            Highlight(
                t.start, t.end, "date", (t.type,), t.type, f"{t.type} {t.value or '(no value)'}"
            )
        )
    return out


def highlight(analysis: Analysis, *, marks: Iterable[Highlight] | None = None) -> Markup:
    """The article text as escaped HTML with every highlight in place.

    Spans may nest (a mention inside a quotation) or cross; crossing spans
    are closed and reopened so the HTML stays well formed. The small tags
    ("PER", "DIRECT") are drawn by CSS from ``data-tag``, so the element's
    text content is exactly the article text.
    """
    text = analysis.text
    size = len(text)
    unique = {
        (h.start, h.end, h.label): h  # one cue may introduce several quotations
        for h in (highlights(analysis) if marks is None else marks)
        if 0 <= h.start < h.end <= size
    }
    spans = sorted(unique.values(), key=lambda h: (h.start, -h.end, _RANK.get(h.label, 9)))
    points = sorted({0, size, *(h.start for h in spans), *(h.end for h in spans)})
    parts: list[str] = ['<div class="pz-text">']
    stack: list[Highlight] = []
    i = 0
    for a, b in pairwise(points):
        _close_ended(stack, a, parts)
        while i < len(spans) and spans[i].start == a:
            parts.append(_open(spans[i]))
            stack.append(spans[i])
            i += 1
        parts.append(str(escape(text[a:b])))
    _close_ended(stack, size, parts)
    parts.append("</div>")
    return Markup("".join(parts))


def legend() -> Markup:
    """A key to the colours of :func:`highlight`."""
    items = "".join(
        f'<span class="pz {_classes(_label_of(key), _kinds_of(key))}">{escape(text)}</span>'
        for key, text in LEGEND
    )
    return Markup(f'<div class="pz-legend">{items}</div>')


def annotated(analysis: Analysis) -> Markup:
    """Style, legend and highlighted text in one block (for a notebook cell)."""
    return Markup(f"<style>{CSS}</style>") + legend() + highlight(analysis)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence (roughly: up to . ! ? … or a line break) holding a span."""
    left = max(text.rfind(c, 0, start) for c in ".!?…\n") + 1
    found = _SENTENCE_END.search(text, end)
    right = found.end() if found else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def _quote_title(q: Quote) -> str:
    who = q.speaker or q.speaker_text or "unattributed"
    extra = f", via {q.source}" if q.source else ""
    return f"{q.kind} quotation · {who} · cue: {q.cue or '-'}{extra}"


def _speaker_span(text: str, mentions: list[Mention], q: Quote) -> tuple[int, int] | None:
    """Where the quotation's speaker is named: the fitting mention nearest its cue
    (the speaker is the cue verb's subject), else nearest the quotation."""
    if q.speaker_start is not None and q.speaker_end is not None:
        return q.speaker_start, q.speaker_end
    best: tuple[int, int] | None = None
    best_gap = _NEAR + 1
    if q.cue_start is not None and q.cue_end is not None:
        anchor = (q.cue_start, q.cue_end)
    else:
        anchor = (q.start, q.end)
    if q.speaker_id is not None:
        lo = bisect.bisect_left(mentions, min(anchor[0], q.start) - _NEAR, key=_start)
        hi = bisect.bisect_right(mentions, max(anchor[1], q.end) + _NEAR, key=_start)
        for m in mentions[lo:hi]:
            if m.actor_id != q.speaker_id or (q.speaker_text and m.text != q.speaker_text):
                continue
            if q.start <= m.start < q.end:  # named inside its own quotation: not the speaker
                continue
            gap = _gap(m.start, m.end, *anchor)
            if gap < best_gap:
                best, best_gap = (m.start, m.end), gap
    if best is None and q.speaker_text:
        at = _nearest(text, q.speaker_text, *anchor)
        best = None if at is None else (at, at + len(q.speaker_text))
    return best


def _nearest(text: str, needle: str, start: int, end: int) -> int | None:
    """Offset of the whole-word occurrence of ``needle`` nearest to [start, end), within reach."""
    lo, hi = max(start - _NEAR, 0), min(end + _NEAR, len(text))
    best: int | None = None
    best_gap = _NEAR + 1
    at = text.find(needle, lo, hi)
    while at != -1 and needle:
        gap = _gap(at, at + len(needle), start, end)
        whole = not (_word_at(text, at - 1) and _word_at(text, at)) and not (
            _word_at(text, at + len(needle) - 1) and _word_at(text, at + len(needle))
        )
        if whole and gap < best_gap and not (start <= at < end):
            best, best_gap = at, gap
        at = text.find(needle, at + 1, hi)
    return best


def _word_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def _start(m: Mention) -> int:
    return m.start


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(b_start - a_end, a_start - b_end, 0)


def _label_of(key: str) -> str:
    return key.split("-", 1)[0]


def _kinds_of(key: str) -> tuple[str, ...]:
    return (key,) if "-" in key else ()


def _classes(label: str, kinds: tuple[str, ...]) -> str:
    return " ".join(["pz", f"pz-{label}", *(f"pz-{_SAFE_CLASS.sub('', k)}" for k in kinds)])


def _close_ended(stack: list[Highlight], at: int, parts: list[str]) -> None:
    """Close the open spans that end at ``at``; spans they cross are closed and reopened."""
    if not any(h.end <= at for h in stack):
        return
    reopen: list[Highlight] = []
    tagged: set[str] = set()  # nested mentions ending together: one "PER", not two
    while any(h.end <= at for h in stack):
        h = stack.pop()
        final = h.end <= at and h.tag not in tagged
        parts.append(_close(h, final=final))
        if final:
            tagged.add(h.tag)
        if h.end > at:
            reopen.append(h)
    for h in reversed(reopen):
        parts.append(_open(h))
        stack.append(h)


def _open(h: Highlight) -> str:
    element = "mark" if h.label == "quote" else "span"
    return f'<{element} class="{_classes(h.label, h.classes)}" title="{escape(h.title)}">'


def _close(h: Highlight, *, final: bool) -> str:
    element = "mark" if h.label == "quote" else "span"
    tag = f'<span class="pz-tag" data-tag="{escape(h.tag)}"></span>' if final and h.tag else ""
    return f"{tag}</{element}>"
