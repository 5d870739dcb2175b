"""Check that a change of code leaves prensa's output byte-identical.

    python tools/same_output.py save out/baseline      # before the change
    python tools/same_output.py check out/baseline     # after it: exit 1 on any difference

Runs ``prensa analyze --format jsonl`` on every text under ../shared/eval
(seed, dev and the held-out texts, read only as input, never scored) and
compares the JSONL line by line. Used in the commits that move code without
meaning to change what it does.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = ("seed", "dev", "test")
CORPUS = ROOT / "out" / "same_output_corpus"


def analyse(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    CORPUS.mkdir(parents=True, exist_ok=True)
    prensa = Path(sys.executable).with_name("prensa")
    for name in SETS:
        corpus = CORPUS / f"{name}.jsonl"  # one path, so meta.source is the same
        with corpus.open("w", encoding="utf-8") as out:
            if name == "test":  # no annotations there: the texts alone, no date
                for path in sorted((EVAL / name).glob("*.txt")):
                    text = path.read_text("utf-8")
                    out.write(json.dumps({"id": path.stem, "text": text}) + "\n")
            else:
                subprocess.run(
                    [sys.executable, str(EVAL / "score.py"), "corpus", str(EVAL / name)],
                    check=True,
                    stdout=out,
                )
        subprocess.run(
            [
                str(prensa),
                "analyze",
                str(corpus),
                "--format",
                "jsonl",
                "-o",
                str(folder / f"{name}.jsonl"),
            ],
            check=True,
            stderr=subprocess.DEVNULL,
        )


def differences(before: Path, after: Path) -> list[str]:
    found = []
    for name in SETS:
        old = (before / f"{name}.jsonl").read_text("utf-8").splitlines()
        new = (after / f"{name}.jsonl").read_text("utf-8").splitlines()
        if len(old) != len(new):
            found.append(f"{name}: {len(old)} records before, {len(new)} after")
        for n, (a, b) in enumerate(zip(old, new, strict=False), 1):
            if a != b:
                found.append(f"{name}: record {n} differs")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("baseline", type=Path, help="folder of the saved outputs")
    args = parser.parse_args()
    if args.action == "save":
        analyse(args.baseline)
        print(f"saved {', '.join(SETS)} outputs in {args.baseline}")
        return 0
    fresh = args.baseline.with_name(args.baseline.name + ".now")
    analyse(fresh)
    found = differences(args.baseline, fresh)
    for line in found:
        print(line)
    print("identical" if not found else f"{len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
