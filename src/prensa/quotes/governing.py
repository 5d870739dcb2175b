"""The cue a marked quotation reports, when the nearest verb of saying before it
is only part of another cue's content clause.

"respondió que no piensa «arrodillarse»": the speaker answers, "piensa" only
continues his clause; "dijo que el ministro afirmó «...»" keeps the
minister's verb, which has a subject of its own.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from prensa.lexicon import word_class
from prensa.speakers.phrases import looks_ahead
from prensa.speakers.words import RELATIVES


def governing_cue(verb: Token, lo: int, cues: Container[int]) -> Token:
    """The cue whose content clause holds ``verb`` when ``verb`` has no subject of
    its own: in "respondió que no piensa «arrodillarse»" the speaker answers,
    "piensa" only continues his clause; "dijo que el ministro afirmó «...»" keeps
    the minister's verb."""
    verb = _past_bare_clause_cue(verb, lo, cues)
    if (reporter := _prospective_in_report(verb, lo, cues)) is not None:
        return reporter
    for _ in range(4):
        # an infinitive has no subject of its own, nor does "ser" give one: in
        # "dijo que la mejor salida es continuar con las reformas «...»" she speaks
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        own = (
            "VerbForm=Inf" not in str(verb.morph)
            and bool(subjects)
            and not _present_under_past(verb, cues)
        )
        # "destacó que fue de los pocos que expresó su apoyo «...»": a relative
        # clause inside what a cue reports is the reporter's wording
        relative = verb.dep_ in {"acl", "acl:relcl"} and all(
            c.lower_ in RELATIVES for c in subjects
        )
        if relative:
            own = False
        if (verb.dep_ not in {"ccomp", "xcomp"} and not relative) or own:
            return verb  # "acusó ... y recordó que «...»": a coordinated verb keeps its cue
        head, reported = verb.head, verb.dep_ == "ccomp"
        came_by = verb.dep_
        while head.i != head.head.i and head.i not in cues and head.idx >= lo:
            copula = head.lemma_ == "ser" or any(c.dep_ == "cop" for c in head.children)
            # "dijo que A deben X y que lo mejor es continuar «...»": the clause
            # coordinated to another content clause is reported by the same cue
            parallel = came_by == "conj"
            if (
                not copula
                and not parallel
                and any(c.dep_ in {"nsubj", "nsubj:pass"} for c in head.children)
            ):
                return verb  # "quiere anunciar «...»": the one who wants speaks
            reported = reported or head.dep_ == "ccomp"
            came_by = head.dep_
            head = head.head
        if head.i == verb.i or head.i not in cues or head.idx < lo or head.i > verb.i:
            return verb
        if relative and not reported:
            return verb  # "citó a Flaubert, que se quejaba de «...»": his words
        verb = head
    return verb


def _prospective_in_report(verb: Token, lo: int, cues: Container[int]) -> Token | None:
    """ "había advertido de que Caracas respondería «con toda firmeza»": a verb of
    saying in the future or the conditional, in a clause opened by "que" after
    another cue of its sentence, is no speech that took place, whatever the
    parse hung it on; the cue before it reports the marks. That cue, or None."""
    que = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "que"), None)
    if not looks_ahead(verb) or que is None:
        return None
    doc = verb.doc
    for i in range(que.i - 1, verb.sent.start - 1, -1):
        if doc[i].idx < lo:
            break
        if i in cues:
            return doc[i]
    return None


def _present_under_past(verb: Token, cues: Container[int]) -> bool:
    """ "remarcó que la crisis exige soluciones «ya»": a verb of saying in the
    present, in the content clause of a cue in the past, states what is the case
    now (the crisis requires), not a speech the report dates; the cue above
    reports the marks. A speech reported inside another keeps the tense of the
    report ("dijo que el ministro afirmó «...»")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.i not in cues or head.i > verb.i:
        return False
    present = "Tense=Pres" in str(verb.morph) and "Mood=Ind" in str(verb.morph)
    perfect = "VerbForm=Part" in str(head.morph) and any(
        c.dep_ == "aux" and c.lemma_ == "haber" for c in head.children
    )
    return present and ("Tense=Past" in str(head.morph) or perfect)


def _past_bare_clause_cue(verb: Token, lo: int, cues: Container[int]) -> Token:
    """ "afirmó que las tropas mantienen «una alta alerta»", "advirtió que la protesta
    continuará «hasta que ...»": a verb that reports only with a content clause or a
    colon ("mantuvo que", "continuó: «...»"), here with neither, belongs to the
    content of the cue above it, which reports the quotation."""
    if verb.lemma_.lower() not in word_class("speakers", "clause_cues") or any(
        c.text == ":" or _content_clause(c) for c in verb.children
    ):
        return verb
    head = verb
    for _ in range(4):
        if head.head.i == head.i or head.dep_ not in {"ccomp", "conj", "xcomp", "advcl"}:
            return verb
        head = head.head
        if head.i in cues and lo <= head.idx and head.i < verb.i:
            return head
    return verb


def _content_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a content clause opened by a bare "que" ("mantuvo que
    ..."), not one of time or purpose ("continuará hasta que ...")."""
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    return tok.dep_ == "ccomp" and marks == ["que"]


def past_sister_clause(inside: Token, cue: Token, cues: Container[int]) -> Token:
    """The cue that reports a quotation whose clause opens with its own "que"
    coordinated with ``cue``'s content ("defendió que el banco mantiene oficinas
    y que la digitalización es «irreversible»"): when ``cue`` is itself the
    content of another cue, that one reports both clauses; else ``cue``.
    ``inside`` is a token within the quotation marks."""
    node = inside
    for _ in range(4):
        if any(c.lower_ == "que" and c.dep_ == "mark" for c in node.children):
            break
        if node.head.i == node.i:
            return cue
        node = node.head
    else:
        return cue
    if (
        node.dep_ == "conj"
        and node.head.i == cue.i
        and cue.dep_ == "ccomp"
        and cue.head.i in cues
        and cue.head.i < cue.i
    ):
        return cue.head
    return cue
