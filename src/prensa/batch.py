"""Corpus-scale analysis: streaming, worker processes, and a Dask cluster.

Every engine takes an iterable of :class:`prensa.io.Document` /
:class:`prensa.io.Failure` and yields one plain record (a dict) per input, in
input order: ``Analysis.to_dict()`` plus ``meta``, or an error record
``{"id", "error", "meta"}``. Only a bounded window of documents is in flight,
so a corpus of any size streams in constant memory. A document that makes the
pipeline fail becomes an error record; the rest of its batch is analysed.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from multiprocessing.context import BaseContext
from typing import Any

from spacy.language import Language

from prensa.io import Document, Failure

Item = Document | Failure
Record = dict[str, Any]
BATCH_SIZE = 32
# Per task with worker processes: small tasks keep every worker busy to the end.
PROCESS_BATCH_SIZE = 8
RETRIES = 3  # times a batch is tried when worker processes die under it


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_record(analysis_dict: Record, doc: Document) -> Record:
    """The output record of one analysed document."""
    record = dict(analysis_dict)
    record["meta"] = dict(doc.meta)
    return record


def analyze_batch(batch: list[Item], nlp: Language | None = None) -> list[Record]:
    """Analyse one batch with ``nlp.pipe``; on a failure, retry one by one so
    that only the document at fault becomes an error record."""
    from prensa.api import analyze, analyze_stream
    from prensa.pipeline import shared

    nlp = nlp or shared()
    docs = [item for item in batch if isinstance(item, Document)]
    done: dict[int, Record] = {}
    try:
        stream = analyze_stream(
            ((d.text, d.date, i) for i, d in enumerate(docs)), nlp=nlp, batch_size=max(len(docs), 1)
        )
        for analysis, i in stream:
            done[i] = _result(replace(analysis, id=docs[i].id), docs[i])
    except Exception:
        for i, d in enumerate(docs):
            if i in done:
                continue
            try:
                done[i] = _result(analyze(d.text, d.date, nlp=nlp, doc_id=d.id), d)
            except Exception as err:
                done[i] = Failure(
                    d.id, f"analysis failed: {type(err).__name__}: {err}", d.meta
                ).to_dict()
    out = []
    it = iter(range(len(docs)))
    for item in batch:
        out.append(item.to_dict() if isinstance(item, Failure) else done[next(it)])
    return out


def _result(analysis: Any, doc: Document) -> Record:
    include_text = bool(doc.meta.get("text_included"))
    return to_record(analysis.to_dict(include_text=include_text), doc)


def run_local(
    items: Iterable[Item], *, batch_size: int = BATCH_SIZE, nlp: Language | None = None
) -> Iterator[Record]:
    """Analyse in this process, batch by batch."""
    for batch in batches(items, batch_size):
        yield from analyze_batch(batch, nlp)


def _worker_init() -> None:
    """Load the pipeline once per worker (a no-op when forked from a parent
    that holds it); Ctrl-C is the parent's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from prensa.pipeline import shared

    shared()


def _worker_run(batch: list[Item]) -> list[Record]:
    return analyze_batch(batch)


def run_processes(
    items: Iterable[Item], *, processes: int, batch_size: int = PROCESS_BATCH_SIZE
) -> Iterator[Record]:
    """Analyse with ``processes`` worker processes, at most two batches each in flight.

    A worker that dies (killed, out of memory) breaks the pool: it is rebuilt
    and the batches in flight are sent again; a batch that breaks it
    ``RETRIES`` times becomes error records.
    """
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Where the platform has fork, load the pipeline once here and fork: the
    # workers start at once and share the model's memory (copy on write).
    # Elsewhere each spawned worker loads its own.
    if "fork" in multiprocessing.get_all_start_methods():
        from prensa.pipeline import shared

        shared()
        context: BaseContext = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(processes, mp_context=context, initializer=_worker_init)

    pool = new_pool()

    def submit(batch: list[Item]) -> Future[list[Record]]:
        """Send ``batch`` to the pool; a pool already broken (a worker died
        since the last look) gives a future that says so, handled as any other."""
        try:
            return pool.submit(_worker_run, batch)
        except BrokenProcessPool as err:
            broken: Future[list[Record]] = Future()
            broken.set_exception(err)
            return broken

    # (batch, attempts, future): a batch in flight when a worker dies is sent
    # again; one that was in flight at RETRIES deaths fails as error records
    pending: deque[tuple[list[Item], int, Future[list[Record]]]] = deque()

    def finish_first() -> list[Record]:
        nonlocal pool
        while True:
            batch, attempts, future = pending[0]
            try:
                records = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                for i, (other, tries, _) in enumerate(pending):
                    if i == 0 and tries + 1 >= RETRIES:
                        continue
                    pending[i] = (other, tries + 1, submit(other))
                if attempts + 1 >= RETRIES:
                    pending.popleft()
                    return [_died(item) for item in batch]
                continue
            pending.popleft()
            return records

    try:
        for batch in batches(items, batch_size):
            pending.append((batch, 0, submit(batch)))
            while len(pending) >= 2 * processes:
                yield from finish_first()
        while pending:
            yield from finish_first()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _died(item: Item) -> Record:
    if isinstance(item, Failure):
        return item.to_dict()
    return Failure(item.id, "analysis failed: its worker process died", item.meta).to_dict()


def _partition(batch: list[Item]) -> list[Record]:
    """Run on a Dask worker: its process-wide pipeline is built on first use."""
    return analyze_batch(list(batch))


def run_dask(
    items: Iterable[Item],
    *,
    scheduler: str | None = None,
    processes: int = 2,
    batch_size: int = BATCH_SIZE,
    client: Any = None,
) -> Iterator[Record]:
    """Analyse on a Dask distributed cluster with ``dask.bag``.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``);
    without one a ``LocalCluster`` of ``processes`` workers is started. The
    corpus goes in blocks of a few partitions per worker so that it is never
    all in memory; every worker needs prensa and its model installed.
    """
    import dask.bag
    import distributed

    # dask is partly typed; its constructors are called through Any
    client_of: Any = distributed.Client
    local_cluster: Any = distributed.LocalCluster
    from_sequence: Any = dask.bag.from_sequence

    own: list[Any] = []
    if client is None:
        if scheduler:
            client = client_of(scheduler)
        else:
            cluster = local_cluster(
                n_workers=processes, threads_per_worker=1, processes=True, dashboard_address=None
            )
            own.append(cluster)
            client = client_of(cluster)
        own.insert(0, client)
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        block = batch_size * workers * 2
        for chunk in batches(items, block):
            bag = from_sequence(chunk, partition_size=batch_size)
            yield from bag.map_partitions(_partition).compute(scheduler=client.get)
    finally:
        for resource in own:
            resource.close()


def run(
    items: Iterable[Item],
    *,
    engine: str = "local",
    processes: int = 1,
    batch_size: int | None = None,
    scheduler: str | None = None,
) -> Iterator[Record]:
    """Dispatch to the engine asked for; ``batch_size`` None picks each engine's default."""
    if batch_size is None:
        batch_size = PROCESS_BATCH_SIZE if processes > 1 or engine == "dask" else BATCH_SIZE
    if engine == "dask":
        return run_dask(items, scheduler=scheduler, processes=processes, batch_size=batch_size)
    if processes > 1:
        return run_processes(items, processes=processes, batch_size=batch_size)
    return run_local(items, batch_size=batch_size)
