"""The relative half of the timex rule table: what is reckoned from a date.

Relative units ("la semana pasada"), spans of units, "hace dos años",
"dos días después", sets and rates ("cada lunes", "al día"), clock times,
parts of the day, durations and fixed phrases. Order is priority: at equal
span the earlier rule wins, and these rules follow ``rules_calendar``.
"""

from __future__ import annotations

from prensa.timex.patterns import Pieces, Rule, bounded
from prensa.timex.phrases import on_phrase
from prensa.timex.relative import (
    on_ago,
    on_bare_units,
    on_before_after,
    on_clock,
    on_clock_any,
    on_duration,
    on_half_unit,
    on_latest_unit,
    on_part_of_day,
    on_rate,
    on_relative_unit,
    on_set,
    on_span_of_units,
)
from prensa.timex.values import on_edge_day_of_month
from prensa.timex.words import MOD, YEAR, YREF, alternation, phrase_rows


def relative_rules(p: Pieces) -> tuple[Rule, ...]:
    """Relative constructions, most specific first."""
    return (
        Rule(
            "relative_unit",
            bounded(
                r"(?:(?P<det>el|la|este|esta|ese|esa|aquel|aquella)\s+|(?:al|del)\s+(?P<body>))"
                r"(?:(?P<pre>próximo|próxima|pasado|pasada|mismo|misma|presente)\s+)?"
                r"(?P<unit>año|mes|semana|fin\s+de\s+semana|siglo|día(?!\s+\d)|jornada)"
                r"(?:\s+(?P<post>pasado|pasada|anterior|próximo|próxima|siguiente|que\s+viene|posterior"
                r"|antepasado|antepasada|entrante|venidero|venidera|en\s+curso))?"
                # "el mismo mes de 2024", "del año pasado": the month just named, in
                # that year
                r"(?:(?<=mes)\s+(?:de\s+(?P<of_year>(?:19|20)\d\d)"
                r"|del\s+año\s+(?P<of_last>pasado|anterior)))?"
            ),
            on_relative_unit,
            comparison=("of_year", "of_last"),
        ),
        Rule(
            "edge_day_of_month",
            bounded(
                r"(?:el|del\s+(?P<body>))\s*(?P<edge>último|primer)\s+día\s+(?:de|del)\s+(?:mes\s+de\s+)?"
                rf"(?P<month>{p.month})(?:\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}))?"
            ),
            on_edge_day_of_month,
        ),
        Rule(
            "latest_unit",
            bounded(rf"(?:el|la|este|esta)\s+(?:último|última)\s+(?P<unit>{p.unit})"),
            on_latest_unit,
        ),
        Rule(
            "span_of_units",
            bounded(
                r"(?:los|las|estos|estas|esos|esas|sus)\s+"
                r"(?P<ord>(?:últimos|últimas|primeros|primeras|próximos|próximas|pasados|pasadas)\s+)?"
                rf"(?:(?P<n>{p.num})\s+)?(?(ord)|(?:primeros|primeras|últimos|últimas)\s+)(?P<unit>{p.unit})"
                rf"(?:\s+del\s+año(?!\s+\d)|\s+de(?:l)?\s+(?:año\s+)?(?P<year>{YEAR})"
                rf"|\s+de\s+(?P<month>{p.month})"
                rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<myear>{YEAR})|(?P<yref>{YREF})))?)?"
            ),
            on_span_of_units,
        ),
        Rule(
            "ago",
            bounded(
                rf"(?:hace|hacía)\s+(?:ya\s+)?(?:{MOD}\s+)?(?:(?:(?P<n>{p.num})|{p.quant})\s+)?(?P<unit>{p.unit})"
                r"(?P<half>\s+y\s+(?:medi[oa]|cuarto))?"
            ),
            on_ago,
        ),
        Rule(
            "before_after",
            bounded(
                rf"(?:(?:{MOD}\s+)?(?:(?P<n>{p.num})|{p.quant})\s+)?(?P<unit>{p.unit})\s+"
                r"(?P<dir>después|más\s+tarde|antes|atrás|luego|más\s+adelante)"
            ),
            on_before_after,
        ),
        Rule(
            "set",
            bounded(
                rf"cada\s+(?:(?P<sday>\d{{1,2}}|primero)\s+de\s+(?P<smonth>{p.month})"
                r"|(?P<weekend>fin\s+de\s+semana)"
                rf"|(?:(?P<n>{p.num})\s+)?(?:(?P<unit>{p.unit})|(?P<wd>{p.wd})|(?P<season>{p.season})"
                rf"|(?P<pod>{p.pod})))"
            ),
            on_set,
        ),
        Rule(
            "set_times",
            bounded(rf"(?:una\s+vez|{p.num}\s+veces)\s+(?:al|por|a\s+la)\s+(?P<unit>{p.unit})"),
            on_set,
        ),
        Rule(
            "rate",
            # "mueren 500 personas al día", "cobra 200 euros por semana": a SET
            # whose preposition makes the meaning (GUIDELINES.md)
            bounded(
                r"(?:al|por|a\s+la)\s+(?P<unit>día|semana|mes|año)"
                r"(?!\s+(?:de|del|siguiente|anterior|previo|posterior|después|entrante|que|pasad[oa]"
                r"|próxim[oa]|venider[oa]|en\s+curso)(?!\w))"
            ),
            on_rate,
        ),
        Rule(
            "weekly",
            bounded(
                r"(?:tod[oa]s\s+)?los\s+(?:(?P<wd>lunes|martes|miércoles|jueves|viernes|sábados"
                r"|domingos)|(?P<weekend>fines\s+de\s+semana))"
                r"|todas\s+las\s+(?P<pods>mañanas|tardes|noches|madrugadas)"
            ),
            on_set,
        ),
        Rule(
            "clock",
            bounded(
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
                r"\s*(?:horas|hrs?\.?|hs\.?|h\.?)(?!\w)))" + p.clock_day
            ),
            on_clock_any,
        ),
        Rule(
            "clock_part_of_day",
            bounded(
                rf"(?:las|la)\s+(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?|(?P<hw>{p.num_word}))"
                r"(?P<quarter>\s+y\s+(?:media|cuarto))?"
                r"\s+(?:de\s+la|del)\s+(?P<pod>mañana|tarde|noche|madrugada|mediodía)" + p.clock_day
            ),
            on_clock,
        ),
        Rule(
            "part_of_day",
            bounded(
                rf"(?P<pre>esta|este|esa|aquella|ayer\s+(?:por|en|a)\s+la|hoy\s+(?:por|en|a)\s+la"
                rf"|mañana\s+(?:por|en|a)\s+la|(?:el\s+)?(?P<wd>{p.wd})\s+(?:por|en|a)\s+la)"
                rf"\s+(?P<pod>{p.pod})"
            ),
            on_part_of_day,
        ),
        Rule(
            "duration",
            bounded(
                p.count + rf"(?:\s+(?:y|con)\s+(?P<n2>{p.num})\s+(?P<unit2>{p.unit}))?"
                r"(?:\s+(?:seguid[oa]s|consecutiv[oa]s|enter[oa]s|hábiles|naturales|laborables))?"
                r"(?!\s+luz(?!\w))"  # "a 20 años luz": a distance, no time
            ),
            on_duration,
        ),
        Rule(
            "half_unit",
            bounded(r"(?P<unit>año|mes|semana|día|hora|siglo)\s+y\s+(?P<half>medi[oa]|cuarto)"),
            on_half_unit,
        ),
        Rule(
            "bare_units",
            bounded(r"(?P<unit>años|décadas|meses|semanas|siglos|lustros)"),
            on_bare_units,
        ),
        Rule("phrase", bounded(alternation(phrase_rows())), on_phrase),
    )
