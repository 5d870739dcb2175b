"""Actors: people, organisations and places, one canonical record each.

The component treats the model's entities as candidates and repairs them
(:mod:`spans`), groups the spans that name one participant under its
fullest name (:mod:`link`), then finds the other ways the article
refers to each actor: repeated names, titles and roles, demonyms
(:mod:`roles`). It writes the registry through
:mod:`prensa.actors.registry`.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.actors import registry
from prensa.actors.link import folded_heads, group
from prensa.actors.roles import TokMention, demonyms, repeated_names, titles
from prensa.actors.spans import candidates
from prensa.actors.tokens import is_acronym, lower_head, sentence_initial
from prensa.actors.types import type_groups
from prensa.actors.words import Candidate, Group, content_of, words_of
from prensa.extensions import span_text, text_of
from prensa.token_table import texts_of, tokens_containing

QUOTE_PAIRS = {"“": "”", "«": "»"}
QUOTE_MARKS = re.compile('[“”«»"]')  # the characters quoted_spans looks at
# A word glued to the dash of a dateline or to its closing bracket:
# "BOGOTÁ.-", "(EFE).-", "AFP)-". The tokenizer keeps them as one token.
# a word, or an abbreviation with its points ("EE.UU."), then the dateline's close
GLUED_DASH = re.compile(r"^((?:[^\W\d_]{1,3}\.){2,}|[^\W\d_]{2,})([).]*[-–—][).\-–—]*|\)\.)$")
GLUED_CHARS = "-–—)"  # a word GLUED_DASH matches holds one of these


class ActorLinker:
    """Writes ``doc._.prensa_actors`` and ``doc._.prensa_mentions``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nouns = lex.model_nouns(nlp)
        self.dictionary = lex.model_dictionary(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.prensa_actors = []
        doc._.prensa_mentions = []
        split_glued_dashes(doc)
        quoted = quoted_spans(text_of(doc))
        texts = texts_of(doc)
        cands = candidates(doc, texts, self.dictionary)
        typed = type_groups(doc, cands, group(doc, cands, self.dictionary), self.nouns)
        groups = [g for g in typed if not _quoted_generic(doc, g, quoted)]
        found: list[TokMention] = []
        types: dict[str, str] = {}
        places: dict[str, str] = {}
        for g in groups:
            name = canonical_name(doc, g)
            actor_id = registry.add_actor(doc, name, g.type, subtype=g.subtype)
            types[actor_id] = g.type
            if g.subtype in {"country", "region"}:
                places[name.lower()] = actor_id
            for c in g.cands:
                text = " ".join(span_text(doc, c.start, c.end).split())
                kind = (
                    "name"
                    if text == name
                    else (
                        "acronym" if c.end - c.start == 1 and is_acronym(doc[c.start]) else "alias"
                    )
                )
                found.append(TokMention(c.start, c.end, actor_id, kind))
        renamed: set[str] = set()
        found += self._places_inside(doc, groups, types, places, renamed)
        if renamed:
            names = {a["id"]: a["name"] for a in registry.actors(doc) if a["id"] in renamed}
            for m in found:
                if (
                    m.actor in names
                    and m.kind == "name"
                    and " ".join(span_text(doc, m.start, m.end).split()) != names[m.actor]
                ):
                    m.kind = "alias"  # "EU", once "Estados Unidos" named the place in full
        found = repeated_names(doc, texts, found, types)
        found += titles(doc, texts, found, types)
        found += demonyms(texts, places)
        registry.add_mentions(
            doc,
            text_of(doc),
            (
                (m.actor, doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), m.kind)
                for m in sorted(found, key=lambda m: (m.start, m.end))
            ),
        )
        return doc

    def _places_inside(
        self,
        doc: Doc,
        groups: list[Group],
        types: dict[str, str],
        places: dict[str, str],
        renamed: set[str],
    ) -> list[TokMention]:
        """A country or region inside a body's name opened by a lower-case head
        ("el gobierno de Irak") is an actor too, and that is a mention of it
        (``renamed``: see :func:`_same_place`)."""
        out = []
        for g in groups:
            for c in g.cands:
                if not (doc[c.start].text.islower() and lower_head(doc[c.start])):
                    continue
                k = next((i for i in range(c.start, c.end) if doc[i].lower_ in {"de", "del"}), None)
                if k is None:
                    continue
                text = " ".join(span_text(doc, k + 1, c.end).split())
                place = lex.places().get(text.lower())
                if place is None:
                    continue
                actor_id = places.get(text.lower()) or _same_place(
                    doc, places, place, text, renamed
                )
                if actor_id is None:
                    actor_id = registry.add_actor(doc, text, place.type, subtype=place.subtype)
                    types[actor_id] = place.type
                    places[text.lower()] = actor_id
                out.append(TokMention(k + 1, c.end, actor_id, "name"))
        return out


def _same_place(
    doc: Doc, places: dict[str, str], place: lex.Place, text: str, renamed: set[str]
) -> str | None:
    """The actor of a place already named another way ("EU" ... "el gobierno de
    Estados Unidos"), which takes the longer name as its own (its id goes into
    ``renamed``: its old name's mentions become aliases)."""
    for name, actor_id in places.items():
        known = lex.places().get(name)
        if known is None or known.code != place.code:
            continue
        actor = registry.by_id(doc, actor_id)
        if actor is not None and len(text) > len(actor["name"]):
            actor["aliases"].append(actor["name"])
            actor["name"] = text
            renamed.add(actor_id)
        return actor_id
    return None


MAX_SPLITS = 64


def split_glued_dashes(doc: Doc) -> None:
    """Split "BOGOTÁ.-" into "BOGOTÁ" and ".-", so that a dateline's city or
    agency is a word of its own (Latin American datelines end in ".-")."""
    glued = [
        (t, m)
        for t in tokens_containing(doc, text_of(doc), GLUED_CHARS)
        if (m := GLUED_DASH.match(t.text)) is not None
    ]
    if not glued:
        return
    # Each split shifts the rest of the Doc (spaCy's retokenizer is linear per
    # split): a text with thousands of datelines (wire stories glued into one
    # file) keeps only its first ones split, so the cost stays linear. An
    # article has one or two.
    glued = glued[:MAX_SPLITS]
    with doc.retokenize() as retokenizer:
        for tok, m in glued:
            head = tok.head if tok.head.i != tok.i else (tok, 0)
            retokenizer.split(
                tok,
                [m.group(1), m.group(2)],
                heads=[head, (tok, 0)],
                attrs={"POS": [tok.pos_, "PUNCT"], "DEP": [tok.dep_, "punct"]},
            )


def canonical_name(doc: Doc, g: Group) -> str:
    """The fullest form: most content words, then the most frequent, then the first."""

    def text(c: Candidate) -> str:
        start = c.start
        while (
            c.end - start > 1
            and doc[start].lower_ in lex.ARTICLES
            # a capitalised article inside a sentence is the name's ("La Sexta"),
            # unless a generic head follows it ("El Gobierno")
            and (
                doc[start].text.islower()
                or sentence_initial(doc[start])
                or doc[start + 1].lower_ in lex.name_heads()
            )
            and not (
                len(doc[start]) > 1 and doc[start].text.isupper() and doc[start + 1].text.isupper()
            )
            and span_text(doc, c.start, c.end).lower() not in lex.places()
            and c.source != "dateline"  # "La Habana.-": a dateline opens with no article
        ):
            start += 1
        return " ".join(span_text(doc, start, c.end).split())

    texts = {(c.start, c.end): text(c) for c in g.cands}
    counts: dict[str, int] = {}
    for c in g.cands:
        counts[texts[c.start, c.end]] = counts.get(texts[c.start, c.end], 0) + 1

    def fullness(c: Candidate) -> tuple[int, bool, bool, int, int]:
        words = words_of(doc, c)
        return (
            len(content_of(words)),
            not is_acronym(doc[c.start]),
            # the group's own head word: "Gobierno", not "Administración" joined to it
            words[:1] == g.words[:1],
            counts[texts[c.start, c.end]],
            -c.start,
        )

    best = max(g.cands, key=fullness)
    return texts[best.start, best.end]


def _quoted_generic(doc: Doc, g: Group, quoted: list[tuple[int, int]]) -> bool:
    """A bare 'Gobierno' or 'Estado' heard only inside a quotation: whose it is
    depends on the speaker, so it is no actor of the article."""
    head = folded_heads().get(g.words[0]) if len(g.words) == 1 else None
    # a government or a state ("Gobierno", "Estado"); "la Policía", "la Fiscalía"
    # of a quotation are the story's own
    if head is None or head[1] not in {"government", "region"}:
        return False
    starts = [a for a, _ in quoted]
    for c in g.cands:
        k = bisect.bisect_right(starts, doc[c.start].idx) - 1
        if k < 0 or doc[c.start].idx >= quoted[k][1]:
            return False
    return True


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans between paired quotation marks (“ ”, « », straight ")."""
    out, stack = [], []
    straight: int | None = None
    for mark in QUOTE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch in QUOTE_PAIRS:
            stack.append((ch, i))
        elif stack and ch == QUOTE_PAIRS[stack[-1][0]]:
            out.append((stack.pop()[1], i))
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                out.append((straight, i))
                straight = None
    return sorted(out)
