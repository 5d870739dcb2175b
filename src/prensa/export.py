"""Exports of an analysis: FORMAT.md dicts, pandas tables, CSV files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import pandas as pd

from prensa.records import Actor, Analysis, Mention, Quote, Requirement, Timex

TABLES = ("quotes", "actors", "mentions", "timexes", "requirements")


def rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """One list of flat rows per table, each row tagged with the article id."""
    doc_id = analysis.id
    out: dict[str, list[dict[str, Any]]] = {
        "quotes": [{"doc_id": doc_id, **asdict(q)} for q in analysis.quotes],
        "actors": [
            {
                "doc_id": doc_id,
                **{k: v for k, v in asdict(a).items() if k != "naming"},
                "aliases": " | ".join(a.aliases),
                "naming": " | ".join(f"{k} ({v})" for k, v in a.naming.items()),
            }
            for a in analysis.actors
        ],
        "mentions": [{"doc_id": doc_id, **asdict(m)} for m in analysis.mentions],
        "timexes": [{"doc_id": doc_id, **asdict(t)} for t in analysis.timexes],
        "requirements": [
            {"doc_id": doc_id, **{**asdict(r), "cues": " | ".join(r.cues)}}
            for r in analysis.profile.requirements
        ],
    }
    return out


def to_dataframes(analyses: Analysis | Iterable[Analysis]) -> dict[str, pd.DataFrame]:
    """pandas DataFrames (quotes, actors, mentions, timexes, requirements)."""
    items = [analyses] if isinstance(analyses, Analysis) else list(analyses)
    merged: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for analysis in items:
        for name, table in rows(analysis).items():
            merged[name].extend(table)
    return {name: pd.DataFrame(merged[name], columns=_columns(name)) for name in TABLES}


def _columns(name: str) -> list[str]:
    record = {
        "quotes": Quote,
        "actors": Actor,
        "mentions": Mention,
        "timexes": Timex,
        "requirements": Requirement,
    }[name]
    return ["doc_id", *(f.name for f in fields(record))]


def write_csv(frames: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write one CSV per table into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in frames.items():
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=False)
        paths.append(path)
    return paths
