"""The pipeline: factories, entry points, Doc attributes that round-trip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from prensa import lexicon
from prensa.extensions import text_of
from prensa.pipeline import COMPONENTS, make_doc

SRC = Path(__file__).resolve().parent.parent / "src" / "prensa"


def test_pipeline_factories_found_through_entry_points() -> None:
    from spacy.util import registry

    names = set(registry.factories.get_all())
    assert set(COMPONENTS) <= names


def test_pipeline_profile_runs_on_blank_pipeline() -> None:
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("prensa_profile")
    doc = nlp("El sistema debe responder en 200 ms. Rusia debe retirarse.")
    reqs = doc._.prensa_profile["requirements"]
    assert [r["text"] for r in reqs] == ["El sistema debe responder en 200 ms."]


@pytest.mark.parametrize(
    "text", ["", "Dijo:  «No».\n\n", "x" * 600 + " «" * 300, "a\u00a0b\tc\r\nd"]
)
def test_pipeline_make_doc_gives_text_of_its_text(text: str) -> None:
    nlp = spacy.blank("es")
    doc = make_doc(nlp, text, None)
    assert text_of(doc) == doc.text == text
    other = nlp(text)  # a Doc made elsewhere: its text is joined
    assert text_of(other) == text


def test_pipeline_lexicon_missing_is_an_error() -> None:
    with pytest.raises(lexicon.LexiconError, match="missing"):
        lexicon.rows("timex", "no_such_list")


# every ``word_class("package", "class")`` the rules name, read from the source:
# a class misspelt in a rule that few texts reach fails here, not in a user's run
WORD_CLASS_CALL = re.compile(r'word_class\(\s*"(\w+)",\s*"(\w+)"\s*\)')
NAMED_CLASSES = sorted(
    {m.groups() for p in SRC.rglob("*.py") for m in WORD_CLASS_CALL.finditer(p.read_text("utf-8"))}
)


def test_pipeline_word_classes_named_in_rules_exist() -> None:
    assert len(NAMED_CLASSES) >= 15  # the pattern still sees the calls
    for package, name in NAMED_CLASSES:
        assert lexicon.word_class(package, name), (package, name)
    # ... and no class in the files that no rule reads
    listed = {
        (package, row["class"])
        for package in {package for package, _ in NAMED_CLASSES}
        for row in lexicon.rows(package, "word_classes")
    }
    assert listed == set(NAMED_CLASSES)


def test_pipeline_word_class_unknown_is_an_error() -> None:
    with pytest.raises(lexicon.LexiconError, match="no class 'no_such_class'"):
        lexicon.word_class("actors", "no_such_class")


@pytest.mark.model
def test_pipeline_order(nlp) -> None:  # type: ignore[no-untyped-def]
    assert tuple(nlp.pipe_names[-len(COMPONENTS) :]) == COMPONENTS


@pytest.mark.model
def test_pipeline_attributes_survive_docbin(nlp, seed_text) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(seed_text)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    for attr in (
        "prensa_actors",
        "prensa_mentions",
        "prensa_timexes",
        "prensa_quotes",
        "prensa_profile",
    ):
        # msgpack gives lists back as tuples: compare as JSON
        assert json.dumps(back._.get(attr)) == json.dumps(doc._.get(attr)), attr
