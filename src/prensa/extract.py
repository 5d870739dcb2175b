"""Turn an annotated spaCy Doc into plain records (the record stage).

Reads only the ``doc._.prensa_*`` attributes the components wrote (see
``prensa.extensions``); never reaches back into the components.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from spacy.tokens import Doc

from prensa.extensions import text_of
from prensa.records import Actor, Analysis, Mention, Profile, Quote, Requirement, Timex

PARAGRAPH_BREAK = re.compile(r"\n")


class _Index:
    """Sentence and paragraph number of a character offset."""

    def __init__(self, doc: Doc) -> None:
        self.sent_starts = [s.start_char for s in doc.sents] or [0]
        self.par_starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text_of(doc))]

    def sentence(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, offset) - 1, 0)

    def paragraph(self, offset: int) -> int:
        return max(bisect.bisect_right(self.par_starts, offset) - 1, 0)


def to_analysis(
    doc: Doc, *, doc_id: str | None = None, meta: dict[str, Any] | None = None
) -> Analysis:
    """Collect the records of one processed Doc."""
    text = text_of(doc)
    index = _Index(doc)
    raw_actors = doc._.prensa_actors or []
    names = {a["id"]: a["name"] for a in raw_actors}
    mentions = tuple(
        Mention(
            actor_id=m["actor"],
            text=text[m["start"] : m["end"]],
            start=m["start"],
            end=m["end"],
            kind=m["kind"],
        )
        for m in sorted(doc._.prensa_mentions or [], key=lambda m: (m["start"], m["end"]))
        if m["actor"] in names
    )
    quotes = tuple(_quote(q, text, names, index) for q in doc._.prensa_quotes or [])
    quoted = Counter(q.speaker_id for q in quotes if q.speaker_id)
    naming: dict[str, Counter[str]] = {a["id"]: Counter() for a in raw_actors}
    for m in mentions:
        naming[m.actor_id][" ".join(m.text.split())] += 1
    actors = tuple(
        Actor(
            id=a["id"],
            name=a["name"],
            type=a["type"],
            aliases=tuple(a.get("aliases") or ()),
            subtype=a.get("subtype"),
            naming=dict(naming[a["id"]].most_common()),
            mentions=sum(naming[a["id"]].values()),
            quoted=quoted[a["id"]],
        )
        for a in raw_actors
    )
    timexes = tuple(
        Timex(
            text=text[t["start"] : t["end"]],
            start=t["start"],
            end=t["end"],
            type=t["type"],
            value=t.get("value"),
            sentence=index.sentence(t["start"]),
            rule=t.get("rule", ""),
        )
        for t in sorted(doc._.prensa_timexes or [], key=lambda t: t["start"])
    )
    return Analysis(
        text=text,
        date=doc._.prensa_pub_date,
        quotes=quotes,
        actors=actors,
        mentions=mentions,
        timexes=timexes,
        profile=_profile(doc._.prensa_profile or {}, doc),
        id=doc_id,
        meta=dict(meta or {}),
    )


def _quote(q: dict[str, Any], text: str, names: dict[str, str], index: _Index) -> Quote:
    speaker_id = q.get("speaker")
    s_start, s_end = q.get("speaker_start"), q.get("speaker_end")
    return Quote(
        text=text[q["start"] : q["end"]],
        start=q["start"],
        end=q["end"],
        kind=q["kind"],
        # an unnamed speaker that is no actor ("las pancartas") keeps its phrase
        speaker=names.get(speaker_id) if speaker_id else q.get("speaker_phrase"),
        speaker_id=speaker_id if speaker_id in names else None,
        cue=q.get("cue"),
        cue_start=q.get("cue_start"),
        cue_end=q.get("cue_end"),
        speaker_text=text[s_start:s_end] if s_start is not None and s_end is not None else None,
        speaker_start=s_start if s_end is not None else None,
        speaker_end=s_end if s_start is not None else None,
        speaker_rule=q.get("speaker_rule", "") if speaker_id or q.get("speaker_phrase") else "",
        source=q.get("source"),
        statement=q.get("statement", 0),
        paragraph=index.paragraph(q["start"]),
        sentence=index.sentence(q["start"]),
        rule=q.get("rule", ""),
        confidence=q.get("confidence", 1.0),
    )


def _profile(p: dict[str, Any], doc: Doc) -> Profile:
    reqs = tuple(
        Requirement(
            text=r["text"], start=r["start"], end=r["end"], kind=r["kind"], cues=tuple(r["cues"])
        )
        for r in p.get("requirements", [])
    )
    return Profile(
        language=p.get("language", "und"),
        language_confidence=p.get("language_confidence", 0.0),
        genre=p.get("genre", "other"),
        characters=p.get("characters", len(text_of(doc))),
        words=p.get("words", 0),
        sentences=p.get("sentences", 0),
        paragraphs=p.get("paragraphs", 0),
        requirements=reqs,
        verdict=p.get("verdict", ""),
        warnings=tuple(p.get("warnings", ())),
    )
