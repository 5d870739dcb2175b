"""The public entry points: ``analyze`` one text, ``analyze_stream`` many."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from prensa import chunking
from prensa.extract import to_analysis
from prensa.pipeline import COMPONENTS, shared
from prensa.records import Analysis

# A lone surrogate is a valid Python str character that spaCy cannot store
# (its strings are UTF-8); the model sees U+FFFD in its place, one for one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_date(date: str | None) -> str | None:
    """Return an ISO date (YYYY-MM-DD) unchanged, or raise ValueError."""
    if date is None:
        return None
    try:
        return dt.date.fromisoformat(date).isoformat()
    except (TypeError, ValueError) as err:
        raise ValueError(f"not a date (want YYYY-MM-DD): {date!r}") from err


def make_doc(nlp: Language, text: str, date: str | None) -> Doc:
    """Tokenise ``text`` and attach its publication date before the pipeline runs."""
    doc = chunking.make_doc(nlp, text)
    doc._.pub_date = check_date(date)
    return doc


def process_long(nlp: Language, text: str, date: str | None) -> Doc:
    """Run the pipeline on a text too long for one pass (see ``prensa.chunking``)."""
    return chunking.process_long(nlp, text, check_date(date), COMPONENTS)


def analyze(
    text: str,
    date: str | None = None,
    *,
    nlp: Language | None = None,
    doc_id: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Analysis:
    """Analyse one article.

    ``date`` is its publication date (YYYY-MM-DD) when known: relative dates
    ("este domingo") are resolved against it, else left underspecified.

    >>> a = analyze("«Es falso», dijo el ministro.", date="2020-12-21")
    >>> a.quotes[0].text
    'Es falso'
    """
    nlp = nlp or shared()
    safe = LONE_SURROGATE.sub("\ufffd", text)
    if len(safe) > chunking.MAX_CHARS:
        analysis = to_analysis(process_long(nlp, safe, date), doc_id=doc_id, meta=meta)
    else:
        analysis = to_analysis(nlp(make_doc(nlp, safe, date)), doc_id=doc_id, meta=meta)
    return analysis if safe == text else _restore(analysis, text)


def _restore(analysis: Analysis, text: str) -> Analysis:
    """The analysis of a surrogate-free copy of ``text``, with ``text`` itself
    back in every record (the offsets are the same)."""

    def span(start: int | None, end: int | None, found: str | None) -> str | None:
        return found if found is None or start is None or end is None else text[start:end]

    return replace(
        analysis,
        text=text,
        quotes=tuple(
            replace(
                q,
                text=text[q.start : q.end],
                speaker_text=span(q.speaker_start, q.speaker_end, q.speaker_text),
            )
            for q in analysis.quotes
        ),
        mentions=tuple(replace(m, text=text[m.start : m.end]) for m in analysis.mentions),
        timexes=tuple(replace(t, text=text[t.start : t.end]) for t in analysis.timexes),
        profile=replace(
            analysis.profile,
            requirements=tuple(
                replace(r, text=text[r.start : r.end]) for r in analysis.profile.requirements
            ),
        ),
    )


def analyze_stream(
    items: Iterable[tuple[str, str | None, Any]],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[Analysis, Any]]:
    """Analyse ``(text, date, context)`` items lazily with ``nlp.pipe``.

    Yields ``(analysis, context)`` in input order; ``context`` is passed
    through untouched (an id, a line number). Texts longer than
    ``chunking.MAX_CHARS`` are processed in pieces, in their place in the order.
    """
    nlp = nlp or shared()
    # each item becomes (surrogate-free text, date, (original text, context))
    safe = ((LONE_SURROGATE.sub("\ufffd", text), date, (text, ctx)) for text, date, ctx in items)

    def docs(run: Iterable[tuple[str, str | None, Any]]) -> Iterator[tuple[Doc, Any]]:
        for text, date, ctx in run:
            yield make_doc(nlp, text, date), ctx

    def is_long(item: tuple[str, str | None, Any]) -> bool:
        return len(item[0]) > chunking.MAX_CHARS

    for long, run in itertools.groupby(safe, key=is_long):
        if long:
            processed: Iterable[tuple[Doc, Any]] = (
                (process_long(nlp, text, date), ctx) for text, date, ctx in run
            )
        else:
            processed = nlp.pipe(docs(run), as_tuples=True, batch_size=batch_size)
        for doc, (original, ctx) in processed:
            analysis = to_analysis(doc, doc_id=None if ctx is None else str(ctx))
            yield (analysis if doc.text == original else _restore(analysis, original)), ctx
