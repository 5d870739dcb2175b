"""Reading and extending the actor registry a Doc carries.

``prensa_actors`` writes the registry (``doc._.prensa_actors`` and
``doc._.prensa_mentions``); later components, such as ``prensa_quotes``,
look actors up by offset and may add the unnamed speakers they find ("un
portavoz policial"). These functions are the only way they touch it, so the
storage format lives in one place:

- an actor: ``{"id", "name", "type", "aliases": [...], "subtype"}``
- a mention: ``{"actor", "start", "end", "kind"}`` (character offsets)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

Actor = dict[str, Any]


def actors(doc: Doc) -> list[Actor]:
    if doc._.prensa_actors is None:
        doc._.prensa_actors = []
    return doc._.prensa_actors  # type: ignore[no-any-return]


def mentions(doc: Doc) -> list[dict[str, Any]]:
    if doc._.prensa_mentions is None:
        doc._.prensa_mentions = []
    return doc._.prensa_mentions  # type: ignore[no-any-return]


def by_id(doc: Doc, actor_id: str) -> Actor | None:
    return next((a for a in actors(doc) if a["id"] == actor_id), None)


def slug(name: str) -> str:
    """An ASCII id for a name: 'Bashar al Assad' -> 'bashar_al_assad'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_") or "actor"


def add_actor(doc: Doc, name: str, type_: str, *, subtype: str | None = None) -> str:
    """Add an actor (or return the id of the one with the same name and type)."""
    known = actors(doc)
    lower = name.lower()
    for a in known:
        if a["name"].lower() == lower and a["type"] == type_:
            return str(a["id"])
    taken = {a["id"] for a in known}
    base = slug(name)
    actor_id, n = base, 2
    while actor_id in taken:
        actor_id, n = f"{base}_{n}", n + 1
    known.append({"id": actor_id, "name": name, "type": type_, "aliases": [], "subtype": subtype})
    return actor_id


def add_mention(doc: Doc, actor_id: str, start: int, end: int, kind: str) -> None:
    """Record that ``doc.text[start:end]`` names ``actor_id``; alias it if new."""
    if any(m["start"] == start and m["end"] == end for m in mentions(doc)):
        return
    mentions(doc).append({"actor": actor_id, "start": start, "end": end, "kind": kind})
    actor = by_id(doc, actor_id)
    text = " ".join(_text(doc, start, end).split())
    if (
        actor is not None
        and kind != "demonym"
        and text != actor["name"]
        and text not in actor["aliases"]
    ):
        actor["aliases"].append(text)


def _text(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` without building ``doc.text`` (which joins every
    token, so one call per mention would make the registry quadratic)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    return span.text_with_ws[start - span.start_char : end - span.start_char]


def add_mentions(doc: Doc, text: str, items: Iterable[tuple[str, int, int, str]]) -> None:
    """:func:`add_mention` for many ``(actor_id, start, end, kind)`` at once, in
    time linear in their number (the one-by-one form scans the registry).
    ``text`` is the Doc's text (``prensa.extensions.text_of``)."""
    found = mentions(doc)
    seen = {(m["start"], m["end"]) for m in found}
    index = {a["id"]: a for a in actors(doc)}
    aliases = {a["id"]: set(a["aliases"]) for a in actors(doc)}
    for actor_id, start, end, kind in items:
        if (start, end) in seen:
            continue
        seen.add((start, end))
        found.append({"actor": actor_id, "start": start, "end": end, "kind": kind})
        actor = index.get(actor_id)
        named = " ".join(text[start:end].split())
        if (
            actor is not None
            and kind != "demonym"
            and named != actor["name"]
            and named not in aliases[actor_id]
        ):
            actor["aliases"].append(named)
            aliases[actor_id].add(named)


def remove_actors(doc: Doc, ids: set[str]) -> None:
    """Take the actors ``ids`` and their mentions out of the registry."""
    doc._.prensa_actors = [a for a in actors(doc) if a["id"] not in ids]
    doc._.prensa_mentions = [m for m in mentions(doc) if m["actor"] not in ids]
