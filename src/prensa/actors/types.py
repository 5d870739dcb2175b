"""Actor typing: whether a group of spans names a person, an organisation or a place.

The gazetteer or an institution's head word decides where they can; else the
spans vote with the model's labels and the context around them (a dateline,
"viajará a", "la empresa", a title or an age beside a person's name, a verb
of saying), and names listed together take the kind of their neighbours.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from prensa.actors import lexicon as lex
from prensa.actors.tokens import (
    described_org,
    given_name,
    is_acronym,
    past_first_line,
    sentence_initial,
    source,
)
from prensa.actors.words import Candidate, Group, content_of, words_of
from prensa.extensions import text_of
from prensa.lexicon import rows, word_class
from prensa.token_table import tokens_between

# words that open a source or opinion frame before a comma ("Según la ministra, X")
FRAMES = frozenset({"según", "para"})
# Spanish puts no article and no possessive before a person's name: "el Atlético",
# "su Tottenham" name a club, "su hijo Juan" has a noun between
DETERMINERS = frozenset(
    {"el", "la", "los", "las", "del", "al", "su", "sus", "mi", "mis", "nuestro", "nuestra"}
)


def group_type(doc: Doc, g: Group, nouns: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The group's type: gazetteer, head word, then the votes of its spans.
    ``nouns`` are the language's common nouns (``lexicon.model_nouns``)."""
    if any(_kind_apposed(doc, c) or _kind_before(doc, c) for c in g.cands):
        # "Banamex y Santander, banco al cual ...", "Su editorial, Alfaguara,":
        # the text says so
        return "ORG", None
    for c in g.cands:
        if c.source == "gazetteer" or (c.subtype is not None and words_of(doc, c) == g.words):
            return c.label, c.subtype
    if any(is_agency(doc, c) for c in g.cands):
        return "ORG", None
    if any(c.source == "nickname" for c in g.cands):
        return "PER", None  # 'Jorge "Chato" Salinas', whatever "el Chato" votes
    if any(_after_alias(doc, c.start) for c in g.cands):
        return "PER", None  # "alias 'el Flaco'": a nickname, whatever its article says
    votes = {"PER": 0.0, "ORG": 0.0, "LOC": 0.0}
    full = len(g.content)
    # once the article gives the full name with a given name ("Francisco Arias
    # Cárdenas"), the model's label on the surname alone ("en Arias") is a guess
    short = 0.5 if any(given_name(doc, c.start, c.end) for c in g.cands) else 1.0
    for c in g.cands:
        weight = 2.0 if len(content_of(words_of(doc, c))) == full else short
        if c.label in votes:
            votes[c.label] += weight
        if c.end - c.start == 1 and is_acronym(doc[c.start]):
            votes["ORG"] += 1.5
        opening = c.start
        if (
            c.start > 1
            and doc[c.start - 1].lower_ in lex.ARTICLES
            and doc[c.start - 1].text[:1].isupper()
            and not sentence_initial(doc[c.start - 1])
        ):
            opening = c.start - 1  # "a La Habana": the article is the name's
        before = doc[c.start - 1].lower_ if c.start else ""
        if c.label == "LOC" and any(
            t.dep_.startswith("nsubj") and t.head.lemma_ not in lex.speech_verbs()
            for t in doc[c.start : c.end]
        ):
            votes["ORG"] += 1.5  # a place seldom acts; a firm or a club named as one does
        if c.start and doc[c.start - 1].lower_ in lex.PLACE_PREPOSITIONS:
            votes["LOC"] += 1
        elif _listed_after_place(doc, c.start) and not given_name(doc, c.start, c.end):
            votes["LOC"] += 2.5  # "en Pino Montano y Bellavista": both are where
        if (
            c.start >= 2
            and before in {"de", "del"}
            and doc[c.start - 2].lower_ in word_class("actors", "located_nouns")
        ):
            votes["LOC"] += 3  # "el mercado de Juchitán", "el penal de Marcos Paz"
        if _local_office(doc, c):
            votes["LOC"] += 3  # "el gobernador de Córdoba, Marcelo Echenique": his province
        if (
            opening
            and doc[opening - 1].lower_ in {"a", "al"}
            and doc[c.start : c.end].root.head.lemma_ in lex.motion_verbs()
        ):
            votes["LOC"] += 2.5  # "viajará a Múnich": a destination outweighs the model
        if given_name(doc, c.start, c.end):
            votes["PER"] += 3  # "Carolina Tohá": a given name opens it
        elif given_name(doc, c.start, c.end, broad=True):
            votes["PER"] += 1.5  # "Sylvia Plath": a name of the longer list, weaker
        if doc[c.start].lower_ in lex.NAME_ARTICLES and doc[c.start].text[:1].isupper():
            votes["PER"] -= 3  # "Le Figaro", "La Sexta": an article opens no person's name
            # a foreign article opens no Spanish place's name either: "Le Monde"
            votes["ORG"] += 1 if doc[c.start].lower_ in lex.ARTICLES else 3
        if described_org(doc, c.start):
            votes["ORG"] += 6  # "la empresa Telefónica", even as the subject of "dijo"
        if (
            c.start >= 2
            and doc[c.start - 1].lower_ == "de"
            and doc[c.start - 2].lower_ in word_class("actors", "accounts")
        ):
            votes["ORG"] += 3  # "su cuenta de Instagram": a platform, no place
        if _made_or_listed_by_kind(doc, c.start):
            votes["ORG"] += 3  # "las vacunas de Pfizer y Moderna", "empresas como Paypal"
        if _staff_of(doc, c.start) and not given_name(doc, c.start, c.end, broad=True):
            votes["ORG"] += 3  # "los analistas de Bankinter": the firm they work for
        if _personal_object(doc, c):
            votes["PER"] += 2  # "ha fichado a Arregui": the "a" of a person acted on
        if _called_by_a_kind_after(doc, c):
            votes["ORG"] += 3  # "Greenpeace exigió ... La ONG también pidió": a body
        if _from_the_side_of(doc, c):
            votes["ORG"] += 4  # "Desde Sumar, su portavoz ...": a party, not a place
        if _club_with_nationality(doc, c):
            votes["ORG"] += 3  # "del West Ham inglés", "el Oporto portugués": a club
        if _affiliation(doc, c):
            votes["ORG"] += 3  # "Jean-Marc Chanelet, del Nantes,": his club or firm
        if _list_opener(doc, c.start) in lex.place_kind_plurals():
            votes["LOC"] += 4  # "los municipios de Guachochi y Bocoyna": places, all of them
        if _listed_with_side(doc, c):
            votes["PER"] += 4  # "a Pedro Nieto y Galán (Recreativo), Goio (Eibar)": people
        elif _side_of_listed(doc, c):
            votes["ORG"] += 4  # ... and "(Recreativo)", "(Eibar)": their clubs or parties
        if c.start >= 2 and before in {"de", "del"} and doc[c.start - 2].lower_ in _issued():
            votes["ORG"] += 3  # "la encuesta de Cedatos", "el informe de Oxfam"
        if _led(doc, c.start):
            votes["ORG"] += 2.5  # "la expresidenta de Adelante Andalucía", "el líder de Vox"
        if (
            c.start >= 2
            and before == "de"
            and doc[c.start - 2].text in word_class("actors", "terms")
            and not is_acronym(doc[c.start])
        ):
            votes["PER"] += 2.5  # "durante la presidencia de Biden": a term of office
        if (
            c.start >= 2
            and before == "de"
            and doc[c.start - 2].lower_ in word_class("actors", "plays")
        ):
            votes["PER"] += 2.5  # "con un cabezazo de Quiroga": the player's
        if is_dateline(doc, c) or _dateline_region(doc, c):
            votes["LOC"] += 4  # outweighs the model and the capitals of an acronym
        if before in DETERMINERS and not (before == "al" and "al" in g.words):
            votes["PER"] -= 3  # Spanish writes no article before a person's name
            # "venció al Barcelona": a place takes no "al" but after a motion verb
            votes["ORG"] += 1 if before == "del" else 2
    spoken = 0.0
    for c in g.cands:
        if is_dateline(doc, c):
            continue
        votes["PER"] += person_context(doc, c)
        spoken += 2.0 if speaks(doc, c) else 0.0
    capital = " ".join(g.words) in lex.capitals() and not any(
        c.start and doc[c.start - 1].lower_ in {"el", "al", "del"} for c in g.cands
    )
    if capital:
        # "Bruselas ha advertido a España", "Bogotá calificó ...": a capital for
        # its government is still a city (not after "el", "al": a club)
        votes["LOC"] = max(votes.values()) + 1.0
    elif spoken:
        votes["LOC"] = -1.0  # what is no gazetteer place and speaks is no place
    # speaking makes no person of a name the model could not place and the article
    # repeats with nothing of a person's: an organisation speaks too ("Facebook
    # aún no ha respondido"); said once, it is a surname that speaks ("Guerra dijo")
    heard = spoken if len(g.cands) >= 2 else 0.0
    if all(c.label == "MISC" for c in g.cands) and votes["PER"] - heard < 1.5:
        return _misc_type(doc, g), None
    best = max(votes, key=lambda k: votes[k])
    if best == "PER" and all(_lower_word(doc, c) for c in g.cands):
        # "Fuentes del departamento de Sanidad indicaron": a person's name holds
        # no lower-case word but its particles
        best = "ORG" if votes["ORG"] > 0 else "MISC"
    if best == "PER" and common_noun(doc, g, nouns):
        # "el Plan de Recuperación, Transformación y Resiliencia", "director de
        # Inspección": a capitalised common noun alone is part of a longer name
        # or a department ("los ministros de Hacienda y Comercio"), no person
        office = any(after_office(doc, c.start) for c in g.cands)
        return ("ORG" if office or any(c.label == "ORG" for c in g.cands) else "MISC"), None
    return best, None


def _lower_word(doc: Doc, c: Candidate) -> bool:
    """Whether a lower-case word other than a particle stands inside the span."""
    return any(
        t.text.islower() and t.is_alpha and t.lower_ not in lex.PARTICLES
        for t in doc[c.start + 1 : c.end]
    )


def common_noun(doc: Doc, g: Group, nouns: frozenset[str]) -> bool:
    """Whether every span of the group is one capitalised word that is a
    common noun of the language ("Transformación", "Hacienda"), never a given
    name, and none has a person's context (an age, a title, a verb of saying)."""
    if len(g.content) != 1:
        return False
    for c in g.cands:
        word = doc[c.end - 1]
        if (
            word.lower_ not in nouns
            or lex.unaccented(word.lower_) in lex.given_names()
            or word.text.isupper()
            or source(word)
            or person_context(doc, c)
        ):
            return False
    return True


def after_office(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is a portfolio after an office, alone or
    listed: "ministros de Hacienda y Comercio", "consejera de Salud"."""
    i = start - 1
    while i >= 2 and doc[i].text in {",", "y", "e"} and doc[i - 1].text[:1].isupper():
        i -= 2  # back over "Hacienda y" to the "de" before it
    return i >= 1 and doc[i].lower_ in {"de", "del"} and doc[i - 1].lower_ in lex.office_plurals()


def _local_office(doc: Doc, c: Candidate) -> bool:
    """Whether the name is the "de" complement of the title of who governs a
    town or a province ("el gobernador de Córdoba", "la alcaldesa de Getafe"),
    and no body's name nor a person's ("del Banco de España", "de Ana Gil")."""
    return (
        c.start >= 2
        and doc[c.start - 1].lower_ == "de"
        and doc[c.start - 2].lower_ in word_class("actors", "local_offices")
        and doc[c.start].lower_ not in lex.name_heads()
        and not given_name(doc, c.start, c.end, broad=True)
    )


def is_dateline(doc: Doc, c: Candidate) -> bool:
    """Whether the span is a news dateline: a place in capitals opening the
    article or a paragraph, then a full stop, comma or dash ("MADRID.", "BOGOTÁ,
    20 may (EFE)."); newspapers write the city of the dispatch there."""
    first = c.start == 0 or "\n" in doc[c.start - 1].text_with_ws
    if not first:
        return False
    words = list(tokens_between(doc, c.start, c.end))
    if _own_line_dateline(doc, c, words):
        return True
    if c.end >= len(doc) or doc[c.end].text[:1] not in {".", ",", "-", "–", "—", "("}:
        return False
    if all(t.is_upper or not t.is_alpha for t in words) and any(
        t.is_alpha and len(t) > 1 for t in words
    ):
        return True
    # in mixed case, only with the date, the agency or the region after it:
    # "Lima, 4 de marzo (Andina).-", "Quito (AFP).-", "León, Guanajuato.-"
    after = [t.lower_ for t in doc[c.end : c.end + 4]]
    dated = (
        len(after) == 4
        and after[0] == ","
        and doc[c.end + 1].like_num
        and (after[2][:3] in lex.month_prefixes() or after[3] in lex.month_prefixes())
    )
    agency = (
        len(after) == 4
        and after[0] == "("
        and doc[c.end + 1].text[:1].isupper()
        and after[2][:1] == ")"
        and any(ch in "-–—" for ch in doc[c.end + 2].text + after[3])
    )
    # "Guadalajara, Jalisco.-": the city, then its region and the dash
    region = (
        len(after) >= 3
        and after[0] == ","
        and doc[c.end + 1].text[:1].isupper()
        and any(ch in "-–—" for ch in after[2])
    )
    # "Algeciras (Cádiz), 23 may (EFE).": the city, its region in brackets, the date
    bracketed = (
        len(after) == 4
        and after[0] == "("
        and doc[c.end + 1].text[:1].isupper()
        and after[2] == ")"
        and after[3] == ","
        and c.end + 4 < len(doc)
        and doc[c.end + 4].like_num
    )
    dashed = bool(after) and after[0] in {".-", ".–", ".—"}  # "Lima.- Al menos ..."
    return dated or agency or region or bracketed or dashed


def _own_line_dateline(doc: Doc, c: Candidate, words: list[Token]) -> bool:
    """ "SANTIAGO / LA VOZ" on a line of its own: the regional press's dateline,
    a city in capitals (three words at most) before a slash and the paper's
    name; never the first line, a headline's, nor a byline's name ("MARÍA
    JOSÉ ARRIETA / LA VOZ")."""
    if not (0 < len(words) <= 3 and all(t.is_upper for t in words if t.is_alpha)):
        return False
    if not any(t.is_alpha and len(t) > 1 for t in words):
        return False
    if c.end >= len(doc) or not past_first_line(doc, c.start):
        return False  # the first line is the headline's
    return doc[c.end].text == "/" and not given_name(doc, c.start, c.end, broad=True)


def _dateline_region(doc: Doc, c: Candidate) -> bool:
    """The region, often abbreviated, after a dateline's city in capitals:
    "GUADALAJARA, Jal. (apro).-", "LEÓN, Gto.-"."""
    if c.start < 2 or doc[c.start - 1].text != "," or c.end >= len(doc):
        return False
    if not doc[c.end].text.startswith((".", "-", "–", "—")):
        return False
    line = _line_opening(doc, c.start - 1, 5)
    if line is None:
        return False
    city = doc[line : c.start - 1]
    return 0 < len(city) <= 4 and all(t.is_upper or not t.is_alpha for t in city)


def _line_opening(doc: Doc, i: int, most: int) -> int | None:
    """The first token of the line that holds token ``i``, where it stands at most
    ``most`` tokens before it (a dateline's few words); else None. Bounded, so
    that a paragraph of thousands of words is never walked once per name."""
    line = i
    while line > 0 and "\n" not in doc[line - 1].text_with_ws and i - line < most:
        line -= 1
    return line if line == 0 or "\n" in doc[line - 1].text_with_ws else None


def is_agency(doc: Doc, c: Candidate) -> bool:
    """Whether the span is the agency in brackets after a dateline: "MADRID,
    3 Nov. (EUROPA PRESS) -", "LIMA (Reuters).-", "QUITO, 5 (EFE)\n"."""
    if (
        c.start < 2
        or c.end >= len(doc)
        or doc[c.start - 1].text != "("
        or doc[c.end].text[:1] != ")"
    ):
        return False
    line = _line_opening(doc, c.start - 1, 9)  # the bracket opens the dateline's line
    if line is None or not doc[line].text[:1].isupper():
        return False
    close = doc[c.end].idx + 1
    after = text_of(doc)[close : close + 3].lstrip(" ")
    return not after or after[0] in ".-–—\n"


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
        c.start
        and doc[c.start - 1].text == ","
        and any(titles.get(t.lower_, ("",))[0] == "PER" for t in _before_comma(doc, c.start))
        # "Según la ingeniera, Facebook ha sido lento": a source frame, no apposition
        and not any(t.lower_ in FRAMES for t in _before_comma(doc, c.start))
    ):
        # "el secretario de Seguridad, Andrés Villamizar": more when the apposition
        # closes with a comma too ("El exdirector del Inadi, Greta Pena, criticó")
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


def _led(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is the "de" complement of a title of who
    leads or belongs to an organisation ("presidenta de", "líder del")."""
    i = start - 1
    if i >= 1 and doc[i].lower_ in {"el", "la", "los", "las"}:
        i -= 1
    return i >= 1 and doc[i].lower_ in {"de", "del"} and doc[i - 1].lower_ in lex.leading_titles()


def _kind_apposed(doc: Doc, c: Candidate) -> bool:
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


# what opens the noun phrase of a kind before its name: "Su editorial, Alfaguara,"
KIND_OPENERS = frozenset({"el", "la", "los", "las", "su", "sus", "este", "esta", "un", "una"})


def _kind_before(doc: Doc, c: Candidate) -> bool:
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


# what stands around an item of a list: "sanciona a X (A), Y (B) y Z (C)."
LIST_BEFORE = frozenset({",", ";", "y", "e", "a", ":"})
LIST_AFTER = frozenset({",", ";", "y", "e", "."})


# organisation nouns that are no one's affiliation: a person is never called "la
# formación" or "el club", but the party or the club a politician or a player
# belongs to is; these refer back to the body itself
AFFILIATIONS = frozenset({"partido", "formación", "club", "equipo", "conjunto", "coalición"})


@cache
def _bodies() -> frozenset[str]:
    """Nouns of kinds of organisation that are no one's affiliation."""
    return lex.org_kinds() - AFFILIATIONS


def _called_by_a_kind_after(doc: Doc, c: Candidate) -> bool:
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


def _listed_after_place(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` closes a list of names that a preposition of
    place opens: "en Pino Montano y Bellavista", "desde Ica, Nasca y Palpa"."""
    i = start - 1
    if i < 1 or doc[i].lower_ not in {"y", "e", ","}:
        return False
    i -= 1
    for _ in range(12):  # back over the earlier names and their commas
        if i < 0:
            return False
        word = doc[i]
        if word.lower_ in lex.PLACE_PREPOSITIONS:
            return i + 1 < start - 1 and doc[i + 1].text[:1].isupper()
        if not (word.text[:1].isupper() or word.lower_ in {",", "de", "del", "la", "las"}):
            return False
        i -= 1
    return False


def _personal_object(doc: Doc, c: Candidate) -> bool:
    """A one-word name after "a" that is its verb's direct object: Spanish marks
    a person acted on with "a" ("ha fichado a Arregui", "detuvieron a
    Quiroga"); a place takes "a" after a verb of motion, which is no object."""
    if c.end - c.start != 1 or c.start == 0 or doc[c.start - 1].lower_ != "a":
        return False
    tok = doc[c.start]
    return (
        tok.dep_ == "obj"
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_ not in lex.motion_verbs()
        and not is_acronym(tok)
        # "transferir a Euskadi la gestión": a second object makes the first a recipient
        and not any(o.dep_ == "obj" and o.i != tok.i for o in tok.head.children)
    )


def _from_the_side_of(doc: Doc, c: Candidate) -> bool:
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


def _club_with_nationality(doc: Doc, c: Candidate) -> bool:
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


def _affiliation(doc: Doc, c: Candidate) -> bool:
    """Whether the name, after "del", is set off by commas right after a
    person's name: "fichó a Jean-Marc Chanelet, del Nantes, y a ...", "Ana Gil,
    del Banco Central, dijo": the club, firm or party the person belongs to
    (Spanish writes a place of origin with "de" and no article: "Ana Gil, de
    Cádiz")."""
    i = c.start
    return (
        i >= 3
        and doc[i - 1].lower_ == "del"
        and doc[i - 2].text == ","
        and doc[i - 3].ent_type_ == "PER"
        and (c.end >= len(doc) or doc[c.end].is_punct or doc[c.end].lower_ in {"y", "e"})
    )


def _listed_with_side(doc: Doc, c: Candidate) -> bool:
    """An item of a list that carries its side in brackets: "los concejales Ana
    Gil (PSOE), Jon Jauregi (PNV) y ...", "expulsión a Galán (Recreativo) y Goio
    (Eibar)": a person with a party, club or country, where the name is no body's
    (no institution head, company marker or acronym), the bracket holds no place
    of the gazetteer ("Évora (Portugal)") and the name stands between the list's
    commas."""
    end = c.end
    if c.start == 0 or end + 3 >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 2, min(end + 5, len(doc))) if doc[k].text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return False
    if doc[c.start - 1].lower_ not in LIST_BEFORE or doc[close + 1].lower_ not in LIST_AFTER:
        return False
    inside = doc[end + 1 : close]
    if not inside[0].text[:1].isupper() or inside.text.lower() in lex.places():
        return False
    words = doc[c.start : c.end]
    if words[0].lower_ in lex.name_heads() or words.text.lower() in lex.places():
        return False
    if any(t.lower_ in lex.org_markers() or is_acronym(t) for t in words):
        return False
    return _list_opener(doc, c.start) not in lex.PLACE_PREPOSITIONS | {"entre", "por"}


def _side_of_listed(doc: Doc, c: Candidate) -> bool:
    """The bracket of an item that :func:`_listed_with_side` takes for a person:
    "Goio (Eibar)" -> Eibar, the club."""
    if c.start < 2 or doc[c.start - 1].text != "(" or c.end >= len(doc) or doc[c.end].text != ")":
        return False
    end = c.start - 1
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and end - start < 4:
        start -= 1
    return start < end and _listed_with_side(doc, Candidate(start, end, "", ""))


def _list_opener(doc: Doc, start: int) -> str:
    """The word before the first item of the list that ``start`` stands in, back
    over names, brackets, commas and "y" (at most 40 tokens): "en" for "en Évora
    (Portugal), Mérida (Badajoz)", "a" for "a Galán (Recreativo), Goio (Eibar)"."""
    i, depth = start - 1, 0
    while i >= 0 and start - i < 40:
        tok = doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0 and not (
            tok.text in {",", ";"}
            or tok.lower_ in {"y", "e"}
            or tok.text[:1].isupper()
            or tok.lower_ in lex.NAME_PARTICLES
        ):
            return tok.lower_
        i -= 1
    return ""


def _staff_of(doc: Doc, start: int) -> bool:
    """ "los analistas de Bankinter", "economistas de Goldman Sachs": a name after
    "de" and a noun of an organisation's staff is the organisation ("los hijos de
    Ana Gil", "médicos de Lima" are of no firm)."""
    return start >= 2 and doc[start - 1].lower_ == "de" and doc[start - 2].lower_ in _staff()


@cache
def _staff() -> frozenset[str]:
    """Plural nouns of the staff of organisations (``staff_nouns.tsv``)."""
    return frozenset(r["word"] for r in rows("actors", "staff_nouns"))


def _after_alias(doc: Doc, start: int) -> bool:
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


def _misc_type(doc: Doc, g: Group) -> str:
    """A name the model only called MISC (a work, an event, or a name it could
    not place) is an actor where the article names it more than once, or once
    as a place ("en Siloé"); else it stays MISC and is dropped."""
    if len(g.cands) >= 2 or described_org(doc, g.cands[0].start) or is_agency(doc, g.cands[0]):
        return "ORG"
    if acts_on_someone(doc, g.cands[0]):
        return "ORG"  # "Facebook despidió a Sophie Zhang": who acts on a person is an agent
    start = g.cands[0].start
    if is_dateline(doc, g.cands[0]):
        return "LOC"  # "BUENOS AIRES (Reuters) -"
    return "LOC" if start and doc[start - 1].lower_ == "en" else "MISC"


def _made_or_listed_by_kind(doc: Doc, start: int) -> bool:
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
def _issued() -> frozenset[str]:
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


def _bare_word(doc: Doc, g: Group) -> bool:
    """A group named by one word only, no given name, with nothing of a person's
    around any of its spans but speaking (an organisation speaks too): no title,
    no age."""
    return all(
        c.end - c.start == 1
        and not given_name(doc, c.start, c.end, broad=True)
        and person_context(doc, c) <= (2.0 if speaks(doc, c) else 0.0)
        for c in g.cands
    )


def conjuncts(doc: Doc, cands: list[Candidate], groups: list[Group]) -> None:
    """Names listed together are of one kind: "Fenalco y Analdex", "Banamex y
    Santander", "Policía, Fiscalía, Medicina Legal". A group whose type is no
    rule's (no gazetteer, no head word) takes the type most of its list
    neighbours have by rule."""
    where = {id(c): g for g in groups for c in g.cands}
    # a rule's type: gazetteer, head word, or an acronym ("Junts y ERC")
    sure = {
        id(g)
        for g in groups
        if g.subtype is not None
        or all(c.end - c.start == 1 and is_acronym(doc[c.start]) for c in g.cands)
    }
    linked = [False] * len(cands)  # linked[k]: cands[k] and cands[k + 1] are listed together
    joined = [False] * len(cands)  # ... by a conjunction
    for k, (a, b) in enumerate(pairwise(cands)):
        gap = range(a.end, b.start)  # all() stops at the first word of prose in it
        linked[k] = len(gap) > 0 and all(doc[i].lower_ in {",", "y", "e", "o"} for i in gap)
        joined[k] = linked[k] and any(doc[i].lower_ in {"y", "e", "o"} for i in gap)
    votes: dict[int, dict[str, int]] = {}
    for k, (a, b) in enumerate(pairwise(cands)):
        in_list = joined[k] or (
            linked[k] and ((k > 0 and linked[k - 1]) or (k + 1 < len(linked) and linked[k + 1]))
        )
        if not in_list or id(a) not in where or id(b) not in where:
            continue
        ga, gb = where[id(a)], where[id(b)]
        for this, other in ((ga, gb), (gb, ga)):
            if (
                id(this) not in sure
                and id(other) in sure
                and this is not other
                and not any(person_context(doc, c) for c in this.cands)
            ):
                tally = votes.setdefault(id(this), {})
                tally[other.type] = tally.get(other.type, 0) + 1
            elif joined[k] and this.type == "PER" and other.type == "ORG" and _bare_word(doc, this):
                # "Telmex y Telcel", "Fenalco y Analdex": a one-word name with nothing
                # of a person's, listed with an organisation, is another
                tally = votes.setdefault(id(this), {})
                tally["ORG"] = tally.get("ORG", 0) + 1
    for g in groups:
        counts = votes.get(id(g), {})
        if counts:
            g.type = max(counts, key=lambda t: counts[t])
