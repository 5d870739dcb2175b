"""Plain records of an analysis: what prensa found, with offsets into the text.

One record type per concept. Every record that carries ``start``/``end``
also carries ``text`` and ``text == analysis.text[start:end]`` holds for all
of them (a test checks it). ``Analysis.to_dict()`` writes the format that
``score.py`` reads (see ``docs/FORMAT.md``), plus prensa's own fields.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
    speaker: str | None  # the speaker's canonical name (an Actor.name) or None
    speaker_id: str | None  # the speaker's Actor.id
    cue: str | None  # lemma of the reporting verb, "según", or None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None  # how the speaker is named at this quotation
    speaker_start: int | None = None  # where speaker_text stands in the text
    speaker_end: int | None = None
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
            "quotes": [asdict(q) for q in self.quotes],
            "actors": [{**asdict(a), "aliases": list(a.aliases)} for a in self.actors],
            "mentions": [asdict(m) for m in self.mentions],
            "timexes": [asdict(t) for t in self.timexes],
            "profile": profile,
        }
        if self.meta:
            out["meta"] = dict(self.meta)
        if include_text:
            out["text"] = self.text
        return out

    def to_dataframes(self) -> dict[str, Any]:
        """Tables for pandas: quotes, actors, mentions, timexes, requirements."""
        from prensa.export import to_dataframes

        return to_dataframes(self)
