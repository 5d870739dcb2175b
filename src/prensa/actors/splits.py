"""Where one of the model's entities holds more than one name, or more than
the name: the person a body's or a title's complement runs into ("Gobierno de
Pedro Sánchez", "la diputada de Podemos Ione Belarra", "(dijo a) Reuters María
López"), people listed in one entity, the place before a body that has an
office there, and the words of a title or a form of address before a name
("ministro de Exteriores de Chile", "secretario de Estado de Vivienda",
"Señor Lozano"). Split from ``spans``, which asks these where to cut.
"""

from __future__ import annotations

from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.actors.tokens import SAINTS, constituency_por, described_org, given_name, is_capital
from prensa.extensions import span_text, text_of
from prensa.lexicon import word_class


def person_after_de(
    doc: Doc, start: int, end: int, dictionary: lex.Dictionary | None = None
) -> tuple[int, int] | None:
    """Where a person's name starts inside an organisation's: "Gobierno de
    Pedro Sánchez" is the government and its head, two actors; so is "(el
    medio argentino) Télam Fernando Goldbaum", and "(dijo a) Reuters María
    López". Returns the end of the organisation's name and the start of the
    person's."""
    titled = title_of(doc, start)
    described = described_org(doc, start)
    # "el catedrático de Sociología de la Universidad Complutense Mariano
    # Fernández": a given name still opens the holder's name
    far = not titled and not described and title_of(doc, start, far=True)
    if described and not titled and given_name(doc, start, end, broad=True):
        # "la productora Diego Luna Films": a firm named after someone, no body
        # and its head
        described = False
    if described or titled or far:
        # "el exalcalde de Marbella Julián Muñoz": the place of the office, then the man
        saint = None
        for k in range(start + 1, end - 1):
            after_saint = lex.unaccented(doc[k - 1].lower_) in SAINTS
            if not after_saint and given_name(doc, k, end, broad=True, particles=True):
                return k, k  # "el exministro de Educación Pablo da Silveira" too
            if after_saint and given_name(doc, k, end, broad=True):
                # "el gobernador de San Juan Jorge Escobar": the saint's town goes on
                saint = k if saint is None else saint
        if saint is not None and not far and doc[start - 1].lower_ == "del":
            # "el delantero del Sao Paulo Franca": a club takes the article, a
            # town does not ("el alcalde de San Cristóbal Verapaz")
            return saint, saint
        if titled and unknown_name_after(doc, start, end, dictionary):
            return end - 2, end - 2  # "la diputada de Podemos" + "Ione Belarra"
    cut = person_after_complement(doc, start, end)  # "a Reuters María López"
    if cut is not None:
        return cut, cut
    head = lex.name_heads().get(doc[start].lower_)
    if head is None or head[0] != "ORG":
        return None
    for k in range(start + 1, end - 2):
        if doc[k].lower_ in {"de", "del"} and given_name(doc, k + 1, end):
            return k, k + 1
    return None


def unknown_name_after(doc: Doc, start: int, end: int, dictionary: lex.Dictionary | None) -> bool:
    """Whether the complement of a person's title ends in a name the model ran
    into it, though no given name of the lists opens it: "(la diputada de)
    Podemos Ione Belarra", "(el ministro de) Exteriores Sergéi Lavrov". The
    span has three capitalised words or more and no other word, its last two
    are no common word of the language and no place, and no saint's title or
    given name comes before them: a given name and a surname, the shape of a
    Spanish-language name after its office."""
    if dictionary is None or end - start < 3 or end > len(doc):
        return False
    words = doc[start:end]
    if not all(t.text.isalpha() and is_capital(t) for t in words):
        return False
    before = lex.unaccented(doc[end - 3].lower_)
    if before in SAINTS or before in lex.all_given_names():
        return False  # "San Cristóbal Verapaz", "Ana Lucía Belarra": one name
    return not any(
        dictionary.knows(t.lower_) or t.lower_ in lex.places() for t in doc[end - 2 : end]
    )


# prepositions after which a club, a firm, a place or an agency may run into
# the name of the person it goes with: "el volante de Millonarios Kevin
# Ardila", "el congresista por Texas Samuel Ibarra", "dijo a Reuters Ana Paz"
COMPLEMENT_PREPOSITIONS = frozenset({"de", "del", "por", "a", "al", "en", "para", "con"})


def person_after_complement(doc: Doc, start: int, end: int, *, broad: bool = False) -> int | None:
    """Where a person's name starts inside a span that opens, after a
    preposition, with the name of a place or of something the article names
    on its own elsewhere: "[Millonarios] [Kevin Ardila]". The person opens with
    a frequent given name (``broad``: of the longer list, where the model cut
    the two apart itself) that follows no other given name or saint's title
    ("Ángel Martín", "San Pedro Sula" stay whole)."""
    if start == 0 or doc[start - 1].lower_ not in COMPLEMENT_PREPOSITIONS:
        return None
    if given_name(doc, start, end, broad=True):
        return None
    # a constituency names a place, never a person: a given name of the longer
    # list opens the member's name after it ("el senador por Texas John Cornyn")
    broad = broad or constituency(doc, start)
    for k in range(start + 1, end - 1):
        before = lex.unaccented(doc[k - 1].lower_)
        if before in lex.all_given_names() or before in SAINTS:
            return None
        if given_name(doc, k, end, broad=broad):
            owner = doc[start:k]
            text = text_of(doc)
            named_elsewhere = text.count(owner.text) > text.count(doc[start:end].text)
            if owner.text.lower() in lex.places() or named_elsewhere or constituency(doc, start):
                return k
            return None
    return None


def constituency(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows the "por" of an elected member's
    title: the constituency ("el senador por Texas", "la diputada por Sevilla")."""
    return start >= 2 and constituency_por(doc, start - 1)


def people_listed(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The people of a span that lists several: "Miguel Rebosio y Julio
    Rivera" -> two. A cut goes at each "y", "e" or comma where a full name (at
    least two words) ends and a frequent given name opens the next ("José
    Ortega y Gasset" is one man). The model's label must be a person's, or a
    given name must open the span too. Empty where there is no such cut."""
    if label != "PER" and not given_name(doc, start, end):
        return []
    cuts, first = [], start
    for k in range(start + 2, end - 2):
        if doc[k].lower_ in {"y", "e", ","} and k - first >= 2 and given_name(doc, k + 1, end):
            cuts.append((first, k))
            first = k + 1
    return [*cuts, (first, end)] if cuts else []


def past_address(doc: Doc, start: int, end: int) -> int:
    """Past a form of address that opens a person's name ("Señor Lozano", "Doña
    Rosalía", "Doctor Gil"): the name is the person's, so that it joins the one
    the story named in full. The forms are the speakers' list (the RAE's
    *tratamientos*, speakers/data/word_classes.tsv)."""
    if (
        end - start >= 2
        and doc[start].lower_ in word_class("speakers", "forms_of_address")
        and doc[start + 1].text[:1].isupper()
    ):
        return start + 1
    return start


def past_portfolio(doc: Doc, start: int, end: int) -> int:
    """ "el secretario de Estado de Estados Unidos", "los ministros de Exteriores
    de Lituania": the portfolio belongs to the office; the actor is the place
    after it. The start of the place, else ``start``."""
    if not (start >= 2 and doc[start - 1].lower_ in {"de", "del"}):
        return start
    if doc[start - 2].lower_ not in lex.office_plurals():
        return past_field(doc, start, end)
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in {"de", "del"}:
            place = span_text(doc, k + 1, end).lower()
            return k + 1 if place in lex.places() else start
    return start


def past_state_secretary(doc: Doc, start: int, end: int) -> int:
    """ "el secretario de Estado de Vivienda", "la secretaria de Estado, Ana Gil":
    "Estado" and the portfolio after it are the title's, no actor; a place after
    them is ("el secretario de Estado de Estados Unidos"). The start of the
    place, else ``end`` (nothing of the span is a name)."""
    if not (
        start >= 2
        and doc[start].lower_ == "estado"
        and doc[start - 1].lower_ == "de"
        and doc[start - 2].lower_ in word_class("actors", "state_secretaries")
    ):
        return start
    if (
        end - start >= 3
        and doc[start + 1].lower_ in {"de", "del"}
        and span_text(doc, start + 2, end).lower() in lex.places()
    ):
        return start + 2
    return end


def past_field(doc: Doc, start: int, end: int) -> int:
    """ "profesor de Medicina de la Universidad de Boston", "director de Operaciones
    del Banco Central": after a person's title, a field or a department that no
    head word of an institution opens belongs to the title; the actor is the
    institution after it. The start of the institution, else ``start``."""
    if lex.titles().get(doc[start - 2].lower_, ("",))[0] != "PER":
        return start
    if doc[start].lower_ in lex.name_heads() or doc[start].text.lower() in lex.places():
        return start
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in {"de", "del"}:
            head = k + 2 if doc[k + 1].lower_ in lex.ARTICLES and k + 2 < end else k + 1
            found = lex.name_heads().get(doc[head].lower_)
            return head if found is not None and found[0] == "ORG" else start
    return start


def place_then_owner(doc: Doc, start: int, end: int) -> int | None:
    """Where "del" splits a span into a place of the gazetteer and the body that
    owns it: "(la oficina de) Sudáfrica del New York Times". None where the whole
    is a place ("Valle del Cauca", "República Democrática del Congo")."""
    if span_text(doc, start, end).lower() in lex.places():
        return None
    for k in range(start + 1, end - 1):
        if doc[k].lower_ == "del" and span_text(doc, start, k).lower() in lex.places():
            return k if is_capital(doc[k + 1]) else None
    return None


def title_of(doc: Doc, start: int, *, far: bool = False) -> bool:
    """Whether the name at ``start`` is the complement of a person's title:
    "la senadora del", "el exalcalde de"; ``far``: or of the title's own
    complement, "el catedrático de Sociología de la (Universidad Complutense)"."""
    i = _before_de(doc, start)
    if i is None:
        return False
    if lex.titles().get(doc[i].lower_, ("",))[0] == "PER":
        return True
    if not far:
        return False
    k = i  # one more complement back: capitalised words after their "de"
    while k > start - 8 and k >= 2 and is_capital(doc[k]) and doc[k].is_alpha:
        k -= 1
    if k == i or k < 1:
        return False
    i = _before_de(doc, k + 1)
    return i is not None and lex.titles().get(doc[i].lower_, ("",))[0] == "PER"


def _before_de(doc: Doc, start: int) -> int | None:
    """The word before the "de"/"del" (and article) that leads to ``start``."""
    i = start - 1
    if i >= 1 and doc[i].lower_ in lex.ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in {"de", "del"}:
        return None
    return i - 1


def names_apart(
    doc: Doc, start: int, second: int, end: int, dictionary: lex.Dictionary | None
) -> bool:
    """Whether a one-word entity at ``start`` and the person's name at
    [second, end) right after it are two names the model's cut got right: a
    title and its holder ("el exalcalde de Marbella" + "Julián Muñoz"), a club
    and its player ("de Millonarios" + "Kevin Ardila")."""
    if title_of(doc, start) and (
        given_name(doc, second, end, broad=True) or unknown_name_after(doc, start, end, dictionary)
    ):
        return True
    return person_after_complement(doc, start, end, broad=True) is not None
