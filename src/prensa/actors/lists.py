"""Names listed together: the word that opens a list, a side in brackets after
each item ("Galán (Recreativo), Goio (Eibar)"), and the kind that names
listed together share ("Fenalco y Analdex").
"""

from __future__ import annotations

from spacy.tokens import Doc

from prensa.actors import lexicon as lex
from prensa.actors.tokens import is_acronym, line_opening
from prensa.actors.words import Candidate

# what stands around an item of a list: "sanciona a X (A), Y (B) y Z (C)."
LIST_BEFORE = frozenset({",", ";", "y", "e", "a", ":"})
LIST_AFTER = frozenset({",", ";", "y", "e", "."})


def listed_after_place(doc: Doc, start: int) -> bool:
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


def listed_with_side(doc: Doc, c: Candidate) -> bool:
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
    if any(lex.org_marker(t.lower_) or is_acronym(t) for t in words):
        return False
    return list_opener(doc, c.start) not in lex.PLACE_PREPOSITIONS | {"entre", "por"}


def in_lineup(doc: Doc, c: Candidate) -> bool:
    """A player in a team's line-up, as the sports pages print it: "Parma:
    Buffon; Sartor, Thuram, Cannavaro; Fuser ...", "25 - Barcelona (13+12):
    Svensson; Cavar (4 2p), Lozano (2) ...". The line opens with the team (a
    colon among its first eight tokens); after the colon, names between commas,
    with a semicolon between the team's lines or each player's points in
    brackets (three at least)."""
    if c.start == 0 or doc[c.start - 1].text not in {":", ";", ",", "(", "y", "e"}:
        return False
    line = line_opening(doc, c.start, 80)
    if line is None:
        return False
    colon = next((k for k in range(line, min(line + 9, c.start)) if doc[k].text == ":"), None)
    if colon is None:
        return False
    semicolons = counts = 0
    k = colon + 1
    while k < len(doc) and k - colon <= 120:
        tok = doc[k]
        if tok.text == ";":
            semicolons += 1
        elif tok.text == "(" and k + 1 < len(doc) and doc[k + 1].like_num:
            counts += 1
        if "\n" in tok.text_with_ws:
            break
        k += 1
    return semicolons >= 1 or counts >= 3


def side_of_listed(doc: Doc, c: Candidate) -> bool:
    """The bracket of an item that :func:`listed_with_side` takes for a person:
    "Goio (Eibar)" -> Eibar, the club."""
    if c.start < 2 or doc[c.start - 1].text != "(" or c.end >= len(doc) or doc[c.end].text != ")":
        return False
    end = c.start - 1
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and end - start < 4:
        start -= 1
    return start < end and listed_with_side(doc, Candidate(start, end, "", ""))


def list_opener(doc: Doc, start: int) -> str:
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
