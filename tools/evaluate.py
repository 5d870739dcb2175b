"""Score prensa on the annotated sets in ../shared/eval and check thresholds.

    python tools/evaluate.py seed dev            # print the score.py tables
    python tools/evaluate.py --check seed dev    # also fail below thresholds.toml
    python tools/evaluate.py --floors dev        # print a [dev] section to record
    python tools/evaluate.py --verbose dev       # every miss and false alarm

Runs the analysis in-process (the same ``prensa.analyze_stream`` the CLI
uses), writes ``out/eval/<set>.pred.jsonl`` and hands it to ``score.py``.

``--check`` is a ratchet. Every figure score.py reports must have a floor in
``tools/thresholds.toml``; no figure may fall below its floor, nor stand more
than ``SLACK`` above it (then the floor must be raised); and the set must hold
the articles its floors were measured on (``articles`` and ``articles_sha256``
in its section). A set without a section fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / "out" / "eval"
THRESHOLDS = ROOT / "tools" / "thresholds.toml"
SLACK = 0.02  # a floor stands at most this far below the measured figure
FIELDS = ("precision", "recall", "f1", "accuracy")
SET_KEYS = ("articles", "articles_sha256")  # what a section records of its set

Result = dict[str, Any]


class EvaluateError(Exception):
    """Something that stops the evaluation; shown as one line, not a traceback."""


def articles_sha256(ids: Iterable[str]) -> str:
    """The fingerprint of a set: sha256 of its sorted article ids, one per line."""
    return hashlib.sha256("".join(f"{i}\n" for i in sorted(ids)).encode()).hexdigest()


def corpus(name: str) -> list[dict[str, Any]]:
    folder = EVAL / name
    if not folder.is_dir():
        raise EvaluateError(f"{name}: no such set ({folder} is not a folder)")
    text = _score_py("corpus", str(folder))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def predict(name: str, items: list[dict[str, Any]]) -> Path:
    from prensa import analyze_stream

    OUT.mkdir(parents=True, exist_ok=True)
    # one file per process, so that runs side by side never read each other's
    path = OUT / f"{name}.pred.{os.getpid()}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for analysis, _ in analyze_stream((i["text"], i["date"], i["id"]) for i in items):
            out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    return path


def score(name: str, pred: Path, verbose: bool) -> Result:
    args = ("score", str(EVAL / name), str(pred))
    if verbose:
        subprocess.run([sys.executable, str(EVAL / "score.py"), *args, "--verbose"], check=False)
    print(f"score.py on {name}:\n{_score_py(*args)}")
    try:
        result: Result = json.loads(_score_py(*args, "--json"))
    except ValueError as err:
        raise EvaluateError(f"{name}: score.py --json printed no JSON ({err})") from err
    return result


def _score_py(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), *args], capture_output=True, text=True
    )
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise EvaluateError(f"score.py {args[0]} {Path(args[1]).name}: {why}")
    return done.stdout


def figures(result: Result) -> dict[str, float]:
    """Every figure of a score.py result, keyed ``<metric>_<field>``."""
    return {
        f"{metric}_{field}": float(value[field])
        for metric, value in result.items()
        if isinstance(value, dict)
        for field in FIELDS
        if field in value
    }


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, Any]:
    try:
        return load_thresholds_text(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise EvaluateError(f"{path.name}: cannot read: {err.strerror or err}") from err


def load_thresholds_text(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise EvaluateError(f"{THRESHOLDS.name}: not TOML: {err}") from err


def check(name: str, result: Result, ids: list[str], limits: dict[str, Any]) -> list[str]:
    """What is wrong with the figures of set ``name`` against its section of
    thresholds.toml (``limits``, all sections): one line per problem."""
    section = limits.get(name)
    if not isinstance(section, dict):
        return [f"{name}: no [{name}] section in {THRESHOLDS.name}: every set checked is gated"]
    failures = []
    fingerprint = articles_sha256(ids)
    if section.get("articles") != len(ids) or section.get("articles_sha256") != fingerprint:
        failures.append(
            f"{name}: the set holds {len(ids)} articles (sha256 {fingerprint[:12]}...), its "
            f"floors were measured on {section.get('articles')} "
            f"({str(section.get('articles_sha256'))[:12]}...): measure again and record them "
            f"(tools/evaluate.py --floors {name})"
        )
    floors = {k: v for k, v in section.items() if k not in SET_KEYS}
    got = figures(result)
    for key in sorted(got.keys() - floors.keys()):
        failures.append(f"{name}: {key} = {got[key]} has no floor")
    for key, floor in floors.items():
        if key not in got:
            failures.append(f"{name}: {key}: score.py reports no such figure")
        elif not isinstance(floor, int | float):
            failures.append(f"{name}: {key} = {floor!r} is not a number")
        elif got[key] + 1e-9 < floor:
            failures.append(f"{name}: {key} = {got[key]} < {floor}")
        elif got[key] > floor + SLACK + 1e-9:
            failures.append(
                f"{name}: {key} = {got[key]} stands more than {SLACK} above its floor "
                f"{floor}: raise the floor to {floor_of(got[key])}"
            )
    return failures


def floor_of(value: float) -> float:
    """The floor recorded for a measured figure: rounded down to two decimals."""
    return math.floor(value * 100 + 1e-9) / 100


def section_text(name: str, result: Result, ids: list[str]) -> str:
    """A thresholds.toml section recording the floors of what was measured."""
    lines = [
        f"[{name}]",
        f"articles = {len(ids)}",
        f'articles_sha256 = "{articles_sha256(ids)}"',
    ]
    lines += [f"{key} = {floor_of(value)}" for key, value in figures(result).items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sets", nargs="+", help="folders of ../shared/eval: seed, dev")
    parser.add_argument("--check", action="store_true", help="fail below tools/thresholds.toml")
    parser.add_argument("--floors", action="store_true", help="print sections to record")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    failures = []
    try:
        limits = load_thresholds() if args.check else {}
        for name in args.sets:
            items = corpus(name)
            pred = predict(name, items)
            result = score(name, pred, args.verbose)
            pred.replace(OUT / f"{name}.pred.jsonl")
            ids = [str(i["id"]) for i in items]
            if args.floors:
                print(section_text(name, result, ids))
            if args.check:
                failures += check(name, result, ids, limits)
    except EvaluateError as err:
        print(f"evaluate: error: {err}", file=sys.stderr)
        return 2
    for line in failures:
        print("GATE:", line, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
