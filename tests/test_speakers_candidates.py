"""Candidate speakers around a cue, on hand-built Docs (no model).

Each Doc is parsed the way es_core_news_sm fails on such sentences in news
text: the subject is not attached to the cue, so the rule under test must
find it.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from handdocs import Row, parsed_doc
from prensa.speakers.candidates import Candidates


class _Geo:
    """One sentence, no quotation marks."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def inside_mark(self, offset: int) -> bool:
        return False

    def sent_start(self, offset: int) -> int:
        return 0

    def sent_end(self, offset: int) -> int:
        return len(self.doc.text)

    def tokens(self, start: int, end: int) -> Span:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None else self.doc[0:0]


class _Actors:
    """A registry that knows the named actors by their words."""

    def __init__(self, doc: Doc, named: dict[str, str]) -> None:
        self.doc, self.named = doc, named

    def actor_at(self, start: int, end: int) -> str | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        words = {t.text for t in span} if span is not None else set()
        return next((a for a, w in self.named.items() if words & set(w.split())), None)

    def type_of(self, actor_id: str) -> str | None:
        return "PER" if actor_id in self.named else None

    def names_someone(self, phrase: Span) -> bool:
        return self.actor_at(phrase.start_char, phrase.end_char) is not None


def _subject(
    nlp: Language, rows: list[Row], verb: int, named: dict[str, str]
) -> tuple[Token | None, str]:
    doc = parsed_doc(nlp, rows)
    find = Candidates(doc, _Geo(doc), _Actors(doc, named))  # type: ignore[arg-type]
    content = doc[verb + 2 :]
    q: dict[str, Any] = {"start": content.start_char, "end": content.end_char}
    return find.subject(doc[verb], q, [q])


# "Marta Ibáñez, abogada de la familia, aseguró que recurrirán": the parse hangs
# the name on the apposition's noun
NAME_THEN_APPOSITION: list[Row] = [
    ("Marta", 3, "nmod", "PROPN"),
    ("Ibáñez", 0, "flat", "PROPN"),
    (",", 0, "punct", "PUNCT"),
    ("abogada", 8, "obl", "NOUN"),
    ("de", 6, "case", "ADP"),
    ("la", 6, "det", "DET"),
    ("familia", 3, "nmod", "NOUN"),
    (",", 3, "punct", "PUNCT"),
    ("aseguró", 8, "ROOT", "VERB"),
    ("que", 10, "mark", "SCONJ"),
    ("recurrirán", 8, "ccomp", "VERB"),
]
# "Un portavoz sindical, Jorge Peña, advirtió que habrá huelga"
TITLE_THEN_NAME: list[Row] = [
    ("Un", 1, "det", "DET"),
    ("portavoz", 7, "obl", "NOUN"),
    ("sindical", 1, "amod", "ADJ"),
    (",", 1, "punct", "PUNCT"),
    ("Jorge", 1, "appos", "PROPN"),
    ("Peña", 4, "flat", "PROPN"),
    (",", 4, "punct", "PUNCT"),
    ("advirtió", 7, "ROOT", "VERB"),
    ("que", 9, "mark", "SCONJ"),
    ("habrá", 7, "ccomp", "VERB"),
    ("huelga", 9, "obj", "NOUN"),
]


def test_appositive_subject_name_first(blank_es: Language) -> None:
    head, rule = _subject(blank_es, NAME_THEN_APPOSITION, 8, {"ana": "Marta Ibáñez"})
    assert (head.text if head else None, rule) == ("Marta", "apposition")


def test_appositive_subject_title_first(blank_es: Language) -> None:
    head, rule = _subject(blank_es, TITLE_THEN_NAME, 7, {"jp": "Jorge Peña"})
    assert (head.text if head else None, rule) == ("Jorge", "apposition")


def test_appositive_subject_needs_a_registry_name(blank_es: Language) -> None:
    """ "La sede, en el centro, anunció": no named actor between or before the commas."""
    _, rule = _subject(blank_es, NAME_THEN_APPOSITION, 8, {})
    assert rule != "apposition"


def test_appositive_subject_not_behind_a_preposition(blank_es: Language) -> None:
    """ "Tras hablar con Ana Gil, abogada de X, aseguró": Ana Gil is no subject."""
    shifted = [(w, h + 1, d, p) for w, h, d, p in NAME_THEN_APPOSITION]
    rows: list[Row] = [("con", 1, "case", "ADP"), *shifted]
    _, rule = _subject(blank_es, rows, 9, {"ana": "Marta Ibáñez"})
    assert rule != "apposition"


# "«Es injusto», repitió durante el pleno Luis Mora": the parse hangs the name on
# the adverbial
POSTVERBAL: list[Row] = [
    ("«", 1, "punct", "PUNCT"),
    ("Es", 1, "ROOT", "AUX"),
    ("injusto", 1, "attr", "ADJ"),
    ("»", 1, "punct", "PUNCT"),
    (",", 5, "punct", "PUNCT"),
    ("repitió", 1, "parataxis", "VERB"),
    ("durante", 8, "case", "ADP"),
    ("el", 8, "det", "DET"),
    ("pleno", 5, "obl", "NOUN"),
    ("Luis", 8, "nmod", "PROPN"),
    ("Mora", 9, "flat", "PROPN"),
]


def test_postverbal_name(blank_es: Language) -> None:
    doc = parsed_doc(blank_es, POSTVERBAL)
    find = Candidates(doc, _Geo(doc), _Actors(doc, {"lm": "Luis Mora"}))  # type: ignore[arg-type]
    q = {"start": doc[1].idx, "end": doc[2].idx + len(doc[2])}
    head, rule = find.subject(doc[5], q, [q])
    assert (head.text if head else None, rule) == ("Luis", "postverbal")


def test_postverbal_name_not_an_addressee(blank_es: Language) -> None:
    """ "«Basta», le dijo a Luis Mora": the name behind "a" is who was told."""
    rows: list[Row] = [
        ("«", 1, "punct", "PUNCT"),
        ("Basta", 1, "ROOT", "VERB"),
        ("»", 1, "punct", "PUNCT"),
        (",", 5, "punct", "PUNCT"),
        ("le", 5, "iobj", "PRON"),
        ("dijo", 1, "parataxis", "VERB"),
        ("a", 7, "case", "ADP"),
        ("Luis", 5, "obj", "PROPN"),
        ("Mora", 7, "flat", "PROPN"),
    ]
    doc = parsed_doc(blank_es, rows)
    find = Candidates(doc, _Geo(doc), _Actors(doc, {"lm": "Luis Mora"}))  # type: ignore[arg-type]
    q = {"start": doc[1].idx, "end": doc[1].idx + 5}
    assert find.inverted.postverbal_name(doc[5], q) is None


def test_time_noun_is_never_a_subject(blank_es: Language) -> None:
    """ "«Fue un error», reconoció el lunes": "el lunes" tells when, not who."""
    rows: list[Row] = [
        ("reconoció", 0, "ROOT", "VERB"),
        ("el", 2, "det", "DET"),
        ("lunes", 0, "nsubj", "NOUN"),
    ]
    doc = parsed_doc(blank_es, rows)
    find = Candidates(doc, _Geo(doc), _Actors(doc, {}))  # type: ignore[arg-type]
    assert not find.plausible(doc[2], doc[0])


def test_speakers_candidates_abstract_nouns_do_not_speak(blank_es: Language) -> None:
    from prensa.speakers.nouns import speaks

    rows: list[Row] = [
        ("La", 1, "det", "DET"),
        ("reducción", 1, "nsubj", "NOUN"),
        ("la", 3, "det", "DET"),
        ("organización", 3, "nsubj", "NOUN"),
        ("Lo", 5, "det", "DET"),
        ("importante", 5, "nsubj", "ADJ"),
        ("el", 7, "det", "DET"),
        ("vecino", 7, "nsubj", "NOUN"),
    ]
    doc = parsed_doc(blank_es, rows)
    assert not speaks(doc[1])  # a nominalisation: content, not a speaker
    assert speaks(doc[3])  # an institution noun speaks though it ends in -ción
    assert not speaks(doc[5])  # a neuter "lo" phrase
    assert speaks(doc[7])


def test_speakers_candidates_title_gender_from_its_article(blank_es: Language) -> None:
    from prensa.speakers.nouns import gender

    rows: list[Row] = [
        ("La", 1, "det", "DET"),
        ("fiscal", 1, "nsubj", "NOUN"),  # one form for both: the article tells
        ("el", 3, "det", "DET"),
        ("portavoz", 3, "nsubj", "NOUN"),
        ("fiscal", 4, "nsubj", "NOUN"),  # no article: nothing tells
    ]
    rows += [
        ("el", 6, "det", "DET"),
        ("religioso", 6, "nsubj", "NOUN"),  # a woman would be "la religiosa"
        ("el", 8, "det", "DET"),
        ("ministro", 8, "nsubj", "NOUN"),  # titles.tsv has "ministra"
    ]
    doc = parsed_doc(blank_es, rows)
    doc[6].set_morph("Gender=Masc|Number=Sing")
    assert gender(doc[1]) == "Fem"
    assert gender(doc[3]) is None  # one form for both: the masculine rules nobody out
    assert gender(doc[4]) is None
    assert gender(doc[6]) == "Masc"
    assert gender(doc[8]) == "Masc"


def test_speakers_candidates_abbreviated_titles(blank_es: Language) -> None:
    from prensa.speakers.nouns import is_abbreviated_title

    rows: list[Row] = [
        ("dijo", 0, "ROOT", "VERB"),
        ("la", 2, "det", "DET"),
        ("Dra.", 0, "nsubj", "PROPN"),
        ("Ana", 0, "nsubj", "PROPN"),
        ("Gil", 3, "flat", "PROPN"),
        ("etc.", 0, "obj", "NOUN"),
    ]
    doc = parsed_doc(blank_es, rows)
    assert is_abbreviated_title(doc[2])
    assert not is_abbreviated_title(doc[4])  # no dot
    assert not is_abbreviated_title(doc[5])  # nothing follows


def test_speakers_candidates_furniture_is_no_subject(blank_es: Language) -> None:
    # "Tribunales" heads the article; the parser may hang it on the first verb
    rows: list[Row] = [
        ("Tribunales", 4, "nsubj", "PROPN"),
        ("\n", 0, "dep", "SPACE"),
        ("La", 3, "det", "DET"),
        ("jueza", 4, "nsubj", "NOUN"),
        ("dijo", 4, "ROOT", "VERB"),
        ("que", 6, "mark", "SCONJ"),
        ("no", 4, "ccomp", "ADV"),
        (".", 4, "punct", "PUNCT"),
    ]
    doc = parsed_doc(blank_es, rows)
    find = Candidates(doc, _Geo(doc), _Actors(doc, {}))  # type: ignore[arg-type]
    ok = find.subject_filter(0, len(doc.text), 100, 100, cue=doc[4].idx)
    assert not ok(doc[0])  # the headline's word
    assert ok(doc[3])


def test_speakers_candidates_only_a_main_clause_subject_carries_over(blank_es: Language) -> None:
    from prensa.speakers.plural import _main_clause

    # "Los técnicos revisaron el puente cuando surgieron grietas. Dijeron que ..."
    rows: list[Row] = [
        ("Los", 1, "det", "DET"),
        ("técnicos", 2, "nsubj", "NOUN"),
        ("revisaron", 2, "ROOT", "VERB"),
        ("el", 4, "det", "DET"),
        ("puente", 2, "obj", "NOUN"),
        ("cuando", 6, "mark", "SCONJ"),
        ("surgieron", 2, "advcl", "VERB"),
        ("grietas", 6, "nsubj", "NOUN"),
        (".", 2, "punct", "PUNCT"),
        ("Dijeron", 9, "ROOT", "VERB"),
        ("que", 11, "mark", "SCONJ"),
        ("no", 9, "ccomp", "ADV"),
    ]
    doc = parsed_doc(blank_es, rows)
    assert _main_clause(doc[2], doc[9])  # "revisaron": the sentence's main verb
    assert not _main_clause(doc[6], doc[9])  # "surgieron": a subordinate clause's


def test_speakers_candidates_bracketed_description_after_a_name(blank_es: Language) -> None:
    from prensa.speakers.naming import PhraseNames

    # "Carmen Ruiz [su abogada] dijo que no": the parse takes the aside for the subject
    rows: list[Row] = [
        ("Carmen", 7, "nsubj", "PROPN"),
        ("Ruiz", 0, "flat", "PROPN"),
        ("[", 0, "flat", "PROPN"),
        ("su", 4, "det", "DET"),
        ("abogada", 7, "nsubj", "NOUN"),
        ("]", 4, "appos", "PROPN"),
        (",", 7, "punct", "PUNCT"),
        ("dijo", 7, "ROOT", "VERB"),
        ("que", 9, "mark", "SCONJ"),
        ("no", 7, "ccomp", "ADV"),
    ]
    doc = parsed_doc(blank_es, rows)
    actors = _Actors(doc, {"cr": "Carmen Ruiz"})
    names = PhraseNames(doc, actors, _Geo(doc))  # type: ignore[arg-type]
    found = names.bracketed_name(doc[3:5])
    assert found is not None and found.text == "Carmen Ruiz"
    assert names.bracketed_name(doc[0:2]) is None  # the name itself: nothing before it
    # "Carmen Ruiz, su abogada, dijo": commas make an apposition, not a bracketed aside
    commas = [(",", h, d, "PUNCT") if w in "[]" else (w, h, d, p) for w, h, d, p in rows]
    doc = parsed_doc(blank_es, commas)
    actors = _Actors(doc, {"cr": "Carmen Ruiz"})
    names = PhraseNames(doc, actors, _Geo(doc))  # type: ignore[arg-type]
    assert names.bracketed_name(doc[3:5]) is None


# "«El fin», aquella profecía que anunciaba en su blog Marta Gil": the parse takes
# the relative "que" for the subject and hangs the name on the adverbial
RELATIVE_CUE: list[Row] = [
    ("«", 1, "punct", "PUNCT"),
    ("El", 2, "det", "DET"),
    ("fin", 2, "ROOT", "NOUN"),
    ("»", 2, "punct", "PUNCT"),
    (",", 6, "punct", "PUNCT"),
    ("aquella", 6, "det", "DET"),
    ("profecía", 2, "appos", "NOUN"),
    ("que", 8, "nsubj", "PRON"),
    ("anunciaba", 6, "acl", "VERB"),
    ("en", 11, "case", "ADP"),
    ("su", 11, "det", "DET"),
    ("blog", 8, "obl", "NOUN"),
    ("Marta", 11, "appos", "PROPN"),
    ("Gil", 12, "flat", "PROPN"),
]


def _relative_subject(blank_es: Language, rows: list[Row]) -> tuple[Token | None, str]:
    doc = parsed_doc(blank_es, rows)
    doc[8].set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin")
    find = Candidates(doc, _Geo(doc), _Actors(doc, {"mg": "Marta Gil"}))  # type: ignore[arg-type]
    q = {"start": doc[1].idx, "end": doc[2].idx + len(doc[2])}
    return find.subject(doc[8], q, [q])


def test_speakers_candidates_postverbal_subject_of_a_relative_cue(blank_es: Language) -> None:
    head, rule = _relative_subject(blank_es, RELATIVE_CUE)
    assert (head.text if head else None, rule) == ("Marta", "postverbal")


def test_speakers_candidates_relative_cue_name_behind_a_preposition(blank_es: Language) -> None:
    """ "... aquella profecía que anunciaba a Marta Gil": the name is who was told."""
    rows = [*RELATIVE_CUE[:12], ("a", 13, "case", "ADP"), ("Marta", 8, "obl", "PROPN")]
    rows += [("Gil", 13, "flat", "PROPN")]
    head, rule = _relative_subject(blank_es, rows)
    assert (head.text if head else None, rule) != ("Marta", "postverbal")


def test_speakers_candidates_a_thing_words_no_partial_quotation(blank_es: Language) -> None:
    from prensa.speakers.framing import Framing

    # "Las ventas de Telefónica crecieron en « dos cifras »": the subject is a thing,
    # whatever its complement names; "Telefónica creció en « dos cifras »" is someone
    rows: list[Row] = [
        ("Las", 1, "det", "DET"),
        ("ventas", 4, "nsubj", "NOUN"),
        ("de", 3, "case", "ADP"),
        ("Telefónica", 1, "nmod", "PROPN"),
        ("crecieron", 4, "ROOT", "VERB"),
        ("en", 7, "case", "ADP"),
        ("«", 7, "punct", "PUNCT"),
        ("dos", 8, "nummod", "NUM"),
        ("cifras", 4, "obl", "NOUN"),
        ("»", 7, "punct", "PUNCT"),
    ]
    doc = parsed_doc(blank_es, rows)
    find = Framing(doc, _Geo(doc), _Actors(doc, {"tef": "Telefónica"}))  # type: ignore[arg-type]
    assert find.embedding_subject(doc[7].idx, doc[8].idx + len(doc[8])) is None
    named = [(w, h - 3 if h > 3 else h, d, p) for w, h, d, p in rows[3:]]
    named[0] = ("Telefónica", 1, "nsubj", "PROPN")
    doc = parsed_doc(blank_es, named)
    find = Framing(doc, _Geo(doc), _Actors(doc, {"tef": "Telefónica"}))  # type: ignore[arg-type]
    head = find.embedding_subject(doc[4].idx, doc[5].idx + len(doc[5]))
    assert head is not None and head.text == "Telefónica"


# "La policía impidió a los vecinos cortar la calle para exigir « justicia »"
CONTROLLED: list[Row] = [
    ("La", 1, "det", "DET"),
    ("policía", 2, "nsubj", "NOUN"),
    ("impidió", 2, "ROOT", "VERB"),
    ("a", 5, "case", "ADP"),
    ("los", 5, "det", "DET"),
    ("vecinos", 2, "iobj", "NOUN"),
    ("cortar", 2, "xcomp", "VERB"),
    ("la", 8, "det", "DET"),
    ("calle", 6, "obj", "NOUN"),
    ("para", 10, "mark", "ADP"),
    ("exigir", 6, "advcl", "VERB"),
    ("«", 12, "punct", "PUNCT"),
    ("justicia", 10, "obj", "NOUN"),
    ("»", 12, "punct", "PUNCT"),
]


def _controller(
    blank_es: Language, rows: list[Row], lemmas: dict[int, str], cue: int
) -> tuple[Token | None, str]:
    doc = parsed_doc(blank_es, rows)
    for i, lemma in lemmas.items():
        doc[i].lemma_ = lemma
    for tok in doc:
        if tok.text.endswith(("ar", "er", "ir")) and tok.pos_ == "VERB":
            tok.set_morph("VerbForm=Inf")
    find = Candidates(doc, _Geo(doc), _Actors(doc, {}))  # type: ignore[arg-type]
    q = {"start": doc[cue + 2].idx, "end": doc[cue + 2].idx + len(doc[cue + 2])}
    return find.subject(doc[cue], q, [q])


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param({}, "vecinos", id="infinitive-complement"),
        # the parse hangs the infinitive on the object ...
        pytest.param({6: ("cortar", 5, "amod", "VERB")}, "vecinos", id="hung-on-the-object"),
        # ... or the purpose clause on the infinitive's own object
        pytest.param({10: ("exigir", 8, "acl", "VERB")}, "vecinos", id="purpose-on-a-noun"),
        # a verb whose subject controls the infinitive: "La policía quiso cortar ..."
        pytest.param({2: ("quiso", 2, "ROOT", "VERB")}, "policía", id="subject-control"),
    ],
)
def test_speakers_candidates_object_of_a_verb_of_influence(
    blank_es: Language, changes: dict[int, Row], expected: str
) -> None:
    rows = [changes.get(i, row) for i, row in enumerate(CONTROLLED)]
    lemma = {"impidió": "impedir", "quiso": "querer"}[rows[2][0]]
    head, _ = _controller(blank_es, rows, {2: lemma}, 10)
    assert head is not None and head.text == expected


def test_speakers_candidates_purpose_of_a_verb_of_influence(blank_es: Language) -> None:
    """ "Ana dejó el cargo para denunciar « todo »": a purpose, not a controlled
    complement, whatever the parse calls it; the one who left says it."""
    rows: list[Row] = [
        ("Ana", 1, "nsubj", "PROPN"),
        ("dejó", 1, "ROOT", "VERB"),
        ("el", 3, "det", "DET"),
        ("cargo", 1, "obj", "NOUN"),
        ("para", 5, "mark", "ADP"),
        ("denunciar", 1, "xcomp", "VERB"),
        ("«", 7, "punct", "PUNCT"),
        ("todo", 5, "obj", "PRON"),
        ("»", 7, "punct", "PUNCT"),
    ]
    head, _ = _controller(blank_es, rows, {1: "dejar"}, 5)
    assert head is not None and head.text == "Ana"
