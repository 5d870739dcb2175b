"""How long ``prensa --help`` takes: the start-up every command pays.

    .venv/bin/python benchmarks/bench_startup.py             # median of 7 runs
    .venv/bin/python benchmarks/bench_startup.py --runs 15

Each run is a fresh interpreter (``python -m prensa --help``), timed from
outside; plain ``python -c pass`` is timed the same way for scale. Target:
``prensa --help`` under 0.5 s. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET_S = 0.5


def wall(argv: list[str], runs: int) -> list[float]:
    """Seconds each of ``runs`` runs of ``argv`` takes, after one warm-up run
    (so that ``.pyc`` files are written and the disk cache is warm)."""
    subprocess.run(argv, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="timed runs of each command")
    args = ap.parse_args()
    python = wall([sys.executable, "-c", "pass"], args.runs)
    helped = wall([sys.executable, "-m", "prensa", "--help"], args.runs)
    print(f"python -c pass       median {statistics.median(python):.3f} s")
    print(
        f"prensa --help        median {statistics.median(helped):.3f} s "
        f"(min {min(helped):.3f}, max {max(helped):.3f}; target < {TARGET_S} s)"
    )
    return 0 if statistics.median(helped) < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
