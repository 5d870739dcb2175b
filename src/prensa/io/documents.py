"""The records of reading, and how decoded text becomes one.

A :class:`Document` is one article to analyse, a :class:`Failure` one that
could not be read; :func:`document` turns decoded text into a Document (an
HTML page reduced to its article, lone surrogates replaced one for one, the
date read or dropped with a warning). The lowest layer of reading: it knows
nothing of bytes or files, so that decoding, corpora and output can share it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
DATE_FORMS = re.compile(
    r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T ][0-9:.,+\-Z ]*)?"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4})"
    r"|(?P<y3>\d{4})(?P<m3>\d{2})(?P<d3>\d{2})"
)


DATE_HELP = "YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD"


def counted(count: int, noun: str) -> str:
    """``count`` and an English ``noun``, plural unless it is one: the one
    plural of prensa's messages and reports (kept here, beside DATE_HELP, as
    the lowest module that the CLI, the exports and the reports all read).

    >>> counted(1, "quotation"), counted(0, "article report")
    ('1 quotation', '0 article reports')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@dataclass(frozen=True, slots=True)
class Keys:
    """The field names of a JSONL corpus line: its text, its id, its date
    (the first of ``date`` present and not empty)."""

    text: str = "text"
    id: str = "id"
    date: tuple[str, ...] = ("date", "pub_date")


KEYS = Keys()  # {"id", "text", "date"}, prensa's own corpus format
# What an article's metadata (a corpus line, a .meta.json sidecar, an HTML
# page) may say about it beyond its text and date, kept in ``meta`` so that
# reports can show a title and group articles by outlet.
META_FIELDS = ("title", "url", "outlet")


class InputError(Exception):
    """An input that cannot be analysed at all: missing, unreadable, binary, empty."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article to analyse; ``meta`` says where it came from and how it was decoded."""

    id: str
    text: str
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _clean_fields(self)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read; written as an error record."""

    id: str
    error: str
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _clean_fields(self)
        object.__setattr__(self, "error", clean(self.error))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error, "meta": dict(self.meta)}


def clean(value: str) -> str:
    """``value`` with each lone surrogate as U+FFFD: a file name that is not
    UTF-8 (Python keeps its bytes as surrogates) or a JSON ``"\\ud800"`` escape
    could not be written as UTF-8 otherwise."""
    return LONE_SURROGATE.sub("\ufffd", value)


def _clean_fields(item: Document | Failure) -> None:
    object.__setattr__(item, "id", clean(item.id))
    if isinstance(item.meta.get("source"), str):
        object.__setattr__(item, "meta", {**item.meta, "source": clean(item.meta["source"])})


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts as an HTML page does."""
    return HTML_START.match(text[:4096]) is not None


def html_to_text(html: str) -> tuple[str, str | None, dict[str, str]]:
    """The article text of a news page, its date when the page states one, and
    what the page says of itself (:data:`META_FIELDS`: title, url, outlet).

    One pass of trafilatura's ``bare_extraction`` gives text and metadata
    together; it drops scripts, styles, navigation, comments and footers.
    """
    from trafilatura import bare_extraction
    from trafilatura.settings import Document as Page

    found = bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if not isinstance(found, Page) or not found.text or not found.text.strip():
        raise InputError("no article text found in the HTML page")
    # extract() normalises its text to NFC and bare_extraction() does not: the
    # same text, so the same offsets, as when prensa read a page with extract()
    text = unicodedata.normalize("NFC", found.text)
    about = described({"title": found.title, "url": found.url, "outlet": found.sitename})
    return text, parse_date(found.date), about


def described(obj: dict[str, Any]) -> dict[str, str]:
    """The :data:`META_FIELDS` of ``obj`` that are non-empty strings, spaces collapsed.

    >>> described({"title": "  Un  título ", "url": 3, "outlet": ""})
    {'title': 'Un título'}
    """
    found = {
        key: " ".join(clean(obj[key]).split())
        for key in META_FIELDS
        if isinstance(obj.get(key), str)
    }
    return {key: value for key, value in found.items() if value}


def document(doc_id: str, text: str, date: object, meta: dict[str, Any]) -> Document:
    """A Document from decoded text: HTML reduced to its article; empty text refused.

    A lone surrogate (a JSON escape such as ``"\\ud800"``) becomes U+FFFD, one
    character for one, so offsets stay those of the text as given; a date that
    cannot be read is dropped with a warning in ``meta`` rather than losing the
    article.
    """
    warnings: list[str] = []
    if looks_like_html(text):
        text, page_date, about = html_to_text(text)
        meta = {**about, **meta, "format": "html", "text_included": True}
        date = date or page_date
    if not text.strip():
        raise InputError("empty: no text to analyse")
    text, replaced = LONE_SURROGATE.subn("\ufffd", text)  # one for one: offsets hold
    if replaced:
        warnings.append(f"{replaced} lone surrogate(s) replaced by U+FFFD")
    iso = parse_date(date)
    if date not in (None, "") and iso is None:
        warnings.append(f"date {date!r} not understood (want {DATE_HELP}); analysed without it")
    if warnings:
        meta = {**meta, "warnings": [*meta.get("warnings", ()), *warnings]}
    return Document(id=doc_id, text=text, date=iso, meta=meta)


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from the usual ways a corpus writes one, else None.

    Accepts ``2024-05-03``, a timestamp starting so (``2024-05-03T10:00:00Z``),
    ``2024/05/03``, ``20240503`` (string or number) and the day-first forms of
    Spanish usage, ``03/05/2024``, ``3-5-2024``, ``03.05.2024``.

    A ``datetime.date`` or ``datetime.datetime`` gives its own date. This is
    the one date reader of prensa: corpora, ``--date`` and ``analyze(date=)``.

    >>> parse_date("03/05/2024"), parse_date(20240503), parse_date("mayo")
    ('2024-05-03', '2024-05-03', None)
    >>> parse_date(dt.date(2024, 5, 3))
    '2024-05-03'
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    match = DATE_FORMS.fullmatch(str(value).strip())
    if match is None:
        return None
    year = match["y"] or match["y2"] or match["y3"]
    month = match["m"] or match["m2"] or match["m3"]
    day = match["d"] or match["d2"] or match["d3"]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
