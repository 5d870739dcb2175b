"""Indirect quotations whose reporting verb follows the content.

- ``post_verb``: "No es un adiós, dicen" (an aside inside the sentence, "El
  miedo, relata, es una constante", is :mod:`prensa.quotes.aside`).
- ``dash_dialogue``: interview lines, "—La ley estaba de mi lado —responde—."
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from prensa.extensions import text_of
from prensa.quotes.indirect import COMPLEMENTISERS, Candidate, trim
from prensa.speakers.cues import cue_of_form
from prensa.speakers.words import CLITICS


def post_verb(
    doc: Doc,
    sentences: list[tuple[int, int]],
    quotations: Callable[[int, int], list[tuple[int, int]]],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> Iterator[Candidate]:
    """ "No es un adiós, dicen": content first, then ", VERB (subject)".

    The verb's phrase may close with a relative or a gerund of its own ("...,
    dijo el alcalde, que no descartó nada"), and the content may hold a term in
    marks ("la «cohorte» de pacientes"), never a quotation of its own."""
    text = text_of(doc)
    for s0, s1 in sentences:
        body = text[s0:s1].rstrip(" .\n")
        cut, stop = body.rfind(","), len(body)
        if cut <= 0:
            continue
        tail = char_span(s0 + cut + 1, s0 + stop)
        # a rider ("..., dijo Gil, que había ...") or the speaker's apposition
        # ("..., informó la gobernadora de Guerrero, Evelyn Salgado.") closes
        # the sentence after the cue's comma
        if _opens_rider(tail) or _apposition(tail, cue_lemma):
            cut, stop = body.rfind(",", 0, cut), cut
            if cut <= 0:
                continue
            tail = char_span(s0 + cut + 1, s0 + stop)
        # the cue first: it rules out most sentences
        lemma = cue_lemma(tail[0]) if len(tail) else None
        if lemma is None or len(tail) > MAX_TAIL:
            continue
        inside = quotations(s0, s0 + stop)
        if any(not _term(text, q) for q in inside):
            continue
        start, end = s0, s0 + cut
        if len(tail) > 8 and any(
            t.pos_ in {"VERB", "AUX"} or (t.pos_ == "ADP" and t.lower_ not in {"de", "del"})
            for t in tail[_past_infinitive(tail) :]
        ):
            continue  # a long tail is a cue and its subject's long name, nothing more
        if any(t.lower_ in COMPLEMENTISERS for t in tail):
            continue
        if _acts_on_object(tail[0], tail) or _subject_before(tail[0], start, end):
            continue  # "Los vecinos, hartos, denunciaron los hechos": an act, not a cue
        s, e = trim(text, start, end)
        words = len(text[s:e].split()) - sum(len(text[a:b].split()) for a, b in inside)
        if not any(t.pos_ in {"VERB", "AUX"} for t in char_span(s, e)):
            continue  # "Su mánager, Jaume Collboni, explicó": a subject, no clause
        if words >= 3:  # of its own, besides any term in marks
            yield Candidate(s, e, "post", tail[0], lemma, None)


RIDERS = frozenset({"que", "quien", "quienes"})
# tokens after the cue's comma: ", alertó este martes el Programa Mundial de
# Alimentos (PMA)" is eleven
MAX_TAIL = 16


def _past_infinitive(tail: Span) -> int:
    """Where the cue's phrase goes on past "al" + an infinitive and its
    complements ("lamentó al salir de la reunión el secretario general"): the
    article or name that opens the subject; 1 (right after the cue) without one."""
    if len(tail) < 3 or tail[1].lower_ != "al" or "VerbForm=Inf" not in str(tail[2].morph):
        return 1
    for k in range(3, len(tail)):
        if tail[k].pos_ in {"DET", "PROPN"} and tail[k - 1].pos_ not in {"ADP", "DET"}:
            return k
    return 1


def _apposition(tail: Span, cue_lemma: Callable[[Token], str | None]) -> bool:
    """Whether the words after the sentence's last comma are a name or a title
    in apposition ("Evelyn Salgado", "portavoz del PP"), not a cue of their own."""
    first = next((t for t in tail if not t.is_space), None)
    if first is None or cue_lemma(first) is not None:
        return False
    return first.pos_ == "PROPN" or (first.pos_ == "NOUN" and first.text.islower())


MAX_TERM = 3  # words: «cohorte», «señor Brand»: a term in marks, not a quotation


def _opens_rider(tail: Span) -> bool:
    """Whether the words after the sentence's last comma hang from the speaker or
    the verb before them: a relative ("..., dijo Gil, que había ...") or a gerund
    ("..., reveló el diario, alegando ...")."""
    first = next((t for t in tail if not t.is_space), None)
    if first is None:
        return False
    return first.lower_ in RIDERS or "VerbForm=Ger" in str(first.morph)


def _term(text: str, quote: tuple[int, int]) -> bool:
    """A short stretch in marks inside the content; not one a colon introduces
    ("intervino Gil: «No hay dinero», dijo"), which is a quotation."""
    before = text[max(0, quote[0] - 3) : quote[0]].rstrip(" «“\"‘'")
    return 0 < len(text[quote[0] : quote[1]].split()) <= MAX_TERM and not before.endswith(":")


# raya: opens a line of dialogue and sets off the narrator's aside; much of the
# Mexican and Spanish press types it as an en dash ("–Vamos a responder –contestó")
DIALOGUE_DASH = "—―–"


def dash_dialogue(
    doc: Doc,
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> Iterator[Candidate]:
    """Interview and dialogue lines: "—La ley estaba de mi lado —responde—. Y lo
    volvería a hacer." The words before the aside's reporting verb, and those after
    the aside's closing dash, are what the speaker said."""
    text = text_of(doc)
    start = 0
    for line in text.split("\n"):
        lo, hi = start, start + len(line)
        start = hi + 1
        body = line.lstrip()
        if not body or body[0] not in DIALOGUE_DASH:
            continue
        first = lo + len(line) - len(body) + 1
        aside = _dialogue_aside(text, first, hi, cue_lemma, char_span)
        if aside is None:
            continue
        verb, at, close = aside
        lemma = _aside_cue(verb, cue_lemma)
        for s, e in ((first, at), (close, hi)):
            while s < e and (text[s] in ".;:" or text[s] in DIALOGUE_DASH):
                s += 1  # "—aseguró Gil—. Las obras ...": the aside's own stop
            s, e = trim(text, s, e)
            while e > s and text[e - 1] in DIALOGUE_DASH:
                e -= 1
            if s < e and not marked(s, e) and len(text[s:e].split()) >= 2:
                yield Candidate(s, e, "post", verb, lemma, None)


def _dialogue_aside(
    text: str,
    first: int,
    hi: int,
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> tuple[Token, int, int] | None:
    """The first aside "—responde con firmeza—" of a dialogue line whose verb (after
    any clitic: "—le preguntó") reports speech: (verb, aside start, aside end)."""
    at = first
    while (at := _next_dash(text, at, hi)) >= 0:
        words = [t for t in char_span(at + 1, min(hi, at + 40)) if not t.is_space]
        while words and words[0].lower_ in CLITICS:
            words = words[1:]
        if words and _aside_cue(words[0], cue_lemma) is not None:
            close = _next_dash(text, at + 1, hi)
            end = close + 1 if close >= 0 else hi
            return words[0], at, end
        at += 1
    return None


def _aside_cue(tok: Token, cue_lemma: Callable[[Token], str | None]) -> str | None:
    """The cue of a dialogue aside's first word: right after the dash a lower-case
    form of a verb of saying is the verb, whatever the tagger called it
    ("—responde—" tagged as a name)."""
    lemma = cue_lemma(tok)
    if lemma is None and tok.text.islower():
        lemma = cue_of_form(tok.text)
    return lemma


def _next_dash(text: str, lo: int, hi: int) -> int:
    found = [i for i in (text.find(d, lo, hi) for d in DIALOGUE_DASH) if i >= 0]
    return min(found, default=-1)


def _subject_before(verb: Token, start: int, end: int) -> bool:
    """Whether the verb's subject lies in what would be the content: "La portavoz
    de Vox, Ana Gil, y la del PP, Eva Ruiz, coincidieron en ..." is no quotation."""
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and start <= c.idx < end and c.pos_ in {"NOUN", "PROPN"}
        for c in verb.children
    )


def _acts_on_object(verb: Token, tail: Span) -> bool:
    """Whether the verb after the comma takes a noun object of its own ("celebraron
    la decisión"): then what precedes is its subject, not reported content."""
    return any(
        c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i and c.i < tail.end
        for c in verb.children
    )
