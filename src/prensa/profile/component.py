"""The document profile: language, genre, size, and stated requirements.

A requirement is a sentence that obliges ("debe", "deberá", "shall", "must")
and names something technical: a system term ("el sistema", "la API") that
is not a generic institution ("el sistema sanitario"), a hardware or
performance term ("latencia", "memoria RAM"), or a measure with a technical
unit ("200 ms", "16 GB", "500 req/s"). News prose obliges often ("Rusia debe
retirarse") but seldom names a latency, so both halves are needed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span

from prensa import lexicon
from prensa.extensions import text_of
from prensa.profile.language import UNDETERMINED, identify

# Units that on their own mark a technical measure; "%" and bare seconds
# occur in news too and count only beside a technical word.
WEAK_UNITS = frozenset({"%", "s", "segundos", "seconds"})
WORD_RE = re.compile(r"[^\W\d_]+")
NO_REQUIREMENTS = "This document defines no system, hardware or performance requirement."


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One regex per cue kind, built from ``data/requirements.tsv``."""
    by_kind: dict[str, list[str]] = {}
    units: list[str] = []
    for row in lexicon.rows("profile", "requirements"):
        if row["match"] == "unit":
            units.append(re.escape(row["term"]))
        else:
            by_kind.setdefault(row["kind"], []).append(re.escape(row["term"]))
    out = {
        kind: re.compile(
            r"(?<!\w)(?:" + "|".join(sorted(terms, key=len, reverse=True)) + r")(?!\w)"
        )
        for kind, terms in by_kind.items()
    }
    out["unit"] = re.compile(
        r"(?<![\w.,])\d+(?:[.,]\d+)?\s?("
        + "|".join(sorted(units, key=len, reverse=True))
        + r")(?!\w)"
    )
    return out


def requirement_cues(sentence: str) -> tuple[str, list[str]] | None:
    """The kind and cues of a requirement stated in ``sentence``, or None.

    >>> requirement_cues("El sistema debe responder en menos de 200 ms.")
    ('performance', ['debe', 'el sistema', '200 ms'])
    >>> requirement_cues("Rusia debe retirar sus tropas.") is None
    True
    """
    low = sentence.lower()
    pats = _patterns()
    modal = pats["modal"].search(low)
    if not modal:
        return None
    cues = [modal.group(0)]
    kind = ""
    system = [m for m in pats["system"].finditer(low) if not _generic(low, m.end())]
    for name in ("hardware", "performance"):
        found = [m.group(0) for m in pats[name].finditer(low)]
        if found:
            kind = kind or name
            cues += found
    strong_units = []
    for m in pats["unit"].finditer(low):
        if m.group(1) not in WEAK_UNITS or kind or system:
            strong_units.append(m.group(0))
            kind = kind or _unit_kind(m.group(1))
    if not (kind or system):
        return None
    cues = [modal.group(0)] + [m.group(0) for m in system] + cues[1:] + strong_units
    return kind or "system", list(dict.fromkeys(cues))


def _generic(low: str, end: int) -> bool:
    """True for 'el sistema sanitario', 'el servicio público': an institution."""
    nxt = WORD_RE.match(low, end + 1) if end < len(low) and low[end] == " " else None
    return bool(nxt and nxt.group(0).endswith(("ario", "aria", "ico", "ica", "al", "ivo", "iva")))


@cache
def _unit_kinds() -> dict[str, str]:
    return {
        r["term"]: r["kind"]
        for r in lexicon.rows("profile", "requirements")
        if r["match"] == "unit"
    }


def _unit_kind(unit: str) -> str:
    return _unit_kinds().get(unit, "performance")


class DocumentProfiler:
    """Writes ``doc._.prensa_profile``: language, genre, size and requirements."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        _patterns()  # fail at construction if the lexicon is broken

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        requirements = [r for sent in sents if (r := _requirement(sent)) is not None]
        language, confidence = identify(text_of(doc))
        sentences = len(sents)
        quotes = doc._.prensa_quotes or []
        genre = _genre(len(requirements), sentences, len(quotes), len(doc.ents))
        warnings = []
        # "und" is a text too short to tell (a name, a date): no warning
        if language not in ("es", UNDETERMINED):
            warnings.append(
                f"the text does not look Spanish (best guess: {language}); results will be poor"
            )
        doc._.prensa_profile = {
            "language": language,
            "language_confidence": confidence,
            "genre": genre,
            "characters": len(text_of(doc)),
            "words": len(doc) - int(doc.to_array([IS_PUNCT, IS_SPACE]).any(axis=1).sum()),
            "sentences": sentences,
            "paragraphs": _paragraphs(text_of(doc)),
            "requirements": requirements,
            "verdict": _verdict(requirements),
            "warnings": warnings,
        }
        return doc


def _requirement(sent: Span) -> dict[str, Any] | None:
    start = sent.start_char
    end = sent.end_char
    text = text_of(sent.doc)
    found = requirement_cues(text[start:end])  # sent.text, without joining its tokens
    if found is None:
        return None
    kind, cues = found
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"text": text[start:end], "start": start, "end": end, "kind": kind, "cues": cues}


def _genre(requirements: int, sentences: int, quotes: int, ents: int) -> str:
    if requirements >= 2 and requirements >= 0.2 * max(sentences, 1):
        return "technical specification"
    if quotes or ents >= 3:
        return "news article"
    return "other"


def _paragraphs(text: str) -> int:
    return sum(1 for block in re.split(r"\n\s*\n|\n", text) if block.strip())


def _verdict(requirements: list[dict[str, Any]]) -> str:
    if not requirements:
        return NO_REQUIREMENTS
    kinds = sorted({r["kind"] for r in requirements})
    n = len(requirements)
    return f"This document states {n} requirement{'s' if n > 1 else ''} ({', '.join(kinds)})."
