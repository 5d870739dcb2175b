"""Score prensa on the annotated sets in ../shared/eval and check thresholds.

    python tools/evaluate.py seed dev            # print the score.py tables
    python tools/evaluate.py --check seed dev    # also fail below thresholds.toml
    python tools/evaluate.py --verbose dev       # every miss and false alarm

Runs the analysis in-process (the same ``prensa.analyze_stream`` the CLI
uses), writes ``out/eval/<set>.pred.jsonl`` and hands it to ``score.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / "out" / "eval"


def predict(name: str) -> Path:
    from prensa import analyze_stream

    corpus = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "corpus", str(EVAL / name)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    items = [json.loads(line) for line in corpus.splitlines() if line.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    # one file per process, so that runs side by side never read each other's
    path = OUT / f"{name}.pred.{os.getpid()}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for analysis, _ in analyze_stream((i["text"], i["date"], i["id"]) for i in items):
            out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    return path


def score(name: str, pred: Path, verbose: bool) -> dict[str, dict[str, float]]:
    args = [sys.executable, str(EVAL / "score.py"), "score", str(EVAL / name), str(pred)]
    if verbose:
        subprocess.run([*args, "--verbose"], check=True)
    table = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    print(f"score.py on {name}:\n{table}")
    result: dict[str, dict[str, float]] = json.loads(
        subprocess.run([*args, "--json"], check=True, capture_output=True, text=True).stdout
    )
    return result


def check(name: str, result: dict[str, dict[str, float]]) -> list[str]:
    limits = tomllib.loads((ROOT / "tools" / "thresholds.toml").read_text()).get(name, {})
    failures = []
    for key, floor in limits.items():
        metric, _, field = key.rpartition("_")
        got = result.get(metric, {}).get(field)
        if got is None or got + 1e-9 < floor:
            failures.append(f"{name}: {metric} {field} = {got} < {floor}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="folders of ../shared/eval: seed, dev")
    parser.add_argument("--check", action="store_true", help="fail below tools/thresholds.toml")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    failures = []
    for name in args.sets:
        pred = predict(name)
        result = score(name, pred, args.verbose)
        pred.replace(OUT / f"{name}.pred.jsonl")
        if args.check:
            failures += check(name, result)
    for line in failures:
        print("BELOW THRESHOLD:", line, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
