"""prensa.token_table, and the cue positions read from it: the same answers as
a loop over the tokens."""

from __future__ import annotations

import pytest
from spacy.attrs import IS_PUNCT, LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from prensa.extensions import span_text
from prensa.speakers.cues import cue_lemma, cue_positions
from prensa.token_table import (
    column,
    positions,
    token_starts,
    tokens_at,
    tokens_between,
    tokens_containing,
    tokens_where,
)

WORDS = ["Para", "Ana", ",", "según", "dijo", "el", "ministro", ",", "para", "mí", "."]
DEPS = ["case", "obl", "punct", "case", "ROOT", "det", "nsubj", "punct", "case", "obl", "punct"]
HEADS = [1, 4, 1, 4, 4, 6, 4, 9, 9, 4, 4]
POS = ["ADP", "PROPN", "PUNCT", "ADP", "VERB", "DET", "NOUN", "PUNCT", "ADP", "PRON", "PUNCT"]
LEMMAS = ["para", "Ana", ",", "según", "decir", "el", "ministro", ",", "para", "yo", "."]


def hand_doc(blank_es: Language) -> Doc:
    return Doc(blank_es.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS)


@pytest.mark.parametrize(
    "text",
    ["", "Ana", "El Banco  de España\n\ndijo:  «no».", " \t¿Qué?\u00a0Nada ", "BOGOTÁ.- La ONU"],
)
def test_token_table_span_text_as_a_span(blank_es: Language, text: str) -> None:
    """Every slice's text, whitespace tokens and ends past the Doc included,
    and its tokens, as the Span gives them."""
    doc = blank_es(text)
    n = len(doc)
    for start in range(n + 2):
        for end in range(n + 3):
            assert span_text(doc, start, end) == doc[start:end].text
            if end <= n:
                assert [t.i for t in tokens_between(doc, start, end)] == [
                    t.i for t in doc[start:end]
                ]


def test_token_table_positions_as_a_loop(blank_es: Language) -> None:
    doc = hand_doc(blank_es)
    assert positions(doc, lower={"para"}) == [t.i for t in doc if t.lower_ == "para"] == [0, 8]
    assert positions(doc, lower={"para"}, dep={"nsubj"}) == [0, 6, 8]
    assert positions(doc, dep={"nsubj", "obl"}) == [1, 6, 9]
    assert positions(doc) == []
    assert [t.text for t in tokens_where(doc, lower={"según", "mí"})] == ["según", "mí"]
    assert token_starts(doc) == tuple(t.idx for t in doc)
    assert column(doc, IS_PUNCT) == tuple(int(t.is_punct) for t in doc)
    assert column(doc, LEMMA) == tuple(t.lemma for t in doc)


def test_token_table_tokens_at_texts_matching(blank_es: Language) -> None:
    doc = hand_doc(blank_es)
    assert [t.i for t in tokens_at(doc[2:9], [0, 3, 4, 8, 9])] == [3, 4, 8]
    assert [t.i for t in tokens_at(doc[5:7], [0, 3, 4, 8, 9])] == []
    assert [t.i for t in tokens_containing(doc, doc.text, ",.")] == [2, 7, 10]


@pytest.mark.parametrize(
    "text",
    ["BOGOTÁ.- El alcalde (PP).- dijo", "Ana-María y—no  ---  x) (y)", "", "  \n-", "sin nada"],
)
def test_token_table_tokens_containing_as_a_loop(blank_es: Language, text: str) -> None:
    doc = blank_es(text)
    expected = [t.i for t in doc if any(c in t.text for c in "-–—)")]
    assert [t.i for t in tokens_containing(doc, doc.text, "-–—)")] == expected


def test_token_table_read_again_after_a_split(blank_es: Language) -> None:
    doc = blank_es("BOGOTÁ.- Para Ana")
    assert positions(doc, lower={"para"}) == [1]
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[0], ["BOGOTÁ", ".-"], heads=[doc[0], doc[0]])
    assert positions(doc, lower={"para"}) == [2]
    assert token_starts(doc) == (0, 6, 9, 14)


def test_token_table_empty_doc(blank_es: Language) -> None:
    doc = blank_es("")
    assert positions(doc, lower={"para"}, dep={"nsubj"}) == []
    assert token_starts(doc) == ()


def test_token_table_cue_positions_hand_doc(blank_es: Language) -> None:
    doc = hand_doc(blank_es)
    assert cue_positions(doc) == {4: "decir"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "«No iremos», dijo Ana. El ministro puso de manifiesto que, según explicó, "
        "no hay dinero. Recalcó que la oposición mintió y señaló a los jueces.",
        "—Ya veremos —respondió.\n\nLos vecinos denunciaron, aseguraron y dijeron  basta.",
    ],
)
def test_token_table_cue_positions_as_cue_lemma(nlp: Language, text: str) -> None:
    doc = nlp(text)
    expected = {t.i: lemma for t in doc if (lemma := cue_lemma(t)) is not None}
    assert expected
    assert cue_positions(doc) == expected
