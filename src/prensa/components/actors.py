"""Actors: people, organisations and places, one canonical record each (stub)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorLinker:
    """Writes ``doc._.prensa_actors`` and ``doc._.prensa_mentions``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        actors: dict[str, dict[str, object]] = {}
        mentions = []
        for ent in doc.ents:
            if ent.label_ not in {"PER", "ORG", "LOC"}:
                continue
            key = ent.text
            if key not in actors:
                actors[key] = {"id": f"a{len(actors)}", "name": ent.text, "type": ent.label_,
                               "aliases": [], "subtype": None}
            mentions.append({"actor": actors[key]["id"], "start": ent.start_char,
                             "end": ent.end_char, "kind": "name"})
        doc._.prensa_actors = list(actors.values())
        doc._.prensa_mentions = mentions
        return doc
