"""Subjects, speaker phrases and cues on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from handdocs import parsed_doc
from prensa.speakers.cues import cue_lemma
from prensa.speakers.extent import phrase_of
from prensa.speakers.nouns import names_a_speaker
from prensa.speakers.phrases import subject_of

CASES = {
    "preverbal subject": (
        [
            ("Ana", 2, "nsubj", "PROPN"),
            ("Pérez", 0, "flat", "PROPN"),
            ("aseguró", 2, "ROOT", "VERB"),
            ("que", 4, "mark", "SCONJ"),
            ("llueve", 2, "ccomp", "VERB"),
            (".", 2, "punct", "PUNCT"),
        ],
        2,
        "Ana Pérez",
    ),
    "gerund shares the subject": (
        [
            ("Ana", 1, "nsubj", "PROPN"),
            ("explicó", 1, "ROOT", "VERB"),
            ("el", 3, "det", "DET"),
            ("plan", 1, "obj", "NOUN"),
            (",", 5, "punct", "PUNCT"),
            ("subrayando", 1, "advcl", "VERB"),
            ("que", 7, "mark", "SCONJ"),
            ("urge", 5, "ccomp", "VERB"),
        ],
        5,
        "Ana",
    ),
    "relative clause: the antecedent": (
        [
            ("El", 1, "det", "DET"),
            ("médico", 1, "ROOT", "NOUN"),
            (",", 4, "punct", "PUNCT"),
            ("que", 4, "nsubj", "PRON"),
            ("dijo", 1, "acl", "VERB"),
            ("que", 6, "mark", "SCONJ"),
            ("sí", 4, "ccomp", "ADV"),
        ],
        4,
        "El médico",
    ),
    "inverted subject after a quotation": (
        [
            ("«", 1, "punct", "PUNCT"),
            ("Sí", 4, "ccomp", "INTJ"),
            ("»", 1, "punct", "PUNCT"),
            (",", 4, "punct", "PUNCT"),
            ("advierte", 4, "ROOT", "VERB"),
            ("Alfonso", 4, "obj", "PROPN"),
            (".", 4, "punct", "PUNCT"),
        ],
        4,
        "Alfonso",
    ),
    "unnamed speaker": (
        [
            ("Un", 1, "det", "DET"),
            ("portavoz", 5, "nsubj", "NOUN"),
            ("de", 4, "case", "ADP"),
            ("la", 4, "det", "DET"),
            ("policía", 1, "nmod", "NOUN"),
            ("dijo", 5, "ROOT", "VERB"),
        ],
        5,
        "Un portavoz de la policía",
    ),
    "relative object is no subject": (
        [
            ("el", 1, "det", "DET"),
            ("testimonio", 1, "ROOT", "NOUN"),
            ("del", 3, "case", "ADP"),
            ("socialista", 1, "nmod", "NOUN"),
            (",", 7, "punct", "PUNCT"),
            ("a", 6, "case", "ADP"),
            ("quien", 7, "obj", "PRON"),
            ("cataloga", 3, "acl", "VERB"),
            ("como", 9, "mark", "SCONJ"),
            ("malo", 7, "obj", "ADJ"),
        ],
        7,
        None,
    ),
    "opening participle clause taken for the subject": (
        [
            ("Consultado", 7, "nsubj", "PROPN"),
            ("por", 2, "case", "ADP"),
            ("Radio", 0, "obj", "PROPN"),
            (",", 5, "punct", "PUNCT"),
            ("el", 5, "det", "DET"),
            ("alcalde", 0, "appos", "NOUN"),
            (",", 5, "punct", "PUNCT"),
            ("respondió", 7, "ROOT", "VERB"),
            ("que", 9, "mark", "SCONJ"),
            ("no", 7, "ccomp", "ADV"),
        ],
        7,
        "el alcalde",
    ),
}


def test_quotes_attribution_inverted_infinitive_cue(blank_es: Language) -> None:
    # "«Es ilegal», se limitó a decir Ana Gil.": the verb that governs the
    # infinitive stands right after the quotation, the subject after the cue
    doc = parsed_doc(
        blank_es,
        [
            ("«", 1, "punct", "PUNCT"),
            ("Es", 6, "ccomp", "AUX"),
            ("ilegal", 1, "obj", "ADJ"),
            ("»", 1, "punct", "PUNCT"),
            (",", 1, "punct", "PUNCT"),
            ("se", 6, "iobj", "PRON"),
            ("limitó", 6, "ROOT", "VERB"),
            ("a", 8, "mark", "ADP"),
            ("decir", 6, "xcomp", "VERB"),
            ("Ana", 8, "obj", "PROPN"),
            ("Gil", 9, "flat", "PROPN"),
            (".", 6, "punct", "PUNCT"),
        ],
    )
    doc[8].set_morph("VerbForm=Inf")
    head = subject_of(doc[8])
    assert head is not None and head.text == "Ana"


def test_quotes_attribution_subject_in_the_prose_after_a_subheading(blank_es: Language) -> None:
    # "Réplica del club  Osasuna respondió que ...": the parser ran the subheading
    # into the subject; the name in the prose is the subject
    doc = parsed_doc(
        blank_es,
        [
            ("Réplica", 4, "nsubj", "NOUN"),
            ("del", 2, "case", "ADP"),
            ("club", 0, "nmod", "NOUN"),
            ("Osasuna", 0, "flat", "PROPN"),
            ("respondió", 4, "ROOT", "VERB"),
            ("que", 6, "mark", "SCONJ"),
            ("no", 4, "ccomp", "ADV"),
        ],
    )
    head = subject_of(doc[4], ok=lambda tok: tok.i >= 3)  # the subheading is words 0-2
    assert head is not None and head.text == "Osasuna"


@pytest.mark.parametrize(("rows", "verb", "expected"), list(CASES.values()), ids=list(CASES))
def test_quotes_attribution_subject_phrase(
    blank_es: Language, rows: list[tuple[str, int, str, str]], verb: int, expected: str | None
) -> None:
    doc = parsed_doc(blank_es, rows)
    head = subject_of(doc[verb])
    got = phrase_of(head, verb=doc[verb]).text if head is not None else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("puso de relieve que", "poner de relieve"),
        ("hizo un llamamiento a", "hacer un llamamiento"),
        ("puso la mesa", None),
        ("recalcó que", "recalcar"),
    ],
)
def test_quotes_attribution_cue_lemma(blank_es: Language, text: str, expected: str | None) -> None:
    words = text.split()
    doc = Doc(blank_es.vocab, words=words, pos=["VERB"] + ["X"] * (len(words) - 1))
    assert cue_lemma(doc[0]) == expected


def test_quotes_attribution_phrase_ends_before_an_infinitive_hung_on_it(
    blank_es: Language,
) -> None:
    # "impidió a los vecinos corear consignas para exigir": the parse hangs the
    # infinitive on the noun; the phrase is the noun's, not the clause's
    doc = parsed_doc(
        blank_es,
        [
            ("impidió", 0, "ROOT", "VERB"),
            ("a", 3, "case", "ADP"),
            ("los", 3, "det", "DET"),
            ("vecinos", 0, "iobj", "NOUN"),
            ("corear", 3, "amod", "VERB"),
            ("consignas", 4, "obj", "NOUN"),
            ("para", 7, "mark", "ADP"),
            ("exigir", 4, "advcl", "VERB"),
        ],
    )
    doc[4].set_morph("VerbForm=Inf")
    doc[7].set_morph("VerbForm=Inf")
    assert phrase_of(doc[3], verb=doc[7]).text == "los vecinos"


def test_attribution_relative_clause_hung_on_a_noun_that_cannot_speak(blank_es: Language) -> None:
    # "los argumentos de la defensa, que alegaba que ...": the parse hangs the relative
    # clause on "argumentos"; the nearest noun before "que" that can speak is its subject
    doc = parsed_doc(
        blank_es,
        [
            ("La", 1, "det", "DET"),
            ("Sala", 2, "nsubj", "PROPN"),
            ("rechaza", 2, "ROOT", "VERB"),
            ("los", 4, "det", "DET"),
            ("argumentos", 2, "obj", "NOUN"),
            ("de", 7, "case", "ADP"),
            ("la", 7, "det", "DET"),
            ("defensa", 4, "nmod", "NOUN"),
            (",", 10, "punct", "PUNCT"),
            ("que", 10, "nsubj", "PRON"),
            ("alegaba", 4, "acl", "VERB"),
            ("que", 13, "mark", "SCONJ"),
            ("hubo", 10, "ccomp", "VERB"),
            ("fraude", 12, "obj", "NOUN"),
            (".", 2, "punct", "PUNCT"),
        ],
    )
    head = subject_of(doc[10], speaks=names_a_speaker)
    assert head is not None and head.text == "defensa"
