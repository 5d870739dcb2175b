"""Every prensa component factory, registered with spaCy in one place.

Importing this module registers the factories; spaCy also finds them through
the ``spacy_factories`` entry point, so ``nlp.add_pipe("prensa_quotes")``
works in any pipeline once prensa is installed.
"""

from __future__ import annotations

from spacy.language import Language

from prensa import extensions
from prensa.actors.component import ActorLinker
from prensa.profile.component import DocumentProfiler
from prensa.quotes.component import QuotationFinder
from prensa.timex.component import TimexTagger

extensions.register()


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
