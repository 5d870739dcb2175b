"""prensa: who said what, about whom, and when, in Spanish news.

>>> import prensa
>>> analysis = prensa.analyze("«Es falso», dijo el ministro.")
>>> [q.text for q in analysis.quotes]
['Es falso']
"""

from importlib.metadata import version

from prensa.pipeline import analyze, analyze_stream, load
from prensa.records import Actor, Analysis, Mention, Profile, Quote, Requirement, Timex

__version__ = version("prensa")
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
    "load",
]
