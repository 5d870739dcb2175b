"""Which language a text is in, by py3langid.

py3langid is the maintained fork of langid.py (a naive Bayes model over byte
n-grams over some 140 languages), the library trafilatura uses for its
own language filter. Its model ships inside the wheel: nothing is downloaded.
Loading it takes about 0.6 s, so it is loaded on first use, once per process,
never at import: ``prensa --help`` must stay under 0.5 s.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Below this probability the text is too short to tell ("und"): a name, a
# date or a short headline. On the 1,172 sentences of the seed and dev texts,
# no Spanish sentence was given another language at 0.7 or above; whole
# articles are Spanish at 0.9999 and more.
MIN_CONFIDENCE = 0.7
# The start of a long document says its language; the rest only costs time.
MAX_CHARS = 20_000
UNDETERMINED = "und"


@cache
def _identifier() -> Any:
    """py3langid's identifier with probabilities (softmax over languages)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The ISO 639 code of the language of ``text`` and its probability (0-1).

    The code is "und" when no language reaches ``MIN_CONFIDENCE``; the
    probability is then that of the best guess.

    >>> identify("Le ministre a déclaré que l'accord était proche, selon la presse.")
    ('fr', 0.999)
    >>> identify("Madrid")[0]
    'und'
    """
    language, probability = _identifier().classify(text[:MAX_CHARS])
    probability = round(float(probability), 3)
    return (language if probability >= MIN_CONFIDENCE else UNDETERMINED), probability
