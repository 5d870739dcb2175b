"""Shared fixtures: the full pipeline (model tests) and a bare Spanish vocab."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from prensa import extensions

extensions.register()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """prensa's full pipeline; tests using it are marked ``model``."""
    from prensa import load

    return load()


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
