"""prensa: who said what, about whom, and when, in Spanish news.

>>> import prensa
>>> analysis = prensa.analyze("«Es falso», dijo el ministro.")
>>> [q.text for q in analysis.quotes]
['Es falso']

Importing the package is cheap: spaCy and the pipeline are imported the first
time ``analyze``, ``analyze_stream``, ``load`` or ``displacy`` is used, so
that ``prensa --help`` answers at once.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from prensa.records import Actor, Analysis, Mention, Profile, Quote, Requirement, Timex

if TYPE_CHECKING:
    from prensa.pipeline import analyze, analyze_stream, load
    from prensa.spans import displacy

# name → module that defines it, imported on first use (PEP 562)
LAZY = {
    "analyze": "prensa.pipeline",
    "analyze_stream": "prensa.pipeline",
    "load": "prensa.pipeline",
    "displacy": "prensa.spans",
}

__all__ = [
    "Actor",
    "Analysis",
    "Mention",
    "Profile",
    "Quote",
    "Requirement",
    "Timex",
    "__version__",
    "analyze",
    "analyze_stream",
    "displacy",
    "load",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("prensa")
    if name in LAZY:
        value = getattr(import_module(LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'prensa' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
