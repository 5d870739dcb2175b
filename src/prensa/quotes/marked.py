"""Pairing quotation marks: a pure function over the text.

Spanish news mixes « », “ ”, straight " and single ‘ ’ / ' marks, nests them
(«dijo que “no”»), drops closing marks and confuses their kinds (“ … ").
Marks are paired per paragraph with a stack; what looks like an opening or a
closing mark is judged from the characters around it, not only from its
glyph, so ”Texto” and “texto“ pair too. An unclosed mark ends at the next
opening mark of its kind or at the end of its paragraph: it never runs past
its paragraph and never hides the quotations after it. Only the outermost
stretches are returned; nested marks make no new stretch.

>>> [(m.start, m.end) for m in pair_marks('Dijo: «Hola».')]
[(7, 11)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# mark -> family; marks of one family close each other
FAMILY = {
    "«": "angle",
    "»": "angle",
    "‹": "angle",
    "›": "angle",
    "“": "double",
    "”": "double",
    '"': "double",
    "„": "double",
    "‟": "double",
    "‘": "single",
    "’": "single",
    "'": "single",
}
MARKS = re.compile("[" + "".join(FAMILY) + "]")  # finds the marks FAMILY knows
OPENING_GLYPHS = frozenset("«‹“„‟‘")
CLOSING_GLYPHS = frozenset("»›”’")
AMBIGUOUS_GLYPHS = frozenset("\"'")
BEFORE_OPENING = frozenset("([{—–-/¡¿")
AFTER_CLOSING = frozenset(".,;:!?)]}…—–-")
LIST_BEFORE = re.compile(r"(?:,|\by|\be|\bo)\s*$")
# a sentence end inside a paragraph: the period before a space and a capital
SENTENCE_STOP = re.compile(r"[.!?…](?=\s+[¿¡«“\"A-ZÁÉÍÓÚÑ])")


@dataclass(frozen=True, slots=True)
class Marked:
    """A stretch between quotation marks: ``text[start:end]`` is its content."""

    start: int
    end: int
    open_mark: str  # "" where the opening mark is missing
    close_mark: str  # "" where the stretch was never closed


def pair_marks(text: str) -> list[Marked]:
    """The outermost quoted stretches of ``text``, in order."""
    out: list[Marked] = []
    start = 0
    for line in text.split("\n"):
        out.extend(_pair_paragraph(text, start, start + len(line)))
        start += len(line) + 1
    return out


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close', 'either' or 'none' (an apostrophe) for the mark at i."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if FAMILY[ch] == "single" and prev.isalnum() and nxt.isalpha():
        return "none"  # l'Équipe, Sant’Egidio
    left_open = not prev or prev.isspace() or prev in BEFORE_OPENING or prev in OPENING_GLYPHS
    right_closed = (
        not nxt
        or nxt.isspace()
        or nxt in AFTER_CLOSING
        or nxt in CLOSING_GLYPHS
        or nxt in AMBIGUOUS_GLYPHS
    )
    if left_open and not right_closed:
        return "open"
    if right_closed and not left_open:
        return "close"
    if FAMILY[ch] == "single" and ch in AMBIGUOUS_GLYPHS:
        return "none"  # a lone straight apostrophe between spaces
    if ch in OPENING_GLYPHS:
        return "open"
    if ch in CLOSING_GLYPHS:
        return "close"
    return "either"


def _pair_paragraph(text: str, lo: int, hi: int) -> list[Marked]:
    stack: list[int] = []  # positions of open marks
    spans: list[Marked] = []
    unclosed: list[int] = []
    opens_by_family: dict[str, list[int]] = {}
    for mark in MARKS.finditer(text, lo, hi):
        i, ch = mark.start(), mark.group()
        role = _role(text, i, lo, hi)
        if role == "none":
            continue
        fam = FAMILY[ch]
        match = next(
            (k for k in range(len(stack) - 1, -1, -1) if FAMILY[text[stack[k]]] == fam), None
        )
        if role == "either":
            role = "close" if match is not None else "open"
        if role == "open":
            stack.append(i)
            opens_by_family.setdefault(fam, []).append(i)
            continue
        if match is None:
            # a closing mark after a sentence's end with no opening one: the
            # opening mark is missing; the quotation is that sentence
            if i > lo and text[i - 1] in ".?!…" and not stack:
                floor = max([lo] + [m.end + 1 for m in spans[-1:]])
                ends = [text.rfind(p, floor, i - 1) for p in (". ", "? ", "! ")]
                begin = max([floor] + [e + 2 for e in ends if e >= 0])
                spans.append(Marked(begin, i, "", ch))
            continue
        # marks opened inside this pair and never closed end where it ends
        unclosed.extend(stack[match + 1 :])
        spans.append(Marked(stack[match] + 1, i, text[stack[match]], ch))
        del stack[match:]
    unclosed.extend(stack)
    # «miserable, «cobarde, «rancio»: in a list of quoted words an unclosed
    # mark ends where the next item opens
    items = {
        fam: [j for j in opens if LIST_BEFORE.search(text[max(lo, j - 4) : j])]
        for fam, opens in opens_by_family.items()
    }
    for i in unclosed:
        following = items[FAMILY[text[i]]]
        k = bisect.bisect_right(following, i)
        end = following[k] if k < len(following) else hi
        same = [j for j in opens_by_family[FAMILY[text[i]]] if text[j] == text[i]]
        k = bisect.bisect_right(same, i)
        if k < len(same) and same[k] < end:
            # “A. B “C” D: the same mark opens again while this one is still open
            # (a nested quotation takes another glyph), so this one was never
            # closed: it ends with its sentence
            stop = SENTENCE_STOP.search(text, i + 1, same[k])
            end = stop.start() + 1 if stop else same[k]
        spans.append(Marked(i + 1, end, text[i], ""))
    spans = [_trim(text, m) for m in spans]
    spans.sort(key=lambda m: (m.start, -m.end))
    outer: list[Marked] = []
    for m in spans:
        if m.start >= m.end:
            continue
        if outer and m.start < outer[-1].end:
            continue  # nested inside (or overlapping) an earlier stretch
        outer.append(m)
    return outer


def _trim(text: str, m: Marked) -> Marked:
    start, end = m.start, m.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (not m.close_mark and text[end - 1] in ",;")):
        end -= 1
    return Marked(start, end, m.open_mark, m.close_mark)
