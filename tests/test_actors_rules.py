"""Rules of the actor component, tested on hand-built Docs and pure functions."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from prensa import lexicon
from prensa.actors import lexicon as lex
from prensa.actors.component import ActorLinker, quoted_spans
from prensa.actors.lexicon import demonyms, places, plural
from prensa.actors.spans import candidates
from prensa.actors.words import acronym_of, subsequence


def _doc(nlp: Language, words: list[str], pos: list[str], ents: list[str]) -> Doc:
    starts = [True] + [False] * (len(words) - 1)
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents, sent_starts=starts)


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("PSOE", "partido socialista obrero espanol", True),
        ("CNBV", "comision nacional bancaria y de valores", True),
        ("Anmat", "administracion nacional de medicamentos alimentos y tecnologia medica", True),
        ("Inacipe", "instituto nacional de ciencias penales", True),
        ("PP", "partido popular", True),
        ("ONU", "partido popular", False),
        ("Ordesa", "organizacion de estados americanos", False),
    ],
)
def test_actors_acronym_of(acronym: str, name: str, expected: bool) -> None:
    assert acronym_of(acronym, tuple(name.split())) is expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("calvino", "nadia calvino", True),
        ("juan g valderrama", "juan guillermo valderrama amezquita", True),
        ("valderrama juan", "juan guillermo valderrama", False),
    ],
)
def test_actors_subsequence(short: str, full: str, expected: bool) -> None:
    assert subsequence(tuple(short.split()), tuple(full.split())) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ruso", "rusos"),
        ("francés", "franceses"),
        ("alemán", "alemanes"),
        ("marroquí", "marroquíes"),
        ("belga", "belgas"),
    ],
)
def test_actors_plural(word: str, expected: str) -> None:
    assert plural(word) == expected


def test_actors_gazetteer_and_demonyms_load() -> None:
    assert places()["francia"].subtype == "country"
    assert demonyms()["rusas"] == "RU"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dijo «hola» y “adiós”", ["hola", "adiós"]),
        ('un "sí" claro', ["sí"]),
        ("«sin cerrar", []),
    ],
)
def test_actors_quoted_spans(text: str, expected: list[str]) -> None:
    assert [text[a + 1 : b] for a, b in quoted_spans(text)] == expected


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        # a sentence-initial adverb the model calls a person is dropped
        (
            ["Así", "lo", "dijo", "Marta", "Ruiz", "."],
            ["ADV", "PRON", "VERB", "PROPN", "PROPN", "PUNCT"],
            ["B-PER", "O", "O", "B-PER", "I-PER", "O"],
            ["Marta Ruiz"],
        ),
        # a verb run into the name is trimmed
        (
            ["Lo", "aseguró", "Lucía", "Gil", "."],
            ["PRON", "VERB", "PROPN", "PROPN", "PUNCT"],
            ["O", "B-PER", "I-PER", "I-PER", "O"],
            ["Lucía Gil"],
        ),
        # a name split at its particle is joined
        (
            ["Habló", "Omar", "al", "Bakr", "."],
            ["VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
            ["O", "B-PER", "O", "B-PER", "O"],
            ["Omar al Bakr"],
        ),
        # an acronym the model missed is found
        (
            ["Informa", "la", "agencia", "EFE", "."],
            ["VERB", "DET", "NOUN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "O"],
            ["EFE"],
        ),
        # a law is no actor
        (
            ["Aprobó", "la", "Ley", "de", "Aguas", "."],
            ["VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
            ["O", "O", "B-MISC", "I-MISC", "I-MISC", "O"],
            [],
        ),
        # a lower-case head opens a place name
        (
            ["Vive", "en", "la", "calle", "Mayor", "."],
            ["VERB", "ADP", "DET", "NOUN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "B-LOC", "O"],
            ["calle Mayor"],
        ),
    ],
)
def test_actors_candidates(
    blank_es: Language, words: list[str], pos: list[str], ents: list[str], expected: list[str]
) -> None:
    doc = _doc(blank_es, words, pos, ents)
    assert [doc[c.start : c.end].text for c in candidates(doc)] == expected


@pytest.mark.parametrize(
    ("words", "pos", "ents", "name", "aliases"),
    [
        (
            ["Nadia", "Calviño", "habló", ".", "Calviño", "calló", "."],
            ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
            ["B-PER", "I-PER", "O", "O", "B-PER", "O", "O"],
            "Nadia Calviño",
            ["Calviño"],
        ),
        (
            ["El", "Partido", "Verde", "(", "PV", ")", "votó", "."],
            ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
            ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"],
            "Partido Verde",
            ["PV"],
        ),
    ],
)
def test_actors_canonical_name(
    blank_es: Language,
    words: list[str],
    pos: list[str],
    ents: list[str],
    name: str,
    aliases: list[str],
) -> None:
    doc = ActorLinker(blank_es, "prensa_actors")(_doc(blank_es, words, pos, ents))
    first = doc._.prensa_actors[0]
    assert (first["name"], first["aliases"]) == (name, aliases)


def test_actors_country_type(blank_es: Language) -> None:
    doc = _doc(
        blank_es,
        ["Viajó", "a", "Francia", "."],
        ["VERB", "ADP", "PROPN", "PUNCT"],
        ["O", "O", "B-PER", "O"],
    )
    doc = ActorLinker(blank_es, "prensa_actors")(doc)
    assert [(a["name"], a["type"], a["subtype"]) for a in doc._.prensa_actors] == [
        ("Francia", "LOC", "country")
    ]


def _link(nlp: Language, words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return ActorLinker(nlp, "prensa_actors")(_doc(nlp, words, pos, ents))


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        # the complement of "ministro de" names a portfolio, not an actor
        (
            ["Habló", "el", "ministro", "de", "Asuntos", "Sociales", "."],
            ["VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"],
            [],
        ),
        # a demonym opens no name
        (
            ["Peruana", "Ana", "Gil", "gana", "."],
            ["ADJ", "PROPN", "PROPN", "VERB", "PUNCT"],
            ["B-PER", "I-PER", "I-PER", "O", "O"],
            ["Ana Gil"],
        ),
        # an institution's name cut at "y" is joined
        (
            ["Habló", "el", "Instituto", "de", "Salud", "y", "Ciencias", "Forenses", "."],
            ["VERB", "DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"],
            ["Instituto de Salud y Ciencias Forenses"],
        ),
        # a common noun capitalised by its place, before "de" and a name
        (
            ["Votó", ".", "Crítica", "de", "Vox", "al", "plan", "."],
            ["VERB", "PUNCT", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
            ["Vox"],
        ),
        # a plural the tagger took for a name after a dateline's dash: who, then where from
        (
            [
                "LIMA",
                "(",
                "EFE",
                ")",
                "-",
                "Investigadores",
                "de",
                "la",
                "Universidad",
                "de",
                "Lima",
                "hallaron",
                ".",
            ],
            [
                "PROPN",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "PUNCT",
                "PROPN",
                "ADP",
                "DET",
                "PROPN",
                "ADP",
                "PROPN",
                "VERB",
                "PUNCT",
            ],
            [
                "B-LOC",
                "O",
                "B-ORG",
                "O",
                "O",
                "B-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "I-PER",
                "O",
                "O",
            ],
            ["LIMA", "EFE", "Universidad de Lima"],
        ),
        # a person's name after an organisation's, both after "su colega de"
        (
            ["Habló", "su", "colega", "de", "Nueva", "Vía", "Andrés", "Gil", "."],
            ["VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            ["Nueva Vía", "Andrés Gil"],
        ),
        # but not a body's plural head ("Centros de Salud Mental")
        (
            ["Votó", ".", "Centros", "de", "Salud", "Mental", "calló", "."],
            ["VERB", "PUNCT", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["Centros de Salud Mental"],
        ),
        # a portfolio followed by a place: the place is the actor ("Exteriores de
        # Chile"); a plural office's portfolio alone is a body ("de Defensa", as annotated)
        (
            [
                "Los",
                "ministros",
                "de",
                "Exteriores",
                "de",
                "Chile",
                "vieron",
                "a",
                "los",
                "ministros",
                "de",
                "Defensa",
                ".",
            ],
            [
                "DET",
                "NOUN",
                "ADP",
                "PROPN",
                "ADP",
                "PROPN",
                "VERB",
                "ADP",
                "DET",
                "NOUN",
                "ADP",
                "PROPN",
                "PUNCT",
            ],
            ["O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O", "O", "B-ORG", "O"],
            ["Chile", "Defensa"],
        ),
        # a storm's name is no actor, there or later; a name stops at "ante"
        (
            [
                "El",
                "huracán",
                "Otis",
                "llegó",
                "ante",
                "el",
                "Ejército",
                ".",
                "Otis",
                "creció",
                ".",
            ],
            [
                "DET",
                "NOUN",
                "PROPN",
                "VERB",
                "ADP",
                "DET",
                "PROPN",
                "PUNCT",
                "PROPN",
                "VERB",
                "PUNCT",
            ],
            ["O", "O", "B-PER", "O", "O", "O", "B-ORG", "O", "B-PER", "O", "O"],
            ["Ejército"],
        ),
        (
            ["Ganó", "la", "Copa", "Sur", "ante", "el", "Real", "Oviedo", "."],
            ["VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            ["Real Oviedo"],
        ),
        # but a head of names keeps its name there ("Ministerio de Salud")
        (
            ["Votó", ".", "Ministerio", "de", "Salud", "calló", "."],
            ["VERB", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["Ministerio de Salud"],
        ),
        # a generic place noun alone is no name
        (
            ["Vive", "en", "Calle", "12", "."],
            ["VERB", "ADP", "PROPN", "NUM", "PUNCT"],
            ["O", "O", "B-LOC", "I-LOC", "O"],
            [],
        ),
    ],
)
def test_actors_candidates_more(
    blank_es: Language, words: list[str], pos: list[str], ents: list[str], expected: list[str]
) -> None:
    doc = _doc(blank_es, words, pos, ents)
    assert [doc[c.start : c.end].text for c in candidates(doc)] == expected


@pytest.mark.parametrize(
    ("words", "pos", "ents", "name", "aliases"),
    [
        # a short form spelled from the name's letters
        (
            ["Votó", "Ciudadanos", ".", "Luego", "Cs", "calló", "."],
            ["VERB", "PROPN", "PUNCT", "ADV", "PROPN", "VERB", "PUNCT"],
            ["O", "B-ORG", "O", "O", "B-ORG", "O", "O"],
            "Ciudadanos",
            ["Cs"],
        ),
        # a repeated name the model left untagged, in another case
        (
            ["Vino", "Omar", "al", "Bakr", ".", "Al", "bakr", "calló", "."],
            ["VERB", "PROPN", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "VERB", "PUNCT"],
            ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O"],
            "Omar al Bakr",
            ["Al bakr"],
        ),
        # a surname alone joins the full name a title says is a person's, whatever
        # the model called both
        (
            [
                "La",
                "alcaldesa",
                ",",
                "Candelaria",
                "Testa",
                ",",
                "habló",
                ".",
                "Testa",
                "calló",
                ".",
            ],
            [
                "DET",
                "NOUN",
                "PUNCT",
                "PROPN",
                "PROPN",
                "PUNCT",
                "VERB",
                "PUNCT",
                "PROPN",
                "VERB",
                "PUNCT",
            ],
            ["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-LOC", "O", "O"],
            "Candelaria Testa",
            ["La alcaldesa", "Testa"],
        ),
        # a title of two nouns ("consejero delegado") is one title
        (
            ["Habló", "el", "consejero", "delegado", ",", "Ana", "Gil", "."],
            ["VERB", "DET", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O"],
            "Ana Gil",
            ["el consejero delegado"],
        ),
        # a title inside another's complement is not the name's ("del exregidor")
        (
            ["Habló", "el", "abogado", "del", "exregidor", ",", "Ana", "Gil", "."],
            ["VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O"],
            "Ana Gil",
            ["el abogado del exregidor"],
        ),
        # an organisation's title before "a" and another name is said to it, not its
        (
            ["Lo", "comunicó", "la", "compañía", "a", "la", "Comisión", "Nacional", "."],
            ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"],
            "Comisión Nacional",
            [],
        ),
        # a short form set off by commas after an institution's name is its alias
        (
            [
                "Habló",
                "la",
                "Federación",
                "Nacional",
                "de",
                "Vecinos",
                ",",
                "Fenavi",
                ",",
                "ayer",
                ".",
            ],
            [
                "VERB",
                "DET",
                "PROPN",
                "PROPN",
                "ADP",
                "PROPN",
                "PUNCT",
                "PROPN",
                "PUNCT",
                "ADV",
                "PUNCT",
            ],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "O", "O"],
            "Federación Nacional de Vecinos",
            ["Fenavi"],
        ),
        # a title alone refers back to the person last named
        (
            ["Vino", "Omar", "Bakr", ".", "El", "presidente", "calló", "."],
            ["VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
            ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O"],
            "Omar Bakr",
            ["El presidente"],
        ),
    ],
)
def test_actors_aliases_by_rule(
    blank_es: Language,
    words: list[str],
    pos: list[str],
    ents: list[str],
    name: str,
    aliases: list[str],
) -> None:
    first = _link(blank_es, words, pos, ents)._.prensa_actors[0]
    assert (first["name"], first["aliases"]) == (name, aliases)


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        # an age in apposition makes a person of what the model called a place
        (
            ["Murió", "Rosa", "Lima", ",", "de", "30", "años", "."],
            ["VERB", "PROPN", "PROPN", "PUNCT", "ADP", "NUM", "NOUN", "PUNCT"],
            ["O", "B-LOC", "I-LOC", "O", "O", "O", "O", "O"],
            ("Rosa Lima", "PER"),
        ),
        # Spanish puts no article before a person's name
        (
            ["Ganó", "el", "Atlético", "y", "luego", "el", "Atlético", "."],
            ["VERB", "DET", "PROPN", "CCONJ", "ADV", "DET", "PROPN", "PUNCT"],
            ["O", "O", "B-PER", "O", "O", "O", "B-PER", "O"],
            ("Atlético", "ORG"),
        ),
        # listed beside institutions, a name is one
        (
            ["Firmaron", "la", "Fiscalía", ",", "la", "Policía", "y", "Bancol", "."],
            ["VERB", "DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "PROPN", "PUNCT"],
            ["O", "O", "B-ORG", "O", "O", "B-ORG", "O", "B-PER", "O"],
            ("Bancol", "ORG"),
        ),
        # a one-word name with nothing of a person's, listed with an organisation
        (
            ["Ayer", "Zentel", "y", "Movicom", "cayeron", "."],
            ["ADV", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
            ["O", "B-PER", "O", "B-ORG", "O", "O"],
            ("Zentel", "ORG"),
        ),
        # a kind of organisation in apposition outweighs even the gazetteer
        (
            ["Dirigió", "Perú", ",", "la", "aerolínea", "que", "quebró", "."],
            ["VERB", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "PUNCT"],
            ["O", "B-LOC", "O", "O", "O", "O", "O", "O"],
            ("Perú", "ORG"),
        ),
        # the issuer of a survey, a ruling or a report is an organisation
        (
            ["Según", "la", "encuesta", "de", "Datex", ",", "ganará", "."],
            ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
            ["O", "O", "O", "O", "B-LOC", "O", "O", "O"],
            ("Datex", "ORG"),
        ),
        # a name the model could not place that speaks and is named twice is an
        # organisation: speaking makes no person ("Zentel respondió ... Zentel dijo")
        (
            [
                "Según",
                "la",
                "ingeniera",
                ",",
                "Zentel",
                "mintió",
                ".",
                "Zentel",
                "dijo",
                "que",
                "no",
                ".",
            ],
            [
                "ADP",
                "DET",
                "NOUN",
                "PUNCT",
                "PROPN",
                "VERB",
                "PUNCT",
                "PROPN",
                "VERB",
                "SCONJ",
                "ADV",
                "PUNCT",
            ],
            ["O", "O", "O", "O", "B-MISC", "O", "O", "B-MISC", "O", "O", "O", "O"],
            ("Zentel", "ORG"),
        ),
        # people of a trade, then where they work: the name is a firm's
        (
            ["Ayer", ".", "Analistas", "de", "Zentel", "advirtieron", "."],
            ["ADV", "PUNCT", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"],
            ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O"],
            ("Zentel", "ORG"),
        ),
        # the "de" of a title of who leads an organisation names the organisation
        (
            ["Habló", "la", "expresidenta", "de", "Nuevo", "Rumbo", "."],
            ["VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "B-PER", "I-PER", "O"],
            ("Nuevo Rumbo", "ORG"),
        ),
        # a term of office is a person's: "la presidencia de X"
        (
            ["Ocurrió", "durante", "la", "presidencia", "de", "Zapater", "."],
            ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "O", "B-LOC", "O"],
            ("Zapater", "PER"),
        ),
        # a noun of kinship in apposition says the name is a person's
        (
            ["Lo", "supe", "por", "Zaida", ",", "la", "mujer", "de", "Gil", "."],
            ["PRON", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
            ["O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-PER", "O"],
            ("Zaida", "PER"),
        ),
        # a possessive before a name: no person's ("su Tottenham", a club)
        (
            ["Pochettino", "y", "su", "Zentel", "ganaron", "."],
            ["PROPN", "CCONJ", "DET", "PROPN", "VERB", "PUNCT"],
            ["B-PER", "O", "O", "B-PER", "O", "O"],
            ("Zentel", "ORG"),
        ),
        # a magazine's name after its kind
        (
            ["En", "la", "revista", "británica", "Fizzle", "escribió", "."],
            ["ADP", "DET", "NOUN", "ADJ", "PROPN", "VERB", "PUNCT"],
            ["O", "O", "O", "O", "B-PER", "O", "O"],
            ("Fizzle", "ORG"),
        ),
        # a business open to the public is named after its kind: "la discoteca X"
        (
            ["Ardió", "la", "discoteca", "Teatre", "."],
            ["VERB", "DET", "NOUN", "PROPN", "PUNCT"],
            ["O", "O", "O", "B-PER", "O"],
            ("Teatre", "ORG"),
        ),
        # a nickname after "alias" is a person's, whatever its article says
        (
            ["Cayó", "alias", "'", "el", "Flaco", "'", "."],
            ["VERB", "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "PUNCT"],
            ["O", "O", "O", "O", "B-ORG", "O", "O"],
            ("Flaco", "PER"),
        ),
    ],
)
def test_actors_type_by_context(
    blank_es: Language, words: list[str], pos: list[str], ents: list[str], expected: tuple[str, str]
) -> None:
    actors = _link(blank_es, words, pos, ents)._.prensa_actors
    assert expected in [(a["name"], a["type"]) for a in actors]


def test_actors_quoted_generic_dropped(blank_es: Language) -> None:
    words = ["Dijo", ":", "“", "Ayudaremos", "al", "Gobierno", "”", "."]
    doc = _link(
        blank_es,
        words,
        ["VERB", "PUNCT", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "PUNCT"],
        ["O", "O", "O", "O", "O", "B-ORG", "O", "O"],
    )
    assert doc._.prensa_actors == []


@pytest.mark.parametrize(
    ("word", "feminine"),
    [
        ("presidente", "presidenta"),
        ("alcalde", "alcaldesa"),
        ("director", "directora"),
        ("ministro", "ministra"),
        ("portavoz", None),  # epicene: the masculine may name a woman
    ],
)
def test_actors_feminine_title(word: str, feminine: str | None) -> None:
    assert lex.feminine_title(word) == feminine


def test_actors_titles_take_the_prefix_ex() -> None:
    # RAE Ortografía 2010: "ex" is written joined to a one-word base
    titles = lex.titles()
    assert titles["exdirector"][0] == "PER" and titles["exalcaldesa"][0] == "PER"
    assert "experto" in titles  # a listed word is kept as it is, not taken apart


def test_given_names_more_is_what_the_tool_writes() -> None:
    """``given_names_more.tsv`` is regenerated, never edited by hand."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "given_names.py"
    spec = importlib.util.spec_from_file_location("given_names_tool", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.OUT.read_text(encoding="utf-8") == tool.render()


def test_given_names_more_is_weaker_evidence() -> None:
    # the longer list splits and sexes names, but does not make the strong list
    assert "paloma" in lex.all_given_names() and "paloma" not in lex.given_names()
    assert lexicon.given_name_sex()["paloma"] == "F"
