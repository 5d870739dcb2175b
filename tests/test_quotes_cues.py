"""Recognising reporting verbs from their forms (pure functions, no model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prensa import lexicon
from prensa.speakers.cues import cue_of_form, cue_positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dijo", "decir"),
        ("dijeron", "decir"),
        ("dice", "decir"),
        ("diciendo", "decir"),
        ("recalcó", "recalcar"),
        ("explicaba", "explicar"),
        ("afirmando", "afirmar"),
        ("sostuvo", "sostener"),
        ("sostiene", "sostener"),
        ("expuso", "exponer"),
        ("advierte", "advertir"),
        ("concluyó", "concluir"),
        ("pidió", "pedir"),
        ("insisten", "insistir"),
        ("concedió", "conceder"),
        ("compartió", None),  # "comparten una frontera": left out on purpose
        ("mesa", None),
        ("casa", None),
    ],
)
def test_quotes_cue_of_form(text: str, expected: str | None) -> None:
    assert cue_of_form(text) == expected


def test_quotes_lexicon_has_verbs_and_prepositions() -> None:
    kinds = {r["kind"] for r in lexicon.rows("speakers", "reporting_verbs")}
    assert {"verb", "phrase", "prep", "noun"} <= kinds
    assert "según" in lexicon.column("speakers", "reporting_verbs", "lemma")


def test_quotes_lexicon_lemmas_unique() -> None:
    lemmas = [r["lemma"] for r in lexicon.rows("speakers", "reporting_verbs")]
    assert len(lemmas) == len(set(lemmas))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "crea" with an object is "crear", though the lemmatizer reads "creer"
        ("La ley crea un fondo para los damnificados.", None),
        ("Ana Gil no cree que la ley ayude.", "creer"),
    ],
)
def test_quotes_cues_crea_a_thing_is_no_belief(nlp: Language, text: str, cue: str | None) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in {"crea", "cree"})
    assert cue_positions(doc).get(verb.i) == cue
