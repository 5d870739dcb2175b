"""``speaker_rule``: every attributed quotation says how its speaker was found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

import prensa

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = frozenset(
    {
        "subject",
        "apposition",
        "postverbal",
        "governing_subject",
        "clause_subject",
        "quoted_author",
        "headline",
        "nominal",
        "segun",
        "source",
        "colon",
        "desde",
        "plural_subject",
        "pronoun",
        "title",
        "new_unnamed",
        "document_issuer",
        "same_statement",
        "last_speaker",
        "carried",
        "next_quote",
        "continued",
        "pull_quote",
    }
)


def _rules(nlp: Language, text: str) -> dict[str, tuple[str | None, str]]:
    out = prensa.analyze(text, nlp=nlp).to_dict()
    return {q["text"]: (q["speaker"], q["speaker_rule"]) for q in out["quotes"]}


def test_vocabulary_is_documented() -> None:
    """The resolver's docstring and docs/FORMAT.md name every rule of the vocabulary."""
    from prensa.speakers import resolver

    fmt = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    for rule in VOCABULARY:
        assert f"``{rule}``" in (resolver.__doc__ or ""), rule
        assert f"`{rule}`" in fmt, rule
    source = (ROOT / "src" / "prensa" / "speakers").glob("*.py")
    used: set[str] = set()
    for path in source:
        code = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'"speaker_rule"\] = "(\w+)"', code))
        used |= set(re.findall(r'_how = "(\w+)"', code))
    assert used and used <= VOCABULARY


@pytest.mark.model
def test_speaker_rule_in_every_attributed_quote(nlp: Language) -> None:
    text = (
        "La alcaldesa de Soria, Carmen Ruiz, visitó la obra. «No habrá recortes», dijo Carmen "
        "Ruiz. Después aseguró que el presupuesto está cerrado. Según el sindicato UGT, la "
        "plantilla no cambiará."
    )
    out = prensa.analyze(text, nlp=nlp).to_dict()
    assert out["quotes"]
    for q in out["quotes"]:
        assert "speaker_rule" in q
        assert (q["speaker_rule"] in VOCABULARY) if q["speaker"] else q["speaker_rule"] == ""
    rules = _rules(nlp, text)
    assert rules["No habrá recortes"] == ("Carmen Ruiz", "subject")
    assert rules["el presupuesto está cerrado"] == ("Carmen Ruiz", "carried")


@pytest.mark.model
def test_speaker_rule_new_unnamed_and_title(nlp: Language) -> None:
    text = (
        "Tomás Vidal habló ayer en el pleno. «Vamos a recurrir», advirtió un portavoz "
        "vecinal. «La decisión está tomada», respondió el alcalde."
    )
    rules = _rules(nlp, text)
    assert rules["Vamos a recurrir"][1] == "new_unnamed"
    assert rules["La decisión está tomada"] == ("Tomás Vidal", "title")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Sunat Carmen Rojas", "Carmen Rojas"),
        ("Autónoma Lucía Benítez Ortega", "Lucía Benítez Ortega"),
        # one name: two given names, a saint's town, a body named after someone
        ("Ana Lucía Gil", None),
        ("San Luis Potosí", None),
        ("Fundación Pablo Iglesias", None),
    ],
)
def test_speakers_holder_closing_a_run_of_names(
    blank_es: Language, text: str, holder: str | None
) -> None:
    from prensa.speakers.naming import _holder_closing

    found = _holder_closing(blank_es(text)[:])
    assert (found.text if found is not None else None) == holder


@pytest.mark.model
@pytest.mark.parametrize("mark", ["»", "«"])
def test_speakers_a_paragraph_left_open_goes_on_after_its_mark(nlp: Language, mark: str) -> None:
    # the Spanish custom opens a paragraph that goes on with "»"; some write "«"
    text = (
        "Fuentes del ministerio aseguran que los pagos llegarán pronto.\n\n"
        "La bióloga Laura Vidal lo resume así. «Hay que cerrar los pozos ilegales.\n\n"
        f"{mark}Llevamos veinte años diciendo lo mismo», añade la investigadora."
    )
    rules = _rules(nlp, text)
    assert rules["Hay que cerrar los pozos ilegales."] == ("Laura Vidal", "continued")
