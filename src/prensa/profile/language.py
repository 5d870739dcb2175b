"""Which language a text is in, by py3langid.

py3langid is the maintained fork of langid.py (a naive Bayes model over byte
n-grams over some 140 languages), the library trafilatura uses for its
own language filter. Its model ships inside the wheel: nothing is downloaded.
Loading it takes about 0.6 s, so it is loaded on first use, once per process,
never at import: ``prensa --help`` must stay under 0.5 s.

py3langid (0.4) finds a text's n-grams by walking an automaton over its
UTF-8 bytes one byte at a time in Python, most of its time on an article;
:func:`features` finds the same ones with numpy (see there), and
:func:`classify` scores them with py3langid's own model and arithmetic (its
tests compare the two).
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import numpy as np

# Below this probability the text is too short to tell ("und"): a name, a
# date or a short headline. On the 1,172 sentences of the seed and dev texts,
# no Spanish sentence was given another language at 0.7 or above; whole
# articles are Spanish at 0.9999 and more.
MIN_CONFIDENCE = 0.7
# The start of a long document says its language; the rest only costs time.
MAX_CHARS = 20_000
UNDETERMINED = "und"
# The automaton's state after a byte depends on the last WINDOW bytes only,
# whatever came before them (its n-grams are at most 6 bytes long; the test
# of this module checks it over the model's whole transition table).
WINDOW = 6


@cache
def _identifier() -> Any:
    """py3langid's identifier with probabilities (softmax over languages)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _automaton() -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The identifier's automaton as arrays: the next state (``moves[rows[state]
    + byte]``), each state's row there, each state's feature (-1: none)."""
    identifier = _identifier()
    moves = identifier.tk_nextmove  # an array.array
    return (
        np.frombuffer(moves, dtype=moves.typecode),
        np.asarray(identifier._rowbase, dtype=np.int64),
        np.asarray(identifier.tk_output, dtype=np.int64),
    )


def features(data: bytes) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Which of the model's features occur in ``data`` (UTF-8 bytes), in order
    of first occurrence, and how often each: the keys and values of the
    ``Counter`` that py3langid's ``visit_counts`` fills by walking the
    automaton byte by byte in Python.

    Here the states after all bytes are found together: the state after byte
    ``i`` is that of a walk from the automaton's start over the WINDOW bytes
    that end at ``i``, so WINDOW steps over the whole array give them all.
    The features are then told apart with numpy, not a ``Counter`` (three
    times faster on an article): the first occurrence of each is where the
    smallest position among its occurrences is its own.
    """
    moves, rows, output = _automaton()
    text = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    n = len(text)
    states = np.zeros(n, dtype=np.int64)
    for back in range(min(WINDOW, n) - 1, -1, -1):
        # the state at i reads byte i - back in this step; nothing before the text
        states[back:] = moves[rows[states[back:]] + text[: n - back]]
    found = output[states]
    found = found[found >= 0]
    at = np.arange(len(found))
    first = np.full(len(_identifier().nb_ptc), len(found))
    np.minimum.at(first, found, at)
    keys = found[first[found] == at]
    return keys, np.bincount(found)[keys]


def classify(text: str) -> tuple[str, float]:
    """py3langid's ``classify(text)``: the likeliest language and its
    probability, the same numbers, with :func:`features` for its byte walk."""
    identifier = _identifier()
    data = identifier._encode(text)
    keys, counts = features(data)
    scores = (
        # py3langid's ``_sparse_score``, with the same arrays and arithmetic
        np.log1p(counts.astype(np.float32)) @ identifier.nb_ptc[keys] + identifier.nb_pc
        if len(keys)
        else identifier._raw_score(data)  # no feature: py3langid's uniform scores
    )
    # as py3langid's ``_decide`` with norm_probs: a softmax at temperature
    # sqrt(bytes), the probability of a label's duplicate column folded in
    scores *= 1.0 / math.sqrt(len(data) or 1)
    np.exp(scores - scores.max(), out=scores)
    scores /= scores.sum()
    for i, j in identifier._alias_pairs:
        scores[i] += scores[j]
        scores[j] = 0.0
    best = int(scores.argmax())
    return identifier.nb_classes[best], float(scores[best])


def identify(text: str) -> tuple[str, float]:
    """The ISO 639 code of the language of ``text`` and its probability (0-1).

    The code is "und" when no language reaches ``MIN_CONFIDENCE``; the
    probability is then that of the best guess.

    >>> identify("Le ministre a déclaré que l'accord était proche, selon la presse.")
    ('fr', 0.999)
    >>> identify("Madrid")[0]
    'und'
    """
    language, probability = classify(text[:MAX_CHARS])
    probability = round(probability, 3)
    return (language if probability >= MIN_CONFIDENCE else UNDETERMINED), probability
