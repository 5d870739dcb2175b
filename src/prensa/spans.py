"""prensa's results as ``doc.spans`` groups, for displaCy and other spaCy tools.

The ``prensa_spans`` component (last in the pipeline) copies what the other
components wrote on ``doc._`` into span groups, so that a Doc says who said
what in spaCy's own terms. Each group and what its spans carry:

===================  ==========================  ============================
group                ``span.label_``             ``span.kb_id_`` / ``id_``
===================  ==========================  ============================
``prensa_quotes``    kind: direct, partial,      speaker's actor id /
                     indirect                    statement number
``prensa_speakers``  the speaker's name          actor id / speaker rule
``prensa_cues``      the cue's lemma ("decir")   speaker's actor id / ""
``prensa_mentions``  actor type: PER, ORG, ...   actor id / mention kind
``prensa_timexes``   DATE, TIME, DURATION, SET   TIMEX3 value / rule
``prensa``           QUOTE, SPEAKER, CUE, TIMEX  as in the groups above
===================  ==========================  ============================

A span covers the tokens its characters touch (``alignment_mode="expand"``);
the exact character offsets stay in ``doc._`` and in the records.

>>> from spacy import displacy
>>> html = displacy.render(doc, style="span", options={"spans_key": "prensa"})  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

GROUPS = (
    "prensa_quotes",
    "prensa_speakers",
    "prensa_cues",
    "prensa_mentions",
    "prensa_timexes",
    "prensa",
)
ALL = "prensa"  # the group displaCy shows by default: quotations, speakers, cues, dates
COLOURS = {
    "QUOTE": "#c6e2ff",
    "SPEAKER": "#ffd59e",
    "CUE": "#d7f5c5",
    "TIMEX": "#f3d1f4",
}


class SpanWriter:
    """Writes ``doc.spans["prensa_*"]`` from ``doc._.prensa_*`` (see the module)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        write_spans(doc)
        return doc


def write_spans(doc: Doc) -> Doc:
    """Fill prensa's span groups of ``doc`` from its ``doc._`` attributes."""
    names = {a["id"]: a["name"] for a in doc._.prensa_actors or []}
    types = {a["id"]: a["type"] for a in doc._.prensa_actors or []}
    groups: dict[str, list[Span]] = {name: [] for name in GROUPS}

    def add(group: str, start: Any, end: Any, label: str, kb_id: str = "", id_: str = "") -> None:
        if not (isinstance(start, int) and isinstance(end, int) and start < end):
            return
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is None or len(span) == 0:
            return
        span.id_ = id_
        groups[group].append(span)
        overview = {"prensa_quotes": "QUOTE", "prensa_speakers": "SPEAKER"}.get(group)
        overview = overview or {"prensa_cues": "CUE", "prensa_timexes": "TIMEX"}.get(group)
        if overview:
            whole = Span(doc, span.start, span.end, label=overview, kb_id=kb_id)
            whole.id_ = id_
            groups[ALL].append(whole)

    for q in doc._.prensa_quotes or []:
        speaker = q.get("speaker") if q.get("speaker") in names else None
        add(
            "prensa_quotes",
            q["start"],
            q["end"],
            q["kind"],
            speaker or "",
            str(q.get("statement", 0)),
        )
        if speaker or q.get("speaker_phrase"):
            add(
                "prensa_speakers",
                q.get("speaker_start"),
                q.get("speaker_end"),
                names[speaker] if speaker else q["speaker_phrase"],
                speaker or "",
                q.get("speaker_rule", ""),
            )
        if q.get("cue"):
            add("prensa_cues", q.get("cue_start"), q.get("cue_end"), q["cue"], speaker or "")
    for m in doc._.prensa_mentions or []:
        if m["actor"] in names:
            add("prensa_mentions", m["start"], m["end"], types[m["actor"]], m["actor"], m["kind"])
    for t in doc._.prensa_timexes or []:
        add(
            "prensa_timexes",
            t["start"],
            t["end"],
            t["type"],
            t.get("value") or "",
            t.get("rule", ""),
        )
    for name, spans in groups.items():
        doc.spans[name] = _distinct(spans)
    return doc


def _distinct(spans: list[Span]) -> list[Span]:
    """``spans`` in text order, each (start, end, label) once: a speaker named
    once for three quotations is one span."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        key = (span.start, span.end, span.label_)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out


def displacy(doc: Doc, key: str = ALL, **kwargs: Any) -> Any:
    """Show prensa's spans of ``doc`` with displaCy's span style: in a notebook
    it displays them, elsewhere it returns the HTML. ``key`` picks the group
    (``"prensa"``: quotations, speakers, cues and dates; or one of ``GROUPS``);
    further keyword arguments go to ``displacy.render``.

    >>> html = prensa.displacy(prensa.load()("«No», dijo Ana."), jupyter=False)  # doctest: +SKIP
    """
    from spacy import displacy as spacy_displacy

    if key not in doc.spans:
        write_spans(doc)
    options = {"spans_key": key, "colors": COLOURS, **kwargs.pop("options", {})}
    return spacy_displacy.render(doc, style="span", options=options, **kwargs)
