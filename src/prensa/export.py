"""Tables of analyses written to disk, and prensa's own JSONL read back.

Rows come from ``prensa.records.table_rows`` (one flattening for the API,
the CLI and the report); this module writes them as CSV or Parquet (the
tables of one run replace the previous ones together, and CSV cells that a
spreadsheet would run as formulas are neutralised), reads a prensa JSONL
output back for ``prensa export`` and summarises it for ``prensa summary``;
``to_timeml`` writes one record as TimeML (TIMEX3 inline XML).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from prensa import io
from prensa.records import frames

if TYPE_CHECKING:
    import pandas as pd

RECORD_LISTS = ("quotes", "actors", "mentions", "timexes")  # of an output record
LIST_COLUMNS = (("actors", "aliases"), ("actors", "naming"), ("requirements", "cues"))
# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection")
FORMULA = frozenset("=+-@\t\r")


def write_tables(
    records: Iterable[dict[str, Any]], folder: Path, fmt: str, *, raw: bool = False
) -> list[Path]:
    """Write the quotes, actors, mentions, timexes and requirements tables (and
    errors, when any) of output records into ``folder``.

    All or nothing: every table goes to a temporary file first and the files
    are renamed into place together, so a failure (a full disk) leaves the
    previous tables as they were. An ``errors`` table of an earlier run is
    removed when this run has none. CSV cells are neutralised unless ``raw``
    (see :func:`neutralise`).
    """
    if fmt == "parquet":
        check_parquet()
    nested: dict[str, list[Any]] = {column: [] for _, column in LIST_COLUMNS}
    tables = frames(_noting_lists(records, nested), errors=True)
    if fmt == "parquet":  # Parquet keeps lists as lists; CSV cells join them with " | "
        import pandas as pd

        for table, column in LIST_COLUMNS:
            frame = tables[table]
            frame[column] = pd.Series(nested[column], index=frame.index, dtype=object)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.{fmt}" for name in tables]
    with io.atomic_paths(paths) as temps:
        for frame, tmp in zip(tables.values(), temps, strict=True):
            if fmt == "csv":
                write_csv(frame if raw else neutralise(frame), tmp)
            else:
                frame.to_parquet(tmp, index=False)
    if "errors" not in tables:
        (folder / f"errors.{fmt}").unlink(missing_ok=True)
    return paths


def check_parquet() -> None:
    """Raise InputError, saying how to install it, when pyarrow is missing."""
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise io.InputError(
            "--format parquet needs pyarrow: pip install 'prensa[parquet]' (or pyarrow)"
        )


def _noting_lists(
    records: Iterable[dict[str, Any]], nested: dict[str, list[Any]]
) -> Iterator[dict[str, Any]]:
    """``records`` as they are, noting in ``nested`` each actor's ``aliases`` and
    ``naming`` and each requirement's ``cues`` as lists, in table row order."""
    for record in records:
        for actor in record.get("actors") or []:
            nested["aliases"].append(list(actor.get("aliases") or ()))
            nested["naming"].append(
                [{"text": k, "count": v} for k, v in (actor.get("naming") or {}).items()]
            )
        for requirement in (record.get("profile") or {}).get("requirements") or []:
            nested["cues"].append(list(requirement.get("cues") or ()))
        yield record


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """CSV that reads back to exactly these rows (``pandas.read_csv``, a
    spreadsheet): lines end in CRLF (RFC 4180), so a cell holding any line
    break, a lone CR included, is quoted."""
    frame.to_csv(path, index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell that a spreadsheet would run as a formula
    (beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
    prefixed with ``'``, as OWASP recommends against CSV injection.

    Only strings are touched: a number (a negative offset) stays a number.

    >>> neutralise(pd.DataFrame({"t": ["=1+1", "ok"], "n": [-1, 2]}))["t"].tolist()
    ["'=1+1", 'ok']
    """
    from pandas.api.types import is_object_dtype, is_string_dtype

    out = frame.copy()
    for column in out.columns:
        if is_object_dtype(out[column]) or is_string_dtype(out[column]):
            out[column] = out[column].map(
                lambda cell: f"'{cell}" if isinstance(cell, str) and cell[:1] in FORMULA else cell
            )
    return out


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


def summarize(records: Iterable[dict[str, Any]], top: int = 10) -> str:
    """Top speakers, actors and sources of a corpus, as plain text tables."""
    speakers: Counter[str] = Counter()
    actors: Counter[tuple[str, str]] = Counter()
    in_docs: Counter[tuple[str, str]] = Counter()
    sources: Counter[str] = Counter()
    docs = errors = quotes = 0
    for record in records:
        docs += 1
        if "error" in record:
            errors += 1
            continue
        for q in record.get("quotes") or []:
            quotes += 1
            if q.get("speaker"):
                speakers[q["speaker"]] += 1
            if q.get("source"):
                sources[q["source"]] += 1
        for a in record.get("actors") or []:
            key = (a.get("name", "?"), a.get("type", "?"))
            actors[key] += max(int(a.get("mentions") or 0), 1)
            in_docs[key] += 1
    lines = [f"{io.counted(docs, 'document')} ({errors} failed), {io.counted(quotes, 'quotation')}"]
    lines += ["", "top speakers (quotations)"]
    lines += [f"  {n:6d}  {name}" for name, n in speakers.most_common(top)] or ["  (none)"]
    lines += ["", "top actors (mentions, documents)"]
    lines += [
        f"  {n:6d}  {in_docs[key]:5d}  {key[0]} [{key[1]}]" for key, n in actors.most_common(top)
    ] or ["  (none)"]
    lines += ["", "top sources (quotations)"]
    lines += [f"  {n:6d}  {name}" for name, n in sources.most_common(top)] or ["  (none)"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- TimeML

# What XML 1.0 cannot hold even escaped (C0 controls but tab and line breaks,
# lone surrogates, U+FFFE/U+FFFF): written as U+FFFD, one for one.
XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    """``text`` escaped for XML character data; a carriage return is written
    as ``&#13;`` because a parser turns a literal one into a line feed."""
    return escape(XML_INVALID.sub("\ufffd", text)).replace("\r", "&#13;")


def to_timeml(record: dict[str, Any]) -> str:
    """One output record as a TimeML document: the text with each timex as an
    inline ``<TIMEX3 tid type value>`` and the publication date as the DCT
    (``functionInDocument="CREATION_TIME"``), as TempEval-3 writes it.

    The record must carry its text (``Analysis.to_dict(include_text=True)``).
    A timex with no value has no ``value`` attribute; a record with no date
    has no DCT. The text between the tags is the record's text, escaped.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError(f"record {record.get('id')!r} has no text to mark up")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    out.append(f"<DOCID>{_xml_text(str(record.get('id') or ''))}</DOCID>")
    date = record.get("date")
    if date:
        value = quoteattr(XML_INVALID.sub("\ufffd", str(date)))
        out.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={value} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{_xml_text(str(date))}</TIMEX3></DCT>'
        )
    body: list[str] = []
    pos = 0
    timexes = sorted(record.get("timexes") or (), key=lambda t: (t["start"], -t["end"]))
    n = 0
    for timex in timexes:
        start, end = timex["start"], timex["end"]
        if start < pos or end > len(text) or end <= start:
            continue  # overlapping or out of the text: inline XML cannot nest it
        n += 1
        attrs = f'tid="t{n}" type={quoteattr(str(timex["type"]))}'
        if timex.get("value") is not None:
            attrs += f" value={quoteattr(XML_INVALID.sub(chr(0xFFFD), str(timex['value'])))}"
        body.append(_xml_text(text[pos:start]))
        body.append(f"<TIMEX3 {attrs}>{_xml_text(text[start:end])}</TIMEX3>")
        pos = end
    body.append(_xml_text(text[pos:]))
    out.append(f"<TEXT>{''.join(body)}</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
