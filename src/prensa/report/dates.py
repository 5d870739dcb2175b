"""Resolved dates on a real calendar axis, for the article report and the corpus.

A TIMEX3 value names a day (``2020-12-21``), a week (``2020-W51``), a month
(``2020-12``) or a year (``2020``); :func:`calendar_span` turns each into the
days it covers, and values that are not on the calendar (``XXXX-WXX-7``
without a publication date, ``PRESENT_REF``, durations such as ``P3D``) into
None. The charts place what resolves on a date axis and say how many did not.

>>> calendar_span("2020-12-21")
(datetime.date(2020, 12, 21), datetime.date(2020, 12, 21))
>>> calendar_span("2020-02")
(datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
>>> calendar_span("XXXX-WXX-7") is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from prensa.records import Analysis
from prensa.report.svg import MAX_ROWS, figure, plain, svg

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_YEAR = re.compile(r"(\d{4})$")


def calendar_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 value covers, or None when it is not a
    calendar date (underspecified, a duration, a reference such as ``PRESENT_REF``)."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:  # 2021-02-30, week 54: not on any calendar
        return None
    return None


def iso_day(value: str | None) -> dt.date | None:
    """A publication date (``YYYY-MM-DD``) as a date, else None."""
    span = calendar_span(value)
    return span[0] if span and span[0] == span[1] else None


@dataclass(frozen=True, slots=True)
class Dated:
    """One expression to draw: its label and the days its value covers."""

    label: str
    start: dt.date
    end: dt.date


def article_timeline_svg(analysis: Analysis) -> Markup | None:
    """The temporal expressions of one article that resolve to a calendar date,
    against its publication date; None when none resolves."""
    placed: list[Dated] = []
    for t in analysis.timexes:
        span = calendar_span(t.value)
        if span is not None:
            placed.append(Dated(f"{t.text} → {t.value}", *span))
    unplaced = len(analysis.timexes) - len(placed)
    return timeline_svg(placed, published=iso_day(analysis.date), unplaced=unplaced)


def timeline_svg(
    items: Sequence[Dated], *, published: dt.date | None = None, unplaced: int = 0
) -> Markup | None:
    """Expressions on a calendar axis, one row each (a day is a dot, a longer
    span a bar), the publication date as a dashed line; None when none resolves.
    ``unplaced`` counts the expressions left off because they have no calendar value."""
    if not items:
        return None
    shown = list(items[:MAX_ROWS])
    fig = figure(7.5, 1.4 + 0.42 * len(shown))
    ax = fig.add_subplot()
    ys = list(range(len(shown), 0, -1))
    for y, item in zip(ys, shown, strict=True):
        if item.start == item.end:
            ax.scatter([item.start], [y], s=60, color="#d6336c", zorder=3)
        else:
            width = (item.end - item.start).days + 1
            ax.barh(y, width, left=item.start, height=0.45, color="#f3a5bd", edgecolor="#d6336c")
    ax.set_yticks(ys, [plain(_short(item.label)) for item in shown], fontsize=9)
    if published is not None:
        ax.axvline(published, color="#555", linestyle="--", linewidth=1)
        ax.annotate(
            "published",
            (published, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -2),
            textcoords="offset points",
            fontsize=8,
            va="top",
            color="#555",
        )
    first = min(item.start for item in shown)
    last = max(item.end for item in shown)
    if published is not None:
        first, last = min(first, published), max(last, published)
    pad = max((last - first).days * 0.06, 2)
    ax.set_xlim(first - dt.timedelta(days=pad), last + dt.timedelta(days=pad))
    _date_axis(ax)
    ax.set_ylim(0.3, len(shown) + 0.7)
    notes = []
    if len(shown) < len(items):
        notes.append(f"the first {len(shown)} of {len(items)}")
    if unplaced:
        notes.append(f"{unplaced} without a calendar date not shown")
    ax.set_xlabel("date" + (f" ({'; '.join(notes)})" if notes else ""))
    ax.grid(axis="x", color="#eee")
    ax.spines[["top", "right", "left"]].set_visible(False)
    fig.tight_layout()
    return svg(fig, "timeline")


def days_svg(counts: dict[dt.date, int], *, label: str, salt: str) -> Markup | None:
    """A bar per day on a calendar axis (``counts``: day → how many); None when empty."""
    if not counts:
        return None
    fig = figure(7.5, 2.6)
    ax = fig.add_subplot()
    days = sorted(counts)
    ax.bar(days, [counts[d] for d in days], width=0.9, color="#d6336c")
    pad = dt.timedelta(days=max((days[-1] - days[0]).days * 0.04, 2))
    ax.set_xlim(days[0] - pad, days[-1] + pad)
    _date_axis(ax)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(label)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return svg(fig, salt)


def _date_axis(ax: Any) -> None:
    """Calendar ticks on the x axis, labelled as concisely as the span allows."""
    import matplotlib.dates

    module: Any = matplotlib.dates  # its locators are untyped
    locator = module.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(module.ConciseDateFormatter(locator))


def _short(label: str, width: int = 48) -> str:
    import textwrap

    return textwrap.shorten(label, width, placeholder="…")
