"""Spans as TimeML draws them: the TimeML scheme's last pass over the timexes.

TimeML (TimeML 1.2.1; TempEval-3 Spanish) takes the article fused in a
contracted preposition ("del 7 de marzo", "al 11 de septiembre") and the
determiner of a counted duration ("los cuatro años") into the timex, leaves
the signal out of an anchored duration ("[dos días] después", a DURATION),
and keeps "hora local" with its clock time. prensa's guidelines do the
opposite on each point (../shared/eval/GUIDELINES.md), so the default scheme
never runs this.
"""

from __future__ import annotations

import re
from dataclasses import replace

from prensa.timex.values import Found

CONTRACTED = re.compile(r"(?<!\w)(?:del|al)\s+\Z", re.IGNORECASE)
ARTICLE_BEFORE_YEAR = re.compile(r"(?<!\w)el\s+\Z", re.IGNORECASE)
COUNT_DETERMINER = re.compile(
    r"(?<!\w)(?:los|las|estos|estas|esos|esas|sus|mis|nuestros|nuestras)\s+\Z", re.IGNORECASE
)
SIGNAL = re.compile(r"\s+(?:después|más\s+tarde|antes|luego|más\s+adelante)\Z", re.IGNORECASE)
LOCAL_TIME = re.compile(
    r"\s+(?:horas?\s+locale?s?|hora\s+local|hora\s+peninsular|locale?s?(?=\s*[,.;:)(]))(?!\w)",
    re.I,
)
ONE_MORE = re.compile(r"\s+más(?=\s*[,.;:)]|\s+(?:de|para|en|y|que|a)\s)", re.IGNORECASE)


def timeml_spans(text: str, found: list[Found]) -> list[Found]:
    """Each timex with its TimeML span, and decades and centuries counted in years."""
    return [_in_years(_timeml_span(text, f)) for f in found]


DECADES = re.compile(r"P(\d+)(DE|CE)")


def _in_years(f: Found) -> Found:
    """ "una década": TempEval-3 Spanish writes P10Y where TIMEX3 allows P1DE."""
    m = DECADES.fullmatch(f.value or "")
    if f.type != "DURATION" or m is None:
        return f
    return replace(f, value=f"P{int(m.group(1)) * (10 if m.group(2) == 'DE' else 100)}Y")


def _timeml_span(text: str, f: Found) -> Found:
    before = text[max(0, f.start - 12) : f.start]
    signal = SIGNAL.search(text, f.start, f.end)
    if f.rule == "before_after" and f.type == "DURATION" and signal:
        # "dos días después": TimeML marks the duration, the signal stays outside
        return replace(f, end=signal.start())
    contracted = CONTRACTED.search(before)
    has_article = re.match(r"(?:el|la|los|las)\s", text[f.start : f.end], re.I)
    if f.type in {"DATE", "TIME"} and contracted and not has_article:
        return replace(f, start=f.start - len(contracted.group(0)))
    if f.rule == "year" and (m := ARTICLE_BEFORE_YEAR.search(before)):
        return replace(f, start=f.start - len(m.group(0)))
    if f.type == "DURATION" and (m := COUNT_DETERMINER.search(before)):
        return replace(f, start=f.start - len(m.group(0)))
    if f.type == "TIME" and (m := LOCAL_TIME.match(text, f.end)):
        return replace(f, end=m.end())
    if f.type == "DURATION" and (m := ONE_MORE.match(text, f.end)):
        return replace(f, end=m.end())
    return f
