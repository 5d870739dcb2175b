"""The calendar half of the timex rule table: dates named on the calendar.

Days and months ("el 3 de mayo de 2019", "mayo 20 de 2024"), datelines,
numeric dates, parts of a dated day, months, years, seasons, decades,
centuries and weekdays. Order is priority: at equal span the earlier rule
wins, and these rules come before those of ``rules_relative``.
"""

from __future__ import annotations

import re

from prensa.timex.patterns import Pieces, Rule, bounded
from prensa.timex.periods import on_deictic_part, on_part_of_period, on_season
from prensa.timex.relative import on_pod_date, on_pod_deictic, on_pod_weekday
from prensa.timex.values import (
    on_century,
    on_dateline,
    on_day_month,
    on_decade,
    on_decade_words,
    on_month,
    on_numeric_date,
    on_this_year,
    on_year,
)
from prensa.timex.weekdays import on_day_of_ref_month, on_deictic_weekday, on_weekday
from prensa.timex.words import EDGE, YEAR, YREF


def calendar_rules(p: Pieces) -> tuple[Rule, ...]:
    """Calendar constructions, most specific first."""
    return (
        Rule(
            "day_month",
            bounded(
                rf"(?:(?:el|la|este|esta)\s+)?(?:(?P<rel>pasado|próximo)\s+)?(?:(?P<wd>{p.wd})\s*,?\s+)?"
                rf"(?:día\s+)?{p.day}\s+de\s+(?P<month>{p.month}){p.year_tail}"
                r"(?:\s+(?P<rel2>pasado|próximo))?"
            ),
            on_day_month,
        ),
        Rule(
            "month_day_year",
            # "Bogotá, mayo 20 de 2024": the month first, as Latin American datelines write it
            bounded(rf"(?P<month>{p.month})\s+{p.day}\s*(?:,|de|del)\s+(?P<year>{YEAR})"),
            on_day_month,
        ),
        Rule(
            "dateline",
            # "14 Mar." of Europa Press, "19 may (EFE)" of EFE
            bounded(rf"(?P<day>\d{{1,2}})\s+(?P<abbr>{p.abbr})(?:\.|(?=\s*\())"),
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
            bounded(
                rf"(?:el\s+)?{p.day}(?=\s+(?:y|al|a|-)\s+(?:el\s+)?\d{{1,2}}\s+de\s+(?P<month>{p.month})"
                rf"{p.year_tail})"
            ),
            on_day_month,
        ),
        Rule(
            "day_of_that_month",
            bounded(
                rf"(?:el\s+)?(?:día\s+)?{p.day}\s+de\s+(?:ese|(?P<this>este)|aquel|dicho)\s+mes"
            ),
            on_day_of_ref_month,
        ),
        Rule(
            "day_number",
            bounded(r"el\s+(?:(?P<rel>pasado|próximo)\s+)?día\s+(?P<day>\d{1,2})(?!\s+de\s)"),
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
            bounded(
                rf"(?:la|esa|aquella)\s+(?P<pod>{p.pod})\s+del?\s+(?:\d{{1,2}}\s+al\s+)?{p.day}\s+de\s+"
                rf"(?P<month>{p.month})(?:\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}))?"
            ),
            on_pod_date,
        ),
        Rule(
            "part_of_day_weekday",
            bounded(
                rf"(?:la|esa|aquella)\s+(?P<pod>{p.pod})\s+(?:del|de\s+(?P<det>este|esta))\s+"
                rf"(?:(?P<rel>pasado|próximo)\s+)?(?P<wd>{p.wd})"
                # "la noche del martes 3 de mayo de 2022": the date stays inside
                rf"(?:\s*,?\s+{p.day}\s+de\s+(?P<month>{p.month}){p.year_tail})?"
            ),
            on_pod_weekday,
        ),
        Rule(
            "part_of_day_deictic",
            bounded(rf"(?:la|esta)\s+(?P<pod>{p.pod})\s+de\s+(?P<deic>hoy|ayer|anteayer)"),
            on_pod_deictic,
        ),
        Rule(
            "month",
            bounded(
                rf"(?:{EDGE}\s+(?:de|del)\s+)?(?:(?:el\s+)?(?:(?P<rel>pasado|próximo)\s+)?mes\s+de\s+"
                r"|(?:el\s+)?(?P<rel0>pasado|próximo)\s+)?"
                rf"(?P<month>{p.month})(?:{p.year_of_tail}|\s+(?P<rel2>pasado|próximo)"
                # "marzo 2018": the year without "de", as headlines write it
                rf"|\s+(?P<ybare>{YEAR}))?"
            ),
            on_month,
        ),
        Rule(
            "year",
            bounded(
                rf"(?:{EDGE}\s+(?:de|del)\s+(?:año\s+)?|(?:el\s+)?año\s+|(?:este|esta)\s+"
                # "en lo que va de 2024", "en lo corrido de 2024": the year so far
                r"|lo\s+(?:que\s+va|corrido)\s+(?:de|del)\s+(?:año\s+)?)?"
                rf"(?P<year>{YEAR})"
            ),
            on_year,
        ),
        Rule(
            "edge_of_year",
            bounded(
                rf"{EDGE}\s+(?:de|del)\s+(?:(?:este|esta|la|el)\s+)?"
                r"(?:(?P<pre>próximo|próxima|pasado|pasada)\s+)?(?P<unit>año|mes|semana)"
                r"(?:\s+(?P<post>pasado|pasada|anterior|próximo|próxima|que\s+viene|siguiente|entrante))?"
                r"(?!\s+(?:\d|de\s))"
            ),
            on_this_year,
        ),
        Rule(
            # "antes de fin de año", "a fin de mes" (not "fin de semana", a weekend,
            # nor "llegar a fin de mes", to make ends meet)
            "end_of_this_year",
            bounded(
                r"(?<!lleg[aoe]\sa\s)(?<!llegan\sa\s)(?<!llegar\sa\s)(?<!llegas\sa\s)"
                r"fin\s+de\s+(?:(?:este|esta)\s+)?(?P<pre>)(?P<unit>año|mes)(?P<post>)"
                r"(?!\s+(?:\d|de\s|pasad|próxim|anterior|siguiente))"
            ),
            on_this_year,
        ),
        Rule(
            # "antes de que acabe el año", "la inflación cerrará el año en el 4 %":
            # the year or the month that is running
            "running_year",
            bounded(
                r"(?:acabe|termine|concluya|finalice|acabará|terminará|concluirá|finalizará"
                r"|cerrará|cerrarán|cerrar|acabar|terminar)\s+(?P<body>)el\s+(?P<pre>)"
                r"(?P<unit>año|mes)(?P<post>)"
                r"(?!\s+(?:\d|de\s|pasad|próxim|anterior|siguiente|que|en\s+que))"
            ),
            on_this_year,
        ),
        Rule(
            "season",
            bounded(
                r"(?:(?P<det>el|la|este|esta|ese|esa)\s+)?(?:(?P<pre>pasado|pasada|próximo|próxima)\s+)?"
                rf"(?P<season>{p.season})(?:\s+(?P<post>pasado|pasada|próximo|próxima|que\s+viene))?"
                rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yref>{YREF})))?"
            ),
            on_season,
        ),
        Rule(
            "decade_words",
            bounded(rf"(?:(?:los\s+)?años\s+|(?:la\s+)?década\s+de(?:\s+los)?\s+){p.tens}"),
            on_decade_words,
        ),
        Rule(
            "decade",
            bounded(
                r"(?:(?:los\s+)?años\s+|(?:la\s+)?década\s+de(?:\s+los)?\s+)(?:19|20)?(?P<dec>[0-9]0)"
                r"(?:\s*'?s)?"
            ),
            on_decade,
        ),
        Rule(
            "part_of_period",
            bounded(
                rf"(?:(?:el|la)\s+|del\s+(?P<body>))(?P<ord>{p.ordinal}|últim[oa])\s+(?P<part>trimestre|semestre|década|decenio|mitad)"
                rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yref>{YREF})"
                r"|(?P<this>este|el|nuestro)\s+(?P<span>año|siglo|milenio)|siglo\s+(?P<roman>[IVXL]+)"
                r"|año))?"
            ),
            on_part_of_period,
        ),
        Rule(
            "deictic_part",
            bounded(
                r"(?:(?P<det>este|el)\s+)(?:(?P<pre>próximo|pasado)\s+)?(?P<part>trimestre|semestre)"
                r"(?:\s+(?P<post>pasado|próximo|que\s+viene))?"
                # "el trimestre de 2020", "el semestre de primavera": the other rules'
                r"(?!\s+(?:de|del)\s)"
            ),
            on_deictic_part,
        ),
        Rule(
            "century",
            re.compile(r"(?<!\w)(?:[eE]l\s+)?siglo\s+(?P<roman>[IVXL]+)(?!\w)"),
            on_century,
        ),
        Rule(
            "deictic_weekday",
            bounded(rf"(?P<deic>hoy|ayer|anteayer|mañana)\s*,?\s+(?P<wd>{p.wd})"),
            on_deictic_weekday,
        ),
        Rule(
            "weekday",
            bounded(
                r"(?:(?P<det>(?:el|este|esta|ese|aquel)(?:\s+(?:mismo|pasado|próximo))?)\s+"
                r"|(?:del|al)\s+(?P<body>(?:(?P<brel>próximo|pasado)\s+)?))"
                rf"(?P<wd>{p.wd})(?:\s+(?P<post>pasado|próximo|que\s+viene|anterior|siguiente)"
                # a score is no day: "venció este domingo 2-1", "ganó el sábado 3 a 1";
                # nor a count: "pidió este martes 12 años de prisión", "30 personas"
                r"|\s+(?P<dnum>\d{1,2})(?!\s*(?:de\s|[:./,]\d|%|[-–]\s*\d|a\s+\d)"
                rf"|\s+(?:{p.unit}|personas|millones|mil)\b))?"
            ),
            on_weekday,
        ),
    )
