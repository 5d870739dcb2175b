"""Values of the fixed phrases of ``data/phrases.tsv`` ("hoy", "ayer", "anoche" …).

Split from ``relative`` so that each reads in one sitting. A phrase's value
is a TIMEX3 value or a shift of the anchor ("day:-1"); without a publication
date the date the text has stated stands in for it, and "hoy" that means
"nowadays" is PRESENT_REF (GUIDELINES.md; issue 14).
"""

from __future__ import annotations

import re
from datetime import timedelta

from prensa.timex.values import Scan
from prensa.timex.words import phrase_rows, previous_words


def on_phrase(match: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """A fixed phrase of ``data/phrases.tsv``, where its neighbours allow it."""
    said = " ".join(match.group(0).lower().split())
    timeml = phrase_rows("timeml_phrases").get(said) if scan.scheme == "timeml" else None
    row = timeml or phrase_rows()[said]
    following = NEXT_WORD.match(scan.text, match.end())
    if not (
        _fits(row["before"], previous_words(scan.text, match.start(), 1))
        and _fits(row["after"], following.group(1).lower() if following else "")
    ):
        return None
    anchor, value = scan.ctx.anchor, row["value"]
    if said == "hoy" and _nowadays(scan, match):
        return "DATE", "PRESENT_REF"
    if anchor is None and scan.ctx.mentioned:
        anchor = scan.ctx.ref  # no publication date: the date the text has stated
    if value.startswith(("day:", "year:")):
        if anchor is None:
            if value.startswith("day:") and scan.ctx.today_weekday and row["type"] == "DATE":
                offset = int(value[4:])
                return row["type"], f"XXXX-WXX-{(scan.ctx.today_weekday - 1 + offset) % 7 + 1}"
            return row["type"], row["unanchored"] or None
        kind, _, rest = value.partition(":")
        amount, time_part, suffix = rest.partition("T")
        if kind == "year":
            return row["type"], str(anchor.year + int(amount))
        day = (anchor + timedelta(days=int(amount))).isoformat()
        return row["type"], day + (time_part + suffix if suffix else "")
    return row["type"], value


NEXT_WORD = re.compile(r"\s+(\w+)")
ARTICLE = re.compile(r"(?<!\w)(?:el|la|los|las|del|al)\s+\Z", re.IGNORECASE)
PAST_YEAR = re.compile(r"(?<![\d.,])(?:1[6-9]|20)\d\d(?!\d)")


def _in_quotation(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened earlier in its paragraph."""
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    opened = paragraph.count("«") - paragraph.count("»")
    opened += paragraph.count("“") - paragraph.count("”")
    return opened > 0 or paragraph.count('"') % 2 == 1


def _nowadays(scan: Scan, match: re.Match[str]) -> bool:
    """ "la hoy extinta Yugoslavia", "en 1990 había 60 y hoy hay 300", «hoy
    tenemos un gabinete paritario»: "hoy" as "nowadays" (PRESENT_REF), after an
    article, or with a verb in the present inside a quotation or set against a
    past year of its sentence (GUIDELINES.md: "hoy por hoy" is PRESENT_REF)."""
    if ARTICLE.search(scan.text, max(0, match.start() - 5), match.start()):
        return True
    if scan.tense == "present" and _in_quotation(scan.text, match.start()):
        return True  # «Hoy la gente lee menos»: a quoted present speaks of these times
    before = re.split(r"[.!?\n]\s", scan.text[max(0, match.start() - 200) : match.start()])[-1]
    after = re.split(r"[.!?\n]", scan.text[match.end() : match.end() + 200])[0]
    sentence = before + " " + after
    years = [int(y) for y in PAST_YEAR.findall(sentence)]
    anchor = scan.ctx.anchor
    past = bool(years) and (anchor is None or max(years) < anchor.year)
    return past and scan.tense == "present"


def _fits(spec: str, word: str) -> bool:
    """``spec`` is "" (anything), "a|b" (one of these) or "!a|b" (none of these)."""
    if not spec:
        return True
    return (word in set(spec.lstrip("!").split("|"))) != spec.startswith("!")
