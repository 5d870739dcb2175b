"""The prensa_timex component: tense from the parse, records on the Doc."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from prensa import lexicon
from prensa.timex.component import find_timexes, verb_tense

PAST = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
FUTURE = "Mood=Ind|Number=Plur|Person=3|Tense=Fut|VerbForm=Fin"
PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _doc(blank_es: Language, verb_morph: str, aux: str | None = None) -> Doc:
    """ "(Se) reunieron el domingo" with the verb's morphology as given."""
    if aux is None:
        return Doc(
            blank_es.vocab,
            words=["reunieron", "el", "domingo"],
            heads=[0, 2, 0],
            deps=["ROOT", "det", "obl"],
            pos=["VERB", "DET", "NOUN"],
            morphs=[verb_morph, "", ""],
            lemmas=["reunir", "el", "domingo"],
        )
    return Doc(
        blank_es.vocab,
        words=[aux, "reunido", "el", "domingo"],
        heads=[1, 1, 3, 1],
        deps=["aux", "ROOT", "det", "obl"],
        pos=["AUX", "VERB", "DET", "NOUN"],
        morphs=[verb_morph, "VerbForm=Part", "", ""],
        lemmas=["haber", "reunir", "el", "domingo"],
    )


@pytest.mark.parametrize(
    ("morph", "aux", "expected"),
    [
        (PAST, None, "past"),
        (FUTURE, None, "future"),
        (PRESENT, None, "present"),
        ("VerbForm=Inf", None, None),
        (PRESENT, "han", "past"),  # the perfect counts as past
    ],
)
def test_timex_verb_tense_of_governing_verb(
    blank_es: Language, morph: str, aux: str | None, expected: str | None
) -> None:
    doc = _doc(blank_es, morph, aux)
    assert verb_tense(doc[-1]) == expected


FUZZ_WORDS = (
    "el la de del a este pasado próximo hace cada y 3 31 2020 80 XXI siglo año mes día días "
    "semana horas 10:30 3/5/2019 ( ) , después antes atrás hoy ayer mañana mismo siguiente "
    "mayo lunes domingos dos una unos últimos primeros finales tarde noche 1.000 1.000.000"
)


@given(
    st.lists(st.sampled_from(FUZZ_WORDS.split(" ")), max_size=14),
    st.sampled_from([None, date(2021, 3, 17), date(2020, 2, 29)]),
)
def test_timex_grammar_never_fails_and_offsets_hold(words: list[str], anchor: date | None) -> None:
    text = " ".join(words)
    for f in find_timexes(text, anchor):
        assert 0 <= f.start < f.end <= len(text)
        assert f.type in {"DATE", "TIME", "DURATION", "SET"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Los ministros se reunieron el domingo en Bruselas.", "el domingo", "2021-03-14"),
        ("Los ministros se reunirán el domingo en Bruselas.", "el domingo", "2021-03-21"),
        ("El Gobierno aprobó el plan en mayo.", "mayo", "2020-05"),
        ("El Gobierno aprobará el plan en mayo.", "mayo", "2021-05"),
        ("La comisión se reunió este lunes.", "este lunes", "2021-03-15"),
    ],
)
def test_timex_component_reads_tense(nlp: Language, text: str, span: str, value: str) -> None:
    doc = nlp.make_doc(text)
    doc._.pub_date = "2021-03-17"
    doc = nlp(doc)
    got = {doc.text[t["start"] : t["end"]]: t["value"] for t in doc._.prensa_timexes}
    assert got.get(span) == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En 2019 llegaron 2000 personas.", ["2019"]),
        ("Desde 2015 trabaja aquí una mujer de 45 años.", ["2015"]),
        ("En 2019, empresas y bancos cerraron.", ["2019"]),
    ],
)
def test_timex_component_records(nlp: Language, text: str, expected: list[str]) -> None:
    doc = nlp.make_doc(text)
    doc._.pub_date = None
    doc = nlp(doc)
    spans = [doc.text[t["start"] : t["end"]] for t in doc._.prensa_timexes]
    assert spans == expected
    assert all(set(t) == {"start", "end", "type", "value", "rule"} for t in doc._.prensa_timexes)


TIMEX_LEXICONS = [
    "months",
    "weekdays",
    "units",
    "numerals",
    "quantifiers",
    "parts_of_day",
    "phrases",
    "ordinals",
    "seasons",
    "age_cues",
    "duration_cues",
    "year_cues",
    "period_nouns",
    "month_abbreviations",
    "legal_nouns",
    "rate_blockers",
    "spent_nouns",
]


@pytest.mark.parametrize("name", TIMEX_LEXICONS)
def test_timex_lexicons_load_with_provenance(name: str) -> None:
    assert lexicon.rows("timex", name)
    raw = resources.files("prensa.timex").joinpath("data", f"{name}.tsv").read_text("utf-8")
    assert raw.startswith("#"), f"{name}.tsv states no provenance"


def test_timex_verb_tense_a_participle_the_tagger_calls_an_adjective(blank_es: Language) -> None:
    # "un sondeo publicado el domingo, ... obtendría": the participle's time is past
    doc = Doc(
        blank_es.vocab,
        words=["sondeo", "publicado", "el", "domingo", "obtendría"],
        heads=[4, 0, 3, 1, 4],
        deps=["obl", "amod", "det", "obl", "ROOT"],
        pos=["NOUN", "ADJ", "DET", "NOUN", "VERB"],
        morphs=["", "Gender=Masc|Number=Sing", "", "", "Mood=Cnd|VerbForm=Fin"],
    )
    assert verb_tense(doc[3]) == "past"


def test_timex_verb_tense_a_capitalised_name_is_no_participle(blank_es: Language) -> None:
    # "un juez de Florida fije la audiencia en octubre": "Florida" (tagged ADJ)
    # ends like a participle but is a name; the verb above it decides
    doc = Doc(
        blank_es.vocab,
        words=["fijará", "juez", "de", "Florida", "en", "octubre"],
        heads=[0, 0, 3, 1, 5, 3],
        deps=["ROOT", "nsubj", "case", "nmod", "case", "nmod"],
        pos=["VERB", "NOUN", "ADP", "ADJ", "ADP", "NOUN"],
        morphs=[FUTURE, "", "", "", "", ""],
    )
    assert verb_tense(doc[5]) == "future"


@pytest.mark.parametrize(
    ("word", "morph"),
    [
        ("comenzarían", "Mood=Cnd|VerbForm=Fin"),
        # the tagger may call a conditional an imperfect: the ending tells
        ("comenzarían", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
        ("tendría", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ],
)
def test_timex_verb_tense_the_conditional_looks_ahead(
    blank_es: Language, word: str, morph: str
) -> None:
    doc = Doc(
        blank_es.vocab,
        words=[word, "en", "febrero"],
        heads=[0, 2, 0],
        deps=["ROOT", "case", "obl"],
        pos=["VERB", "ADP", "NOUN"],
        morphs=[morph, "", ""],
    )
    assert verb_tense(doc[2]) == "future"


@pytest.mark.parametrize(("governing", "expected"), [(PRESENT, "present"), (PAST, None)])
def test_timex_verb_tense_an_infinitive_looks_ahead_with_its_verb(
    blank_es: Language, governing: str, expected: str | None
) -> None:
    # "espera cerrar el fichaje el domingo": the infinitive has no tense of its
    # own; after a past verb ("prometió cerrarlo el domingo") it may look either way
    doc = Doc(
        blank_es.vocab,
        words=["espera", "cerrar", "el", "domingo"],
        heads=[0, 0, 3, 1],
        deps=["ROOT", "xcomp", "det", "obl"],
        pos=["VERB", "VERB", "DET", "NOUN"],
        morphs=[governing, "VerbForm=Inf", "", ""],
    )
    assert verb_tense(doc[3]) == expected


def test_timex_verb_tense_desde_a_past_event_under_a_present(blank_es: Language) -> None:
    # "acumula derrotas desde su llegada en diciembre": the arrival is past
    doc = Doc(
        blank_es.vocab,
        words=["acumula", "desde", "su", "llegada", "en", "diciembre"],
        heads=[0, 3, 3, 0, 5, 3],
        deps=["ROOT", "case", "det", "obl", "case", "nmod"],
        pos=["VERB", "ADP", "DET", "NOUN", "ADP", "NOUN"],
        morphs=[PRESENT, "", "", "", "", ""],
    )
    assert verb_tense(doc[5]) == "past"
