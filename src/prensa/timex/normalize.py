"""Calendar arithmetic for TIMEX3 values: weekdays, months and shifts.

Pure functions over ``datetime.date`` (python-dateutil's ``relativedelta``
does month and year arithmetic that ``timedelta`` cannot). ``Context`` keeps
what a story has fixed so far: the anchor (publication date), the last date
it mentioned (for "dos días después", "ese mismo día") and the weekday of
"today" when the text says it ("ayer jueves") but the date is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

Tense = Literal["past", "present", "future"] | None
# Annotation conventions: prensa's guidelines (../shared/eval/GUIDELINES.md)
# or TimeML / TempEval-3 Spanish, which also marks ages and vague references.
Scheme = Literal["guidelines", "timeml"]
SCHEMES: tuple[Scheme, ...] = ("guidelines", "timeml")


# A month named with its year holds for a bare one this many paragraph breaks on.
MONTH_PARAGRAPHS = 3
PARAGRAPH_BREAK = re.compile(r"\n\s*")
MONTH_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?(?:T|$)")


@dataclass
class Context:
    """The dates a document has fixed, read left to right."""

    anchor: date | None
    today_weekday: int | None = None
    ref: date | None = None
    ref_year: int | None = None
    ref_month: tuple[int, int] | None = None
    mentioned: bool = False  # whether the text itself has fixed a date yet
    year_last: bool = False  # whether the last date fixed was a bare year
    month_last: bool = False  # whether it was a month ("en junio de 2021")
    # month -> the year the text last named it with ("diciembre de 2019"), and
    # where that mention ends: a later bare "diciembre" nearby is that one.
    named_months: dict[int, tuple[int, int]] = field(default_factory=dict)
    # weekday -> the date the text gave it in full ("el sábado 6 de
    # septiembre"): a later bare "el sábado" is that one, within two weeks.
    named_days: dict[int, date] = field(default_factory=dict)

    def named_day(self, weekday: int, tense: Tense = None) -> date | None:
        """The date the text gave ``weekday`` in full, where it lies within two
        weeks of the publication date and on the side of it that ``tense``
        points to (the present of a bare weekday looks ahead, as in
        ``resolve_weekday``: "la cumbre arrancó el lunes 10 ... las
        negociaciones se reanudan el lunes" is the next one); else None."""
        day = self.named_days.get(weekday)
        if day is None or self.anchor is None or abs((day - self.anchor).days) > 14:
            return None
        ahead = tense in {"future", "present"}
        if (ahead and day < self.anchor) or (tense == "past" and day > self.anchor):
            return None
        return day

    def named_month(self, month: int, text: str, start: int) -> int | None:
        """The year the text gave ``month`` (``named_months``) where the story is
        still on it at ``start``: within ``MONTH_PARAGRAPHS`` paragraph breaks of
        its last mention. "El conflicto estalló el 9 de septiembre de 2024"
        and, pages later, "solo en septiembre se hallaron 41 cuerpos" is this
        year's September; a story about December 2019 that names its
        "diciembre" every paragraph or two keeps 2019."""
        known = self.named_months.get(month)
        if known is None:
            return None
        year, end = known
        if len(PARAGRAPH_BREAK.findall(text, end, start)) > MONTH_PARAGRAPHS:
            return None
        return year

    def keep_named_month(self, value: str | None, end: int, *, named: bool) -> None:
        """Note a month value ending at ``end``: one named with its year
        (``named``) starts a ``named_months`` entry, one that repeats an
        entry's year and month renews it there."""
        if not value or not MONTH_VALUE.match(value):
            return
        year, month = int(value[:4]), int(value[5:7])
        if named or self.named_months.get(month, (None, 0))[0] == year:
            self.named_months[month] = (year, end)

    def __post_init__(self) -> None:
        if self.anchor is not None:
            self.remember(self.anchor.isoformat())
            self.mentioned = False

    def remember(self, value: str | None) -> None:
        """Take a resolved value as the story's reference time."""
        if not value or not value[:4].isdigit():
            return
        parts = value[:10].split("-")
        self.mentioned = True
        self.ref_year = int(parts[0])
        # "en 1998": "dos años más tarde" counts from 1998, not from today.
        self.year_last = len(parts) == 1 or not parts[1].isdigit()
        self.month_last = not self.year_last and not (len(parts) > 2 and parts[2][:2].isdigit())
        if len(parts) > 1 and parts[1].isdigit():
            self.ref_month = (self.ref_year, int(parts[1]))
            if len(parts) > 2 and parts[2][:2].isdigit():
                self.ref = date(self.ref_year, int(parts[1]), int(parts[2][:2]))


def iso_week(day: date) -> str:
    """``2021-W01`` for a date."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekday_in_week(anchor: date, weekday: int) -> date:
    """The given ISO weekday (1-7) of the anchor's week ("este domingo")."""
    return anchor + timedelta(days=weekday - anchor.isoweekday())


def weekday_before(anchor: date, weekday: int, *, inclusive: bool) -> date:
    """The nearest such weekday on (if ``inclusive``) or before the anchor."""
    back = (anchor.isoweekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return anchor - timedelta(days=back)


def weekday_after(anchor: date, weekday: int, *, inclusive: bool) -> date:
    """The nearest such weekday on (if ``inclusive``) or after the anchor."""
    ahead = (weekday - anchor.isoweekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + timedelta(days=ahead)


def resolve_weekday(anchor: date, weekday: int, relation: str, tense: Tense) -> date:
    """A weekday relative to the anchor.

    ``relation`` is "this" (same week), "past", "next" or "" (bare "el
    domingo": past or future by the verb's tense, else the nearest; the
    present of a bare weekday is a plan or a timetable, "juegan el domingo",
    and looks ahead).
    """
    if relation == "this":
        # "este domingo" is the Sunday of this week, unless the verb points the
        # other way: "este domingo ganó" read on a Wednesday is three days ago.
        found = weekday_in_week(anchor, weekday)
        if tense == "past" and found > anchor:
            return found - timedelta(days=7)
        if tense == "future" and found < anchor:
            return found + timedelta(days=7)
        return found
    if relation == "past":
        return weekday_before(anchor, weekday, inclusive=False)
    if relation == "next":
        return weekday_after(anchor, weekday, inclusive=False)
    if tense == "past":
        return weekday_before(anchor, weekday, inclusive=True)
    if tense in {"future", "present"}:
        return weekday_after(anchor, weekday, inclusive=True)
    before = weekday_before(anchor, weekday, inclusive=True)
    after = weekday_after(anchor, weekday, inclusive=True)
    return before if anchor - before <= after - anchor else after


def resolve_day_month(
    anchor: date, month: int, day: int, relation: str, tense: Tense
) -> date | None:
    """The year of "el 3 de mayo": the anchor's, moved by "pasado" or tense."""
    try:
        found = date(anchor.year, month, day)
    except ValueError:
        return None
    if found > anchor and (relation == "past" or (not relation and tense == "past")):
        found = _year_shift(found, -1)
    elif found < anchor and (relation == "next" or (not relation and tense == "future")):
        found = _year_shift(found, 1)
    elif not relation and tense is None:
        # No verb to go by: the reading nearest the anchor ("el 10 de enero"
        # after "el 30 de diciembre de 2019" is January 2020).
        found = min((_year_shift(found, k) for k in (-1, 0, 1)), key=lambda d: abs(d - anchor))
    return found


def resolve_month(anchor: date, month: int, relation: str, tense: Tense) -> tuple[int, int]:
    """Year and month of a bare month name ("en abril")."""
    year = anchor.year
    if month > anchor.month and (relation == "past" or (not relation and tense == "past")):
        year -= 1
    elif month < anchor.month and (relation == "next" or (not relation and tense == "future")):
        year += 1
    return year, month


def shift(day: date, count: int, letter: str) -> date:
    """``day`` moved by ``count`` units (letters as in TIMEX3 durations)."""
    if letter == "D":
        return day + timedelta(days=count)
    if letter == "W":
        return day + timedelta(weeks=count)
    if letter == "M":
        return day + relativedelta(months=count)
    if letter == "Y":
        return day + relativedelta(years=count)
    if letter == "DE":
        return day + relativedelta(years=10 * count)
    if letter == "CE":
        return day + relativedelta(years=100 * count)
    return day


def at_granularity(day: date, letter: str) -> str:
    """A date written to the precision of a unit: years → 2019, months → 2019-05."""
    if letter in {"Y", "DE", "CE"}:
        return f"{day.year:04d}"
    if letter == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if letter == "W":
        return day.isoformat()
    return day.isoformat()


def moved(day: date, count: int, letter: str) -> str | None:
    """``day`` moved by ``count`` units, written to that unit's precision;
    None when it leaves the calendar ("hace 90.000 siglos")."""
    try:
        return at_granularity(shift(day, count, letter), letter)
    except (ValueError, OverflowError):
        return None


def _year_shift(day: date, years: int) -> date:
    return day + relativedelta(years=years)


def duration(count: float | None, letter: str, clock: str) -> str:
    """A TIMEX3 duration: ``P2W``, ``PT24H``, ``PXY`` (count unknown)."""
    if count is None:
        amount = "X"
    elif count == int(count):
        amount = str(int(count))
    else:
        amount = f"{count:g}"
    return f"P{clock}{amount}{letter}"
