"""A Spanish temporal grammar: regular patterns over the text, TIMEX3 values.

Each ``Rule`` is one construction ("el 3 de mayo de 2019", "hace dos años",
"este domingo") built from the word lists in ``prensa/data/timex_*.tsv`` and
a function (``on_<rule>`` in ``timex_values`` for calendar dates, in
``timex_relative`` for times, relative dates, durations and sets) that
writes its value.
``find_timexes`` runs every rule over the text (one linear scan each), keeps
the leftmost-longest non-overlapping matches and normalises them left to
right, so that "dos días después" can lean on the date mentioned before it.

    >>> [f.value for f in find_timexes("Llegó el pasado 3 de mayo.", date(2019, 7, 22))]
    ['2019-05-03']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from prensa import lexicon
from prensa.components.timex_normalize import Context, Tense
from prensa.components.timex_relative import (
    on_ago,
    on_bare_units,
    on_before_after,
    on_clock,
    on_clock_any,
    on_duration,
    on_half_unit,
    on_latest_unit,
    on_part_of_day,
    on_phrase,
    on_pod_date,
    on_pod_deictic,
    on_pod_weekday,
    on_rate,
    on_relative_unit,
    on_set,
    on_span_of_units,
)
from prensa.components.timex_values import (
    Found,
    NounAt,
    Scan,
    TenseAt,
    on_century,
    on_dateline,
    on_day_month,
    on_day_of_ref_month,
    on_decade,
    on_decade_words,
    on_deictic_weekday,
    on_edge_day_of_month,
    on_month,
    on_numeric_date,
    on_part_of_period,
    on_season,
    on_this_year,
    on_weekday,
    on_year,
)
from prensa.components.timex_words import (
    DEICTIC_DAYS,
    EDGE,
    MOD,
    YEAR,
    YREF,
    alternation,
    lexicon_map,
    month_numbers,
    number_value,
    phrase_rows,
    pod_codes,
    previous_words,
    unit_of,
    unit_rows,
    weekday_numbers,
)

# A rule's value function: TIMEX3 type and value, or None to reject the match.
Handler = Callable[[re.Match[str], Scan], tuple[str, str | None] | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


def _b(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


@cache
def rules() -> tuple[Rule, ...]:
    """Every construction, most specific first (ties of equal span go to the earlier)."""
    month, wd = alternation(month_numbers()), alternation(weekday_numbers())
    unit, pod = alternation(unit_rows()), alternation(pod_codes())
    num_word = alternation(lexicon_map("timex_numerals", "word", "value"))
    num = rf"(?:\d+(?:[.,]\d+)?|{num_word}(?:\s+y\s+{num_word})?)"
    quant = alternation(lexicon.column("timex_quantifiers", "word"))
    count = rf"(?:{MOD}\s+)?(?:(?P<n>{num})|{quant})\s+(?P<unit>{unit})(?P<half>\s+y\s+medi[oa])?"
    year_of_tail = rf"\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yref>{YREF}))"
    year_tail = rf"(?:{year_of_tail})?"
    day = r"(?P<day>\d{1,2}|primero|1\.?º)"
    ordinal = alternation(lexicon_map("timex_ordinals", "word", "value"))
    season = alternation(lexicon_map("timex_seasons", "word", "code"))
    tens = r"(?P<decw>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)"
    abbr = "|".join(
        sorted(lexicon.column("timex_month_abbreviations", "word"), key=len, reverse=True)
    )
    clock_day = (
        rf"(?:\s+(?:del|(?P<cthis>de\s+est[ea]))\s+(?:(?P<crel>próximo|pasado)\s+)?(?P<cwd>{wd})"
        r"|\s+de\s+(?P<cdeic>hoy|ayer|anteayer))?"
    )
    return (
        Rule(
            "day_month",
            _b(
                rf"(?:(?:el|la|este|esta)\s+)?(?:(?P<rel>pasado|próximo)\s+)?(?:(?P<wd>{wd})\s*,?\s+)?"
                rf"(?:día\s+)?{day}\s+de\s+(?P<month>{month}){year_tail}"
                r"(?:\s+(?P<rel2>pasado|próximo))?"
            ),
            on_day_month,
        ),
        Rule(
            "month_day_year",
            # "Bogotá, mayo 20 de 2024": the month first, as Latin American datelines write it
            _b(rf"(?P<month>{month})\s+{day}\s*(?:,|de|del)\s+(?P<year>{YEAR})"),
            on_day_month,
        ),
        Rule(
            "dateline",
            # "14 Mar." of Europa Press, "19 may (EFE)" of EFE
            _b(rf"(?P<day>\d{{1,2}})\s+(?P<abbr>{abbr})(?:\.|(?=\s*\())"),
            on_dateline,
        ),
        Rule(
            "dateline_day",
            # "MADRID, 14 (EUROPA PRESS)": a capitalised city, the day, the agency
            re.compile(r"(?<=[A-ZÁÉÍÓÚÑ], )(?P<day>\d{1,2})(?=\s+\([A-ZÁÉÍÓÚÑ])"),
            on_dateline,
        ),
        Rule(
            "day_range_start",
            _b(
                rf"(?:el\s+)?{day}(?=\s+(?:y|al|a|-)\s+(?:el\s+)?\d{{1,2}}\s+de\s+(?P<month>{month})"
                rf"{year_tail})"
            ),
            on_day_month,
        ),
        Rule(
            "day_of_that_month",
            _b(rf"(?:el\s+)?(?:día\s+)?{day}\s+de\s+(?:ese|este|aquel|dicho)\s+mes"),
            on_day_of_ref_month,
        ),
        Rule(
            "day_number",
            _b(r"el\s+(?:(?P<rel>pasado|próximo)\s+)?día\s+(?P<day>\d{1,2})(?!\s+de\s)"),
            on_day_of_ref_month,
        ),
        Rule(
            "numeric_date",
            re.compile(
                r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                r"(?![\d]|[./-]\d)"
            ),
            on_numeric_date,
        ),
        Rule(
            "part_of_day_date",
            _b(
                rf"(?:la|esa|aquella)\s+(?P<pod>{pod})\s+del?\s+(?:\d{{1,2}}\s+al\s+)?{day}\s+de\s+"
                rf"(?P<month>{month})(?:\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}))?"
            ),
            on_pod_date,
        ),
        Rule(
            "part_of_day_weekday",
            _b(
                rf"(?:la|esa|aquella)\s+(?P<pod>{pod})\s+(?:del|de\s+(?P<det>este|esta))\s+"
                rf"(?:(?P<rel>pasado|próximo)\s+)?(?P<wd>{wd})"
            ),
            on_pod_weekday,
        ),
        Rule(
            "part_of_day_deictic",
            _b(rf"(?:la|esta)\s+(?P<pod>{pod})\s+de\s+(?P<deic>hoy|ayer|anteayer)"),
            on_pod_deictic,
        ),
        Rule(
            "month",
            _b(
                rf"(?:{EDGE}\s+(?:de|del)\s+)?(?:(?:el\s+)?(?:(?P<rel>pasado|próximo)\s+)?mes\s+de\s+"
                r"|(?:el\s+)?(?P<rel0>pasado|próximo)\s+)?"
                rf"(?P<month>{month})(?:{year_of_tail}|\s+(?P<rel2>pasado|próximo))?"
            ),
            on_month,
        ),
        Rule(
            "year",
            _b(
                rf"(?:{EDGE}\s+(?:de|del)\s+(?:año\s+)?|(?:el\s+)?año\s+|(?:este|esta)\s+"
                # "en lo que va de 2024", "en lo corrido de 2024": the year so far
                r"|lo\s+(?:que\s+va|corrido)\s+(?:de|del)\s+(?:año\s+)?)?"
                rf"(?P<year>{YEAR})"
            ),
            on_year,
        ),
        Rule(
            "edge_of_year",
            _b(
                rf"{EDGE}\s+(?:de|del)\s+(?:(?:este|esta|la|el)\s+)?"
                r"(?:(?P<pre>próximo|próxima|pasado|pasada)\s+)?(?P<unit>año|mes|semana)"
                r"(?:\s+(?P<post>pasado|pasada|anterior|próximo|próxima|que\s+viene|siguiente|entrante))?"
                r"(?!\s+(?:\d|de\s))"
            ),
            on_this_year,
        ),
        Rule(
            "season",
            _b(
                r"(?:(?P<det>el|la|este|esta|ese|esa)\s+)?(?:(?P<pre>pasado|pasada|próximo|próxima)\s+)?"
                rf"(?P<season>{season})(?:\s+(?P<post>pasado|pasada|próximo|próxima|que\s+viene))?"
                rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yref>{YREF})))?"
            ),
            on_season,
        ),
        Rule(
            "decade_words",
            _b(rf"(?:(?:los\s+)?años\s+|(?:la\s+)?década\s+de(?:\s+los)?\s+){tens}"),
            on_decade_words,
        ),
        Rule(
            "decade",
            _b(
                r"(?:(?:los\s+)?años\s+|(?:la\s+)?década\s+de(?:\s+los)?\s+)(?:19|20)?(?P<dec>[0-9]0)"
                r"(?:\s*'?s)?"
            ),
            on_decade,
        ),
        Rule(
            "part_of_period",
            _b(
                rf"(?:(?:el|la)\s+|del\s+(?P<body>))(?P<ord>{ordinal})\s+(?P<part>trimestre|semestre|década|decenio|mitad)"
                rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yref>{YREF})"
                r"|(?P<this>este|el|nuestro)\s+(?P<span>año|siglo|milenio)|siglo\s+(?P<roman>[IVXL]+)"
                r"|año))?"
            ),
            on_part_of_period,
        ),
        Rule(
            "century",
            re.compile(r"(?<!\w)(?:[eE]l\s+)?siglo\s+(?P<roman>[IVXL]+)(?!\w)"),
            on_century,
        ),
        Rule(
            "deictic_weekday",
            _b(rf"(?P<deic>hoy|ayer|anteayer|mañana)\s*,?\s+(?P<wd>{wd})"),
            on_deictic_weekday,
        ),
        Rule(
            "weekday",
            _b(
                r"(?:(?P<det>(?:el|este|esta|ese|aquel)(?:\s+(?:mismo|pasado|próximo))?)\s+"
                r"|(?:del|al)\s+(?P<body>(?:(?P<brel>próximo|pasado)\s+)?))"
                rf"(?P<wd>{wd})(?:\s+(?P<post>pasado|próximo|que\s+viene|anterior|siguiente)"
                r"|\s+(?P<dnum>\d{1,2})(?!\s*(?:de\s|[:./,]\d|%)))?"
            ),
            on_weekday,
        ),
        Rule(
            "relative_unit",
            _b(
                r"(?:(?P<det>el|la|este|esta|ese|esa|aquel|aquella)\s+|(?:al|del)\s+(?P<body>))"
                r"(?:(?P<pre>próximo|próxima|pasado|pasada|mismo|misma|presente)\s+)?"
                r"(?P<unit>año|mes|semana|fin\s+de\s+semana|siglo|día(?!\s+\d))"
                r"(?:\s+(?P<post>pasado|pasada|anterior|próximo|próxima|siguiente|que\s+viene|posterior"
                r"|antepasado|antepasada|entrante|venidero|venidera|en\s+curso))?"
            ),
            on_relative_unit,
        ),
        Rule(
            "edge_day_of_month",
            _b(
                r"(?:el|del\s+(?P<body>))\s*(?P<edge>último|primer)\s+día\s+(?:de|del)\s+(?:mes\s+de\s+)?"
                rf"(?P<month>{month})(?:\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}))?"
            ),
            on_edge_day_of_month,
        ),
        Rule(
            "latest_unit",
            _b(rf"(?:el|la|este|esta)\s+(?:último|última)\s+(?P<unit>{unit})"),
            on_latest_unit,
        ),
        Rule(
            "span_of_units",
            _b(
                r"(?:los|las|estos|estas|esos|esas|sus)\s+"
                r"(?P<ord>(?:últimos|últimas|primeros|primeras|próximos|próximas|pasados|pasadas)\s+)?"
                rf"(?:(?P<n>{num})\s+)?(?(ord)|(?:primeros|primeras|últimos|últimas)\s+)(?P<unit>{unit})"
                rf"(?:\s+del\s+año(?!\s+\d)|\s+de(?:l)?\s+(?:año\s+)?(?P<year>{YEAR})"
                rf"|\s+de\s+(?P<month>{month})"
                rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<myear>{YEAR})|(?P<yref>{YREF})))?)?"
            ),
            on_span_of_units,
        ),
        Rule(
            "ago",
            _b(
                rf"(?:hace|hacía)\s+(?:ya\s+)?(?:{MOD}\s+)?(?:(?:(?P<n>{num})|{quant})\s+)?(?P<unit>{unit})"
                r"(?P<half>\s+y\s+medi[oa])?"
            ),
            on_ago,
        ),
        Rule(
            "before_after",
            _b(
                rf"(?:(?:{MOD}\s+)?(?:(?P<n>{num})|{quant})\s+)?(?P<unit>{unit})\s+"
                r"(?P<dir>después|más\s+tarde|antes|atrás|luego|más\s+adelante)"
            ),
            on_before_after,
        ),
        Rule(
            "set",
            _b(
                rf"cada\s+(?:(?P<sday>\d{{1,2}}|primero)\s+de\s+(?P<smonth>{month})"
                r"|(?P<weekend>fin\s+de\s+semana)"
                rf"|(?:(?P<n>{num})\s+)?(?:(?P<unit>{unit})|(?P<wd>{wd})|(?P<season>{season})"
                rf"|(?P<pod>{pod})))"
            ),
            on_set,
        ),
        Rule(
            "set_times",
            _b(rf"(?:una\s+vez|{num}\s+veces)\s+(?:al|por|a\s+la)\s+(?P<unit>{unit})"),
            on_set,
        ),
        Rule(
            "rate",
            # "mueren 500 personas al día", "cobra 200 euros por semana": a SET
            # whose preposition makes the meaning (GUIDELINES.md)
            _b(
                r"(?:al|por|a\s+la)\s+(?P<unit>día|semana|mes|año)"
                r"(?!\s+(?:de|del|siguiente|anterior|previo|posterior|después|entrante|que|pasad[oa]"
                r"|próxim[oa]|venider[oa]|en\s+curso)(?!\w))"
            ),
            on_rate,
        ),
        Rule(
            "weekly",
            _b(
                r"(?:tod[oa]s\s+)?los\s+(?:(?P<wd>lunes|martes|miércoles|jueves|viernes|sábados"
                r"|domingos)|(?P<weekend>fines\s+de\s+semana))"
                r"|todas\s+las\s+(?P<pods>mañanas|tardes|noches|madrugadas)"
            ),
            on_set,
        ),
        Rule(
            "clock",
            _b(
                r"(?:(?:(?:las|la)\s+)?(?P<h4>\d{1,2})(?:[:.](?P<m4>[0-5]\d))?\s*"
                # "10 a. m.", "10 a.m": the closing dot only after a dotted "a."
                r"(?P<ampm>[ap])(?:\.\s?m(?:\.|(?!\w))|\s?m(?!\w))"
                r"|(?:las|la)\s+(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?:horas|hrs?\.?|hs\.?|h\.?)"
                r"|(?:(?:las|la)\s+)?(?P<h6>\d{1,2})h(?P<m6>[0-5]\d)"
                r"|(?:las|la)\s+(?P<h2>)(?P<hh>\d{1,2})[:.](?P<mm>[0-5]\d)"
                r"|(?P<h3>\d{1,2})[:.](?P<m3>[0-5]\d)\s*(?:horas|hrs?\.?|h\.?)"
                # the first time of a range: "de 9:00 a 16:00 horas"
                r"|(?P<h5>\d{1,2})[:.](?P<m5>[0-5]\d)(?=\s*(?:a|y|-|–|hasta)\s*(?:las\s+)?"
                r"\d{1,2}[:.][0-5]\d\s*(?:horas|hrs?\.?|hs\.?|h\.?)(?!\w))"
                r"|(?:las|la)\s+(?P<h7>\d{1,2})(?=\s*(?:a|y|-|–|hasta)\s*las\s+\d{1,2}(?:[:.][0-5]\d)?"
                r"\s*(?:horas|hrs?\.?|hs\.?|h\.?)(?!\w)))" + clock_day
            ),
            on_clock_any,
        ),
        Rule(
            "clock_part_of_day",
            _b(
                rf"(?:las|la)\s+(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?|(?P<hw>{num_word}))"
                r"(?P<quarter>\s+y\s+(?:media|cuarto))?"
                r"\s+(?:de\s+la|del)\s+(?P<pod>mañana|tarde|noche|madrugada|mediodía)" + clock_day
            ),
            on_clock,
        ),
        Rule(
            "part_of_day",
            _b(
                rf"(?P<pre>esta|este|esa|aquella|ayer\s+(?:por|en|a)\s+la|hoy\s+(?:por|en|a)\s+la"
                rf"|mañana\s+(?:por|en|a)\s+la|(?:el\s+)?(?P<wd>{wd})\s+(?:por|en|a)\s+la)"
                rf"\s+(?P<pod>{pod})"
            ),
            on_part_of_day,
        ),
        Rule(
            "duration",
            _b(
                count + rf"(?:\s+y\s+(?P<n2>{num})\s+(?P<unit2>{unit}))?"
                r"(?:\s+(?:seguid[oa]s|consecutiv[oa]s|enter[oa]s|hábiles|naturales|laborables))?"
            ),
            on_duration,
        ),
        Rule(
            "half_unit",
            _b(r"(?P<unit>año|mes|semana|día|hora|siglo)\s+y\s+(?P<half>medi[oa])"),
            on_half_unit,
        ),
        Rule(
            "bare_units", _b(r"(?P<unit>años|décadas|meses|semanas|siglos|lustros)"), on_bare_units
        ),
        Rule("phrase", _b(alternation(phrase_rows())), on_phrase),
    )


SPENT = re.compile(r"\s+de\s+(\w+)")
AGE_RANGE = re.compile(r"(?<!\w)(?:de|entre)\s+\d{1,3}\s+(?:a|y)\s+$", re.IGNORECASE)


def _is_age(text: str, start: int, end: int, unit: str) -> bool:
    """ "de 45 años", "a sus 19 años", "cumplió 80 años": an age, not a duration."""
    if unit not in {"Y", "M"}:
        return False
    if re.match(r"\s+de\s+edad", text[end : end + 12], re.I):
        return True
    spent = SPENT.match(text, end, min(len(text), end + 30))
    if spent and spent.group(1).lower() in lexicon.column("timex_spent_nouns", "word"):
        return False  # "con 20 años de experiencia", "cumplió 10 años de cárcel"
    if AGE_RANGE.search(text[max(0, start - 20) : start]):
        return True  # "el grupo de 60 a 65 años"
    before = previous_words(text, start, 3).split()
    if not before or before[-1] not in lexicon.column("timex_age_cues", "word"):
        return False
    if before[-1] == "de" and len(before) > 1:
        # "un plazo de 15 años" measures time; "una mujer de 45 años" is an age;
        # "dentro de dos años" points ahead.
        if before[-2] == "dentro":
            return False
        return before[-2] not in lexicon.column("timex_period_nouns", "word")
    if before[-1] in {"los", "las"}:
        # "a los 55 años", "a partir de los 18 años" are ages; "durante los 10 años" is not.
        return len(before) > 1 and before[-2] in {"a", "de", "desde", "hasta", "con", "entre"}
    return True


TODAY = re.compile(r"(?<!\w)(hoy|ayer|anteayer|mañana)\s*,?\s+(\w+)", re.IGNORECASE)


def _today_weekday(text: str) -> int | None:
    """Today's ISO weekday when the text says it ("ayer jueves" → Friday)."""
    days = weekday_numbers()
    for m in TODAY.finditer(text):
        wd = days.get(m.group(2).lower())
        if wd:
            return (int(wd) - 1 - DEICTIC_DAYS[m.group(1).lower()]) % 7 + 1
    return None


def _no_tense(_: int) -> Tense:
    return None


def _no_noun(_: int) -> bool:
    return False


def find_timexes(
    text: str, anchor: date | None, tense_at: TenseAt | None = None, noun_at: NounAt | None = None
) -> list[Found]:
    """Every temporal expression of ``text``, resolved against ``anchor``.

    ``tense_at(offset)`` says whether the verb governing the expression at
    ``offset`` is past, present or future, and ``noun_at(offset)`` whether a
    noun follows there (prensa's component reads both from the parse);
    without them relative expressions take the nearest reading.
    """
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    for order, rule in enumerate(rules()):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                start = _span_start(m)
                candidates.append((start, -(m.end() - start), order, rule, m))
    candidates.sort(key=lambda c: c[:3])
    today = _today_weekday(text) if anchor is None else None
    scan = Scan(
        text, Context(anchor, today_weekday=today), tense_at or _no_tense, noun_at or _no_noun
    )
    found: list[Found] = []
    last_end = 0
    for start, _, _, rule, m in candidates:
        if start < last_end:
            continue
        if rule.name in {"duration", "before_after", "ago"} and _unit_is_age(m, text):
            continue
        scan.start = start
        result = rule.handler(m, scan)
        if result is None:
            continue
        kind, value = result
        found.append(Found(start, m.end(), kind, value, rule.name))
        scan.previous = found[-1]
        last_end = m.end()
        if kind in {"DATE", "TIME"}:
            scan.ctx.remember(value)
    return _apposed(text, found)


def _span_start(m: re.Match[str]) -> int:
    """Where a match's span starts: a contracted preposition ("al día siguiente",
    "del sábado 25 de mayo") stays outside it, so that a longer reading that
    starts at the noun ("sábado 25 de mayo") wins over it."""
    has_body = "body" in m.re.groupindex and m.group("body") is not None
    return m.start("body") if has_body else m.start()


APPOSITION_GAP = re.compile(r"\s*[,(]\s*")
# Relative expressions that an apposed full date may fix.
RELATIVE_RULES = {"before_after", "relative_unit", "weekday", "phrase"}


def _apposed(text: str, found: list[Found]) -> list[Found]:
    """ "10 días más tarde, el 20 de enero de 2020": the apposed date fixes the first."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        relative = a.rule in RELATIVE_RULES and (a.type == "DATE" or a.rule == "before_after")
        full_date = b.type == "DATE" and bool(b.value) and len(b.value or "") == 10
        if relative and full_date and APPOSITION_GAP.fullmatch(text, a.end, b.start):
            out[i] = Found(a.start, a.end, "DATE", b.value, a.rule)
    return out


def _unit_is_age(match: re.Match[str], text: str) -> bool:
    """A count of years or months that reads as an age ("de 45 años").

    "un año" stays a duration ("una especialidad de un año", "se cumple un año").
    """
    n = match.groupdict().get("n")
    if not n or match.group(0).lower().startswith(("hace", "hacía")) or number_value(n) == 1:
        return False
    letter, clock, _ = unit_of(match.group("unit"))
    return not clock and _is_age(text, match.start(), match.end(), letter)
