"""Temporal expressions normalised to TIMEX3 values: the grammar and the component.

``find_timexes`` finds and normalises the expressions over the text alone:
one regular rule per construction (``rules_calendar``, ``rules_relative``,
compiled from the word lists by ``patterns``), one value function each
(``values``, ``weekdays``, ``relative``), calendar arithmetic in
``normalize`` and the word lists in ``words`` (``data/*.tsv``).
``TimexTagger`` (``prensa_timex``) supplies what only the parse knows: the
tense of the verb that governs each expression, so that "el domingo" in "se
reunieron el domingo" is the previous Sunday and in "se reunirán el domingo"
the next, and whether a number counts a noun ("2000 personas") rather than
naming a year.
"""

from __future__ import annotations

import re
import warnings
from datetime import date
from functools import cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from prensa import lexicon
from prensa.extensions import text_of
from prensa.timex.holidays import eve_rule, holiday_rule
from prensa.timex.normalize import SCHEMES, Context, Scheme, Tense
from prensa.timex.patterns import Rule, pieces
from prensa.timex.ranges import range_first_rule, range_rule
from prensa.timex.rules_calendar import calendar_rules
from prensa.timex.rules_relative import relative_rules
from prensa.timex.rules_timeml import timeml_rules
from prensa.timex.scan import RuleScan, matches, rule_scans
from prensa.timex.story_times import story_time_rules
from prensa.timex.timeml import timeml_spans
from prensa.timex.values import Found, NounAt, Scan, TenseAt
from prensa.timex.words import (
    DEICTIC_DAYS,
    number_value,
    phrase_rows,
    previous_words,
    unit_of,
    weekday_numbers,
)


@cache
def rules(scheme: Scheme = "guidelines") -> tuple[Rule, ...]:
    """Every construction, most specific first (ties of equal span go to the earlier).

    The TimeML scheme adds what TimeML annotates and prensa's guidelines do
    not (vague references, vague durations, adjectival sets; ``rules_timeml``)
    and marks the ends of a range apart; the guidelines mark a range whole
    (``ranges``). Holidays (``holidays``) come before the relative rules.
    """
    p = pieces()
    if scheme == "timeml":
        extra: tuple[Rule, ...] = (range_first_rule(p), *timeml_rules(p))
    else:
        extra = (range_rule(p),)
    own = (holiday_rule(), eve_rule(), *story_time_rules())
    return (*calendar_rules(p), *own, *relative_rules(p), *extra)


@cache
def scans(scheme: Scheme = "guidelines") -> tuple[RuleScan, ...]:
    """The rules of ``scheme``, each with what spares scanning for it (``scan``)."""
    return rule_scans(rules(scheme))


SPENT = re.compile(r"\s+de\s+(\w+)")
AGE_RANGE = re.compile(r"(?<!\w)(?:de|entre)\s+\d{1,3}\s+(?:a|y)\s+$", re.IGNORECASE)


def _is_age(text: str, start: int, end: int, unit: str) -> bool:
    """ "de 45 años", "a sus 19 años", "cumplió 80 años": an age, not a duration."""
    if unit not in {"Y", "M"}:
        return False
    if re.match(r"\s+de\s+edad", text[end : end + 12], re.I):
        return True
    spent = SPENT.match(text, end, min(len(text), end + 30))
    if spent and spent.group(1).lower() in lexicon.column("timex", "spent_nouns", "word"):
        return False  # "con 20 años de experiencia", "cumplió 10 años de cárcel"
    if AGE_RANGE.search(text[max(0, start - 20) : start]):
        return True  # "el grupo de 60 a 65 años"
    before = previous_words(text, start, 3).split()
    if not before or before[-1] not in lexicon.column("timex", "age_cues", "word"):
        return False
    if before[-1].startswith("cumpl") and len(before) > 1 and before[-2] == "se":
        return False  # "hoy se cumplen tres meses desde ...": the time gone by
    if before[-1] == "de" and len(before) > 1:
        # "un plazo de 15 años" measures time; "una mujer de 45 años" is an age;
        # "dentro de dos años", "antes de 18 meses" point ahead.
        if before[-2] in {"dentro", "antes", "después", "luego"}:
            return False
        return before[-2] not in lexicon.column("timex", "period_nouns", "word")
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
    text: str,
    anchor: date | None,
    tense_at: TenseAt | None = None,
    noun_at: NounAt | None = None,
    *,
    scheme: Scheme = "guidelines",
) -> list[Found]:
    """Every temporal expression of ``text``, resolved against ``anchor``.

    ``tense_at(offset)`` says whether the verb governing the expression at
    ``offset`` is past, present or future, and ``noun_at(offset)`` whether a
    noun follows there (prensa's component reads both from the parse);
    without them relative expressions take the nearest reading. ``scheme``
    is "guidelines" (../shared/eval/GUIDELINES.md) or "timeml" (TimeML and
    TempEval-3 Spanish: ages and vague references are timexes too).
    """
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    for order, rule, m in matches(scans(scheme), text):
        if m.end() > m.start():
            start = _span_start(m)
            candidates.append((start, -(m.end() - start), order, rule, m))
    candidates.sort(key=lambda c: c[:3])
    today = _today_weekday(text) if anchor is None else None
    scan = Scan(
        text,
        Context(anchor, today_weekday=today),
        tense_at or _no_tense,
        noun_at or _no_noun,
        scheme=scheme,
    )
    found: list[Found] = []
    last_end = 0
    for start, _, _, rule, m in candidates:
        if start < last_end:
            continue
        is_age = rule.name in AGE_RULES and _unit_is_age(m, text, start)
        if is_age and scheme == "guidelines":
            if rule.name == "range":
                last_end = m.end()  # "niños de dos a tres años": both ends are ages
            continue  # TimeML writes an age as the duration it is ("de 30 años": P30Y)
        scan.start = start
        result = _resolved(rule, m, scan)
        if result is None:
            continue
        kind, value = result
        found.append(Found(start, m.end(), kind, value, rule.name))
        scan.previous = found[-1]
        last_end = m.end()
        if kind in {"DATE", "TIME"} and not rule.compares(m):
            scan.ctx.remember(value)
            scan.ctx.keep_named_month(value, m.end(), named=bool(NAMED_YEAR.search(m.group(0))))
            _remember_weekday(scan.ctx, m.group(0), value)
    found = _apposed(text, found)
    return timeml_spans(text, found) if scheme == "timeml" else found


class CalendarRangeWarning(UserWarning):
    """A value would fall outside the calendar (years 1-9999) and stays null."""


# Rules whose expressions are times of day: unresolved, they keep that type.
TIME_RULES = {"clock", "clock_part_of_day", "part_of_day", "part_of_day_date"}
TIME_RULES |= {"part_of_day_weekday", "part_of_day_deictic"}


def _resolved(rule: Rule, m: re.Match[str], scan: Scan) -> tuple[str, str | None] | None:
    """The rule's type and value; null where the arithmetic leaves the calendar
    ("mañana" read on 9999-12-31), with a ``CalendarRangeWarning``."""
    try:
        return rule.handler(m, scan)
    except (OverflowError, ValueError) as err:
        if isinstance(err, ValueError) and "out of range" not in str(err):
            raise
        warnings.warn(
            f"{m.group(0)!r}: its date falls outside the calendar ({err}); left unresolved",
            CalendarRangeWarning,
            stacklevel=2,
        )
        if rule.name == "phrase":
            kind = phrase_rows()[" ".join(m.group(0).lower().split())]["type"]
        else:
            kind = "TIME" if rule.name in TIME_RULES else "DATE"
        return kind, None


FULL_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _remember_weekday(ctx: Context, text: str, value: str | None) -> None:
    """ "el sábado 6 de septiembre": a full date given with its weekday names
    that weekday for the rest of the text (``Context.named_days``)."""
    found = FULL_DAY_VALUE.match(value or "")
    if found is None or not any(ch.isdigit() for ch in text):
        return  # "este domingo" names no date of its own; "el sábado 6" does
    days = weekday_numbers()
    words = [w for w in re.findall(r"\w+", text.lower()) if w in days]
    if len(words) != 1:
        return
    try:
        day = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return
    if day.isoweekday() == int(days[words[0]]):
        ctx.named_days[day.isoweekday()] = day


NAMED_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


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


AGE_RULES = {"duration", "before_after", "ago", "range"}


def _unit_is_age(match: re.Match[str], text: str, start: int) -> bool:
    """A count of years or months that reads as an age ("de 45 años").

    "un año" stays a duration ("una especialidad de un año", "se cumple un año").
    """
    n = match.groupdict().get("n")
    if not n or match.group(0).lower().startswith(("hace", "hacía")) or number_value(n) == 1:
        return False
    letter, clock, _ = unit_of(match.group("unit"))
    return not clock and _is_age(text, start, match.end(), letter)


# How far up the dependency tree to look for the governing verb.
MAX_CLIMB = 6


class TimexTagger:
    """Writes ``doc._.prensa_timexes``: {"start", "end", "type", "value", "rule"}.

    ``scheme`` chooses the annotation conventions (see ``find_timexes``).
    """

    def __init__(self, nlp: Language, name: str, *, scheme: Scheme = "guidelines") -> None:
        if scheme not in SCHEMES:
            raise ValueError(f"unknown timex scheme {scheme!r}; one of {', '.join(SCHEMES)}")
        self.name = name
        self.scheme = scheme

    def __call__(self, doc: Doc) -> Doc:
        # token index by the character offset it starts at, read without a Token per token
        starts = dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True))
        text = text_of(doc)  # built once: Doc.text joins every token on each call

        def tense_at(offset: int) -> Tense:
            i = starts.get(offset)
            return verb_tense(doc[i]) if i is not None else None

        def noun_at(offset: int) -> bool:
            """Whether the word right after ``offset`` (one space on) is a common noun."""
            i = starts.get(offset + 1) if text[offset : offset + 1] == " " else None
            return i is not None and doc[i].pos_ == "NOUN" and doc[i].is_lower

        found = find_timexes(
            text, _anchor(doc._.prensa_pub_date), tense_at, noun_at, scheme=self.scheme
        )
        doc._.prensa_timexes = [
            {"start": f.start, "end": f.end, "type": f.type, "value": f.value, "rule": f.rule}
            for f in found
        ]
        return doc


def _anchor(pub_date: str | None) -> date | None:
    if not pub_date:
        return None
    try:
        return date.fromisoformat(pub_date[:10])
    except ValueError:
        return None


def verb_tense(token: Token) -> Tense:
    """Past, present or future of the verb governing ``token``.

    Compound tenses count by their auxiliary: "ha dicho" (perfect) is past,
    "va a decir" (periphrastic future) is future; a copular predicate counts
    by its copula ("estará vigente hasta el 31 de diciembre" is future).
    """
    verb = token
    since = False  # "acumula derrotas desde su llegada en diciembre": a past event
    for _ in range(MAX_CLIMB):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        # A copular predicate ("estará vigente hasta el 31", "la cumbre será el
        # 3 de mayo") takes the tense of its copula.
        copula = next((c for c in verb.children if c.dep_ == "cop"), None)
        if copula is not None:
            return _tense_of(copula)
        if (
            verb is not token
            and verb.pos_ == "ADJ"
            and verb.text[:1].islower()  # "un juez de Florida": a name, no participle
            and lexicon.PARTICIPLE_ENDING.search(verb.lower_)
        ):
            return "past"  # "un sondeo publicado el domingo": the tagger's adjective
        since = since or any(c.lower_ == "desde" and c.dep_ == "case" for c in verb.children)
        if verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if since and _tense_of(verb) == "present":
        return "past"
    for child in verb.children:
        if child.dep_ in {"aux", "aux:pass"}:
            if child.lemma_ == "haber":
                return "past"
            if child.lemma_ == "ir" and any(c.lower_ == "a" for c in verb.children):
                return "future"
            tense = _tense_of(child)
            if tense:
                return tense
    if "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ == "xcomp" and verb.head is not verb:
        # "espera cerrar el fichaje el domingo": an infinitive has the time of the
        # verb it complements where that looks ahead; after a past verb
        # ("prometió cerrarlo el domingo") it may look either way
        ahead = _tense_of(verb.head)
        return ahead if ahead in {"present", "future"} else None
    return _tense_of(verb)


TENSES: dict[str, Tense] = {"Past": "past", "Imp": "past", "Fut": "future", "Pres": "present"}


def _tense_of(token: Token) -> Tense:
    """The tense of a verb form; the conditional ("comenzarían en febrero",
    "dijo que llegaría el lunes") looks ahead of its report, as the future does."""
    tense = token.morph.get("Tense", [])
    if "Cnd" in token.morph.get("Mood", []) or (
        token.pos_ in {"VERB", "AUX"} and token.lower_.endswith(CONDITIONAL_ENDINGS)
    ):
        return "future"  # the tagger may call a conditional an imperfect
    return TENSES.get(tense[0]) if tense else None


# the endings of the conditional, regular and irregular alike ("comenzarían",
# "tendría", "diríamos"; RAE-ASALE Nueva gramática §4.4)
CONDITIONAL_ENDINGS = ("ría", "rías", "ríamos", "ríais", "rían")
