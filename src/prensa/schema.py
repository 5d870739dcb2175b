"""The JSON Schema of prensa's output records (``prensa schema``).

Built from the record dataclasses of :mod:`prensa.records`, so that the schema
cannot drift from what ``Analysis.to_dict()`` writes; ``docs/FORMAT.md`` is
checked against it by a test. A record is either an analysis or, for a
document that failed, ``{"id", "error", "meta"}``.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from typing import Any, Literal, get_args, get_origin, get_type_hints

from prensa import records

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
# the record lists of an analysis, and the dataclass of each item
LISTS: dict[str, type] = {
    "quotes": records.Quote,
    "actors": records.Actor,
    "mentions": records.Mention,
    "timexes": records.Timex,
}
META = {
    "type": "object",
    "description": "where the text came from (CLI only): source, format, encoding, line, "
    "warnings, ...",
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one line of ``prensa analyze`` output."""
    profile = of_dataclass(records.Profile)
    profile["properties"]["defines_requirements"] = {"type": "boolean"}
    profile["required"].append("defines_requirements")
    analysis: dict[str, Any] = {
        "type": "object",
        "title": "analysis",
        "properties": {
            "id": {"type": ["string", "null"]},
            "date": {"type": ["string", "null"], "format": "date"},
            **{name: {"type": "array", "items": of_dataclass(cls)} for name, cls in LISTS.items()},
            "profile": profile,
            "meta": META,
            "text": {"type": "string", "description": "the article text (HTML inputs only)"},
        },
        "required": ["id", "date", *LISTS, "profile"],
        "additionalProperties": False,
    }
    failure = {
        "type": "object",
        "title": "error",
        "properties": {"id": {"type": "string"}, "error": {"type": "string"}, "meta": META},
        "required": ["id", "error"],
        "additionalProperties": False,
    }
    return {
        "$schema": SCHEMA_URI,
        "title": "prensa analysis record",
        "description": "One line of prensa analyze's JSONL output (see docs/FORMAT.md).",
        "oneOf": [analysis, failure],
    }


def of_dataclass(cls: type) -> dict[str, Any]:
    """An object schema with one property per field of the dataclass ``cls``."""
    hints = get_type_hints(cls)
    properties = {f.name: of_type(hints[f.name]) for f in fields(cls)}
    return {
        "type": "object",
        "title": cls.__name__,
        "description": (cls.__doc__ or "").strip().split("\n")[0],
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def of_type(hint: Any) -> dict[str, Any]:
    """The schema of one Python type as records use them."""
    origin, args = get_origin(hint), get_args(hint)
    if hint is type(None):
        return {"type": "null"}
    if hint in SIMPLE:
        return {"type": SIMPLE[hint]}
    if origin is Literal:
        return {"enum": list(args)}
    if origin in (types.UnionType, typing.Union):
        return {"anyOf": [of_type(a) for a in args]}
    if origin is tuple:
        return {"type": "array", "items": of_type(args[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": of_type(args[1])}
    if isinstance(hint, type) and hasattr(hint, "__dataclass_fields__"):
        return of_dataclass(hint)
    raise TypeError(f"no JSON Schema for {hint!r}")


SIMPLE: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
