"""Tables of analyses written to disk, and prensa's own JSONL read back.

Rows come from ``prensa.records.table_rows`` (one flattening for the API,
the CLI and the report); this module writes them as CSV or Parquet, each
file atomically, and reads a prensa JSONL output back for ``prensa export``
and ``prensa summary``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from prensa import io
from prensa.records import frames

RECORD_LISTS = ("quotes", "actors", "mentions", "timexes")  # of an output record


def write_tables(records: Iterable[dict[str, Any]], folder: Path, fmt: str) -> list[Path]:
    """Write the quotes, actors, mentions, timexes and requirements tables (and
    errors, when any) of output records into ``folder``, each file atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in frames(records, errors=True).items():
        path = folder / f"{name}.{fmt}"
        with io.atomic_path(path) as tmp:
            if fmt == "csv":
                frame.to_csv(tmp, index=False)
            else:
                frame.to_parquet(tmp, index=False)
        paths.append(path)
    return paths


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a prensa jsonl output; a broken line is an input error."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise io.InputError(f"{path}: cannot read: {err.strerror or err}") from err
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as err:
                raise io.InputError(f"{path}:{number}: not UTF-8") from err
            except (ValueError, RecursionError) as err:
                raise io.InputError(f"{path}:{number}: not JSON ({err})") from err
            if not isinstance(record, dict):
                raise io.InputError(f"{path}:{number}: not a JSON object")
            for key in RECORD_LISTS:
                value = record.get(key)
                if value is not None and not (
                    isinstance(value, list) and all(isinstance(v, dict) for v in value)
                ):
                    raise io.InputError(
                        f"{path}:{number}: not a prensa record ('{key}' is not a list of objects)"
                    )
            if any(not isinstance(record.get(key, {}), dict | None) for key in ("profile", "meta")):
                raise io.InputError(f"{path}:{number}: not a prensa record")
            yield record
