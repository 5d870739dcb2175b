"""What a name's tokens look like: the tests shared by span repair and grouping.

The token tests (a ``words.Candidate`` is a span that may name an actor)
(capitals, acronyms, a sentence's first word, a frequent given name, an
organisation's kind before a name) and :func:`trim` / :func:`plausible`, which
cut a span down to a name or reject it, serve both the repair of the model's
entities (``spans``), the names it missed (``missed``) and the
grouping of spans into actors (``link``).
"""

from __future__ import annotations

from spacy.lang.es.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from prensa.actors import lexicon as lex
from prensa.extensions import span_text, text_of, token_texts
from prensa.lexicon import word_class
from prensa.token_table import tokens_between

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
        or prev.text.endswith(".-")  # "Ciudad de México.- Habitantes de ...": a dateline's end
        or (prev.text in DASHES and tok.i > 1 and tok.doc[tok.i - 2].text == ")")
    )


# "SANTIAGO (Reuters) - Investigadores de ...": the dash that ends a dateline
DASHES = frozenset({"-", "--", "–", "—"})


def opens_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a line: the text's first, or after a newline."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def line_opening(doc: Doc, i: int, most: int) -> int | None:
    """The first token of the line that holds token ``i``, where it stands at most
    ``most`` tokens before it (a dateline's few words); else None. Bounded, so
    that a paragraph of thousands of words is never walked once per name."""
    line = i
    while not opens_line(doc, line) and i - line < most:
        line -= 1
    return line if opens_line(doc, line) else None


def past_first_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands after the text's first line (a headline's)."""
    return 0 <= text_of(doc).find("\n") < doc[i].idx


def constituency_por(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the "por" of an elected member's constituency,
    after the title and up to two of its lower-case adjectives: "el senador por
    Texas", "la congresista republicana por Florida" (DLE, "por", sense 1)."""
    if doc[i].lower_ != "por":
        return False
    offices = word_class("actors", "constituency_offices")
    k = i - 1
    while (
        k > 0
        and i - k <= 2
        and doc[k].text.islower()
        and doc[k].pos_ in {"ADJ", "NOUN"}
        and doc[k].lower_ not in offices
    ):
        k -= 1  # "demócrata", "republicana", "socialista"
    return k >= 0 and doc[k].lower_ in offices


def epithet_start(doc: Doc, start: int) -> int:
    """Where an article and a lower-case word that describes a person open,
    right before the name at ``start``: a title ("la coronel Ana Beltrán"), a
    nationality ("el griego Nikos Pappas"), a party's or a trade's adjective
    made a noun ("la socialista Marta Ibarra"), as the press writes them
    between an office's comma and its holder's name. ``start`` where none."""
    if start < 2 or doc[start - 2].lower_ not in lex.ARTICLES:
        return start
    word = doc[start - 1]
    if not word.text.islower():
        return start
    if (
        word.pos_ in {"ADJ", "NOUN"}
        or word.lower_ in lex.demonyms()
        or lex.titles().get(word.lower_, ("",))[0] == "PER"
    ):
        return start - 2
    return start


def is_capital(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_acronym(tok: Token) -> bool:
    """'SANA', 'PSOE', 'CCCYA': two or more letters, all capitals."""
    return acronym_text(tok.text)


def acronym_text(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def lower_head(tok: Token) -> bool:
    head = lex.name_heads().get(tok.lower_)
    return head is not None and head[2]


def _junk_edge(tok: Token) -> bool:
    """A token that cannot open or close a name."""
    text = tok.text
    if tok.is_space or tok.is_punct or text in BREAKS:
        return True
    capital, pos = text[:1].isupper(), tok.pos_  # is_capital(tok)
    if capital and pos in {"PROPN", "NOUN", "ADJ", "X", ""}:
        return False
    if capital and given_name(tok.doc, tok.i, tok.i + 2):
        return False  # "Óscar Escalante", whatever the tagger made of "Óscar" (a verb)
    if pos == "NUM" and text.isalpha() and capital and not sentence_initial(tok):
        return False  # a number word a capital makes a name's: "Dos Bocas", "Tres Cantos"
    return pos in EDGE_POS or not capital or tok.lower_ in STOP_WORDS


def is_cut(tok: Token) -> bool:
    """Punctuation that no name holds: ',', ';', '.-' (but "S.", "Newell's", "&")."""
    return all(not c.isalnum() for c in tok.text) and tok.text not in {"-", "'", "&", "."}


def origin_noun(doc: Doc, start: int) -> bool:
    """ "Vecinos de Tlajomulco", "Agentes de la Policía": a plural common noun
    capitalised only because it opens the sentence, then where its people are
    from. The name is what follows "de"."""
    return (
        start + 2 < len(doc)
        and sentence_initial(doc[start])
        and (doc[start].pos_ == "NOUN" or _plural_word(doc[start]))
        and doc[start].lower_.endswith("s")
        and doc[start].lower_ not in lex.name_heads()
        and doc[start + 1].lower_ in {"de", "del"}
    )


def _capitalised_by_position(doc: Doc, start: int) -> bool:
    """ "Respuesta de Facebook", a subheading; "Crítica de Vox al plan", a
    sentence's start: a common noun that is no head of names and no title,
    capitalised only where it stands, before "de" and a capitalised name."""
    first = doc[start]
    return (
        start + 2 < len(doc)
        and sentence_initial(first)
        and first.pos_ == "NOUN"
        and first.lower_ not in lex.name_heads()
        and first.lower_ not in lex.titles()
        and doc[start + 1].lower_ in {"de", "del"}
        and is_capital(doc[start + 2])
    )


def _plural_word(tok: Token) -> bool:
    """ "Investigadores", "Habitantes": a word the tagger took for a name at a
    sentence's start, written like a plural common noun (a capital, then lower
    case, ending in -s)."""
    word = tok.lower_
    return (
        tok.pos_ == "PROPN"
        and tok.text[1:].islower()
        and word.endswith("s")
        # "Centros de Procesamiento ...": a body
        and not any(form in lex.name_heads() for form in lex.singulars(word))
        and (tok.i == 0 or tok.doc[tok.i - 1].text not in QUOTE_OPENERS)
    )


# a title in marks may open with a plural: "“Vulnerabilidades de EU al lavado ...”"
QUOTE_OPENERS = frozenset("“«\"'‘(")


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past the words that cannot open or close a name.

    A lower-case head opens a place or an institution ("calle Arenal",
    "ministerio de Sanidad"); a lower-case adjective may close the name of
    an institution ("Gobierno italiano").
    """
    if span_text(doc, start, end).lower() in lex.places():
        return start, end
    while (
        start < end
        and (_junk_edge(doc[start]) or doc[start].lower_ in lex.demonyms())
        and not lower_head(doc[start])
    ):
        start += 1  # a demonym opens no name: "Chilena Ilse Ojeda" in a headline
    if end - start > 2 and (origin_noun(doc, start) or _capitalised_by_position(doc, start)):
        start += 2
        while start < end and _junk_edge(doc[start]):
            start += 1
    if _opens_before_given_name(doc, start, end):
        start += 1  # "Habló Ana Gil de ...": a person's name opens with the given name
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


# words that open a saint's or a place's name before a given name ("San Juan")
HOLY = frozenset({"san", "santa", "santo", "santos"})
# words before a given name that make it part of a place's or a saint's name
# ("San Cristóbal Verapaz", "São Paulo")
SAINTS = frozenset({"san", "santa", "santo", "sant", "são", "sao"})


def _opens_before_given_name(doc: Doc, start: int, end: int) -> bool:
    """A word opening a sentence that the model ran into the person's name after
    it: "Habló Ana Gil", "Recordó Luis Arce". Spanish names open with the given
    name, so a word before one that is no given name, no title and no saint's
    "San" is no part of it."""
    first = doc[start] if start < end else None
    return (
        first is not None
        and end - start >= 3
        and sentence_initial(first)
        and given_name(doc, start + 1, end, broad=True)
        and lex.unaccented(first.lower_) not in lex.all_given_names()
        and first.lower_ not in HOLY
        and first.lower_ not in lex.titles()
        and not is_acronym(first)
    )


INDEFINITE_ARTICLES = frozenset({"un", "una", "unos", "unas"})
INTERROGATIVES = frozenset(
    {"qué", "cuándo", "dónde", "cómo", "quién", "quiénes", "cuál", "cuáles", "cuánto", "cuántos"}
)


def plausible(doc: Doc, start: int, end: int) -> bool:
    """Whether a trimmed span can be a name at all."""
    if start >= end:
        return False
    first = doc[start]
    if sum(c.isalpha() for c in span_text(doc, start, end)) < 2:
        return False
    title = lex.titles().get(first.lower_)
    if title is not None and title[0] == "PER" and first.lower_ not in lex.name_heads():
        return False  # "Secretario de Seguridad", "Relator Especial": a role, not a name
    if not any(is_capital(t) for t in tokens_between(doc, start, end)) or not (
        is_capital(first) or lower_head(first)
    ):
        return False
    if (first.lower_ in lex.not_actors("head") and not (end - start == 1 and source(first))) or (
        end - start == 2
        and doc[start + 1].lower_ in lex.not_actors("head")
        and not given_name(doc, start, end, broad=True)  # "Alfonso Guerra" is a person
    ):
        return False  # "Derecho Internacional", "Nueva Constitución"; but "dijo Guerra"
    if start and doc[start - 1].lower_ in lex.not_actors("before"):
        return False  # "el huracán Otis", "la variante Ómicron": no actor
    if _portfolio(doc, start):
        return False  # "el ministro de Asuntos Exteriores": a portfolio, not an actor
    if end - start == 1:
        if lower_head(first) and lex.name_heads()[first.lower_][1] != "government":
            return False  # "Calle", "Río": a generic word without its name ("Gobierno" is one)
        named = (  # "La Nación", "El Estado" mid-sentence: a capitalised article names it
            start > 0
            and doc[start - 1].lower_ in lex.ARTICLES
            and is_capital(doc[start - 1])
            and not sentence_initial(doc[start - 1])
        )
        if (
            first.lower_ in lex.not_actors("alone") and not named
        ) or first.lower_ in lex.not_actors("acronym"):
            return False
        if first.lower_.rstrip(".") + "." in lex.org_markers():
            return False  # "S.A.", "C.V.": a company's legal form, no company alone
        if len(first.text) < 2:
            return False
        if _dated_month(first):
            return False  # "MADRID, 3 Nov. (EUROPA PRESS)": a month, not a name
        if len(first.text) >= 3 and first.text[:-1].isupper() and first.text[-1] == "s":
            return False  # "las APIs", "las ONGs": a plural, a kind of body, no body
        if start > 0 and doc[start - 1].lower_ in INDEFINITE_ARTICLES and not is_acronym(first):
            return False  # "un Noticia", "una Reforma": an indefinite article takes no name
        if is_acronym(first) and _shouted_word(first):
            return False  # "CUÁNDO", "CAMAS": a word in capitals, not an acronym
        if (
            sentence_initial(first)
            and not is_acronym(first)
            and (first.pos_ not in {"PROPN", "NOUN", "X", ""} or first.lower_ in STOP_WORDS)
        ):
            return False
    return True


def _dated_month(tok: Token) -> bool:
    """A month's abbreviation after a day or before its point: "3 Nov", "Oct."."""
    word = tok.lower_.rstrip(".")
    if len(word) > 4 or word[:3] not in lex.month_prefixes():
        return False
    dotted = tok.text.endswith(".") or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ".")
    return dotted or (tok.i > 0 and tok.doc[tok.i - 1].like_num)


def source(tok: Token) -> bool:
    """Whether a word is someone's name by what it does: it follows "según" or
    is the subject of a verb of saying ("según Guerra", "Guerra dijo")."""
    if tok.i and tok.doc[tok.i - 1].lower_ == "según":
        return True
    return tok.dep_.startswith("nsubj") and tok.head.lemma_ in lex.speech_verbs()


def _shouted_word(tok: Token) -> bool:
    """An ordinary word written in capitals: an interrogative ("CUÁNDO", "QUÉ"),
    or a word the same text also writes in lower case ("CAMAS" ... "camas").
    (A written accent alone proves nothing: "BOGOTÁ.-" opens a dateline.)"""
    lower = tok.lower_
    if lower in INTERROGATIVES:
        return True
    return len(lower) >= 4 and lower in token_texts(tok.doc)


def _portfolio(doc: Doc, start: int) -> bool:
    """Whether the span follows "ministro de", "consejera del": the name of a
    portfolio, where no institution's head word opens it."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in lex.ARTICLES:
        i -= 1
    # a comma joins portfolios inside a list that "y" closes: "ministro de
    # Transportes, Obras y Vivienda"; before a name it is an apposition's ("el
    # ministro de Exteriores, Wang Yi, y su homólogo")
    listed = _closed_by_y(doc, start)
    while (
        i >= 2
        and (doc[i].lower_ in {"y", "e"} or (doc[i].text == "," and listed))
        and is_capital(doc[i - 1])
        and not given_name(doc, start, start + 2, broad=True)  # "... de Comercio e Isabel Gil"
    ):
        listed = True  # back past a "y", the commas before it join the same list
        i -= 2  # "subsecretario de Prevención y Promoción de la Salud": back to its "de"
        while i >= 1 and is_capital(doc[i]):
            i -= 1
    if i < 1 or doc[i].lower_ not in {"de", "del"}:
        return False
    if doc[start].lower_ in lex.name_heads() or doc[start].text.lower() in lex.places():
        return False
    # the singular only: "los ministros de Hacienda y Comercio" are bodies (ORG, as
    # annotated), and "los concejales de Vox" names a party
    return doc[i - 1].lower_ in lex.portfolio_titles()


def _closed_by_y(doc: Doc, start: int) -> bool:
    """Whether the capitalised words at ``start`` and any after them, joined by
    commas, end a list with "y" or "e" and one more capitalised word."""
    n, j = len(doc), start
    while True:
        while j < n and is_capital(doc[j]):
            j += 1
        if j + 1 < n and doc[j].text == "," and is_capital(doc[j + 1]):
            j += 1
            continue
        return j + 1 < n and doc[j].lower_ in {"y", "e"} and is_capital(doc[j + 1])


# the particles a Spanish surname may open with ("del Campo", "de la Torre",
# "de los Ríos")
# particles that open a surname: Spanish "de", "del", "de la"; Portuguese,
# Italian, Dutch, German and French ones ("Pablo da Silveira", "Ursula von der
# Leyen"), as in ``lexicon.NAME_PARTICLES``
SURNAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von", "der", "du"}
)
# the cardinal points, which after "del" name a region, no surname
CARDINAL_POINTS = frozenset({"norte", "sur", "este", "oeste"})


def given_name(
    doc: Doc, start: int, end: int, *, broad: bool = False, particles: bool = False
) -> bool:
    """Whether ``[start, end)`` opens with a frequent given name followed by a
    capitalised word: "Carolina Tohá", "Luis Caputo"; ``broad``: any given name
    of the longer list too ("Paloma Valencia"); ``particles``: also past a
    surname's particles ("Raúl del Campo"), where the span is no place of the
    gazetteer ("Carolina del Sur")."""
    names = lex.all_given_names() if broad else lex.given_names()
    end = min(end, len(doc))  # a span asked of past the text's end
    if not (
        end - start >= 2 and lex.unaccented(doc[start].lower_) in names and is_capital(doc[start])
    ):
        return False
    k = start + 1
    if particles and span_text(doc, start, end).lower() not in lex.places():
        while k < end - 1 and k - start <= 3 and doc[k].lower_ in SURNAME_PARTICLES:
            k += 1  # "Raúl del Campo", "Pedro de la Torre": a surname with its particle
        if k > start + 1 and doc[k].lower_ in CARDINAL_POINTS:
            return False  # "Carolina del Sur", "Dakota del Norte": a region
    return is_capital(doc[k])


def described_org(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows a noun that says what kind of
    organisation it is: "la empresa Telefónica", "el club Millonarios", "la
    farmacéutica estadounidense Pfizer": a noun of ``org_kinds`` in lower
    case after an article."""
    i = _past_modifiers(doc, start - 1)  # "la petrolera estatal", "la red social china"
    if i < 1 or not (doc[i].text.islower() or _kind_acronym(doc[i])):
        return False
    if _kind_after_article(doc, i):
        return True
    # "la asociación de accionistas minoritarios Aemec", "la empresa de mensajería
    # DHL", "la agencia estadounidense de modelos X": the kind's own complement (a
    # lower-case noun and its adjective) between
    k = i
    # (a lower-case word before a name may be tagged a proper noun: "de modelos X")
    while (
        k > start - 6
        and k >= 2
        and doc[k].text.islower()
        and doc[k].pos_ in {"NOUN", "ADJ", "PROPN"}
    ):
        k -= 1
    return k < i and doc[k].lower_ == "de" and _kind_after_article(doc, _past_modifiers(doc, k - 1))


def _past_modifiers(doc: Doc, i: int) -> int:
    """Back from ``i`` over at most two lower-case adjectives or demonyms that
    are no kind of organisation ("estatal", "estadounidense")."""
    for _ in range(2):
        if i < 1 or not _describing(doc[i]):
            break
        i -= 1
    return i


def _describing(tok: Token) -> bool:
    """A lower-case adjective or demonym that may stand between a kind of
    organisation and its name, and is no kind itself."""
    return (
        tok.text.islower()
        and (tok.pos_ == "ADJ" or tok.lower_ in lex.demonyms())
        and tok.lower_ not in lex.org_kinds()
    )


def _kind_acronym(tok: Token) -> bool:
    """A kind of organisation written as its acronym: "la ONG Provea" (DLE,
    "ONG": organización no gubernamental)."""
    return tok.text.isupper() and len(tok) > 1 and tok.lower_ in lex.org_kinds()


# what stands before a kind of organisation that opens a name: an article
KIND_ARTICLES = lex.ARTICLES | {"un", "una", "del", "al"}


def _kind_after_article(doc: Doc, i: int) -> bool:
    """A noun of ``org_kinds`` after an article; "radio" also after a bare
    preposition, as the stations are named ("dijo a radio Cooperativa", "en
    radio Mitre")."""
    if i < 1 or doc[i].lower_ not in lex.org_kinds():
        return False  # most words: told first, by the one lookup
    kind, before = doc[i], doc[i - 1].lower_
    return (kind.text.islower() or _kind_acronym(kind)) and (
        before in KIND_ARTICLES or (kind.lower_ == "radio" and before in {"a", "en", "de", "por"})
    )
