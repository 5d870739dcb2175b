"""Indirect quotations whose reporting verb follows the content.

- ``post_verb``: "No es un adiós, dicen" (an aside inside the sentence, "El
  miedo, relata, es una constante", is :mod:`prensa.quotes.aside`).
- ``dash_dialogue``: interview lines, "—La ley estaba de mi lado —responde—."
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from prensa.quotes.indirect import COMPLEMENTISERS, Candidate, trim


def post_verb(
    doc: Doc,
    sentences: list[tuple[int, int]],
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> Iterator[Candidate]:
    """ "No es un adiós, dicen": content first, then ", VERB (subject)"."""
    text = doc.text
    for s0, s1 in sentences:
        body = text[s0:s1].rstrip(" .\n")
        cut = body.rfind(",")
        if cut <= 0 or marked(s0, s1):
            continue
        tail = char_span(s0 + cut + 1, s0 + len(body))
        start, end = s0, s0 + cut
        if not len(tail) or len(tail) > 8:
            continue
        lemma = cue_lemma(tail[0])
        if lemma is None or any(t.lower_ in COMPLEMENTISERS for t in tail):
            continue
        if _acts_on_object(tail[0], tail) or _subject_before(tail[0], start, end):
            continue  # "Los vecinos, hartos, denunciaron los hechos": an act, not a cue
        s, e = trim(text, start, end)
        if len(text[s:e].split()) >= 3:
            yield Candidate(s, e, "post", tail[0], lemma, None)


DIALOGUE_DASH = "—―"  # raya: opens a line of dialogue and sets off the narrator's aside
CLITICS = frozenset({"le", "les", "me", "te", "nos", "se", "lo", "la"})


def dash_dialogue(
    doc: Doc,
    marked: Callable[[int, int], bool],
    cue_lemma: Callable[[Token], str | None],
    char_span: Callable[[int, int], Span],
) -> Iterator[Candidate]:
    """Interview and dialogue lines: "—La ley estaba de mi lado —responde—. Y lo
    volvería a hacer." The words before the aside's reporting verb, and those after
    the aside's closing dash, are what the speaker said."""
    text = doc.text
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
        lemma = cue_lemma(verb)
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
        if words and cue_lemma(words[0]) is not None:
            close = _next_dash(text, at + 1, hi)
            end = close + 1 if close >= 0 else hi
            return words[0], at, end
        at += 1
    return None


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
