"""The ``prensa`` command: analyse articles and corpora, export, summarise, report.

The CLI owns messages and exit codes; the library never prints. Messages go
to stderr as one line each, never a traceback (``--debug`` shows them).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

from prensa import export, io

OK, FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130
EPILOG = """exit status:
  0    every document analysed (a date it cannot read is dropped with a warning)
  1    some documents failed (each has an error record and a line on stderr)
  2    usage or input error (missing file, binary or empty input, bad --date, ...)
  130  interrupted (Ctrl-C or SIGTERM); output written so far is valid, --resume continues
"""
FORMATS = ("json", "jsonl", "csv", "parquet")
CSV_RAW_HELP = (
    "write CSV cells as they are; by default a cell that begins with = + - @, "
    "a tab or a carriage return gets a leading ' so that no spreadsheet runs it"
)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C so that output stays valid."""


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise Terminated


def say(message: str) -> None:
    """One line on stderr: a newline or other control character in a file name
    or an id is shown escaped (``\\n``), never written."""
    shown = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in io.clean(message)
    )
    print(f"prensa: {shown}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- arguments


def _date(value: str) -> str:
    from prensa.pipeline import check_date

    try:
        checked = check_date(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err
    assert checked is not None
    return checked


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from err
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="prensa",
        description="Who said what, about whom, and when, in Spanish news.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser(
        "analyze",
        help="analyse articles or a corpus",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="INPUT: a text or .html file (one article, id = file stem), "
        "- (one article on standard input, id stdin), "
        "a .jsonl corpus of {id, text, date} lines, or a folder of such files "
        "(subfolders too; a file in one has its path as id).",
    )
    a.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    a.add_argument("--date", type=_date, help="publication date YYYY-MM-DD (default for all)")
    a.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="json (default for one article), jsonl (default otherwise), "
        "csv or parquet (tables into the folder -o)",
    )
    a.add_argument("-o", "--output", type=Path, help="output file (json/jsonl) or folder")
    a.add_argument("--processes", type=_positive, default=1, help="worker processes")
    a.add_argument(
        "--resume",
        action="store_true",
        help="skip the ids already in -o (jsonl) and append the rest",
    )
    a.add_argument("--quiet", action="store_true", help="no progress bar or warnings")
    a.add_argument("--csv-raw", action="store_true", help=CSV_RAW_HELP)
    a.add_argument("--engine", choices=("local", "dask"), default="local")
    a.add_argument(
        "--scheduler",
        help="Dask scheduler address (tcp://host:8786); "
        "without it --engine dask starts a local cluster",
    )
    a.add_argument(
        "--batch-size",
        type=_positive,
        default=None,
        help="documents per batch (default 32; 8 per task with --processes or dask)",
    )
    a.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )

    r = sub.add_parser("report", help="write an HTML report of one article")
    r.add_argument("input", type=Path, metavar="INPUT")
    r.add_argument("-o", "--output", type=Path, help="report file (default INPUT stem + .html)")
    r.add_argument("--date", type=_date)
    r.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )

    e = sub.add_parser("export", help="tables (csv/parquet) from a jsonl output")
    e.add_argument("input", type=Path, metavar="OUT.jsonl")
    e.add_argument("--format", choices=("csv", "parquet"), default="csv")
    e.add_argument("-o", "--output", type=Path, required=True, help="folder for the tables")
    e.add_argument("--csv-raw", action="store_true", help=CSV_RAW_HELP)
    e.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )

    s = sub.add_parser("summary", help="top speakers, actors and sources of a jsonl output")
    s.add_argument("input", type=Path, metavar="OUT.jsonl")
    s.add_argument("--top", type=_positive, default=10)
    s.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    return ap


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
    tables = fmt in ("csv", "parquet")
    if tables and out is None:
        raise io.InputError(f"--format {fmt} writes tables into a folder: give it with -o")
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

    items: Iterable[io.Document | io.Failure] = io.read_inputs(
        args.inputs, args.date, on_skip, output=out
    )
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

        from prensa import pipeline

        records = pipeline.run(
            items,
            engine=args.engine,
            processes=args.processes,
            batch_size=args.batch_size,
            scheduler=args.scheduler,
        )
        quiet = args.quiet or not sys.stderr.isatty()  # no bar into a log file
        total = None if quiet else io.count_documents(args.inputs, out) - done.total()
        records = _progress(records, total, quiet=quiet)
        failed = 0

        def checked(stream: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
            nonlocal failed
            for record in stream:
                if "error" in record:
                    failed += 1
                    say(f"failed {record['id']}: {record['error']}")
                elif not args.quiet:
                    for warning in (
                        *(record.get("meta") or {}).get("warnings", ()),
                        *record.get("profile", {}).get("warnings", ()),
                    ):
                        say(f"warning {record['id']}: {warning}")
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
        else:
            assert out is not None
            export.write_tables(checked(records), out, fmt, raw=args.csv_raw)
    if skipped and not args.quiet:
        say(f"skipped {len(skipped)} entries that are not text files")
    if failed:
        say(f"{failed} document(s) failed; see the error records")
        return FAILED
    return OK


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
    from prensa import report

    document = io.read_file(args.input, args.date)
    out: Path = args.output or (
        Path("stdin.html") if args.input == io.STDIN else args.input.with_suffix(".html")
    )
    if args.input != io.STDIN and io.same_file(args.input, out):
        raise io.InputError(f"{out}: is also the input; writing would destroy it (give -o)")
    io.check_writable(out)
    from prensa.pipeline import analyze

    with io.output_lock(out):
        analysis = analyze(document.text, document.date, doc_id=document.id, meta=document.meta)
        for warning in analysis.profile.warnings:
            say(f"warning {document.id}: {warning}")
        report.write(analysis, out)
    say(f"wrote {out}")
    return OK


if __name__ == "__main__":
    sys.exit(main())
