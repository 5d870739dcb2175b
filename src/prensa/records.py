"""Plain records of an analysis: what prensa found, with offsets into the text.

One record type per concept. Every record that carries ``start``/``end``
also carries ``text`` and ``text == analysis.text[start:end]`` holds for all
of them (a test checks it). ``Analysis.to_dict()`` writes the format that
``score.py`` reads (see ``docs/FORMAT.md``), plus prensa's own fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

QuoteKind = Literal["direct", "partial", "indirect"]
ActorType = Literal["PER", "ORG", "LOC", "NOM", "GROUP"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
MentionKind = Literal["name", "alias", "title", "acronym", "demonym", "speaker"]
Genre = Literal["news article", "technical specification", "other"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: a marked stretch or the content of reported speech."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    # the speaker's canonical name (an Actor.name); or, with no speaker_id, the
    # phrase of an unnamed speaker that is no actor ("las pancartas"); or None
    speaker: str | None
    speaker_id: str | None  # the speaker's Actor.id
    cue: str | None  # lemma of the reporting verb, "según", or None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None  # how the speaker is named at this quotation
    speaker_start: int | None = None  # where speaker_text stands in the text
    speaker_end: int | None = None
    speaker_rule: str = ""  # how the speaker was found ("subject", "title", "carried"...)
    source: str | None = None  # a secondary source: "la agencia SANA"
    statement: int = 0  # quotations of one statement (split by attribution) share it
    paragraph: int = 0
    sentence: int = 0
    rule: str = ""  # the rule that found it, so an analyst can see why
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the article names an actor."""

    actor_id: str
    text: str
    start: int
    end: int
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class Actor:
    """A participant in the article, once, with every way the article names it."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    subtype: str | None = None  # "country", "city", "party", "media", ...
    naming: dict[str, int] = field(default_factory=dict)  # expression -> count
    mentions: int = 0
    quoted: int = 0


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression normalised to a TIMEX3 value."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str | None
    sentence: int = 0
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Requirement:
    """A statement of a system, hardware or performance requirement."""

    text: str
    start: int
    end: int
    kind: Literal["system", "hardware", "performance"]
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """What kind of document this is and whether it states requirements."""

    language: str
    language_confidence: float
    genre: Genre
    characters: int
    words: int
    sentences: int
    paragraphs: int
    requirements: tuple[Requirement, ...]
    verdict: str  # one plain sentence on requirements, for the analyst
    warnings: tuple[str, ...] = ()

    @property
    def defines_requirements(self) -> bool:
        return bool(self.requirements)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything prensa found in one article."""

    text: str
    date: str | None
    quotes: tuple[Quote, ...]
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    timexes: tuple[Timex, ...]
    profile: Profile
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # encoding, source format, ...

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The FORMAT.md fields (id, quotes, actors, timexes) plus prensa's own."""
        profile = asdict(self.profile)
        profile["defines_requirements"] = self.profile.defines_requirements
        out: dict[str, Any] = {
            "id": self.id,
            "date": self.date,
            "quotes": [_plain_dict(q) for q in self.quotes],
            "actors": [_actor_dict(a) for a in self.actors],
            "mentions": [_plain_dict(m) for m in self.mentions],
            "timexes": [_plain_dict(t) for t in self.timexes],
            "profile": profile,
        }
        if self.meta:
            out["meta"] = dict(self.meta)
        if include_text:
            out["text"] = self.text
        return out

    def to_dataframes(self) -> dict[str, Any]:
        """Tables for pandas: quotes, actors, mentions, timexes, requirements."""
        return frames([self.to_dict()])


def _plain_dict(record: Quote | Mention | Timex) -> dict[str, Any]:
    """``asdict(record)`` for a record whose fields are all single values (str,
    int, float, None): the same dict, without asdict's deep copy of each one."""
    return {name: getattr(record, name) for name in _FIELD_NAMES[type(record)]}


def _actor_dict(actor: Actor) -> dict[str, Any]:
    """``asdict(actor)`` with its aliases as a list, built as :func:`_plain_dict`
    builds the others (asdict's deep copy was most of ``to_dict``'s time)."""
    out = {name: getattr(actor, name) for name in _FIELD_NAMES[Actor]}
    out["aliases"] = list(actor.aliases)
    out["naming"] = dict(actor.naming)
    return out


_FIELD_NAMES = {t: tuple(f.name for f in fields(t)) for t in (Quote, Mention, Timex, Actor)}


# ---------------------------------------------------------------- tables

TABLES = ("quotes", "actors", "mentions", "timexes", "requirements")
_TABLE_RECORDS: dict[str, Any] = {
    "quotes": Quote,
    "actors": Actor,
    "mentions": Mention,
    "timexes": Timex,
    "requirements": Requirement,
}
ERROR_COLUMNS = ("doc_id", "error", "line")


def columns(table: str) -> list[str]:
    """The columns of one table: the article id, then the record's fields."""
    if table == "errors":
        return list(ERROR_COLUMNS)
    return ["doc_id", *(f.name for f in fields(_TABLE_RECORDS[table]))]


def dtypes(table: str) -> dict[str, str]:
    """pandas dtypes of a table's integer and boolean columns: nullable
    ``Int64``/``boolean``, so that an offset stays ``2479``, never ``2479.0``,
    in a column that also holds nulls."""
    if table == "errors":
        return {"line": "Int64"}
    found: dict[str, str] = {}
    for f in fields(_TABLE_RECORDS[table]):
        kind = str(f.type).replace(" ", "")
        if kind in ("int", "int|None"):
            found[f.name] = "Int64"
        elif kind in ("bool", "bool|None"):
            found[f.name] = "boolean"
    return found


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Flat rows per table from one output record (``Analysis.to_dict()`` or a
    line of prensa's JSONL): lists become ``" | "``-joined strings."""
    doc_id = record.get("id")
    profile = record.get("profile") or {}
    return {
        "quotes": [{"doc_id": doc_id, **q} for q in record.get("quotes") or []],
        "actors": [
            {
                "doc_id": doc_id,
                **a,
                "aliases": " | ".join(a.get("aliases") or ()),
                "naming": " | ".join(f"{k} ({v})" for k, v in (a.get("naming") or {}).items()),
            }
            for a in record.get("actors") or []
        ],
        "mentions": [{"doc_id": doc_id, **m} for m in record.get("mentions") or []],
        "timexes": [{"doc_id": doc_id, **t} for t in record.get("timexes") or []],
        "requirements": [
            {"doc_id": doc_id, **{**r, "cues": " | ".join(r.get("cues") or ())}}
            for r in profile.get("requirements") or []
        ],
        "errors": (
            [
                {
                    "doc_id": doc_id,
                    "error": record["error"],
                    "line": (record.get("meta") or {}).get("line"),
                }
            ]
            if "error" in record
            else []
        ),
    }


def frames(records: Iterable[dict[str, Any]], *, errors: bool = False) -> dict[str, Any]:
    """One pandas DataFrame per table from output records; with ``errors``, an
    ``errors`` table too when any record failed."""
    import pandas as pd

    merged: dict[str, list[dict[str, Any]]] = {name: [] for name in (*TABLES, "errors")}
    for record in records:
        for name, rows in table_rows(record).items():
            merged[name].extend(rows)
    if not (errors and merged["errors"]):
        del merged["errors"]
    return {
        name: pd.DataFrame(rows, columns=columns(name)).astype(dtypes(name))
        for name, rows in merged.items()
    }
