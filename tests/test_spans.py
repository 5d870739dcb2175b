"""prensa's results as doc.spans groups: built from doc._, shown by displaCy, kept by DocBin."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import prensa
from prensa import spans

WORDS = ["«", "Es", "falso", "»", ",", "dijo", "Ana", "Gil", "el", "lunes", "."]
SPACES = [False, True, False, False, True, True, True, True, True, False, False]


def _doc(blank_es: Language) -> Doc:
    doc = Doc(blank_es.vocab, words=WORDS, spaces=SPACES)
    assert doc.text == "«Es falso», dijo Ana Gil el lunes."
    doc._.prensa_actors = [{"id": "A1", "name": "Ana Gil", "type": "PER"}]
    doc._.prensa_mentions = [{"actor": "A1", "start": 17, "end": 24, "kind": "speaker"}]
    doc._.prensa_quotes = [
        {
            "start": 1,
            "end": 9,
            "kind": "direct",
            "speaker": "A1",
            "speaker_start": 17,
            "speaker_end": 24,
            "speaker_rule": "subject",
            "cue": "decir",
            "cue_start": 12,
            "cue_end": 16,
            "statement": 0,
        },
        {"start": 0, "end": 3, "kind": "partial", "speaker": "A9"},  # an unknown actor
    ]
    doc._.prensa_timexes = [
        {"start": 25, "end": 33, "type": "DATE", "value": "2024-02-19", "rule": "weekday"}
    ]
    return doc


def _table(doc: Doc, key: str) -> list[tuple[str, str, str, str]]:
    return [(s.text, s.label_, s.kb_id_, s.id_) for s in doc.spans[key]]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("prensa_quotes", [("«Es", "partial", "", "0"), ("Es falso", "direct", "A1", "0")]),
        ("prensa_speakers", [("Ana Gil", "Ana Gil", "A1", "subject")]),
        ("prensa_cues", [("dijo", "decir", "A1", "")]),
        ("prensa_mentions", [("Ana Gil", "PER", "A1", "speaker")]),
        ("prensa_timexes", [("el lunes", "DATE", "2024-02-19", "weekday")]),
        (
            "prensa",
            [
                ("«Es", "QUOTE", "", "0"),
                ("Es falso", "QUOTE", "A1", "0"),
                ("dijo", "CUE", "A1", ""),
                ("Ana Gil", "SPEAKER", "A1", "subject"),
                ("el lunes", "TIMEX", "2024-02-19", "weekday"),
            ],
        ),
    ],
)
def test_spans_groups_from_doc_attributes(
    blank_es: Language, key: str, expected: list[tuple[str, str, str, str]]
) -> None:
    doc = spans.write_spans(_doc(blank_es))
    assert _table(doc, key) == expected


def test_spans_nothing_found_gives_empty_groups(blank_es: Language) -> None:
    doc = spans.write_spans(blank_es("Llueve."))
    assert {key: len(doc.spans[key]) for key in spans.GROUPS} == dict.fromkeys(spans.GROUPS, 0)


def test_spans_displacy_helper_renders_the_groups(blank_es: Language) -> None:
    doc = _doc(blank_es)
    html = prensa.displacy(doc, jupyter=False)
    assert [label for label in ("QUOTE", "CUE", "SPEAKER", "TIMEX") if label not in html] == []
    html = prensa.displacy(doc, "prensa_timexes", jupyter=False)
    assert "DATE" in html and "QUOTE" not in html


def test_spans_pub_date_alias(blank_es: Language) -> None:
    doc = blank_es("Hoy.")
    doc._.pub_date = "2024-02-20"
    assert doc._.prensa_pub_date == "2024-02-20"
    doc._.prensa_pub_date = "2024-02-21"
    assert doc._.pub_date == "2024-02-21"


@pytest.mark.model
def test_spans_written_by_the_pipeline_and_kept_by_docbin(nlp: Language) -> None:
    text = "«No habrá recortes», dijo el ministro Luis Pérez en Madrid este lunes."
    doc = nlp(text)
    analysis = prensa.analyze(text, nlp=nlp)
    quotes = doc.spans["prensa_quotes"]
    assert [(s.text, s.label_) for s in quotes] == [(q.text, q.kind) for q in analysis.quotes]
    assert [s.label_ for s in doc.spans["prensa_speakers"]] == [analysis.quotes[0].speaker]
    assert len(doc.spans["prensa_timexes"]) == len(analysis.timexes)
    (restored,) = DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)
    for key in spans.GROUPS:
        assert _table(restored, key) == _table(doc, key)


@pytest.mark.model
def test_spans_not_written_where_only_records_are_kept(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "«No habrá recortes», dijo el ministro Luis Pérez en Madrid este lunes."
    expected = prensa.analyze(text, nlp=nlp).to_dict()

    def refuse(doc: Doc) -> Doc:
        raise AssertionError("span groups written for records alone")

    monkeypatch.setattr(spans, "write_spans", refuse)
    assert prensa.analyze(text, nlp=nlp).to_dict() == expected
    streamed = [a.to_dict() for a, _ in prensa.analyze_stream([(text, None, None)], nlp=nlp)]
    assert streamed == [expected]
    with pytest.raises(AssertionError):
        nlp(text)  # a Doc for its user still gets its groups
