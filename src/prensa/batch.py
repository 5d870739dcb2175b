"""Corpus-scale engines: streaming, worker processes, and a Dask cluster.

Every engine takes an iterable of :class:`prensa.io.Document` /
:class:`prensa.io.Failure` and the ``work`` to do on a batch of them
(``prensa.pipeline.analyze_batch``; ``prensa.pipeline.run`` passes it), and
yields one plain record (a dict) per input, in input order:
``Analysis.to_dict()`` plus ``meta``, or an error record
``{"id", "error", "meta"}``. Only a bounded window of documents is in flight,
so a corpus of any size streams in constant memory. A document that makes the
pipeline fail becomes an error record; the rest of its batch is analysed.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.context import BaseContext
from typing import Any

from prensa.io import Document, Failure

Item = Document | Failure
Record = dict[str, Any]
# What an engine runs: one batch of items in, one record per item out, in
# order (``prensa.pipeline.analyze_batch``); and what readies a worker for it.
# Both must be importable by name, since worker processes receive them pickled.
Work = Callable[[list[Item]], list[Record]]
Warm = Callable[[], object]
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


def run_local(
    items: Iterable[Item], *, work: Work, batch_size: int = BATCH_SIZE
) -> Iterator[Record]:
    """Analyse in this process, batch by batch."""
    for batch in batches(items, batch_size):
        yield from work(batch)


def _worker_init(warm: Warm) -> None:
    """Load the pipeline once per worker (a no-op when forked from a parent
    that holds it), its matrix products on one thread; Ctrl-C is the
    parent's to handle."""
    # the engines know nothing of spaCy: the model's module only once a worker runs it
    from prensa.matmul import one_thread

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm()
    one_thread()  # N workers, each with a BLAS thread per core, would fight for the cores


def run_processes(
    items: Iterable[Item],
    *,
    work: Work,
    warm: Warm,
    processes: int,
    batch_size: int = PROCESS_BATCH_SIZE,
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
        warm()
        context: BaseContext = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            processes, mp_context=context, initializer=_worker_init, initargs=(warm,)
        )

    pool = new_pool()

    def submit(batch: list[Item]) -> Future[list[Record]]:
        """Send ``batch`` to the pool; a pool already broken (a worker died
        since the last look) gives a future that says so, handled as any other."""
        try:
            return pool.submit(work, batch)
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

    finished = False
    try:
        for batch in batches(items, batch_size):
            pending.append((batch, 0, submit(batch)))
            while len(pending) >= 2 * processes:
                yield from finish_first()
        while pending:
            yield from finish_first()
        finished = True
    finally:
        # At the end, wait for the idle workers to leave: a pool left without
        # waiting can race the interpreter's exit (CPython's exit hook wakes
        # its thread through a pipe being closed; seen once, a traceback
        # after the output). Leaving early (an error, Ctrl-C, a reader that
        # stops) does not wait for batches nobody will read.
        pool.shutdown(wait=finished, cancel_futures=True)


def _died(item: Item) -> Record:
    if isinstance(item, Failure):
        return item.to_dict()
    return Failure(item.id, "analysis failed: its worker process died", item.meta).to_dict()


def run_dask(
    items: Iterable[Item],
    *,
    work: Work,
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
            # on a worker, ``work`` builds its process-wide pipeline on first use
            yield from bag.map_partitions(work).compute(scheduler=client.get)
    finally:
        for resource in own:
            resource.close()


def run(
    items: Iterable[Item],
    *,
    work: Work,
    warm: Warm,
    engine: str = "local",
    processes: int = 1,
    batch_size: int | None = None,
    scheduler: str | None = None,
) -> Iterator[Record]:
    """Dispatch to the engine asked for; ``batch_size`` None picks each engine's default."""
    if batch_size is None:
        batch_size = PROCESS_BATCH_SIZE if processes > 1 or engine == "dask" else BATCH_SIZE
    if engine == "dask":
        return run_dask(
            items, work=work, scheduler=scheduler, processes=processes, batch_size=batch_size
        )
    if processes > 1:
        return run_processes(
            items, work=work, warm=warm, processes=processes, batch_size=batch_size
        )
    return run_local(items, work=work, batch_size=batch_size)
