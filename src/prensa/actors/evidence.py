"""What the words around a name say of who it names: a person's evidence (an
age, a title, a verb of saying, the "a" of a person acted on, "alias") and
an organisation's (a kind apposed or before it, "la ONG" referring back, a
club's demonym, staff, products, "Desde Sumar, su portavoz").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from prensa.actors import lexicon as lex
from prensa.actors.tokens import (
    epithet_start,
    is_acronym,
    sentence_initial,
)
from prensa.actors.words import Candidate
from prensa.lexicon import rows, word_class
from prensa.token_table import tokens_between

# words that open a source or opinion frame before a comma ("Según la ministra, X")
FRAMES = frozenset({"según", "para"})


def person_context(doc: Doc, c: Candidate) -> float:
    """Evidence around a span that it names a person: an age ("Ana Gil, de 43
    años"), a title beside it ("Ana Gil, directora de...", "el juez Gil"), or
    a verb of saying it is the subject of ("dice Ana")."""
    n, score = len(doc), 0.0
    titles = lex.titles()
    after = [t.lower_ for t in tokens_between(doc, c.end, min(c.end + 4, n))]
    if (
        after[:2] == [",", "de"]
        and len(after) == 4
        and doc[c.end + 2].like_num
        and after[3] in {"años", "año", "meses"}
    ):
        score += 3
    if after[:1] == [","] and any(
        titles.get(w, ("",))[0] == "PER" or w in lex.kinship() for w in after[1:3]
    ):
        score += 2  # "Ana Gil, directora de ...", "Amina, la mujer de Cachalia"
    elif after[:2] == [",", "que"] and _titled_clause(doc, c.end + 2):
        score += 2  # "Bill Keller, que era redactor jefe"
    # "el juez Gil", "la activista lesbiana Alice Coffin" (up to two adjectives
    # between); but not an adjective of something else ("la agencia oficial SANA")
    title = c.start - 1
    while (
        title > c.start - 3
        and title > 0
        and doc[title].text.islower()
        and (doc[title].pos_ == "ADJ" or doc[title].lower_ in lex.demonyms())
        and doc[title].lower_ not in titles
    ):
        title -= 1
    if c.start and titles.get(doc[title].lower_, ("",))[0] == "PER" and doc[title].dep_ != "amod":
        score += 2
    elif (
        (lead := epithet_start(doc, c.start))
        and doc[lead - 1].text == ","
        and any(titles.get(t.lower_, ("",))[0] == "PER" for t in _before_comma(doc, lead))
        # "Según la ingeniera, Facebook ha sido lento": a source frame, no apposition
        and not any(t.lower_ in FRAMES for t in _before_comma(doc, lead))
    ):
        # "el secretario de Seguridad, Andrés Villamizar", "El comisario de Pesca, el
        # maltés Karl Borg,": more when the apposition closes with a comma too
        # ("El exdirector del Inadi, Greta Pena, criticó")
        closed = c.end < n and doc[c.end].text in {",", ")"}
        score += 2.5 if closed else 1.5
    if speaks(doc, c):
        score += 2
    return score


def _before_comma(doc: Doc, start: int) -> Span:
    """The words a name at ``start``, after a comma, may be apposed to."""
    return doc[_title_window(doc, start - 1) : start - 1]


def _title_window(doc: Doc, comma: int) -> int:
    """Where to look for the title a name after ``comma`` is apposed to: eight
    words back, past a short form in brackets before the comma ("El presidente
    del Comité Cívico Potosinista (Comcipo), Germán Llanos")."""
    start = comma - 8
    if comma >= 2 and doc[comma - 1].text == ")":
        opening = next(
            (k for k in range(comma - 2, max(comma - 6, 0), -1) if doc[k].text == "("), None
        )
        if opening is not None:
            start = opening - 8
    return max(start, 0)


def led(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is the "de" complement of a title of who
    leads or belongs to an organisation ("presidenta de", "líder del")."""
    i = start - 1
    if i >= 1 and doc[i].lower_ in {"el", "la", "los", "las"}:
        i -= 1
    return i >= 1 and doc[i].lower_ in {"de", "del"} and doc[i - 1].lower_ in lex.leading_titles()


def kind_apposed(doc: Doc, c: Candidate) -> bool:
    """A kind of organisation in apposition right after the name: "Santander,
    banco al cual defendió", "Iberdrola, la eléctrica que ..."."""
    i = c.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    if c.start and doc[c.start - 1].lower_ in lex.PLACE_PREPOSITIONS:
        return False  # "En Bolivia, la red de transporte ...": where, and the clause goes on
    i += 1
    if doc[i].lower_ in {"el", "la", "un", "una"} and i + 1 < len(doc):
        i += 1
    return (
        doc[i].text.islower()
        and doc[i].lower_ in lex.org_kinds()
        # "el sur de Bolivia, la petrolera brasileña pretende ...": the kind opens
        # the next clause as its subject, no apposition
        and not doc[i].dep_.startswith("nsubj")
    )


def place_apposed(doc: Doc, c: Candidate) -> bool:
    """A kind of inhabited place right after the name, in apposition or as
    what it is: "Barbacoas, localidad distante 236 kilómetros de Pasto",
    "Santo Domingo, capital de la República Dominicana", "Juiz de Fora, una de
    las mayores ciudades de Minas Gerais", "Ibagué es la capital del Tolima"."""
    i, n = c.end, len(doc)
    if i + 1 >= n:
        return False
    if doc[i].text == ",":
        if c.start and doc[c.start - 1].lower_ in FRAMES:
            return False  # "Según Ana Gil, la ciudad ...": a frame, no apposition
    elif not (doc[i].lemma_ == "ser" and doc[i].pos_ == "AUX"):
        return False
    i += 1
    if i + 3 < n and doc[i].lower_ in {"uno", "una"} and doc[i + 1].lower_ == "de":
        i += 2  # "una de las mayores ciudades": the kind, in the plural
        plural = True
    else:
        plural = False
    if i < n and doc[i].lower_ in {"el", "la", "los", "las", "un", "una"}:
        i += 1
    while i < n and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1  # "las principales ciudades", "la pequeña localidad"
    if i >= n or not doc[i].text.islower() or doc[i].dep_.startswith("nsubj"):
        return False  # "En Bolivia, la ciudad votó": the kind opens the next clause
    kinds = lex.place_kind_plurals() if plural else word_class("actors", "place_kinds")
    return doc[i].lower_ in kinds


# what opens the noun phrase of a kind before its name: "Su editorial, Alfaguara,"
KIND_OPENERS = frozenset({"el", "la", "los", "las", "su", "sus", "este", "esta", "un", "una"})


def kind_before(doc: Doc, c: Candidate) -> bool:
    """A kind of organisation heads the phrase the name is apposed to: "Su
    editorial, Alfaguara, anunció", "Por su parte, la patronal del sector,
    Aelec, advirtió". The kind opens its phrase (an article or a possessive
    right before it, nothing before that but the clause's start or a comma), so
    that "el presidente de la empresa, Juan Pérez," is no such phrase."""
    if c.start < 3 or doc[c.start - 1].text != ",":
        return False
    if c.end < len(doc) and doc[c.end].text not in {",", "."}:
        return False
    kinds = _org_kind_words()
    for k in range(c.start - 2, max(c.start - 6, 0), -1):
        tok = doc[k]
        if tok.is_punct or tok.pos_ in {"VERB", "AUX"} or not tok.text.islower():
            return False
        if tok.lower_ in kinds and doc[k - 1].lower_ in KIND_OPENERS:
            return k < 2 or doc[k - 2].is_punct or sentence_initial(doc[k - 1])
    return False


# organisation nouns that are no one's affiliation: a person is never called "la
# formación" or "el club", but the party or the club a politician or a player
# belongs to is; these refer back to the body itself
AFFILIATIONS = frozenset({"partido", "formación", "club", "equipo", "conjunto", "coalición"})


@cache
def _bodies() -> frozenset[str]:
    """Nouns of kinds of organisation that are no one's affiliation."""
    return lex.org_kinds() - AFFILIATIONS


def called_by_a_kind_after(doc: Doc, c: Candidate) -> bool:
    """Whether a one-word name with no given name is the next thing a definite
    noun of a kind of organisation refers back to, as the subject of its clause,
    before any other name: "Greenpeace exigió que ... La ONG también pidió",
    "Meta anunció despidos. La compañía dijo ..." (the model calls such names
    persons). A name after a preposition of place ("en Madrid") is where the
    clause happens, not who acts in it."""
    if c.end - c.start != 1 or lex.unaccented(doc[c.start].lower_) in lex.all_given_names():
        return False  # "Su vecina Carmen asentía": a given name alone is a person's
    if c.start and doc[c.start - 1].lower_ in lex.PLACE_PREPOSITIONS:
        return False  # "presentó sus resultados en Madrid. La compañía ...": a place
    kinds = _bodies()
    for tok in doc[c.end : min(c.end + 40, len(doc))]:
        if (
            tok.lower_ in kinds
            and tok.dep_ in {"nsubj", "nsubj:pass"}
            and tok.head.dep_ == "ROOT"  # a main clause's subject, no content's
            and tok.sent.start > c.start  # in a later sentence
            and doc[tok.i - 1].lower_ in {"el", "la"}
        ):
            return True  # "La ONG" ("ONG" is tagged as a name: tested first)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start:
            return False  # another name comes first
    return False


def personal_object(doc: Doc, c: Candidate) -> bool:
    """A one-word name after "a" that is its verb's direct object: Spanish marks
    a person acted on with "a" ("ha fichado a Arregui", "detuvieron a
    Quiroga"); a place takes "a" after a verb of motion, which is no object."""
    if c.end - c.start != 1 or c.start == 0 or doc[c.start - 1].lower_ != "a":
        return False
    tok = doc[c.start]
    return (
        tok.dep_ == "obj"
        and tok.head.pos_ == "VERB"
        and not lex.moves_to(tok.head)
        and not is_acronym(tok)
        # "transferir a Euskadi la gestión": a second object makes the first a recipient
        and not any(o.dep_ == "obj" and o.i != tok.i for o in tok.head.children)
    )


def from_the_side_of(doc: Doc, c: Candidate) -> bool:
    """ "Desde Sumar, su portavoz ...", "Desde el Ministerio, su titular ...": a
    name after "desde" and before a comma and a possessive title is the side
    that speaks, an organisation, not where something comes from."""
    start = c.start - 1 if c.start and doc[c.start - 1].lower_ in lex.ARTICLES else c.start
    if not (
        start > 0
        and doc[start - 1].lower_ == "desde"
        and c.end + 2 < len(doc)
        and doc[c.end].text == ","
    ):
        return False
    owner, title = doc[c.end + 1].lower_, doc[c.end + 2].lower_
    if title in word_class("actors", "spokespeople"):
        # a spokesperson speaks for a body: "Desde Sumar, la portavoz ..."
        return owner in {"su", "sus"} or owner in lex.ARTICLES
    # who leads an organisation, with its possessive ("Desde Lima, el alcalde" is a city's)
    return owner in {"su", "sus"} and title in lex.leading_titles()


def club_with_nationality(doc: Doc, c: Candidate) -> bool:
    """Whether a masculine article opens the name and a demonym follows it:
    "del West Ham inglés", "al Oporto portugués", "el Inter italiano". A place
    takes its country's adjective only as a name of its own ("el Sáhara
    Occidental" is capitalised); a club, a firm or a party is told apart so."""
    return (
        c.start > 0
        and c.end < len(doc)
        and doc[c.start - 1].lower_ in {"el", "del", "al"}
        and doc[c.end].text.islower()
        and doc[c.end].lower_ in lex.demonyms()
    )


def affiliation(doc: Doc, c: Candidate) -> str | None:
    """The "del" or "de" that sets the name off by commas right after a
    person's name, None where none does. After "del", the club, firm or party
    the person belongs to: "fichó a Jean-Marc Chanelet, del Nantes, y a ...",
    "Ana Gil, del Banco Central, dijo"; after "de", that or the person's town
    (Spanish writes a place of origin with no article): "Rafael López Aliaga,
    de Renovación Popular,", "Ana Gil, de Cádiz,". Never another person."""
    i = c.start
    if (
        i >= 3
        and doc[i - 1].lower_ in {"de", "del"}
        and doc[i - 2].text == ","
        and doc[i - 3].ent_type_ == "PER"
        and (c.end >= len(doc) or doc[c.end].is_punct or doc[c.end].lower_ in {"y", "e"})
    ):
        return doc[i - 1].lower_
    return None


def staff_of(doc: Doc, start: int) -> bool:
    """ "los analistas de Bankinter", "economistas de Goldman Sachs": a name after
    "de" and a noun of an organisation's staff is the organisation ("los hijos de
    Ana Gil", "médicos de Lima" are of no firm)."""
    return start >= 2 and doc[start - 1].lower_ == "de" and doc[start - 2].lower_ in _staff()


def organ_of(doc: Doc, start: int) -> bool:
    """ "la comisión permanente de Udalbiltza", "la asamblea general de X", "el
    consejo de administración de X", "la cúpula de X": a name after "de" and a
    noun of an organisation's bodies (``organs``), with its adjectives, is the
    organisation."""
    if start < 2 or doc[start - 1].lower_ not in {"de", "del"}:
        return False
    i = start - 2
    if i >= 2 and doc[i].lower_ == "administración" and doc[i - 1].lower_ == "de":
        return doc[i - 2].lower_ == "consejo"  # "el consejo de administración de X"
    for _ in range(2):
        if i >= 1 and doc[i].text.islower() and doc[i].pos_ == "ADJ":
            i -= 1  # "permanente", "general", "ejecutivo"
    return doc[i].text.islower() and doc[i].lower_ in word_class("actors", "organs")


@cache
def _staff() -> frozenset[str]:
    """Plural nouns of the staff of organisations (``staff_nouns.tsv``)."""
    return frozenset(r["word"] for r in rows("actors", "staff_nouns"))


def after_alias(doc: Doc, start: int) -> bool:
    """ "alias 'el Flaco'", "alias Otoniel", "alias el Chapo": the word "alias"
    before the name, past quotation marks and an article."""
    return alias_before(doc, start) is not None


def alias_before(doc: Doc, start: int) -> int | None:
    """Where the word "alias" stands before the name at ``start``, past
    quotation marks and an article; None where it does not."""
    i = start - 1
    while i >= 0 and start - i <= 3 and (doc[i].is_quote or doc[i].lower_ in {"el", "la"}):
        i -= 1
    return i if i >= 0 and doc[i].lower_ == "alias" else None


def _titled_clause(doc: Doc, i: int) -> bool:
    """Whether a relative clause at ``i`` gives a person's title: "(que) era
    redactor jefe", "(que) fue la primera ministra"."""
    words = doc[i : i + 4]
    if not len(words) or words[0].lemma_ != "ser":
        return False
    return any(lex.titles().get(t.lower_, ("",))[0] == "PER" for t in words[1:])


def speaks(doc: Doc, c: Candidate) -> bool:
    """Whether the span is the subject of a verb of saying ("dice Ana")."""
    return any(
        t.dep_.startswith("nsubj")
        and t.head.lemma_ in lex.speech_verbs()
        and not _across_lines(doc, t.i, t.head.i)  # a headline's name, the body's verb
        for t in tokens_between(doc, c.start, c.end)
    )


def _across_lines(doc: Doc, a: int, b: int) -> bool:
    """Whether a line break stands between tokens ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return any("\n" in t.text_with_ws for t in doc[lo:hi])


def made_or_listed_by_kind(doc: Doc, start: int) -> bool:
    """Whether the name (or the list it closes) follows a product and "de" ("las
    vacunas de Pfizer y Moderna", "las vacunas Pfizer y Moderna") or a plural kind
    of organisation and "como" ("corporaciones como Mastercard y Paypal")."""
    i = start - 1
    while i >= 2 and doc[i].lower_ in {"y", "e", ","} and doc[i - 1].text[:1].isupper():
        i -= 2  # back over the list's earlier names
        while i >= 1 and doc[i].text[:1].isupper():
            i -= 1
    if i < 1:
        return False
    if doc[i].lower_ in word_class("actors", "products"):
        return True
    if doc[i].lower_ in {"de", "del"} and doc[i - 1].lower_ in word_class("actors", "products"):
        return True
    # "los fabricantes de teléfonos Motorola, Alcatel y Sagem", "las operadoras
    # Claro y Movistar": a plural kind, perhaps with a bare complement, then the list
    if doc[i].lower_ in _plural_kinds():
        return True
    if i >= 2 and doc[i - 1].lower_ == "de" and doc[i - 2].lower_ in _plural_kinds():
        return doc[i].text.islower()
    if doc[i].lower_ != "como":
        return False
    # "Organizaciones de derechos humanos como Amnistía": the kind may have a complement
    for k in range(i - 1, max(i - 5, -1), -1):
        if doc[k].lower_ in _plural_kinds():
            return True
        if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX"}:
            return False
    return False


@cache
def issued_documents() -> frozenset[str]:
    """Documents that institutions issue ("encuesta", "sentencia", "informe"), and
    their plurals: the name after their "de" is the issuer's."""
    words = frozenset(
        r["lemma"] for r in rows("speakers", "speech_documents") if r["issuer"] == "org"
    )
    return words | frozenset(lex.plural(w) for w in words)


@cache
def _org_kind_words() -> frozenset[str]:
    """Nouns of kinds of organisation: org_kinds.tsv and the organisation titles."""
    return lex.org_kinds() | frozenset(w for w, t in lex.titles().items() if t[0] == "ORG")


@cache
def _plural_kinds() -> frozenset[str]:
    """Plurals of the kinds of organisation: "empresas", "corporaciones"."""
    return frozenset(lex.plural(k) for k in _org_kind_words())


def acts_on_someone(doc: Doc, c: Candidate) -> bool:
    """Whether the span is the subject of a verb whose object is a person named
    with "a" ("despidió a Sophie Zhang", "demandó a Ana Gil")."""
    for t in doc[c.start : c.end]:
        if t.dep_ != "nsubj" or t.head.pos_ != "VERB":
            continue
        for obj in t.head.children:
            if obj.dep_ == "obj" and any(m.lower_ in {"a", "al"} for m in obj.children):
                one_line = not any("\n" in w.text_with_ws for w in doc[c.start : obj.i])
                return one_line and (obj.ent_type_ == "PER" or obj.pos_ == "PROPN")
    return False
