"""``prensa report`` on a corpus: the dashboard.

One article (a text or HTML file, or standard input) gives its report
(:func:`prensa.cli.cmd_report`); a folder, a JSONL corpus or an analysis
JSONL already written by ``prensa analyze --format jsonl`` gives one
dashboard, with each article's own report in a folder beside it (here, and
:mod:`prensa.report.dashboard`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prensa import export, io
from prensa.cli.messages import OK, say

Analyse = Callable[[argparse.Namespace, Path], list[dict[str, Any]]]


def cmd_corpus(args: argparse.Namespace, analyse: Analyse) -> int:
    """The dashboard of a folder, a JSONL corpus or an analysis JSONL;
    ``analyse(args, out)`` runs the pipeline on a folder or a corpus (it lives
    in :mod:`prensa.cli`, which reaches the pipeline)."""
    from prensa.report import dashboard

    source: Path = args.input
    if not source.exists():
        raise io.InputError(f"{source}: no such file or folder")
    out: Path = args.output or source.with_name((source.stem or source.resolve().name) + ".html")
    if io.same_file(source, out):
        raise io.InputError(f"{out}: is also the input; writing would destroy it (give -o)")
    io.check_writable(out)
    analysed = source.is_file() and _is_analysis(source)
    with io.output_lock(out):
        records = list(export.read_records(source)) if analysed else analyse(args, out)
        failed = sum(1 for r in records if "error" in r)
        for record in records:
            if "error" in record and not analysed:
                say(f"failed {record.get('id')}: {record['error']}")
        title = args.title or (source.resolve().name if source.is_dir() else source.stem)
        dashboard.write(records, out, title=title)
    quotes = sum(len(r.get("quotes") or ()) for r in records)
    reports = len(records) - failed
    articles = out.with_name(out.stem + dashboard.ARTICLES_SUFFIX)
    say(
        f"wrote {out} and {io.counted(reports, 'article report')} in "
        f"{articles}/: {io.counted(len(records), 'document')}"
        f"{f' ({failed} failed)' if failed else ''}, {io.counted(quotes, 'quotation')}"
    )
    return OK


def _is_analysis(path: Path) -> bool:
    """True when a .jsonl file holds prensa analyze's output rather than a corpus:
    its first record has the lists of an analysis (``quotes``, ``profile``) or
    is an error record."""
    try:
        with path.open("rb") as handle:
            first = next((line for line in handle if line.strip()), b"")
        record = json.loads(first.decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return False  # the corpus reader says what is wrong with it
    return isinstance(record, dict) and (
        ("quotes" in record and "profile" in record) or ("error" in record and "text" not in record)
    )
