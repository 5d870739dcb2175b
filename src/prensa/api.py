"""The public entry points: ``analyze`` one text, ``analyze_stream`` many."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from prensa import chunking
from prensa.extract import to_analysis
from prensa.pipeline import COMPONENTS, shared
from prensa.records import Analysis


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
    doc = nlp.make_doc(text)
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
    if len(text) > chunking.MAX_CHARS:
        return to_analysis(process_long(nlp, text, date), doc_id=doc_id, meta=meta)
    doc = nlp(make_doc(nlp, text, date))
    return to_analysis(doc, doc_id=doc_id, meta=meta)


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

    def docs(run: Iterable[tuple[str, str | None, Any]]) -> Iterator[tuple[Doc, Any]]:
        for text, date, ctx in run:
            yield make_doc(nlp, text, date), ctx

    def is_long(item: tuple[str, str | None, Any]) -> bool:
        return len(item[0]) > chunking.MAX_CHARS

    for long, run in itertools.groupby(items, key=is_long):
        if long:
            processed: Iterable[tuple[Doc, Any]] = (
                (process_long(nlp, text, date), ctx) for text, date, ctx in run
            )
        else:
            processed = nlp.pipe(docs(run), as_tuples=True, batch_size=batch_size)
        for doc, ctx in processed:
            yield to_analysis(doc, doc_id=None if ctx is None else str(ctx)), ctx
