"""Actor typing: whether a group of spans names a person, an organisation or a place.

The gazetteer or an institution's head word decides where they can; else the
spans vote with the model's labels and the context around them (a dateline,
"viajará a", "la empresa", a title or an age beside a person's name, a verb
of saying), and names listed together take the kind of their neighbours.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.actors.datelines import dateline_region, is_agency, is_dateline
from prensa.actors.evidence import (
    acts_on_someone,
    affiliation,
    after_alias,
    called_by_a_kind_after,
    club_with_nationality,
    from_the_side_of,
    issued_documents,
    kind_apposed,
    kind_before,
    led,
    made_or_listed_by_kind,
    organ_of,
    person_context,
    personal_object,
    place_apposed,
    speaks,
    staff_of,
)
from prensa.actors.lists import (
    in_lineup,
    list_opener,
    listed_after_place,
    listed_with_side,
    side_of_listed,
)
from prensa.actors.splits import constituency
from prensa.actors.tokens import (
    described_org,
    given_name,
    is_acronym,
    sentence_initial,
    source,
)
from prensa.actors.words import Candidate, Group, content_of, words_of
from prensa.lexicon import word_class

# Spanish puts no article and no possessive before a person's name: "el Atlético",
# "su Tottenham" name a club, "su hijo Juan" has a noun between
DETERMINERS = frozenset(
    {"el", "la", "los", "las", "del", "al", "su", "sus", "mi", "mis", "nuestro", "nuestra"}
)


def group_type(doc: Doc, g: Group, nouns: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The group's type: gazetteer, head word, then the votes of its spans.
    ``nouns`` are the language's common nouns (``lexicon.model_nouns``)."""
    if any(kind_apposed(doc, c) or kind_before(doc, c) for c in g.cands):
        # "Banamex y Santander, banco al cual ...", "Su editorial, Alfaguara,":
        # the text says so
        return "ORG", None
    for c in g.cands:
        if c.source == "gazetteer" or (c.subtype is not None and words_of(doc, c) == g.words):
            return c.label, c.subtype
    if any(is_agency(doc, c) for c in g.cands):
        return "ORG", None
    if any(place_apposed(doc, c) and words_of(doc, c) == g.words for c in g.cands):
        return "LOC", None  # "Barbacoas, localidad distante ...": the text says so
    if any(c.source == "nickname" for c in g.cands):
        return "PER", None  # 'Jorge "Chato" Salinas', whatever "el Chato" votes
    if any(after_alias(doc, c.start) for c in g.cands):
        return "PER", None  # "alias 'el Flaco'": a nickname, whatever its article says
    votes = {"PER": 0.0, "ORG": 0.0, "LOC": 0.0}
    listed = False  # a span listed as a person: with a side in brackets, in a line-up
    full = len(g.content)
    surnamed = any(
        given_name(doc, c.start, c.end, broad=True, particles=True)
        and any(t.lower_ in {"de", "del"} for t in doc[c.start : c.end])
        for c in g.cands
    )
    # once the article gives the full name with a given name ("Francisco Arias
    # Cárdenas"), the model's label on the surname alone ("en Arias") is a guess
    short = 0.5 if any(given_name(doc, c.start, c.end) for c in g.cands) else 1.0
    dated = [is_dateline(doc, c) for c in g.cands]  # read by three of the votes below
    for c, datelined in zip(g.cands, dated, strict=True):
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
        elif listed_after_place(doc, c.start) and not given_name(doc, c.start, c.end):
            votes["LOC"] += 2.5  # "en Pino Montano y Bellavista": both are where
        if (
            c.start >= 2
            and before in {"de", "del"}
            and (
                doc[c.start - 2].lower_ in word_class("actors", "located_nouns")
                or doc[c.start - 2].lower_ in word_class("actors", "residents")
            )
        ):
            # "el mercado de Juchitán", "el penal de Marcos Paz", "vecina de Ecatepec"
            votes["LOC"] += 3
        if _local_office(doc, c):
            votes["LOC"] += 3  # "el gobernador de Córdoba, Marcelo Echenique": his province
        if (
            opening
            and doc[opening - 1].lower_ in {"a", "al", "hacia"}
            and (
                lex.moves_to(doc[c.start : c.end].root.head)
                # "compré mi vuelo a Cancún", "su viaje a Járkov": a journey's end
                or (opening >= 2 and doc[opening - 2].lower_ in word_class("actors", "journeys"))
            )
        ):
            votes["LOC"] += 2.5  # "viajará a Múnich": a destination outweighs the model
        if given_name(doc, c.start, c.end, particles=True):
            votes["PER"] += 3  # "Carolina Tohá", "Raúl del Campo": a given name opens it
        elif given_name(doc, c.start, c.end, broad=True, particles=True):
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
        if made_or_listed_by_kind(doc, c.start):
            votes["ORG"] += 3  # "las vacunas de Pfizer y Moderna", "empresas como Paypal"
        if staff_of(doc, c.start) and not given_name(doc, c.start, c.end, broad=True):
            votes["ORG"] += 3  # "los analistas de Bankinter": the firm they work for
        if organ_of(doc, c.start):
            votes["ORG"] += 5  # "la comisión permanente de Udalbiltza": no person has one
        if personal_object(doc, c):
            votes["PER"] += 2  # "ha fichado a Arregui": the "a" of a person acted on
        if called_by_a_kind_after(doc, c):
            votes["ORG"] += 3  # "Greenpeace exigió ... La ONG también pidió": a body
        if from_the_side_of(doc, c):
            votes["ORG"] += 4  # "Desde Sumar, su portavoz ...": a party, not a place
        if club_with_nationality(doc, c):
            votes["ORG"] += 3  # "del West Ham inglés", "el Oporto portugués": a club
        set_off = affiliation(doc, c)
        if set_off == "del":
            votes["ORG"] += 3  # "Jean-Marc Chanelet, del Nantes,": his club or firm
        elif set_off == "de":
            votes["PER"] -= 3  # "López Aliaga, de Renovación Popular,": his party or town
        if list_opener(doc, c.start) in lex.place_kind_plurals():
            votes["LOC"] += 4  # "los municipios de Guachochi y Bocoyna": places, all of them
        if listed_with_side(doc, c) or in_lineup(doc, c):
            # "a Pedro Nieto y Galán (Recreativo), Goio (Eibar)", "Parma: Buffon;
            # Sartor, Thuram": people
            votes["PER"] += 4
            listed = True
        elif side_of_listed(doc, c):
            votes["ORG"] += 4  # ... and "(Recreativo)", "(Eibar)": their clubs or parties
        if (
            c.start >= 2
            and before in {"de", "del"}
            and doc[c.start - 2].lower_ in issued_documents()
        ):
            votes["ORG"] += 3  # "la encuesta de Cedatos", "el informe de Oxfam"
        if led(doc, c.start):
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
        if datelined or dateline_region(doc, c):
            votes["LOC"] += 4  # outweighs the model and the capitals of an acronym
        if (
            before in DETERMINERS
            and not (before == "al" and "al" in g.words)
            # "Rubén del Campo ... Del Campo recordó": a capitalised "Del" is the
            # surname's particle, no article
            and not (doc[c.start - 1].text[:1].isupper() and surnamed)
        ):
            votes["PER"] -= 3  # Spanish writes no article before a person's name
            # "venció al Barcelona": a place takes no "al" but after a motion verb
            votes["ORG"] += 1 if before == "del" else 2
    spoken = 0.0
    for c, datelined in zip(g.cands, dated, strict=True):
        if datelined:
            continue
        votes["PER"] += person_context(doc, c)
        spoken += 2.0 if speaks(doc, c) else 0.0
    name = " ".join(g.words)
    club = any(c.start and doc[c.start - 1].lower_ in {"el", "al", "del"} for c in g.cands)
    capital = name in lex.capitals() and not club
    if name in lex.divisions() and not club and not listed:
        # "consejero de Sanidad de Andalucía": a region, as a vote; not a club
        # ("el Puebla") nor a player of a line-up whose surname it is ("Soria")
        votes["LOC"] += 2.5
    if capital:
        # "Bruselas ha advertido a España", "Bogotá calificó ...": a capital for
        # its government is still a city (not after "el", "al": a club)
        votes["LOC"] = max(votes.values()) + 1.0
    elif spoken and not any(
        datelined and words_of(doc, c) == g.words
        for c, datelined in zip(g.cands, dated, strict=True)
    ):
        # what is no gazetteer place and speaks is no place; but a dateline's
        # city speaks for its council ("Alcorcón, 23 may (EFE). ... Alcorcón
        # solicitará dos estaciones")
        votes["LOC"] = -1.0
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
    town or a province ("el gobernador de Córdoba", "la alcaldesa de Getafe")
    or the "por" of an elected member's ("el senador por Texas"), and no
    body's name nor a person's ("del Banco de España", "de Ana Gil")."""
    governed = (
        c.start >= 2
        and doc[c.start - 1].lower_ == "de"
        and doc[c.start - 2].lower_ in word_class("actors", "local_offices")
    )
    return (
        (governed or constituency(doc, c.start))
        and doc[c.start].lower_ not in lex.name_heads()
        and not given_name(doc, c.start, c.end, broad=True)
    )


def _misc_type(doc: Doc, g: Group) -> str:
    """A name the model only called MISC (a work, an event, or a name it could
    not place) is an actor where the article names it more than once, or once
    as a place ("en Siloé", "se marcha a Dnipró"); else it stays MISC and is
    dropped."""
    if len(g.cands) >= 2 or described_org(doc, g.cands[0].start) or is_agency(doc, g.cands[0]):
        return "ORG"
    if acts_on_someone(doc, g.cands[0]):
        return "ORG"  # "Facebook despidió a Sophie Zhang": who acts on a person is an agent
    start = g.cands[0].start
    if is_dateline(doc, g.cands[0]):
        return "LOC"  # "BUENOS AIRES (Reuters) -"
    if start and doc[start - 1].text in {"a", "al"} and lex.moves_to(doc[start].head):
        return "LOC"  # "se marcha a Dnipró": a destination
    return "LOC" if start and doc[start - 1].lower_ == "en" else "MISC"


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


def type_groups(
    doc: Doc, cands: list[Candidate], groups: list[Group], nouns: frozenset[str]
) -> list[Group]:
    """Each group's type (``group_type``), then the kind that names listed
    together share (``conjuncts``); what is left MISC is no actor and goes.
    The groups come back in order of appearance."""
    for g in groups:
        g.type, g.subtype = group_type(doc, g, nouns)
    conjuncts(doc, cands, groups)
    kept = [g for g in groups if g.type != "MISC"]
    kept.sort(key=lambda g: g.cands[0].start)
    return kept
