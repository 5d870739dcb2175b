"""Verbs of thought, perception and ensuring that open no reported speech.

"Hurskainen cree que ..." reports an opinion; "Nadie pensó que ...", "un virus
que creía que ...", "..., garantizando que ..." and "dudó sobre si ..." report
nobody's words. :func:`speech_cues` drops the cues of data/thought_verbs.tsv
(RAE-ASALE, Nueva gramática §43.2: verbs of thought and perception, as against
verbs of communication) where they cannot introduce what someone said.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from prensa import lexicon
from prensa.speakers.nouns import documents
from prensa.speakers.words import RELATIVES

NEGATIVE_SUBJECTS = frozenset({"nadie", "ninguno", "ninguna", "nada"})


@cache
def thought_verbs() -> frozenset[str]:
    return lexicon.column("quotes", "thought_verbs", "lemma")


def speech_cues(cues: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The cues that may open a content clause: every verb of saying, and a verb
    of thought only where someone can be holding the opinion it reports."""
    thought = thought_verbs()
    speech = [v.i for v, lemma in cues if lemma not in thought]
    return [
        (v, lemma)
        for v, lemma in cues
        if not _said_by_no_one(v) and (lemma not in thought or _opinion(v, speech))
    ]


def _said_by_no_one(verb: Token) -> bool:
    """ "Nadie dijo que ...", "Nadie quiere decirle que ...": a negative quantifier
    as the subject of the cue, or of the verb it depends on, reports nothing."""
    heads = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ in NEGATIVE_SUBJECTS
        for h in heads
        for c in h.children
    )


def _opinion(verb: Token, speech: list[int]) -> bool:
    doc = verb.doc
    form = verb.lower_
    if form.endswith(("ndo", "ndose")):
        return False  # "..., garantizando que ...", "está observando que ...": manner
    # the content clause must follow at once ("cree firmemente que"): not an
    # indirect question ("dudó sobre si"), not a noun's relative ("entendió el
    # alcance que ..."); but past a predicative ("considera probado que") or a
    # document it was said in ("estimó en un informe que")
    nxt = _after_predicative(verb)
    if nxt is None or nxt.lower_ != "que":
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if any(s.lower_ in NEGATIVE_SUBJECTS for s in subjects):
        return False  # "Nadie pensó que ...": no one held it
    impersonal = any(c.lower_ == "se" for c in verb.children)
    # "un virus que creía que ...": a relative describing a noun; "que se cree
    # que" is impersonal hearsay and still reports
    if (
        verb.dep_.startswith("acl")
        and not impersonal
        and any(c.lower_ in RELATIVES and c.i < verb.i for c in verb.children)
    ):
        return False
    # "recordó que se escondió y pensó que ...": no subject of its own, after "y",
    # inside the content of an earlier verb of saying in the same sentence
    if not subjects and verb.i > 0 and doc[verb.i - 1].lower_ in {"y", "e"}:
        sent = verb.sent
        for i in speech:
            if sent.start <= i < verb.i and any(t.lower_ == "que" for t in doc[i + 1 : verb.i - 1]):
                return False
    return True


def _after_predicative(verb: Token) -> Token | None:
    """The first word after a verb of thought past adverbs, one predicative
    adjective or participle ("considera probado", "estima necesario") and a
    phrase of "en" naming a document ("estimó en un informe", "en su escrito")."""
    doc = verb.doc
    i, end = verb.i + 1, min(len(doc), verb.i + 8)
    while i < end and doc[i].pos_ == "ADV":
        i += 1
    if i < end and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    if i < end and doc[i].lower_ == "en":
        j = i + 1
        while j < end and doc[j].pos_ in {"DET", "ADJ"}:
            j += 1
        if j < end and doc[j].lemma_.lower() in documents():
            j += 1
            while j < end and doc[j].pos_ == "ADJ":
                j += 1  # "en su informe anual"
            i = j
    return doc[i] if i < end else None
