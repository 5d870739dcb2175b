"""How the cost of pathological articles grows: n against 4n.

    .venv/bin/python benchmarks/bench_pathological.py            # 4n = the sizes of issue 16
    .venv/bin/python benchmarks/bench_pathological.py --scale 0.25 --case parentheses

Each case is an article built to stress one part of prensa: 4n nested
parentheses (``(a (a ... b) )``, 200 KB at 4n = 50,000), 4n quotations in one
paragraph, each with its cue (``«Cita 1», dijo Ana.``), and 4n bare
quotations in one sentence (``«Cita 1» «Cita 2» ...``). Each is analysed at
size n and 4n, each size in a fresh process with the pipeline loaded and
warmed first, and the figures are CPU seconds (``time.process_time``, less
disturbed than wall time by what else the machine runs), wall seconds, and
the peak of Python's allocations during the analysis (``tracemalloc``, a
second run). Linear growth shows as ratios near 4; quadratic as near 16.
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable

CASES: dict[str, tuple[int, Callable[[int], str]]] = {
    # name: (4n at --scale 1, the article of size n)
    "parentheses": (50_000, lambda n: "(a " * n + "b" + ")" * n),
    "quotations": (10_000, lambda n: " ".join(f"«Cita {i}», dijo Ana." for i in range(n))),
    "bare_quotations": (10_000, lambda n: " ".join(f"«Cita {i}»" for i in range(n))),
}


def measure(case: str, n: int) -> dict[str, float]:
    """Analyse the article of ``case`` at size ``n`` in this process."""
    import time
    import tracemalloc

    from prensa.matmul import one_thread
    from prensa.pipeline import analyze

    analyze("«Hola», dijo Ana ayer en Madrid.", None)  # load and warm the pipeline
    one_thread()  # as prensa analyze multiplies
    text = CASES[case][1](n)
    wall, cpu = time.perf_counter(), time.process_time()
    analysis = analyze(text, None)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    analyze(text, None)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "chars": len(text),
        "cpu_s": cpu,
        "wall_s": wall,
        "peak_mib": peak / 2**20,
        "quotes": len(analysis.quotes),
    }


def in_subprocess(case: str, n: int) -> dict[str, float]:
    args = [sys.executable, __file__, "--one", case, str(n)]
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="4n = scale x issue 16's size")
    parser.add_argument("--case", choices=sorted(CASES), action="append", help="default: all")
    parser.add_argument("--one", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    header = ("case", "n", "chars", "cpu s", "wall s", "peak MiB", "4n/n")
    print("{:16} {:>7} {:>8} {:>7} {:>7} {:>9} {:>5}".format(*header))
    for case in args.case or list(CASES):
        large = max(4, int(CASES[case][0] * args.scale))
        small = in_subprocess(case, large // 4)
        big = in_subprocess(case, large)
        for n, r in ((large // 4, small), (large, big)):
            growth = f"{big['cpu_s'] / small['cpu_s']:5.1f}" if r is big else ""
            print(
                f"{case:16} {n:7d} {int(r['chars']):8d} {r['cpu_s']:7.2f} {r['wall_s']:7.2f} "
                f"{r['peak_mib']:9.1f} {growth}"
            )
    print("4n/n: CPU time at 4n over CPU time at n (linear: about 4; quadratic: about 16)")


if __name__ == "__main__":
    main()
