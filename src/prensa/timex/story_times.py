"""Times told against the story's day: "por la mañana", "toda la noche", "la
medianoche", "a mediodía", "(13.00 GMT)".

"Los soldados vigilaban por la mañana" is the morning of the day of a date
earlier in its sentence ("el mismo día por la tarde"), else of the publication
date; a clock time in GMT or UTC beside a local one ("a las 8.15 hora local
(07.15 GMT)") is of the same day, written with TIMEX3's "Z".
"""

from __future__ import annotations

import re

from prensa.timex.patterns import Rule, bounded
from prensa.timex.values import Scan
from prensa.timex.words import pod_codes

FULL_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
SENTENCE_END = re.compile(r"[.!?\n]\s")


def story_time_rules() -> tuple[Rule, ...]:
    return (
        Rule(
            "part_of_day_story",
            bounded(
                r"(?:por|durante)\s+(?P<body>)la\s+(?P<pod>mañana|tarde|noche|madrugada)"
                r"(?!\s+(?:siguiente|anterior|previa|de|del)(?!\w))"
            ),
            on_part_of_day_story,
        ),
        Rule(
            # "trabajaron durante toda la noche", "a primera hora de la mañana"
            "whole_part_of_day_story",
            bounded(
                r"(?P<body>)(?:toda\s+la|primera\s+hora\s+de\s+la)"
                r"\s+(?P<pod>mañana|tarde|noche|madrugada)"
                r"(?!\s+(?:siguiente|anterior|previa|de|del)(?!\w))"
            ),
            on_part_of_day_story,
        ),
        Rule(
            # "cortaron la carretera desde la medianoche", "a mediodía"
            "midnight_midday_story",
            bounded(
                r"(?P<body>)(?:(?:la|el)\s+)?(?P<pod>medianoche|mediodía)"
                r"(?!\s+(?:siguiente|anterior|previo|previa|de|del)(?!\w))"
            ),
            on_midnight_midday,
        ),
        Rule(
            "clock_utc",
            bounded(
                r"(?:las\s+)?(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)\s*(?:horas\s+|h\s+)?(?P<zone>GMT|UTC)"
            ),
            on_clock_utc,
        ),
    )


def _story_day(scan: Scan, start: int) -> str | None:
    """The day of a time told without one: that of a full date earlier in its
    sentence ("el mismo día por la tarde"), else the publication date (news
    tell today's), else the last date the text has stated."""
    previous = scan.previous
    if (
        previous is not None
        and previous.value
        and not SENTENCE_END.search(scan.text, previous.end, start)
    ):
        found = FULL_DAY.match(previous.value)
        if found:
            return found.group(0)
    day = scan.ctx.anchor or scan.ctx.ref
    return day.isoformat() if day else None


def on_part_of_day_story(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    code = pod_codes()[match.group("pod").lower()]
    day = _story_day(scan, match.start())
    return "TIME", f"{day}T{code}" if day else None


def on_midnight_midday(match: re.Match[str], scan: Scan) -> tuple[str, str | None]:
    """ "la medianoche": the start of the story's day (TIMEX3 writes the hour);
    "mediodía": its midday, the part-of-day code MI."""
    day = _story_day(scan, match.start())
    if day is None:
        return "TIME", None
    if match.group("pod").lower() == "medianoche":
        return "TIME", f"{day}T00:00"
    return "TIME", f"{day}T{pod_codes()['mediodía']}"


def on_clock_utc(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    hour, minute = int(match.group("h")), int(match.group("m"))
    if hour > 24:
        return None
    day = _story_day(scan, match.start())
    return "TIME", f"{day or ''}T{hour:02d}:{minute:02d}Z"
