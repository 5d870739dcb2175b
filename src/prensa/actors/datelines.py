"""Datelines and the agency after them: where a wire story was filed and who filed it.

"MADRID, 3 nov (EFE).-", "Lima.- ...", "SANTIAGO / LA VOZ": the place a dateline
opens is a place whatever the model says, and the agency in its brackets is
an organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from prensa.actors import lexicon as lex
from prensa.actors.tokens import (
    given_name,
    is_capital,
    line_opening,
    opens_line,
    past_first_line,
)
from prensa.actors.words import Candidate
from prensa.extensions import span_text, text_of
from prensa.token_table import tokens_between


def is_dateline(doc: Doc, c: Candidate) -> bool:
    """Whether the span is a news dateline: a place in capitals opening the
    article or a paragraph, then a full stop, comma or dash ("MADRID.", "BOGOTÁ,
    20 may (EFE)."); newspapers write the city of the dispatch there."""
    if not opens_line(doc, c.start):
        # "... INJUSTO Y DISCRIMINATORIO\" Palma, 23 may (EFE).": a feed that ran
        # the headline into the dateline; the date and the agency still say it
        return not doc[c.start].is_upper and wire_credit(doc, c.end)
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


def wire_credit(doc: Doc, i: int) -> bool:
    """Whether a wire story's credit starts at token ``i``: the agency in
    brackets, after the date and after the region in brackets where they
    are given (", 23 may (EFE)", " (Cádiz) (EFE)", " (EFE)")."""
    if _agency_at(doc, i):
        return True
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # "(Cádiz)": the region, then the date or the agency
    if (
        i + 3 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].like_num
        and doc[i + 2].lower_[:3] in lex.month_prefixes()
    ):
        i += 3  # ", 23 may"
    return _agency_at(doc, i)


def _agency_at(doc: Doc, i: int) -> bool:
    """A news agency of one word in brackets at token ``i``: "(EFE)"."""
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and (doc[i + 1].lower_,) in lex.agency_words()
        and doc[i + 2].text == ")"
    )


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


def dateline_region(doc: Doc, c: Candidate) -> bool:
    """The region, often abbreviated, after a dateline's city in capitals:
    "GUADALAJARA, Jal. (apro).-", "LEÓN, Gto.-"."""
    if c.start < 2 or doc[c.start - 1].text != "," or c.end >= len(doc):
        return False
    if not doc[c.end].text.startswith((".", "-", "–", "—")):
        return False
    line = line_opening(doc, c.start - 1, 5)
    if line is None:
        return False
    city = doc[line : c.start - 1]
    return 0 < len(city) <= 4 and all(t.is_upper or not t.is_alpha for t in city)


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
    line = line_opening(doc, c.start - 1, 9)  # the bracket opens the dateline's line
    if line is None or not doc[line].text[:1].isupper():
        return False
    close = doc[c.end].idx + 1
    after = text_of(doc)[close : close + 3].lstrip(" ")
    return not after or after[0] in ".-–—\n"


def credited_cities(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """The city of a dateline that a feed ran into the headline before it,
    which the model reads as part of the headline or misses: the words in
    mixed case (up to five, with their particles) right before the wire's
    credit ("... EN HOTELES \"NO ES LA FORMULA\" Palma, 23 may (EFE).",
    "... LUCHA CONTRA INCENDIOS Mérida (EFE)."); after the "Por" of a byline
    that opens the line, the writer's name and the city (``_byline_city``)."""
    out = []
    for j in range(1, len(texts)):
        if texts[j] not in {",", "("} or not wire_credit(doc, j):
            continue
        if texts[j] == "(" and texts[j - 1] == ")":
            continue  # the region's bracket: its city comes before it
        i = j
        while (
            i > 0
            and j - i < 7  # a byline's name and the city: five words for the city alone
            and (
                (is_capital(doc[i - 1]) and not doc[i - 1].is_upper)
                or (i < j and doc[i - 1].lower_ in lex.NAME_PARTICLES - {"y", "e"})
            )
        ):
            i -= 1
        i = _past_particles(doc, i, j)
        at_line_start = opens_line(doc, i)
        byline = at_line_start and doc[i].text == "Por"
        if byline:
            i += 1  # "Por Juan Miguel Núñez Madrid, 23 may (EFE).": who wrote it, then where
        elif at_line_start:
            continue  # at a line's start the model and ``datelines`` have it
        else:
            i = _past_particles(doc, max(i, j - 5), j)
        if i == j or any(taken[i:j]):
            continue
        city = _byline_city(doc, i, j) if byline else None
        if city is not None:
            out.append(Candidate(i, city, "PER", "byline"))
            i = city
        elif byline and given_name(doc, i, j, broad=True):
            continue  # "Por Luis Gil, 23 may (EFE).": the name alone, no city to take
        out.append(Candidate(i, j, "LOC", "dateline"))
        for k in range(i, j):
            taken[k] = True
    return out


def _past_particles(doc: Doc, i: int, j: int) -> int:
    """Past the particles that open the words ``i:j``: no name opens with one."""
    while i < j and not is_capital(doc[i]):
        i += 1
    return i


def _byline_city(doc: Doc, i: int, j: int) -> int | None:
    """Where the city starts in the words ``i:j`` after the "Por" of a byline
    run into its dateline ("Por Hugo Bonifacio Santo Domingo, 23 may
    (EFE)."): a name that opens with a given name, then the longest capital
    of a country that ends the words, else their last word; None where the
    words hold no name and a city."""
    if j - i < 3 or not given_name(doc, i, j, broad=True):
        return None
    capitals = lex.capitals()
    for k in range(i + 2, j):
        if lex.unaccented(span_text(doc, k, j).lower()) in capitals:
            return k
    return j - 1
