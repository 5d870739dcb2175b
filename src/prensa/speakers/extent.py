"""Where a speaker's noun phrase ends.

The parse gives a subject's head; its phrase is the head's subtree, cut
where a clause, a quotation, an addressee or the place and time of the
statement begin ("el ministro de Economía en una rueda de prensa" -> "el
ministro de Economía"). ``phrase_of`` cuts a subject's phrase,
``noun_phrase_end`` the run of a noun phrase after a preposition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.speakers.words import INFINITIVE, RELATIVES


def role_of(tok: Token) -> Token:
    """The token whose dependency a word has: the word, or the paragraph break
    the parse hung a name on and made the subject ("\n\nGil añadió:", "Gil"
    under the break)."""
    head = tok.head
    if head.is_space and head.i == tok.i - 1 and head.head.i != head.i:
        return head
    return tok


def phrase_of(head: Token, *, stop: int | None = None, verb: Token | None = None) -> Span:
    """The noun phrase of a subject head: its subtree, cut at a clause or quote.

    ``stop`` is a character offset the phrase may not cross (a quotation);
    where the phrase holds the cue ``verb`` itself (an antecedent: "un medio
    que aseguraba"), it ends before the relative clause.
    """
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    hung = role_of(head)
    if (
        hung is not head
        and head.pos_ in {"NOUN", "PROPN"}
        and not lexicon.asked_participle(head.lower_)  # "Consultada por X, Ana Gil dijo"
    ):
        # "\n\nAnalistas consultados por este medio consideran": the parser hung
        # the phrase on the newline before it, the head's words with it
        end = max(end, hung.right_edge.i + 1)
    # never reach back over the verb or punctuation before the head
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].pos_ in {"VERB", "AUX", "PUNCT", "ADP"} and doc[i].text not in {"-"}:
            start = i + 1
            break
    for i in range(head.i + 1, end):
        t = doc[i]
        if verb is not None and start <= verb.i < end and (t.lower_ in RELATIVES or t == verb):
            end = i
            break
        if stop is not None and t.idx >= stop:
            end = i
            break
        if (
            t.text in {";", ":", "«", "»", "“", "”", '"', "(", "."}
            or (t.pos_ == "CCONJ" and i + 1 < end and doc[i + 1].pos_ in {"VERB", "AUX"})
            # a headline's phrase ends with its line: "advirtió el jefe del bloque\n\nBUENOS AIRES"
            or (t.is_space and "\n" in t.text)
            or "\n" in doc[i - 1].whitespace_
        ):
            end = i
            break
        if (
            t.lower_ in {"a", "al"}
            and t.pos_ == "ADP"
            and t.head.head.i == head.i
            and verb is not None
            and head.i > verb.i
        ):
            # "increpó la diputada a los ministros": after the verb, the addressee
            end = i
            break
        if (
            verb is not None
            and head.i > verb.i
            and _circumstance(doc, i)
            and not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(head.i + 1, i))
        ):
            # "afirmó el purpurado ante los periodistas", "dijo la jueza en rueda de
            # prensa": after the verb, where and before whom it was said (not inside
            # the subject's relative clause: "dijeron algunos que esperaban en la puerta")
            end = i
            break
        if t.text == "," and not any(c.dep_ == "appos" and c.i > i for c in head.children):
            end = i
            break
        if t.text == "," and i + 1 < end and doc[i + 1].lower_ in RELATIVES:
            # "denunció la asociación, que culpó al gobernador, Ahmed Musa,": a
            # relative clause set off by commas says more of the speaker, and a
            # name in it is someone else's (the parse may hang it on the head)
            end = i
            break
        if t.head.i == head.i and INFINITIVE in str(t.morph) and doc[i - 1].pos_ != "ADP":
            # "impidió a los vecinos corear consignas": a bare infinitive the parse
            # hung on the noun is the clause that noun's verb governs, not the noun's
            end = i
            break
    span = doc[start:end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span


# prepositions that open the circumstances of a statement after its subject
CIRCUMSTANCES = frozenset({"ante", "en", "durante", "tras", "desde"})


def _circumstance(doc: Doc, i: int) -> bool:
    """Whether a preposition of circumstance at ``i`` opens a phrase of a common
    noun ("ante los periodistas", "en rueda de prensa", "durante el acto"),
    not of a name, which may be the title's ("la embajadora ante la ONU", "el
    portavoz en Bruselas"), nor a bare fixed phrase ("en funciones")."""
    if doc[i].lower_ not in CIRCUMSTANCES or doc[i].pos_ != "ADP" or i + 1 >= len(doc):
        return False
    k = i + 1
    if doc[k].pos_ == "DET":
        k += 1  # (after an article, an adjective made a noun: "ante los fieles")
    if k >= len(doc) or not doc[k].text.islower():
        return False
    if k > i + 1:
        return doc[k].pos_ in {"NOUN", "ADJ"}
    return doc[k].pos_ == "NOUN" and doc[k].lower_ in lexicon.word_class(
        "speakers", "statement_settings"
    )


def noun_phrase_end(doc: Doc, i: int, limit: int) -> int:
    """Token index where the phrase starting at i ends (a comma or the sentence end)."""
    j = i
    while j < len(doc) and doc[j].idx < limit and doc[j].text not in {",", ".", ";", ":"}:
        j += 1
    return j
