"""Words that decide how a speaker phrase refers: pronouns, articles, the
gender of a title, institution nouns, and the relative clause an unnamed
speaker's name can do without."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from prensa import lexicon
from prensa.speakers.words import INDEFINITES as BASE_INDEFINITES

PRONOUNS = frozenset(
    {
        "él",
        "ella",
        "ellos",
        "ellas",
        "este",
        "esta",
        "éste",
        "ésta",
        "quien",
        "quienes",
        "usted",
        "ustedes",
        "ambos",
        "ambas",
        "yo",
        "nosotros",
        "se",
        "su",  # "A su juicio, ...": the possessive of an opinion frame
        "sus",
    }
)
DEFINITE = frozenset({"el", "la", "los", "las"})
# indefinite pronouns name unnamed speakers ("uno de ellos", "algunos que ..."): NOM actors
INDEFINITES = BASE_INDEFINITES | {"varios", "varias", "muchos", "muchas"}


def institution(tok: Token) -> bool:
    """A noun that heads the names of organisations ("embajada", "fiscalía")."""
    heads = _name_heads()
    found = heads.get(tok.lower_) or heads.get(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and found is not None and found[0] == "ORG"


def org_head(word: str) -> bool:
    """Whether ``word`` (in lower case) heads the names of organisations, in
    capitals or not: "universidad", "hospital", "fundación"."""
    found = _name_heads().get(word)
    return found is not None and found[0] == "ORG"


def gender(tok: Token) -> str | None:
    """ "Fem" for a feminine title noun ("la secretaria" is no man), "Masc" for a
    singular masculine one that has a feminine form ("el religioso", "el
    ministro": a woman would be "la religiosa", "la ministra"), else None: a noun
    of one form for both ("el portavoz", "el fiscal") may name a woman."""
    if "Gender=Fem" in str(tok.morph):
        return "Fem"
    articles = {c.lower_ for c in tok.children if c.dep_ == "det"}
    # a noun of one form for both ("la fiscal", "la portavoz", "una testigo"):
    # its article tells
    if articles & FEMININE_DETERMINERS:
        return "Fem"
    if articles & MASCULINE_DETERMINERS and _has_feminine(tok):
        return "Masc"
    return None


FEMININE_DETERMINERS = frozenset(
    {"la", "las", "una", "unas", "esta", "estas", "esa", "esas", "aquella", "aquellas"}
)
MASCULINE_DETERMINERS = frozenset({"el", "un", "este", "ese", "aquel"})


def plural_noun(tok: Token) -> bool:
    """Whether a noun is plural: by its morphology, or, for a word that shows
    none (an acronym: "las ONG", "los ERE" are invariable), by its article."""
    if "Number=Plur" in str(tok.morph):
        return True
    return not tok.morph.get("Number", []) and any(
        c.dep_ == "det" and c.lower_ in {"los", "las", "unos", "unas"} for c in tok.children
    )


def _has_feminine(tok: Token) -> bool:
    """A singular masculine noun with a feminine form: a title whose feminine
    titles.tsv lists ("presidente" / "presidenta", "director" / "directora"),
    or any noun in -o that the tagger marks masculine ("religioso")."""
    if "Number=Plur" in str(tok.morph):
        return False
    titles = lexicon.person_titles()
    stem = tok.lower_[:-1] if tok.lower_.endswith(("o", "e")) else tok.lower_
    if any(form in titles for form in (stem + "a", tok.lower_ + "a", stem + "esa")):
        return True
    return tok.lower_ not in titles and tok.lower_.endswith("o") and "Gender=Masc" in str(tok.morph)


def person_noun(tok: Token) -> bool:
    """A noun of persons: a person's title ("portavoz", "vecinas" by its
    singular), a source ("fuente"), or a group that holds opinions
    ("seguidores")."""
    words = {tok.lower_, tok.lemma_.lower(), tok.lower_.rstrip("s"), tok.lower_[:-2]}
    return bool(words & (lexicon.person_titles() | _people()))


@cache
def _people() -> frozenset[str]:
    return lexicon.opinion_holders() | {"fuente", "persona"}


def without_relative(phrase: Span) -> Span:
    """ "las vecinas que cortaron la calle" -> "las vecinas": an unnamed speaker
    named by a determiner and a noun needs no relative clause to be told apart.
    A pronoun ("algunos que ...") or a bare noun ("asociaciones que ...") does:
    there the relative clause is the name. Nor does an apposition to a name
    inside it: "la familia de Marcos Ibarra, el joven fallecido" -> "la familia
    de Marcos Ibarra". After an indefinite article the clause stays where it
    names no one: "un jubilado que no quiso dar su nombre" is how the article
    names someone it met once; "una fuente de la entidad que dirige Ana Gil"
    is the source."""
    head = phrase.root
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.pos_ != "NOUN" or not dets:
        return phrase
    for tok in phrase:
        if (
            dets[0] in INDEFINITE
            and tok.i > head.i
            and tok.lower_ in RELATIVE_PRONOUNS
            and not any(t.pos_ == "PROPN" for t in phrase.doc[tok.i : phrase.end])
        ):
            return phrase
        named = (
            tok.text == ","
            and tok.i - 1 > head.i
            and phrase.doc[tok.i - 1].pos_ == "PROPN"
            and tok.i + 1 < phrase.end
            and phrase.doc[tok.i + 1].pos_ == "DET"  # "..., Laia Bonet" is the name
        )
        if named or (tok.i > head.i and tok.lower_ in RELATIVE_PRONOUNS):
            cut = phrase.doc[phrase.start : tok.i]
            while len(cut) > 1 and (cut[-1].is_punct or cut[-1].is_space):
                cut = cut[:-1]
            return cut if len(cut) else phrase
    return phrase


INDEFINITE = frozenset({"un", "una", "unos", "unas"})
RELATIVE_PRONOUNS = frozenset(
    {"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde"}
)


# Suffixes of Spanish abstract nouns (RAE-ASALE Nueva gramática §5.2-5.4:
# nominalisations of actions and qualities): "la interrupción", "el
# crecimiento", "la posibilidad", "la tendencia", "la pobreza", "el racismo".
ABSTRACT_SUFFIXES = ("ción", "sión", "miento", "dad", "tad", "tud", "ncia", "eza", "ismo")


def speaks(head: Token) -> bool:
    """Whether a subject head can be someone who speaks: not an abstract noun
    ("La interrupción de las cadenas ... subrayó", a parse that took content
    for the subject) unless it names an institution or a role ("la
    organización", "la dirección", "la autoridad"), and not a neuter "lo"
    phrase ("Lo importante, dijo, es ...")."""
    if any(c.lower_ == "lo" and c.dep_ == "det" for c in head.children) or head.lower_ == "lo":
        return False
    if head.pos_ != "NOUN":
        return True
    word = head.lower_
    if not word.endswith(ABSTRACT_SUFFIXES) and not head.lemma_.lower().endswith(ABSTRACT_SUFFIXES):
        return True
    singular = head.lemma_.lower()
    return (
        word in _name_heads()
        or singular in _name_heads()
        or word in _org_kinds()
        or singular in _org_kinds()
        or word in roles()
        or singular in roles()
    )


def names_a_speaker(head: Token) -> bool:
    """Whether the head of an unnamed speaker phrase names who may speak: a
    pronoun ("otros", "uno de ellos"), or a noun of people, groups,
    organisations or documents in the word lists (titles, kinship, opinion
    holders, organisation heads and kinds, documents, ``person_nouns.tsv``).
    "Las tarifas ... crecieron en «dos dígitos»" or "una marcha" name none: such a
    phrase stays on its quotation and is no actor."""
    if head.pos_ == "PRON" or head.lower_ in INDEFINITES or head.lower_ in PRONOUNS:
        # a part of a whole is of the whole's kind: "uno de ellos", "una de las pancartas"
        whole = next(
            (
                c
                for c in head.children
                if c.i > head.i and any(g.dep_ == "case" and g.lower_ == "de" for g in c.children)
            ),
            None,
        )
        return whole is None or names_a_speaker(whole)
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return True  # a name the registry did not place ("Sumar respondió")
    if head.pos_ in {"ADJ", "VERB"}:
        # an adjective or participle made a noun by its article names people ("los
        # inconformes", "los afectados"), but not a degree ("el más importante")
        # or the neuter "lo" ("lo dicho")
        kids = {c.lower_ for c in head.children}
        return bool(kids & {"el", "la", "los", "las", "un", "una", "unos", "unas"}) and not (
            kids & {"más", "menos", "lo"}
        )
    if head.pos_ not in {"NOUN", "PROPN"}:  # a lower-case "PROPN" is the tagger's slip
        return False
    nouns = _speaking_nouns()
    word = head.lower_
    # the word, its lemma, or its singular where the model's lemma is the plural
    forms = {word, head.lemma_.lower(), word[:-1] if word.endswith("s") else word}
    if word.endswith("es"):
        forms.add(word[:-2])
    return bool(forms & nouns)


@cache
def _speaking_nouns() -> frozenset[str]:
    org_heads = frozenset(w for w, (type_, _, _) in _name_heads().items() if type_ == "ORG")
    return (
        frozenset(roles())
        | lexicon.kinship()
        | lexicon.opinion_holders()
        | org_heads
        | _org_kinds()
        | documents()
        | lexicon.column("speakers", "person_nouns", "word")
    )


def is_abbreviated_title(tok: Token) -> bool:
    """ "Dra.", "Sr.", "Lic.": an abbreviation of a title, followed by a name."""
    doc = tok.doc
    return (
        tok.text.endswith(".")
        and 2 <= len(tok.text) <= 6
        and tok.text[:1].isupper()
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ == "PROPN"
        and doc[tok.i + 1].text[:1].isupper()
    )


@cache
def documents() -> frozenset[str]:
    """Nouns of documents that speak for whoever issued them ("el informe", "la carta")."""
    return lexicon.column("speakers", "speech_documents", "lemma")


@cache
def time_nouns() -> frozenset[str]:
    """Units, weekdays and months: "desde el lunes" tells when, not who."""
    return (
        lexicon.column("timex", "units", "word")
        | lexicon.column("timex", "weekdays", "word")
        | lexicon.column("timex", "months", "word")
    )


@cache
def roles() -> dict[str, str]:
    """Role nouns and the actor type they refer to ("presidente" -> PER), from titles.tsv,
    a person's title also with the prefix "ex" ("exdirector")."""
    rows = lexicon.rows("actors", "titles")
    found = {r["word"].lower(): r["refers"] for r in rows}
    for r in rows:
        if r["refers"] == "PER":
            found.setdefault("ex" + r["word"].lower(), "PER")
    return found


# The actors' word lists, read here straight from the data rather than through
# ``prensa.actors.lexicon``, so that the speaker rules stand one floor lower.
@cache
def _name_heads() -> dict[str, tuple[str, str, bool]]:
    """Head nouns of names of organisations and places -> (type, subtype, lower)."""
    return {
        r["head"]: (r["type"], r["subtype"], r["lower"] == "1")
        for r in lexicon.rows("actors", "name_heads")
    }


def same_kind(noun: str, name: str) -> bool:
    """Whether the institution ``name`` is of the kind a generic ``noun``
    names, for the kinds whose nouns stand for one another: courts ("el
    tribunal" -> "Audiencia Provincial de Sevilla", "la corte" -> "Juzgado
    Quinto")."""
    kind = _name_heads().get(noun.lower(), ("", "", False))[1]
    return kind in SYNONYMOUS_KINDS and kind_of_name(name) == kind


def kind_of_name(name: str) -> str | None:
    """The kind of institution a name's head noun says it is ("Corte de
    Apelaciones": a court; "Grupo Alfa": a company), None where it says none."""
    found = _name_heads().get(name.split(" ", 1)[0].lower())
    return found[1] if found is not None and found[0] == "ORG" else None


# kinds of institution whose head nouns any of them may stand for
SYNONYMOUS_KINDS = frozenset({"court"})


@cache
def _org_kinds() -> frozenset[str]:
    """Nouns of kinds of organisation, and the organisation titles."""
    named = frozenset(r["word"] for r in lexicon.rows("actors", "titles") if r["refers"] == "ORG")
    return lexicon.column("actors", "org_kinds", "word") | named
