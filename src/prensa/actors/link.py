"""Canonicalisation: one actor per participant, from the repaired name spans.

Spans are grouped fullest name first, so that the canonical name is the
fullest proper name the article uses: a shorter form joins the group of a
longer one when it is the same words ("Al assad" / "al Assad"), a part of a
person's name ("Calviño" of "Nadia Calviño", "Juan G. Valderrama" of "Juan
Guillermo Valderrama"), the head of an institution's name ("Fiscalía" of
"Fiscalía General de la Nación") or its acronym ("CNBV", "Anmat"). How names'
words compare is in ``words``; each group's type, in ``types``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.actors.datelines import is_dateline
from prensa.actors.evidence import acts_on_someone, alias_before, person_context, speaks
from prensa.actors.tokens import is_acronym, past_first_line, sentence_initial
from prensa.actors.words import (
    Candidate,
    Group,
    acronym_of,
    content_of,
    fold,
    subsequence,
    words_of,
)
from prensa.extensions import text_of
from prensa.lexicon import word_class


@lru_cache(maxsize=1)
def _folded_places() -> dict[str, lex.Place]:
    # folded as ``words_of`` folds a span: accents off, a word's final point dropped
    return {" ".join(fold(w).rstrip(".") for w in k.split()): v for k, v in lex.places().items()}


@lru_cache(maxsize=1)
def folded_heads() -> dict[str, tuple[str, str, bool]]:
    # folded as ``words_of`` folds a span's words: "alcaldia" of "Alcaldía de Cali"
    return {fold(k): v for k, v in lex.name_heads().items()}


@lru_cache(maxsize=1)
def _folded_given_names() -> frozenset[str]:
    # folded as ``words_of`` folds a span's words
    return frozenset(fold(n) for n in lex.given_names())


def _placed(words: tuple[str, ...]) -> tuple[str, ...]:
    """A body's name with the place its "de" names written as the place's code:
    "senado de los eu" and "senado de estados unidos" both "senado @US"."""
    for k, word in enumerate(words[:-1]):
        if word in {"de", "del"}:
            tail = words[k + 1 :]
            while len(tail) > 1 and tail[0] in lex.ARTICLES:
                tail = tail[1:]
            place = _folded_places().get(" ".join(tail))
            if place is not None and place.type == "LOC":
                return (*words[:k], "@" + place.code)
    return words


@lru_cache(maxsize=1)
def _folded_hypocorisms() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in lex.hypocorisms().items()}


def _full_given(word: str) -> str:
    """The full given name a folded short form stands for ("pepe" -> "jose")."""
    return _folded_hypocorisms().get(word, word)


def _fits(
    doc: Doc, cand: Candidate, words: tuple[str, ...], group: Group, person_name: bool
) -> bool:
    content = content_of(words)
    if not content or not group.content:
        return False
    tok = doc[cand.start]
    single = cand.end - cand.start == 1
    if single and is_acronym(tok) and len(tok.text) >= 3 and acronym_of(tok.text, group.words):
        return True  # "AMLO", "CNBV"
    surname = (
        single
        and len(group.content) >= 2
        and content[0] == group.content[-1]
        and (
            group.type in {"PER", "MISC"}
            or group.content[0] in _folded_given_names()
            or (
                group.words[0] not in folded_heads()  # "gobierno de Wuhan" is no person
                and any(person_context(doc, c) >= 2 for c in group.cands)
                # "en Vigo" names where, not someone: the place of "Celta de Vigo"
                and not (cand.start and doc[cand.start - 1].lower_ in lex.PLACE_PREPOSITIONS)
            )
        )
    )  # "Guardia" of "Montse Guardia"; "Catalá" of "María José Catalá" the model called
    # a place; "Testa" of "La alcaldesa, Candelaria Testa," (a title says who she is)
    person = surname or (
        group.subtype is None
        and cand.subtype is None
        and words[0] not in folded_heads()
        and (person_name or group.type == "PER")
    )
    if person:
        parts = tuple(p for w in group.content for p in w.split("-"))
        if single and len(parts) > len(group.content) and subsequence(content, parts):
            return True  # "Almeida" of "José Luis Martínez-Almeida"
        whole = group.content
        if len(content) >= 2 and content[0] != whole[0]:
            # "Pepe Bono" and "José Bono": a short form of the same given name
            content = (_full_given(content[0]), *content[1:])
            whole = (_full_given(whole[0]), *whole[1:])
        return subsequence(content, whole) and (person_name or len(content) < len(whole))
    if group.type == "PER":
        return False
    if content[0] == group.content[0] and subsequence(content, group.content):
        return True
    head = folded_heads().get(group.words[0])
    if (
        head is not None
        and head[1] == "media"
        and words == group.words[1:]
        # the kind in lower case, "el diario Le Monde"; "Radio Euskadi" is a name
        # whole, and "Euskadi" alone is the place
        and any(doc[c.start].text.islower() for c in group.cands)
    ):
        return True  # "Le Monde" of "el diario Le Monde"
    if (
        single
        and len(group.content) >= 2
        and content[0] == group.content[-1]
        and not {"de", "del"} & set(group.words)
        and cand.start
        and doc[cand.start - 1].lower_ in {"el", "del", "al", "la"}
    ):
        return True  # "el Times" of "New York Times", "el Supremo" of "Tribunal Supremo"
    if len(content) == 1 == len(group.content) and content[0].rstrip("s") == group.content[
        0
    ].rstrip("s"):
        return True  # "Pirineo" / "Pirineos"
    if (
        group.subtype == "ministry"
        and len(group.words) > 2
        and words == tuple(w for w in group.words[1:] if w not in {"de", "del"})
    ):
        return True  # "Sanidad" of "Ministerio de Sanidad"
    mixed = (
        not is_acronym(tok)
        and len(tok.text) >= 4
        and len(group.content) >= 3
        and cand.label != "PER"
    )
    if (
        single
        and len(tok.text) <= 3
        and len(group.content) == 1
        and len(group.content[0]) >= 6
        and tok.text[0].isupper()
        and not tok.text[1:].isupper()
        and subsequence(tuple(fold(tok.text)), tuple(group.content[0]))
    ):
        return fold(tok.text)[0] == group.content[0][0]  # "Cs" of "Ciudadanos"
    if single and (mixed or (is_acronym(tok) and len(group.content) >= 2)):
        return acronym_of(tok.text, group.words)  # "Anmat", "Inacipe", "PP"
    return False


def _another_place(
    words: tuple[str, ...], g: Group, cand: Candidate, places: set[tuple[str, ...]]
) -> bool:
    """ "la Secretaría de Salud" ... "la Secretaría de Salud de Jalisco": a name
    that only adds a place (of the gazetteer, or one the model calls a place
    elsewhere in the story) to one the story used before it names another body:
    the state's office, not the federal one."""
    extra = g.words[len(words) :]
    if g.words[: len(words)] != words or len(extra) < 2 or extra[0] not in {"de", "del"}:
        return False
    if " ".join(extra[1:]) not in _folded_places() and extra[1:] not in places:
        return False
    return all(c.start > cand.start for c in g.cands)


def group(
    doc: Doc,
    cands: list[Candidate],
    dictionary: lex.Dictionary | None = None,
) -> list[Group]:
    """Group the candidates, fullest names first, each group's spans in text
    order; ``types.type_groups`` types them. ``dictionary``: the language's
    common words (``lexicon.model_dictionary``)."""
    keyed = _club_readings(doc, [(words_of(doc, c), c) for c in cands])
    placed = {w for w, c in keyed if c.label == "LOC"}  # names the model calls places
    # a name the model called a person anywhere may be part of a person's name
    named_person = {w for w, c in keyed if c.label == "PER"}
    order = sorted(
        range(len(keyed)),
        key=lambda k: (
            -len(content_of(keyed[k][0])),
            -len("".join(keyed[k][0])),
            keyed[k][1].start,
        ),
    )
    exact: dict[tuple[str, ...], Group] = {}
    groups: list[Group] = []
    by_word: dict[str, list[Group]] = {}
    by_initial: dict[str, list[Group]] = {}
    for k in order:
        words, cand = keyed[k]
        if not words:
            continue
        place = _folded_places().get(" ".join(words))
        if place is not None:
            words = ("@" + place.code,)  # "Latinoamérica" and "América Latina" are one
        # "Senado de los EU" and "Senado de Estados Unidos": one body of one place
        placed_words = _placed(words) if len(words) > 2 else words
        found = exact.get(words) or exact.get(placed_words)
        if found is None:
            # a group that can take this span holds its last word; one that it
            # may abbreviate ("PSOE", "Cs", "Anmat") starts with its initial
            content = content_of(words)
            near = {id(g): g for g in by_word.get(content[-1], ())} if content else {}
            if cand.end - cand.start == 1 and cand.label != "PER" and len(words[0]) <= 8:
                near.update((id(g), g) for g in by_initial.get(words[0][:1], ()))
            fitting = [
                g
                for g in near.values()
                if _fits(doc, cand, words, g, words in named_person)
                and not _another_place(words, g, cand, placed)
            ]
            if fitting:
                # the group named most recently before this span
                found = max(
                    fitting,
                    key=lambda g: max(
                        (c.start for c in g.cands if c.start < cand.start), default=-1
                    ),
                )
        if found is None:
            own = keyed[k][0]  # words_of the span, or its club-marked words
            found = Group(
                own,
                content_of(own),
                type=cand.label,
                subtype=cand.subtype,
            )
            groups.append(found)
            for w in found.content:
                by_word.setdefault(w, []).append(found)
                if "-" in w:  # "Almeida" of "Martínez-Almeida"
                    for part in w.split("-"):
                        by_word.setdefault(part, []).append(found)
            if len(found.content) >= 2 or len("".join(found.content)) >= 6:
                by_initial.setdefault(found.words[0][:1], []).append(found)
        exact.setdefault(words, found)
        exact.setdefault(placed_words, found)
        found.cands.append(cand)
    _parenthesised(doc, cands, groups)
    _generic_into_named(doc, groups)
    _nicknames_into_named(doc, groups)
    groups = [g for g in groups if g.cands and not _only_initial(doc, g, dictionary)]
    for g in groups:
        g.cands.sort(key=lambda c: c.start)
    return groups


# the masculine article before a city's name makes it a club: "el Valencia
# venció al Sevilla", where "en Valencia" is the city
CLUB_ARTICLES = frozenset({"el", "al", "del"})
CLUB = "@club"  # the mark on the words of a club's name


def _club_readings(
    doc: Doc, keyed: list[tuple[tuple[str, ...], Candidate]]
) -> list[tuple[tuple[str, ...], Candidate]]:
    """Keep a name read as a club apart from the same name read as a place.

    A name that the text uses as a place ("en Valencia", or its dateline)
    and, elsewhere, after a masculine article ("el Valencia", "al Valencia")
    names two actors, the city and the club; its article spans get a key of
    their own so that the two are never one group. Countries keep their
    article ("el Perú").
    """

    def before(c: Candidate) -> str:
        return doc[c.start - 1].lower_ if c.start else ""

    # "en Valencia", and the city of the dateline ("Por Ana Gil Madrid, 23 may (EFE).")
    places = {w for w, c in keyed if before(c) in lex.PLACE_PREPOSITIONS or is_dateline(doc, c)}
    out = []
    for words, c in keyed:
        club = (
            words in places
            and before(c) in CLUB_ARTICLES
            and " ".join(words) not in _folded_places()
        )
        if club:
            c.label = "ORG"
        out.append((tuple(w + CLUB for w in words) if club else words, c))
    return out


DATELINE_DASHES = "—–-"


def _parenthesised(doc: Doc, cands: list[Candidate], groups: list[Group]) -> None:
    """'Partido Socialista Obrero Español (PSOE)', 'Procuraduría Federal del
    Consumidor (Profeco)': the acronym joins the name; so does one set off by
    commas after an institution's name ('la Asociación Nacional de Empresarios,
    Andi, ...')."""
    where = {id(c): g for g in groups for c in g.cands}
    for a, b in pairwise(cands):
        bracketed = b.end < len(doc) and doc[a.end].text == "(" and _closes(doc, b.end)
        apposed = (
            b.end < len(doc)
            and doc[a.end].text == ","
            and doc[b.end].text in {",", "."}
            and doc[a.start].lower_ in lex.name_heads()
        )
        if b.end - b.start == 1 and b.start == a.end + 1 and (bracketed or apposed):
            ga, gb = where.get(id(a)), where.get(id(b))
            close = doc[b.end].idx + 1
            after = text_of(doc)[close : close + 3].lstrip(" ")
            if after[:1] in DATELINE_DASHES or after[:2] in {".-", ".—", ".–"}:
                continue  # "BOGOTÁ (AFP) —": a dateline's agency, not the city's acronym
            agencies = lex.agency_words()
            if words_of(doc, b) in agencies and (ga is None or ga.words not in agencies):
                continue  # "... Cáceres (EFE).": the wire credited, nobody's acronym
            if (
                ga is None
                or gb is None
                or ga is gb
                # "PSOE", or one written as a word: "(Andi)", "(Profeco)"
                or not (
                    acronym_of(doc[b.start].text, ga.words)
                    or _spelled_from(doc[b.start].text, ga.words)
                    # an acronym its letters do not spell ("(FDA)" of a name in
                    # Spanish) is a body's; after a person or a place it is the
                    # party, the country or the mission: "Ana Gil (PSOE)",
                    # "Kosovo (UNMIK)", "Pérez (BUL)"
                    or (ga.type not in {"PER", "LOC"} and is_acronym(doc[b.start]))
                    or (
                        bracketed
                        and b.label not in {"LOC", "PER"}
                        and _short_name(doc[b.start].text, ga)
                    )
                )
            ):
                continue
            if len(gb.cands) <= 3:
                ga.cands += gb.cands
                gb.cands.clear()
                continue
            # a group the short form had joined by its letters alone ("ADA" of
            # "Administración de Alimentos y Medicamentos"): the short form and its
            # repetitions leave it, the rest stays
            short = words_of(doc, b)
            moved = [c for c in gb.cands if words_of(doc, c) == short]
            if len(moved) < len(gb.cands):
                ga.cands += moved
                gb.cands[:] = [c for c in gb.cands if c not in moved]


# what may stand between a bracketed short form and its closing bracket: a note
# of the language it abbreviates ("(ICE, en inglés)", "(DHS por sus siglas en
# inglés)", "(FMI, por sus siglas)")
_SHORT_FORM_NOTE = frozenset(
    {
        ",",
        "por",
        "sus",
        "siglas",
        "su",
        "sigla",
        "acrónimo",
        "en",
        "inglés",
        "francés",
        "alemán",
        "portugués",
        "italiano",
        "catalán",
        "euskera",
        "gallego",
        "original",
    }
)


def _closes(doc: Doc, i: int) -> bool:
    """Whether the bracket opened before a short form closes at token ``i``, or
    after a note of the short form's language only."""
    for tok in doc[i : i + 7]:
        if tok.text == ")":
            return True
        if tok.lower_ not in _SHORT_FORM_NOTE:
            return False
    return False


def _short_name(short: str, group: Group) -> bool:
    """A word in brackets right after a long name of an organisation is its
    short name, however it was formed: "Fondo de las Naciones Unidas para la
    Infancia (Unicef)" (from the English), "Programa Mundial de Alimentos (WFP)";
    not a place or a given name ("Universidad Nacional (Bogotá)": the caller
    also leaves out a word the model calls a place or a person)."""
    word = fold(short)
    return (
        group.type == "ORG"
        and len(group.content) >= 3
        and short[:1].isupper()
        and short.isalpha()
        and len(short) <= 10
        and word not in _folded_places()
        and word not in _folded_given_names()
    )


def _spelled_from(short: str, words: tuple[str, ...]) -> bool:
    """A short form in brackets after a name, made of its letters in order and
    opening with its first: "Banco de México (Banxico)", "Instituto Nacional
    de Estadística y Censos (Indec)"."""
    letters, full = fold(short), "".join(words)
    if len(letters) < 3 or len(words) < 2 or not full.startswith(letters[0]):
        return False
    at = 0
    for ch in letters:
        at = full.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _only_initial(doc: Doc, g: Group, dictionary: lex.Dictionary | None = None) -> bool:
    """A lone capitalised word seen only where a sentence opens ("Lea", "Pensar",
    "Clases"): nothing says it is a name, unless it is no word of the language
    ("Iberdrola presentó sus resultados": the model's organisation or person
    stands, a common word's capital is only the sentence's)."""
    return all(
        c.end - c.start == 1
        and c.source == "ner"
        and c.subtype is None
        and sentence_initial(doc[c.start])
        and not is_acronym(doc[c.start])
        and not _unknown_word_subject(doc, c, dictionary)
        and not _bracketed(doc, c)
        and not is_dateline(doc, c)
        # "Sumar respondió", "Facebook despidió a Sophie Zhang"
        and not (doc[c.start].pos_ == "PROPN" and (speaks(doc, c) or acts_on_someone(doc, c)))
        for c in g.cands
    )


def _unknown_word_subject(doc: Doc, c: Candidate, dictionary: lex.Dictionary | None) -> bool:
    """ "Iberdrola, Endesa y Naturgy subieron sus tarifas": an organisation of the
    model that is no word of the language, opening a sentence of the body (not
    the headline's first line, whose words the dictionary may lack: "Deslave
    sepulta viviendas") and with no "de" complement ("(Reporte de ...)")."""
    nxt = doc[c.end].lower_ if c.end < len(doc) else ""
    return (
        nxt not in {"de", "del"}
        and past_first_line(doc, c.start)
        and _no_common_word(doc[c.start].lower_, c.label, dictionary)
    )


def _no_common_word(word: str, label: str, dictionary: lex.Dictionary | None) -> bool:
    """Whether a word the model called an organisation is none of the
    dictionary's (nouns, adjectives, adverbs, verbs and their regular forms),
    none of its feminine adjectives ("Telefónica" is "telefónico"'s) and no
    word of the closed classes the dictionary leaves out."""
    if dictionary is None or label != "ORG" or not word.isalpha() or len(word) < 4:
        return False
    feminine = word.endswith("a") and dictionary.knows(word[:-1] + "o")
    return not (dictionary.knows(word) or feminine)


def _bracketed(doc: Doc, c: Candidate) -> bool:
    """A word alone in brackets, "(Reuters)", "(Efe)": a name, not a sentence's start."""
    return (
        c.start > 0
        and c.end < len(doc)
        and doc[c.start - 1].text == "("
        and doc[c.end].text[:1] == ")"
    )


def _nicknames_into_named(doc: Doc, groups: list[Group]) -> None:
    """ "Juan Pérez Gómez, alias El Tigre": the nickname after ", alias" is the
    name before it, one person; it joins that name's group."""
    ends = {c.end: g for g in groups for c in g.cands}
    for g in groups:
        for c in g.cands:
            i = alias_before(doc, c.start)
            if i is None or i < 2 or doc[i - 1].text != ",":
                continue
            named = ends.get(i - 1)
            if named is not None and named is not g and g.cands:
                named.cands += g.cands
                g.cands = []
                break


def _generic_into_named(doc: Doc, groups: list[Group]) -> None:
    """'el Gobierno regional', 'la Junta', 'el Ejecutivo andaluz' are the one
    government the article names in full ('Gobierno de Andalucía'), when it
    names only one: a head word alone or with an adjective joins it."""
    for subtype in {g.subtype for g in groups if g.subtype == "government"}:
        same = [g for g in groups if g.subtype == subtype and g.cands]
        named = [g for g in same if len(g.content) >= 2 and len(g.words) > len(g.content)]
        if len(named) != 1:
            named = same if len(same) == 1 else []
        if not named:
            _bare_heads_together(same)
            continue
        # "la Administración" alone is the government too (RAE Ortografía 2010,
        # §4.2.4.1.1: capitalised, it names the executive and its bodies)
        same += [
            g
            for g in groups
            if g.cands
            and g.words == ("administracion",)
            and not any(
                c.end < len(doc) and doc[c.end].lower_ in word_class("actors", "local_adjectives")
                for c in g.cands
            )
        ]
        for g in same:
            if g is not named[0] and len(g.content) <= 2 and len(g.words) == len(g.content):
                named[0].cands += g.cands
                g.cands.clear()
    _chamber_into_parliament(groups)


def _bare_heads_together(same: list[Group]) -> None:
    """ "El Gobierno aprobó el decreto. El Ejecutivo lo defendió": where the
    article names no government in full, its head words alone ("Gobierno",
    "Ejecutivo", with the same adjectives or none: "el Gobierno regional", "el
    Ejecutivo regional") are one government, the press's synonyms for it."""
    by_rest: dict[tuple[str, ...], list[Group]] = {}
    for g in same:
        if len(g.content) == 1 and g.cands:
            by_rest.setdefault(g.words[1:], []).append(g)
    for heads in by_rest.values():
        first = min(heads, key=lambda g: (g.words[0] != "gobierno", g.cands[0].start))
        for g in heads:
            if g is not first:
                first.cands += g.cands
                g.cands.clear()


def _chamber_into_parliament(groups: list[Group]) -> None:
    """ "El Parlamento de Galicia debatió la ley. La Cámara la aprobó": "la
    Cámara" alone is the one parliament the article names (the Senate, the
    Congress, a regional assembly), when it names only one."""
    named = [g for g in groups if g.cands and g.subtype == "parliament" and g.words != ("camara",)]
    if len(named) != 1:
        return
    for g in groups:
        if g.cands and g.words == ("camara",):
            named[0].cands += g.cands
            g.cands.clear()
