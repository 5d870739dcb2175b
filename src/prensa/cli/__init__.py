"""The ``prensa`` command: analyse articles and corpora, export, summarise, report.

The CLI owns messages and exit codes; the library never prints. Messages go
to stderr as one line each, never a traceback (``--debug`` shows them).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

from prensa import export, io
from prensa.cli import report as report_cli
from prensa.cli.arguments import parser
from prensa.cli.messages import FAILED, INTERRUPTED, OK, USAGE, say

__all__ = ["FAILED", "INTERRUPTED", "OK", "USAGE", "main", "parser", "say"]


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C so that output stays valid."""


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``prensa`` console script; returns the exit status."""
    args = parser().parse_args(argv)  # exits 2 with one usage line on a bad argument
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        command = {
            "analyze": cmd_analyze,
            "report": cmd_report,
            "export": cmd_export,
            "summary": cmd_summary,
            "schema": cmd_schema,
        }[args.command]
        return command(args)
    except io.InputError as err:
        say(f"error: {err}")
        return USAGE
    except KeyboardInterrupt:
        say("interrupted")
        return INTERRUPTED
    except BrokenPipeError:
        # the reader went away (``prensa analyze ... | head``): not an error;
        # point stdout at devnull so that Python's exit flush stays quiet
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return OK
    except OSError as err:  # writing the output: disk full, no permission, ...
        if getattr(args, "debug", False):
            raise
        path = err.filename or getattr(args, "output", None)
        where = f"{path}: " if path else ""
        say(f"error: {where}cannot write: {err.strerror or err}")
        return USAGE
    except Exception as err:
        if getattr(args, "debug", False):
            raise
        say(f"error: {type(err).__name__}: {err} (run with --debug for details)")
        return USAGE
    finally:
        signal.signal(signal.SIGTERM, previous)


# ---------------------------------------------------------------- analyze


def cmd_analyze(args: argparse.Namespace) -> int:
    single = len(args.inputs) == 1 and (
        args.inputs[0] == io.STDIN
        or (args.inputs[0].is_file() and args.inputs[0].suffix.lower() not in io.CORPUS_SUFFIXES)
    )
    fmt = args.format or ("json" if single else "jsonl")
    out: Path | None = args.output
    tables = fmt in ("csv", "parquet") or (fmt == "timeml" and not single)
    if tables and out is None:
        what = "one .tml file per article" if fmt == "timeml" else "tables"
        raise io.InputError(f"--format {fmt} writes {what} into a folder: give it with -o")
    if fmt == "parquet":
        export.check_parquet()
    if args.resume and (fmt != "jsonl" or out is None):
        raise io.InputError("--resume needs --format jsonl and -o OUT.jsonl")
    if args.scheduler and args.engine != "dask":
        raise io.InputError("--scheduler needs --engine dask")
    if out is None:
        return _analyze(args, fmt, single, out)
    io.check_writable(out, folder=tables)
    with io.output_lock(out, folder=tables):  # a second writer is refused
        return _analyze(args, fmt, single, out)


def _analyze(args: argparse.Namespace, fmt: str, single: bool, out: Path | None) -> int:
    skipped: list[Path] = []

    def on_skip(path: Path, why: str) -> None:
        skipped.append(path)
        if not args.quiet:
            say(f"skipped {path}: {why}")

    keys = io.Keys(
        text=args.text_key,
        id=args.id_key,
        date=(args.date_key,) if args.date_key else io.KEYS.date,
    )
    items: Iterable[io.Document | io.Failure] = io.read_inputs(
        args.inputs, args.date, on_skip, output=out, keys=keys
    )
    from prensa import pipeline

    _check_model(args.model)
    started = time.perf_counter()
    writer = io.JsonlWriter(out, append=args.resume) if fmt == "jsonl" else None
    with writer or contextlib.nullcontext():
        done = writer.done if writer is not None else Counter()
        if args.resume and not args.quiet:
            if writer is not None and writer.continued_partial:
                say(f"resuming the run that was stopped: {done.total()} documents written")
            elif done:
                say(f"resuming: {done.total()} documents already in {out}")
        if done:
            items = _not_done(items, done.copy())
        if fmt == "timeml":  # the records carry their text, to be marked up
            items = (_with_text(item) for item in items)

        records = pipeline.run(
            items,
            engine=args.engine,
            processes=args.processes,
            batch_size=args.batch_size,
            scheduler=args.scheduler,
            model=args.model,
            timex_scheme=args.timex_scheme,
        )
        quiet = args.quiet or not sys.stderr.isatty()  # no bar into a log file
        total = None if quiet else io.count_documents(args.inputs, out) - done.total()
        records = _progress(records, total, quiet=quiet)
        failed = 0
        found: Counter[str] = Counter()

        def checked(stream: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
            nonlocal failed
            for record in stream:
                found["documents"] += 1
                for kind in SUMMED:
                    found[kind] += len(record.get(kind) or ())
                if "error" in record:
                    failed += 1
                    say(f"failed {record['id']}: {record['error']}")
                elif not args.quiet:
                    _say_warnings(record)
                yield record

        if writer is not None:
            for record in checked(records):
                writer.write(record)
        elif fmt == "json":
            results = list(checked(records))
            value: Any = results[0] if single and len(results) == 1 else results
            text = io.clean(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"
            if out is None:
                sys.stdout.write(text)
            else:
                io.write_text_atomic(out, text)
        elif fmt == "timeml":
            _write_timeml(checked(records), out, single)
        else:
            assert out is not None
            export.write_tables(checked(records), out, fmt, raw=args.csv_raw)
    if skipped and not args.quiet:
        say(f"skipped {len(skipped)} entries that are not text files")
    if not args.quiet:
        say(_closing(found, failed, time.perf_counter() - started, out))
    if failed:
        say(f"{failed} document(s) failed; see the error records")
        return FAILED
    return OK


SUMMED = ("quotes", "actors", "timexes")


def _say_warnings(record: Mapping[str, Any]) -> None:
    """One line per warning of an analysed document: reading's (``meta``:
    an unreadable date, replaced characters), then the profile's (not Spanish)."""
    for warning in (
        *(record.get("meta") or {}).get("warnings", ()),
        *(record.get("profile") or {}).get("warnings", ()),
    ):
        say(f"warning {record['id']}: {warning}")


def _with_text(item: io.Document | io.Failure) -> io.Document | io.Failure:
    if isinstance(item, io.Failure) or item.meta.get("text_included"):
        return item
    return replace(item, meta={**item.meta, "text_included": True})


UNSAFE_NAME = re.compile(r"[^\w.-]+")


def _write_timeml(records: Iterable[dict[str, Any]], out: Path | None, single: bool) -> None:
    """TimeML of each analysed article: one to stdout or the file ``out``, a
    corpus one ``<id>.tml`` per article into the folder ``out`` (the id made
    safe as a file name, ``-2``, ``-3`` ... added where two would clash)."""
    if single:
        for record in records:
            if "error" in record:
                continue
            if out is None:
                sys.stdout.write(export.to_timeml(record))
            else:
                io.write_text_atomic(out, export.to_timeml(record))
        return
    assert out is not None
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for record in records:
        if "error" in record:
            continue
        stem = UNSAFE_NAME.sub("_", str(record.get("id") or "")).strip("._") or "doc"
        name, n = stem, 1
        while name.lower() in used:  # lower: a case-insensitive file system
            n += 1
            name = f"{stem}-{n}"
        used.add(name.lower())
        io.write_text_atomic(out / f"{name}.tml", export.to_timeml(record))


def _closing(found: Counter[str], failed: int, seconds: float, out: Path | None) -> str:
    """The closing line of ``analyze``: ``analysed 3 documents in 4.2 s: 12
    quotations, 30 actors, 9 temporal expressions; wrote out.jsonl``."""
    counted = io.counted
    line = (
        f"analysed {counted(found['documents'], 'document')}"
        f"{f' ({failed} failed)' if failed else ''} in {seconds:.1f} s: "
        f"{counted(found['quotes'], 'quotation')}, {counted(found['actors'], 'actor')}, "
        f"{counted(found['timexes'], 'temporal expression')}"
    )
    return f"{line}; wrote {out}" if out is not None else line


def _check_model(model: str) -> None:
    """Refuse a spaCy model that is not installed before any work, in one
    line; then hold the model's products to one thread, as each worker
    process does (``prensa.matmul.one_thread``)."""
    from prensa import pipeline
    from prensa.matmul import one_thread

    try:
        pipeline.check_model(model)
    except pipeline.ModelNotFound as err:
        raise io.InputError(str(err)) from err
    one_thread()


def _not_done(
    items: Iterable[io.Document | io.Failure], done: Counter[str]
) -> Iterator[io.Document | io.Failure]:
    """The items whose id is not (or not as often) in the output already."""
    for item in items:
        if done[item.id] > 0:
            done[item.id] -= 1
        else:
            yield item


def _progress(
    records: Iterator[dict[str, Any]], total: int | None, *, quiet: bool
) -> Iterator[dict[str, Any]]:
    """A tqdm bar on stderr (documents, words/s, time left) unless ``quiet``."""
    if quiet:
        yield from records
        return
    from tqdm import tqdm

    words = 0
    first: float | None = None  # words/s from the first result, model loading excluded
    with tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True) as bar:
        for record in records:
            now = time.perf_counter()
            if first is None:
                first = now
            else:
                words += int(record.get("profile", {}).get("words", 0))
                if now > first:
                    bar.set_postfix_str(f"{words / (now - first):,.0f} words/s", refresh=False)
            bar.update(1)
            yield record


# ---------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    io.check_writable(args.output, folder=True)
    with io.output_lock(args.output, folder=True):
        records = export.read_records(args.input)
        for path in export.write_tables(records, args.output, args.format, raw=args.csv_raw):
            say(f"wrote {path}")
    return OK


# ---------------------------------------------------------------- summary


def cmd_summary(args: argparse.Namespace) -> int:
    sys.stdout.write(export.summarize(export.read_records(args.input), args.top))
    return OK


# ---------------------------------------------------------------- report


def cmd_report(args: argparse.Namespace) -> int:
    if args.input != io.STDIN and (
        args.input.is_dir() or args.input.suffix.lower() in io.CORPUS_SUFFIXES
    ):
        return report_cli.cmd_corpus(args, _analyse_for_report)
    from prensa import report

    document = io.read_file(args.input, args.date)
    out: Path = args.output or (
        Path("stdin.html") if args.input == io.STDIN else args.input.with_suffix(".html")
    )
    if args.input != io.STDIN and io.same_file(args.input, out):
        raise io.InputError(f"{out}: is also the input; writing would destroy it (give -o)")
    io.check_writable(out)
    from prensa import pipeline

    _check_model(args.model)
    with io.output_lock(out):
        analysis = pipeline.analyze(
            document.text,
            document.date,
            nlp=pipeline.shared(model=args.model),
            doc_id=document.id,
            meta=document.meta,
        )
        if not args.quiet:
            profile = {"warnings": analysis.profile.warnings}
            _say_warnings({"id": document.id, "meta": analysis.meta, "profile": profile})
        report.write(analysis, out)
    say(f"wrote {out}")
    return OK


def _analyse_for_report(args: argparse.Namespace, out: Path) -> list[dict[str, Any]]:
    """Analyse a folder or a corpus, keeping each text (the article reports show it)."""
    from prensa import pipeline

    def on_skip(path: Path, why: str) -> None:
        if not args.quiet:
            say(f"skipped {path}: {why}")

    keys = io.Keys(text=args.text_key, id=args.id_key)
    items = (
        _with_text(item)
        for item in io.read_inputs([args.input], args.date, on_skip, output=out, keys=keys)
    )
    _check_model(args.model)
    records = []
    for record in pipeline.run(items, model=args.model):
        if not args.quiet and "error" not in record:
            _say_warnings(record)
        records.append(record)
    return records


# ---------------------------------------------------------------- schema


def cmd_schema(args: argparse.Namespace) -> int:
    from prensa.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return OK


if __name__ == "__main__":
    sys.exit(main())
