"""Batch engines: one record per input in order, failures isolated, engines agree."""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import GeneratorType

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from prensa import batch, pipeline
from prensa.io import Document, Failure, partial_path


@Language.component("test_batch_explode")
def _explode(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise RuntimeError("component failed")
    return doc


@pytest.fixture(scope="module")
def fragile() -> Language:
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_batch_explode")
    return nlp


def _items(texts: list[str]) -> list[Document | Failure]:
    return [Document(id=f"d{i}", text=t, meta={"line": i}) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Uno.", "Dos.", "Tres."], ["d0", "d1", "d2"]),
        (["Uno.", "BOOM.", "Tres."], ["d0", "error d1", "d2"]),
        (["BOOM", "BOOM"], ["error d0", "error d1"]),
        ([], []),
    ],
)
def test_batch_failure_isolated(fragile: Language, texts: list[str], expected: list[str]) -> None:
    records = pipeline.analyze_batch(_items(texts), fragile)
    assert [("error " if "error" in r else "") + r["id"] for r in records] == expected
    for record in records:
        if "error" in record:
            assert record["error"] == "analysis failed: RuntimeError: component failed"
        assert record["meta"]["line"] == int(record["id"][1:])


def test_batch_failures_pass_through_in_order(fragile: Language) -> None:
    items = _items(["Uno.", "Dos."])
    items.insert(1, Failure("roto", "line 2: not JSON", {"line": 2}))
    work = functools.partial(pipeline.analyze_batch, nlp=fragile)
    records = list(batch.run_local(items, work=work, batch_size=2))
    assert [r["id"] for r in records] == ["d0", "roto", "d1"]
    assert records[1] == {"id": "roto", "error": "line 2: not JSON", "meta": {"line": 2}}


@pytest.mark.parametrize(("n", "size", "expected"), [(0, 3, []), (5, 2, [2, 2, 1]), (3, 3, [3])])
def test_batch_batches(n: int, size: int, expected: list[int]) -> None:
    assert [len(b) for b in batch.batches(_items(["x"] * n), size)] == expected


SENTENCES = [
    "«No habrá recortes», dijo el ministro Luis Pérez en Madrid el lunes {i}.",
    "La portavoz Ana Gómez aseguró el 3 de mayo que el plan {i} sigue adelante.",
    "El alcalde de Sevilla, Juan Ruiz, anunció ayer {i} nuevas medidas.",
]


def _corpus(path: Path, n: int) -> list[str]:
    ids = [f"n{i:04d}" for i in range(n)]
    with path.open("w", encoding="utf-8") as out:
        for i, doc_id in enumerate(ids):
            text = " ".join(s.format(i=i) for s in SENTENCES) * 3
            out.write(json.dumps({"id": doc_id, "text": text, "date": "2021-01-01"}) + "\n")
    return ids


def _without_timing(record: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in record.items() if k != "meta"}


@pytest.mark.model
@pytest.mark.slow
def test_batch_processes_match_local(tmp_path: Path) -> None:
    from prensa.io import read_corpus

    path = tmp_path / "c.jsonl"
    _corpus(path, 12)
    local = list(pipeline.run(read_corpus(path), batch_size=4))
    parallel = list(pipeline.run(read_corpus(path), processes=2, batch_size=4))
    assert [r["id"] for r in parallel] == [r["id"] for r in local]
    assert [_without_timing(r) for r in parallel] == [_without_timing(r) for r in local]


@pytest.mark.model
@pytest.mark.slow
def test_batch_dask_matches_local(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from prensa.io import read_corpus

    path = tmp_path / "c.jsonl"
    _corpus(path, 10)
    local = list(pipeline.run(read_corpus(path), batch_size=3))
    distributed = list(pipeline.run(read_corpus(path), engine="dask", processes=1, batch_size=3))
    assert distributed == local


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("processes", ["1", "2"])
def test_batch_sigterm_then_resume_yields_each_once(tmp_path: Path, processes: str) -> None:
    path = tmp_path / "c.jsonl"
    ids = _corpus(path, 400)
    out = tmp_path / "out.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "prensa.cli",
        "analyze",
        str(path),
        "-o",
        str(out),
        "--quiet",
        "--batch-size",
        "8",
        "--processes",
        processes,
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    partial = partial_path(out)  # where the lines stream until the run ends
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < 2000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "prensa: interrupted"
    first = out.read_text(encoding="utf-8")
    assert first.endswith("\n")
    done = [json.loads(line)["id"] for line in first.splitlines()]
    assert 0 < len(done) < len(ids)
    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    final = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert final == ids


def _blas_threads(items: list[Document | Failure]) -> list[dict[str, object]]:
    """Work for a worker: each item's id and the threads of the worker's BLAS."""
    from threadpoolctl import threadpool_info

    threads = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    return [{"id": item.id, "threads": threads} for item in items]


def _warm() -> None:
    import numpy  # noqa: F401  (the BLAS a worker's pipeline would load)


@pytest.fixture
def shutdowns(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The ``wait`` of every process pool shut down during the test."""
    from concurrent.futures import ProcessPoolExecutor

    seen: list[bool] = []
    shutdown = ProcessPoolExecutor.shutdown

    def record(self: ProcessPoolExecutor, wait: bool = True, **kwargs: bool) -> None:
        seen.append(wait)
        shutdown(self, wait=wait, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", record)
    return seen


def test_batch_workers_multiply_on_one_thread(shutdowns: list[bool]) -> None:
    items = _items(["Uno.", "Dos.", "Tres.", "Cuatro."])
    records = list(
        batch.run_processes(items, work=_blas_threads, warm=_warm, processes=2, batch_size=1)
    )
    assert [r["id"] for r in records] == ["d0", "d1", "d2", "d3"]
    assert all(r["threads"] == [1] for r in records)  # numpy's BLAS, held to one
    assert shutdowns == [True]  # a pool that finished waits for its workers to leave


def test_batch_pool_left_early_does_not_wait(shutdowns: list[bool]) -> None:
    items = _items(["Uno.", "Dos.", "Tres.", "Cuatro.", "Cinco."])
    stream = batch.run_processes(items, work=_blas_threads, warm=_warm, processes=2, batch_size=1)
    assert isinstance(stream, GeneratorType)
    assert next(stream)["id"] == "d0"
    stream.close()  # a reader that stops: nobody will read the batches in flight
    assert shutdowns == [False]


def test_batch_engines_import_no_spacy() -> None:
    # the engines know nothing of spaCy (docs/ARCHITECTURE.md): importing them
    # loads no model code, whatever a worker loads later
    code = (
        "import sys, prensa.batch; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'spacy', 'thinc'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
