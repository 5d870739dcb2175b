"""Canonicalisation: one actor per participant, from the repaired name spans.

Spans are grouped fullest name first, so that the canonical name is the
fullest proper name the article uses: a shorter form joins the group of a
longer one when it is the same words ("Al assad" / "al Assad"), a part of a
person's name ("Calviño" of "Nadia Calviño", "Juan G. Valderrama" of "Juan
Guillermo Valderrama"), the head of an institution's name ("Fiscalía" of
"Fiscalía General de la Nación") or its acronym ("CNBV", "Anmat").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from prensa.components import actors_lexicon as lex
from prensa.components.actors_spans import (
    Candidate,
    described_org,
    given_name,
    is_acronym,
    sentence_initial,
)

DETERMINERS = frozenset({"el", "la", "los", "las", "del", "al"})


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case without accents: 'Ramírez' -> 'ramirez'."""
    s = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass(slots=True)
class Group:
    """Candidates that name one actor; ``words`` are those of its fullest name."""

    words: tuple[str, ...]
    content: tuple[str, ...]
    cands: list[Candidate] = field(default_factory=list)
    type: str = ""
    subtype: str | None = None


def words_of(doc: Doc, cand: Candidate) -> tuple[str, ...]:
    """Folded words of a span without its leading articles; hyphens kept."""
    words = [fold(t.text).rstrip(".") for t in doc[cand.start : cand.end] if not t.is_punct]
    while len(words) > 1 and words[0] in lex.ARTICLES:
        words = words[1:]
    return tuple(w for w in words if w)


def content_of(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in lex.PARTICLES)


@lru_cache(maxsize=1)
def _folded_places() -> dict[str, lex.Place]:
    return {" ".join(fold(w) for w in k.split()): v for k, v in lex.places().items()}


def _same_word(short: str, full: str) -> bool:
    """'g' (an initial) or 'guillermo' against 'guillermo'."""
    return short == full or (len(short) == 1 and full.startswith(short))


def subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is ``full`` with some words left out, in order."""
    i = 0
    for word in full:
        if i < len(short) and _same_word(short[i], word):
            i += 1
    return i == len(short)


def acronym_of(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` is built from the starts of ``words`` in order.

    Each content word gives its first letter or a longer start ("Inacipe" =
    IN-A-CI-PE of Instituto Nacional de Ciencias Penales), particles may give
    nothing or, in an all-capitals acronym, their initial ("CCCYA"), and at
    most one trailing content word may be left out ("Anmat").
    """
    letters = fold(acronym)
    capitals = acronym.isupper()
    if len(letters) < 2 or len(words) < 2:
        return False

    @cache
    def fits(i: int, w: int) -> bool:
        if i == len(letters):
            rest = [x for x in words[w:] if x not in lex.PARTICLES]
            return len(rest) <= 1
        if w == len(words):
            return False
        word = words[w]
        if word in lex.PARTICLES:
            if fits(i, w + 1):
                return True
            if not capitals:  # only "CCCYA" spells its particles, never "Ordesa"
                return False
        n = 0
        while n < len(word) and i + n < len(letters) and word[n] == letters[i + n]:
            n += 1
            if fits(i + n, w + 1):
                return True
        return False

    return fits(0, 0)


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
        and group.type in {"PER", "MISC"}
        and len(group.content) >= 2
        and content[0] == group.content[-1]
    )  # "Guardia" of "Montse Guardia"
    person = surname or (
        group.subtype is None
        and cand.subtype is None
        and words[0] not in lex.name_heads()
        and (person_name or group.type == "PER")
    )
    if person:
        parts = tuple(p for w in group.content for p in w.split("-"))
        if single and len(parts) > len(group.content) and subsequence(content, parts):
            return True  # "Almeida" of "José Luis Martínez-Almeida"
        return subsequence(content, group.content) and (
            person_name or len(content) < len(group.content)
        )
    if group.type == "PER":
        return False
    if content[0] == group.content[0] and subsequence(content, group.content):
        return True
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


def group(doc: Doc, cands: list[Candidate]) -> list[Group]:
    """Group the candidates, fullest names first; groups in order of appearance."""
    keyed = [(words_of(doc, c), c) for c in cands]
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
        found = exact.get(words)
        if found is None:
            # a group that can take this span holds its last word; one that it
            # may abbreviate ("PSOE", "Cs", "Anmat") starts with its initial
            content = content_of(words)
            near = {id(g): g for g in by_word.get(content[-1], ())} if content else {}
            if cand.end - cand.start == 1 and cand.label != "PER" and len(words[0]) <= 8:
                near.update((id(g), g) for g in by_initial.get(words[0][:1], ()))
            fitting = [
                g for g in near.values() if _fits(doc, cand, words, g, words in named_person)
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
            found = Group(
                words_of(doc, cand),
                content_of(words_of(doc, cand)),
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
        found.cands.append(cand)
    _parenthesised(doc, cands, groups)
    _generic_into_named(groups)
    groups = [g for g in groups if g.cands and not _only_initial(doc, g)]
    for g in groups:
        g.cands.sort(key=lambda c: c.start)
        g.type, g.subtype = _type(doc, g)
    _conjuncts(doc, cands, groups)
    groups = [g for g in groups if g.type != "MISC"]
    groups.sort(key=lambda g: g.cands[0].start)
    return groups


def _parenthesised(doc: Doc, cands: list[Candidate], groups: list[Group]) -> None:
    """'Partido Socialista Obrero Español (PSOE)', 'Procuraduría Federal del
    Consumidor (Profeco)': the acronym joins the name."""
    where = {id(c): g for g in groups for c in g.cands}
    for a, b in pairwise(cands):
        if (
            b.end - b.start == 1
            and b.start == a.end + 1
            and doc[a.end].text == "("
            and b.end < len(doc)
            and doc[b.end].text == ")"
        ):
            ga, gb = where.get(id(a)), where.get(id(b))
            if (
                ga is not None
                and gb is not None
                and ga is not gb
                and len(gb.cands) <= 3
                # "PSOE", or one written as a word: "(Andi)", "(Profeco)"
                and (is_acronym(doc[b.start]) or acronym_of(doc[b.start].text, ga.words))
            ):
                ga.cands += gb.cands
                gb.cands.clear()


def _type(doc: Doc, g: Group) -> tuple[str, str | None]:
    """The group's type: gazetteer, head word, then the votes of its spans."""
    for c in g.cands:
        if c.source == "gazetteer" or (c.subtype is not None and words_of(doc, c) == g.words):
            return c.label, c.subtype
    votes = {"PER": 0.0, "ORG": 0.0, "LOC": 0.0}
    full = len(g.content)
    for c in g.cands:
        weight = 2.0 if len(content_of(words_of(doc, c))) == full else 1.0
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
        if c.start and doc[c.start - 1].lower_ in {"en", "desde", "hacia", "hasta"}:
            votes["LOC"] += 1
        if (
            opening
            and doc[opening - 1].lower_ in {"a", "al"}
            and doc[c.start : c.end].root.head.lemma_ in lex.motion_verbs()
        ):
            votes["LOC"] += 2.5  # "viajará a Múnich": a destination outweighs the model
        if given_name(doc, c.start, c.end):
            votes["PER"] += 3  # "Carolina Tohá": a given name opens it
        if described_org(doc, c.start):
            votes["ORG"] += 6  # "la empresa Telefónica", even as the subject of "dijo"
        if is_dateline(doc, c):
            votes["LOC"] += 4  # outweighs the model and the capitals of an acronym
        if before in DETERMINERS and not (before == "al" and "al" in g.words):
            votes["PER"] -= 3  # Spanish writes no article before a person's name
            # "venció al Barcelona": a place takes no "al" but after a motion verb
            votes["ORG"] += 1 if before == "del" else 2
    for c in g.cands:
        votes["PER"] += person_context(doc, c) if not is_dateline(doc, c) else 0.0
    if any(speaks(doc, c) and not is_dateline(doc, c) for c in g.cands):
        votes["LOC"] = -1.0  # what is no gazetteer place and speaks is no place
    if all(c.label == "MISC" for c in g.cands) and votes["PER"] < 1.5:
        return _misc_type(doc, g), None
    best = max(votes, key=lambda k: votes[k])
    return best, None


def is_dateline(doc: Doc, c: Candidate) -> bool:
    """Whether the span is a news dateline: a place in capitals opening the
    article or a paragraph, then a full stop, comma or dash ("MADRID.", "BOGOTÁ,
    20 may (EFE)."); newspapers write the city of the dispatch there."""
    first = c.start == 0 or "\n" in doc[c.start - 1].text_with_ws
    words = doc[c.start : c.end]
    if not first or c.end >= len(doc) or doc[c.end].text[:1] not in {".", ",", "-", "–", "—", "("}:
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
    return dated or agency or region


def person_context(doc: Doc, c: Candidate) -> float:
    """Evidence around a span that it names a person: an age ("Ana Gil, de 43
    años"), a title beside it ("Ana Gil, directora de...", "el juez Gil"), or
    a verb of saying it is the subject of ("dice Ana")."""
    n, score = len(doc), 0.0
    titles = lex.titles()
    after = [t.lower_ for t in doc[c.end : min(c.end + 4, n)]]
    if (
        after[:2] == [",", "de"]
        and len(after) == 4
        and doc[c.end + 2].like_num
        and after[3] in {"años", "año", "meses"}
    ):
        score += 3
    if after[:1] == [","] and any(titles.get(w, ("",))[0] == "PER" for w in after[1:3]):
        score += 2
    # "el juez Gil"; but not an adjective of something else ("la agencia oficial SANA")
    if (
        c.start
        and titles.get(doc[c.start - 1].lower_, ("",))[0] == "PER"
        and doc[c.start - 1].dep_ != "amod"
    ):
        score += 2
    elif (
        c.start
        and doc[c.start - 1].text == ","
        and any(
            titles.get(t.lower_, ("",))[0] == "PER" for t in doc[max(c.start - 8, 0) : c.start - 1]
        )
    ):
        score += 1.5  # "el secretario de Seguridad, Andrés Villamizar"
    if speaks(doc, c):
        score += 2
    return score


def speaks(doc: Doc, c: Candidate) -> bool:
    """Whether the span is the subject of a verb of saying ("dice Ana")."""
    return any(
        t.dep_.startswith("nsubj") and t.head.lemma_ in lex.speech_verbs()
        for t in doc[c.start : c.end]
    )


def _misc_type(doc: Doc, g: Group) -> str:
    """A name the model only called MISC (a work, an event, or a name it could
    not place) is an actor where the article names it more than once, or once
    as a place ("en Siloé"); else it stays MISC and is dropped."""
    if len(g.cands) >= 2 or described_org(doc, g.cands[0].start):
        return "ORG"
    start = g.cands[0].start
    if is_dateline(doc, g.cands[0]):
        return "LOC"  # "BUENOS AIRES (Reuters) -"
    return "LOC" if start and doc[start - 1].lower_ == "en" else "MISC"


def _conjuncts(doc: Doc, cands: list[Candidate], groups: list[Group]) -> None:
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
        gap = {t.lower_ for t in doc[a.end : b.start]}
        linked[k] = bool(gap) and gap <= {",", "y", "e", "o"}
        joined[k] = linked[k] and bool(gap & {"y", "e", "o"})
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
    for g in groups:
        counts = votes.get(id(g), {})
        if counts:
            g.type = max(counts, key=lambda t: counts[t])


def _only_initial(doc: Doc, g: Group) -> bool:
    """A lone capitalised word seen only where a sentence opens ("Lea", "Pensar",
    "Clases"): nothing says it is a name."""
    return all(
        c.end - c.start == 1
        and c.source == "ner"
        and c.subtype is None
        and sentence_initial(doc[c.start])
        and not is_acronym(doc[c.start])
        and not _bracketed(doc, c)
        and not is_dateline(doc, c)
        and not (doc[c.start].pos_ == "PROPN" and speaks(doc, c))  # "Sumar respondió"
        for c in g.cands
    )


def _bracketed(doc: Doc, c: Candidate) -> bool:
    """A word alone in brackets, "(Reuters)", "(Efe)": a name, not a sentence's start."""
    return (
        c.start > 0
        and c.end < len(doc)
        and doc[c.start - 1].text == "("
        and doc[c.end].text[:1] == ")"
    )


def _generic_into_named(groups: list[Group]) -> None:
    """'el Gobierno regional', 'la Junta', 'el Ejecutivo andaluz' are the one
    government the article names in full ('Gobierno de Andalucía'), when it
    names only one: a head word alone or with an adjective joins it."""
    for subtype in {g.subtype for g in groups if g.subtype == "government"}:
        same = [g for g in groups if g.subtype == subtype and g.cands]
        named = [g for g in same if len(g.content) >= 2 and len(g.words) > len(g.content)]
        if len(named) != 1:
            continue
        for g in same:
            if g is not named[0] and len(g.content) <= 2 and len(g.words) == len(g.content):
                named[0].cands += g.cands
                g.cands.clear()
