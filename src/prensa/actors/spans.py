"""Entity repair: the model's entities as candidates, trimmed, joined, completed.

es_core_news_sm tags sentence-initial adverbs and verbs as people ("Así",
"Según", "Agregó"), runs entities into the words around them ("aseguró
Contreras", "Hurskainen destacó"), splits names at their particles ("Bashar"
/ "al Assad") and misses acronyms ("SANA"). :func:`candidates` turns its
entities into clean name spans, adds the acronyms, the all-capitals names and
the gazetteer's places it missed (``missed``), and gives each a first
guess of its type. The token tests it shares are in ``tokens``; where an
entity holds more than one name, in ``splits``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from prensa.actors import lexicon as lex
from prensa.actors.datelines import credited_cities, is_agency, is_dateline
from prensa.actors.joins import extend_org, field_list, join, join_by_acronym
from prensa.actors.missed import (
    acronyms,
    agencies,
    datelines,
    described,
    gazetteer,
    given_named,
    nicknamed,
)
from prensa.actors.splits import (
    names_apart,
    past_address,
    past_portfolio,
    past_state_secretary,
    people_listed,
    person_after_de,
    place_then_owner,
    title_of,
)
from prensa.actors.tokens import (
    BREAKS,
    SURNAME_PARTICLES,
    described_org,
    given_name,
    is_acronym,
    is_capital,
    is_cut,
    lower_head,
    origin_noun,
    plausible,
    sentence_initial,
    trim,
)
from prensa.actors.words import Candidate, acronym_of, words_of
from prensa.extensions import span_text, text_of
from prensa.lexicon import word_class
from prensa.token_table import positions, texts_of, tokens_between

DEMONSTRATIVES = frozenset({"este", "esta", "ese", "esa", "aquel", "aquella"})
# prepositions that no proper name holds in lower case (none does in the
# annotated names; "contra" does: "Liga contra el Cáncer")
NO_NAME_PREPOSITIONS = frozenset({"ante", "tras", "durante", "mediante", "según", "hacia"})
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def _pieces(span: Span) -> list[tuple[int, int]]:
    """Cut a span at line breaks, quotation marks and brackets."""
    out, start = [], span.start
    for tok in span:
        if (
            tok.is_space
            or tok.text in BREAKS
            or "\n" in tok.text
            or is_cut(tok)
            or (tok.pos_ in {"VERB", "AUX"} and tok.text.islower() and not _particle(tok))
            or tok.text in NO_NAME_PREPOSITIONS  # "la Supercopa ante el Barcelona"
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


def _particle(tok: Token) -> bool:
    """Whether a word the model read as a verb ("da", of "dar") is the particle
    of a surname between two capitalised words: "Pablo da Silveira", not the
    verb of "Gobierno respeta a" that ends a name."""
    doc, i = tok.doc, tok.i
    return (
        tok.lower_ in SURNAME_PARTICLES
        and 0 < i < len(doc) - 1
        and is_capital(doc[i - 1])
        and is_capital(doc[i + 1])
    )


def _type_of(doc: Doc, start: int, end: int, label: str) -> tuple[str, str | None]:
    """Rule type of a span (gazetteer, head word, company marker) or the model's."""
    text = span_text(doc, start, end).lower()
    place = lex.places().get(text)
    if place is not None:
        return place.type, place.subtype
    head = lex.name_heads().get(doc[start].lower_)
    if head is not None and (end - start > 1 or head[0] == "ORG"):
        return head[0], head[1]
    if any(lex.org_marker(t.lower_) for t in tokens_between(doc, start, end)):
        return "ORG", "company"
    if end - start == 1 and is_acronym(doc[start]) and label in {"MISC", "LOC", "PER"}:
        return "ORG", None
    if label in {"PER", "MISC"} and (
        doc[start].lower_ in lex.NAME_ARTICLES or described_org(doc, start)
    ):
        # "Le Figaro", "el canal La Sexta": no person's name opens with an
        # article, and a noun of organisations says what the name is
        return "ORG", None
    return label, None


# a short form in brackets after a lower-case phrase: "el salario mínimo
# interprofesional (SMI)", "la inteligencia artificial (IA)"
SHORT_FORM = re.compile(r"((?:[a-záéíóúüñ]+\s+){1,6}?[a-záéíóúüñ]+)\s+\(([A-ZÁÉÍÓÚÑ]{2,6})\)")
# All of the text that a SHORT_FORM match may start in: a whole run of
# lower-case letters and spaces, then the short form.
SHORT_FORM_RUN = re.compile(r"(?<![a-záéíóúüñ\s])[a-záéíóúüñ\s]++\([A-ZÁÉÍÓÚÑ]{2,6}\)")


def short_forms(text: str) -> Iterator[re.Match[str]]:
    """``SHORT_FORM.finditer(text)``, the same matches.

    ``finditer`` tries the phrase's six words at every character of the text;
    a match is all lower-case letters and spaces up to its short form, so it
    starts inside such a run that ends at a short form (``SHORT_FORM_RUN``,
    found in one pass), and its leftmost start there is the one ``finditer``
    finds (a run starts after the end of the previous match).
    """
    for run in SHORT_FORM_RUN.finditer(text):
        m = SHORT_FORM.search(text, run.start(), run.end())
        if m is not None:
            yield m


def concept_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text introduces as short forms of a common noun phrase, whose
    words' initials spell them: a concept, no organisation ("SMI", "IA", "PIB")."""
    found = set()
    for m in short_forms(text):
        words = [w for w in m.group(1).split() if w not in lex.NAME_PARTICLES]
        letters = m.group(2).lower()
        if len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters) :]) == letters:
            found.add(m.group(2))
    return frozenset(found)


def _of_a_trade(tok: Token) -> bool:
    """A plural of a person's title or trade ("analistas", "investigadores"):
    people of an organisation, where "vecinos", "habitantes" are of a place."""
    word = tok.lower_
    titles = lex.titles()
    return any(titles.get(form, ("",))[0] == "PER" for form in lex.singulars(word))


def _past_agency(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "explicó a Efe Castellano": the agency of the dateline ("(EFE)"), then the
    one who told it; the model makes one name of them. A name that opens with the
    dateline's agency, in any case, is split after it; so is one that opens with
    any news agency told something ("contó a Efe Olena Bondar", after "a")."""
    agencies = {tuple(t.lower_ for t in doc[c.start : c.end]) for c in found if is_agency(doc, c)}
    # "contó a Efe Olena Bondar": a news agency told something, then who told it
    told = lex.agency_words()
    if not agencies and not any(c.start and doc[c.start - 1].lower_ == "a" for c in found):
        return found
    out = []
    for c in found:
        words = tuple(t.lower_ for t in doc[c.start : c.end])
        known = agencies | told if c.start and doc[c.start - 1].lower_ == "a" else agencies
        cut = next((len(a) for a in known if len(words) > len(a) and words[: len(a)] == a), None)
        if cut is None or not doc[c.start + cut].text[:1].isupper():
            out.append(c)
            continue
        out.append(Candidate(c.start, c.start + cut, "ORG", "agency"))  # kept apart by join
        out.append(Candidate(c.start + cut, c.end, c.label, c.source))
    return out


def _past_shouted(doc: Doc, start: int, end: int, dictionary: lex.Dictionary | None) -> int:
    """Where a name starts after a headline's words in capitals the model took in:
    "AMENAZA GOLPISTA Asunción" is Asunción. The capitals go when one of them is a
    common word and a word in mixed case follows them in the span ("ONU
    Mujeres", "BBC Mundo" keep theirs)."""
    if dictionary is None:
        return start
    k = start
    while k < end and doc[k].is_upper and doc[k].is_alpha:
        k += 1
    if k == start or k >= end or not doc[k].text[:1].isupper():
        return start
    if any(_shouted_token(doc, i, dictionary) for i in range(start, k)):
        return k
    return start


def _shouted_token(doc: Doc, i: int, dictionary: lex.Dictionary) -> bool:
    """A word of five letters or more in capitals that the dictionary knows and no
    gazetteer place ("IMPUESTO", not "CEPAL" or "PERÚ")."""
    text = doc[i].text
    word = text.lower()
    return (
        len(text) >= 5
        and text.isalpha()
        and text.isupper()
        and word not in lex.places()
        and dictionary.knows_shouted(word)
    )


def _common_word_in_capitals(doc: Doc, c: Candidate, dictionary: lex.Dictionary | None) -> bool:
    """A common word in capitals ("IMPUESTO", "BLOQUEA", "OBJETO:"), from a
    headline or a form, is no acronym: one word of five letters or more that the
    language's dictionary knows, no place of the gazetteer and no dateline (the
    dictionary has "valencia" and "ginebra" too)."""
    if dictionary is None or c.end - c.start != 1:
        return False
    if c.start and doc[c.start - 1].text in CAPITAL_ARTICLES and _prose_line(doc, c):
        return False  # "explicó a LA NACION Harsh Pant": a medium as it writes itself
    # not "VALENCIA.", "GINEBRA, 12 mar (EFE)": a dateline's city
    return not is_dateline(doc, c) and _shouted_token(doc, c.start, dictionary)


CAPITAL_ARTICLES = frozenset({"EL", "LA", "LOS", "LAS"})


def _line(doc: Doc, c: Candidate) -> str:
    """The line of text that holds the span."""
    text = text_of(doc)
    lo = text.rfind("\n", 0, doc[c.start].idx) + 1
    hi = text.find("\n", doc[c.end - 1].idx)
    return text[lo : hi if hi >= 0 else len(text)]


def _prose_line(doc: Doc, c: Candidate) -> bool:
    """Whether the span's line has words in lower case: prose, no heading."""
    return any(ch.islower() for ch in _line(doc, c))


def _heading_words(doc: Doc, c: Candidate, dictionary: lex.Dictionary | None) -> bool:
    """ "ENFADO EN LA BESTIA", "NOCHE DE ASUNCIÓN": several words in capitals,
    one of them a common word of the dictionary (``_shouted_token``), on a line
    of their own in capitals, are a section's heading (the press's "ladillo"),
    no name."""
    if dictionary is None or c.end - c.start < 2:
        return False
    words = doc[c.start : c.end]
    if not all(t.text.isupper() or not t.is_alpha for t in words):
        return False
    if not any(_shouted_token(doc, t.i, dictionary) for t in words):
        return False
    if lex.unaccented(words[0].lower_) in lex.all_given_names():
        return False  # "ANA BELÉN CASTRO | SEVILLA": a byline's name
    line = _line(doc, c)
    return line.strip() != "" and not any(ch.islower() for ch in line)


def _plural_noun_opening(doc: Doc, c: Candidate, dictionary: lex.Dictionary | None) -> bool:
    """ "Fuentes del club confirmaron", "Vecinos de la zona denunciaron": a
    sentence's first word, a plural common noun, with a "de" phrase of a
    lower-case noun after it, is that noun, not a surname."""
    if dictionary is None or c.end - c.start != 1 or not sentence_initial(doc[c.start]):
        return False
    word, i = doc[c.start].lower_, c.end
    if not word.endswith("s") or not dictionary.knows(word):
        return False
    if i + 1 >= len(doc) or doc[i].lower_ not in {"de", "del"}:
        return False
    j = i + 1 + (doc[i + 1].lower_ in lex.ARTICLES)
    return j < len(doc) and doc[j].text.islower() and doc[j].pos_ in {"NOUN", "ADJ"}


def _asked(doc: Doc, c: Candidate) -> bool:
    """ "Cuestionada al respecto, la jefa del Ejecutivo fue tajante", "Preguntado
    por la huelga, el ministro ...": a sentence's first word, the participle of
    a verb of asking with its complement or a comma after it, says its
    subject was asked; it names no one."""
    if c.end - c.start != 1 or c.end >= len(doc) or not sentence_initial(doc[c.start]):
        return False
    if not lex.asked_participle(doc[c.start].lower_):
        return False
    return doc[c.end].text == "," or doc[c.end].pos_ == "ADP"


def _named_things(doc: Doc) -> frozenset[str]:
    """Names the article gives a storm, a virus variant, a craft, a mission, a
    species or a contest ("el huracán Otis", "la variante Ómicron", "el
    telescopio espacial James Webb"): no actor there or anywhere else in it
    ("Otis se intensificó")."""
    found = set()
    for i in positions(doc, lower=lex.not_actors("before")):
        first = i + 1
        if (
            first < len(doc)
            and doc[first].text.islower()
            and (doc[first].pos_ == "ADJ" or doc[first].lower_ in lex.demonyms())
        ):
            first += 1  # "el telescopio espacial James Webb", "el destructor estadounidense"
        end = first
        while end < len(doc) and (
            (is_capital(doc[end]) and not doc[end].is_punct)
            # "Blas de Lezo": a particle between capitalised words
            or (
                end > first
                and doc[end].lower_ in lex.NAME_PARTICLES
                and end + 1 < len(doc)
                and is_capital(doc[end + 1])
            )
        ):
            end += 1
        if doc[i].text.islower() and end > first:
            found.add(span_text(doc, first, end))
            close = end + 1
            while close < min(end + 8, len(doc)) and doc[close].text != ")":
                close += 1
            if end + 1 < close < len(doc) and doc[end].text == "(":
                # "el telescopio ELT (Extremely Large Telescope)": its name spelt out
                found.add(span_text(doc, end + 1, close))
    return frozenset(found)


def _part_of_thing(text: str, things: frozenset[str]) -> bool:
    """Whether ``text`` is a thing's name or whole words of one ("USS" and "Ralph
    Johnson" of the destroyer "USS Ralph Johnson")."""
    return text in things or any(f" {text} " in f" {thing} " for thing in things)


def _concept(doc: Doc, c: Candidate, concepts: frozenset[str]) -> bool:
    """Whether the span is a concept's acronym or that acronym spelt out in capitals
    ("Personas Privadas de Libertad" of "PPL")."""
    text = span_text(doc, c.start, c.end)
    if text in concepts:
        return True
    return c.end - c.start > 1 and any(acronym_of(a, words_of(doc, c)) for a in concepts)


def _with_article(doc: Doc, start: int, taken: list[bool]) -> int:
    """Take in a capitalised article right before a name, where no sentence
    starts: it is part of the name ("el diario Le Monde", "según La Sexta"); in
    capitals, before a name in capitals ("LA PAZ")."""
    i = start - 1
    if i < 0 or taken[i] or doc[i].lower_ not in lex.NAME_ARTICLES or doc[i].whitespace_ != " ":
        return start
    if doc[i].text.isupper() and len(doc[i]) > 1:
        # "LA PAZ, 12 sep (EFE).-": a name in capitals takes its article in capitals
        one_word = start + 1 >= len(doc) or not doc[start + 1].text.isupper()
        return i if doc[start].text.isupper() and one_word else start
    if i < 1 or not doc[i].text[:1].isupper() or sentence_initial(doc[i]):
        return start
    return i


def _extend_left(doc: Doc, start: int, end: int, taken: list[bool], label: str = "") -> int:
    """Take in a lower-case head before a name: "calle" Arenal, "ministerio de"
    Sanidad; but not before a person's ("el ministerio de Mónica García")."""
    if given_name(doc, start, end):
        if (
            start
            and doc[start - 1].text in word_class("actors", "named_after_someone")
            and not taken[start - 1]
        ):
            # "el hospital Víctor Ramos Guardia", "la calle Juan Bravo": named after
            # someone, with no "de" between ("el ministerio de Mónica García" is hers)
            return start - 1
        return start
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"de", "del", "la", "las", "los", "el"} and start - i <= 2:
        i -= 1
    if i >= 0 and not taken[i] and lower_head(doc[i]) and not is_capital(doc[i]):
        if i > 0 and doc[i - 1].lower_ in DEMONSTRATIVES:
            return start  # "explica a este periódico Andrew Chan": the paper itself, no name
        return i
    if (
        0 <= i < start - 1
        and not taken[i]
        and is_capital(doc[i])
        and doc[i + 1].lower_ in {"de", "del"}
        and lex.name_heads().get(doc[i].lower_, ("",))[0] == "ORG"
        and (label == "LOC" or span_text(doc, start, end).lower() in lex.places())
    ):
        return i  # "la Junta de" + "Castilla y León", where the model saw the place alone
    return start


def candidates(
    doc: Doc, texts: list[str] | None = None, dictionary: lex.Dictionary | None = None
) -> list[Candidate]:
    """Clean name spans of the doc, in text order, not overlapping.

    ``texts`` are the tokens' texts, when the caller has them already;
    ``dictionary`` the language's common words (``lexicon.model_dictionary``).
    """
    texts = texts_of(doc) if texts is None else texts
    taken = [False] * len(doc)
    # "CIUDAD DE MÉXICO" before the model's pieces
    found = acronyms(doc, texts, taken, multi=True)
    # "La Habana.-": the dateline's city, before the model runs it into the text
    found += datelines(doc, texts, taken)
    found += credited_cities(doc, texts, taken)  # "... HEADLINE Palma, 23 may (EFE)."
    # 'Jorge "Chato" Salinas': one person, before the model keeps the nickname alone
    found += nicknamed(doc, texts, taken)
    found += agencies(doc, texts, taken)  # "Europa Press", not the place "Europa"
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        for p_start, p_end in _pieces(ent):
            while p_start < p_end and taken[p_start]:
                p_start += 1
            if p_start >= p_end:
                continue  # every word already taken ("BUENOS AIRES" by the dateline)
            parts = [(p_start, p_end)]
            whole = trim(doc, p_start, p_end)  # asked once: most pieces are one part
            owner = -1
            person = person_after_de(doc, p_start, p_end, dictionary)
            if person is None and doc[p_start].pos_ != "PROPN" and p_start < whole[0] < whole[1]:
                # "La diputada de Podemos Ione Belarra" taken whole by the model
                person = person_after_de(doc, *whole, dictionary)
            if person is not None:
                # "Gobierno" + "Pedro Sánchez"; "Télam" + "Fernando Goldbaum"
                parts = [(p_start, person[0]), (person[1], p_end)]
            elif (cut := place_then_owner(doc, p_start, p_end)) is not None:
                parts = [(p_start, cut), (cut + 1, p_end)]  # "Sudáfrica" + "New York Times"
                owner = cut + 1
            elif pairs := people_listed(doc, *whole, label):
                parts = pairs  # "Miguel Rebosio y Julio Rivera": two people
            elif (
                p_end - p_start >= 3
                and is_acronym(doc[p_start])
                and all(is_capital(t) and not is_acronym(t) for t in doc[p_start + 1 : p_end])
            ):
                parts = [(p_start, p_start + 1), (p_start + 1, p_end)]  # "DW Ingrid Wehr"
            for a, b in parts:
                start, end = whole if (a, b) == (p_start, p_end) else trim(doc, a, b)
                if start >= end:
                    continue  # nothing left of the piece ("La vocera de" ending the text)
                start = past_address(doc, start, end)  # "«Señor Lozano, ...»": Lozano
                start = past_portfolio(doc, start, end)  # "ministro de Exteriores de Chile"
                start = past_state_secretary(doc, start, end)  # "secretaria de Estado de"
                if not plausible(doc, start, end) or any(taken[start:end]):
                    continue
                kind = label
                if start > a and origin_noun(doc, a):
                    # "Vecinos de Tlajomulco": where they live; "Analistas de
                    # Banorte": the firm they work for
                    if _of_a_trade(doc[a]):
                        kind = "ORG"
                    elif label == "PER":
                        kind = "LOC"
                if a == owner:
                    kind = "ORG"  # the body that has an office in the place
                elif person is not None and a == person[1]:
                    kind = "PER"  # "Paloma Valencia", whatever the model said of the whole
                elif person is not None and b == person[0] and label == "PER":
                    # the name before the person's is no person: a body after an
                    # article ("del Centro Democrático"), else a place ("de Marbella")
                    kind = "ORG" if doc[start - 1].lower_ != "de" else "LOC"
                found.append(Candidate(start, end, kind, "ner"))
                for i in range(start, end):
                    taken[i] = True
    found += acronyms(doc, texts, taken, multi=False)
    gazetteer(doc, texts, found, taken)
    found += described(doc, texts, taken)
    found += given_named(doc, texts, taken)
    found.sort(key=lambda c: c.start)
    concepts = concept_acronyms(text_of(doc))
    things = _named_things(doc)
    found = [
        c
        for c in found
        if not _concept(doc, c, concepts)
        and not _part_of_thing(span_text(doc, c.start, c.end), things)
        and not _common_word_in_capitals(doc, c, dictionary)
        and not _heading_words(doc, c, dictionary)
        and not _plural_noun_opening(doc, c, dictionary)
        and not _asked(doc, c)
    ]
    for c in found:
        c.start = _past_shouted(doc, c.start, c.end, dictionary)
    found = _past_agency(doc, found)
    single = {(c.start, c.end) for c in found}
    found = _holder_apart(doc, join(doc, found, names_apart, dictionary), single)
    found = join_by_acronym(doc, found)
    out: list[Candidate] = []
    for k, cand in enumerate(found):
        cand.start = _with_article(doc, cand.start, taken)
        cand.start = _extend_left(doc, cand.start, cand.end, taken, cand.label)
        limit = found[k + 1].start if k + 1 < len(found) else len(doc)
        cand.end = extend_org(doc, cand, limit)
        cand.label, cand.subtype = _type_of(doc, cand.start, cand.end, cand.label)
        cand.start = _past_division(doc, cand.start, cand.end)
        if out and field_list(doc, out[-1], cand):
            out[-1].end = cand.end  # "Secretaría" + "de Hacienda" (taken in) + "y Crédito Público"
            continue
        out.append(cand)
    return out


def _holder_apart(
    doc: Doc, found: list[Candidate], single: set[tuple[int, int]]
) -> list[Candidate]:
    """The body and the holder of a title that a join ran into one name ("la
    diputada de" + "Unión" + "por la" + "Patria Natalia Cufré"), apart again
    where a given name opens the holder's name at the end: only a joined name
    (not in ``single``) after a person's title, as ``person_after_de`` cuts
    the model's own entities."""
    out: list[Candidate] = []
    for c in found:
        cut = None
        if (c.start, c.end) not in single and c.label != "PER" and title_of(doc, c.start):
            cut = person_after_de(doc, c.start, c.end)
        if cut is None or cut[0] != cut[1] or not given_name(doc, cut[0], c.end, particles=True):
            out.append(c)
            continue
        out.append(Candidate(c.start, cut[0], c.label, c.source, c.subtype))
        out.append(Candidate(cut[0], c.end, "PER", c.source))
    return out


# kinds of place whose lower-case noun before "de" only says what the place is:
# "la provincia de Hubei", "el municipio de Rionegro", "la isla de Lampedusa"
# are Hubei, Rionegro and Lampedusa (a street's or a river's noun is its name's)
DIVISIONS = frozenset({"region", "city", "island"})


def _past_division(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in "la provincia de Hubei": after the lower-case
    noun of its kind of place and its "de" (the span keeps the type the noun gave)."""
    head = lex.name_heads().get(doc[start].lower_)
    if (
        head is None
        or head[1] not in DIVISIONS
        or not doc[start].text.islower()
        or end - start < 3
        or doc[start + 1].lower_ not in {"de", "del"}
        or not is_capital(doc[start + 2])
    ):
        return start
    return start + 2
