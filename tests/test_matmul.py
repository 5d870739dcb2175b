"""prensa.matmul: the model's products through numpy, the same annotations, on one thread."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, MORPH, POS, SENT_START
from spacy.language import Language
from thinc.api import Model, NumpyOps

from prensa.matmul import use_numpy_matmul
from prensa.pipeline import COMPONENTS, load

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [
    "El ministro de Economía, Luis Gil, aseguró ayer en Lima que «no habrá más recortes».",
    "Según fuentes de la Fiscalía, los detenidos —tres hombres de Tegucigalpa— no declararon.",
    'LA PAZ, 3 mar (EFE).- La presidenta del Senado dijo: "No lo sé". Y se fue.',
]


def _layers(nlp: Language) -> list[Model]:  # type: ignore[type-arg]
    return [
        layer
        for _, pipe in nlp.pipeline
        if isinstance(getattr(pipe, "model", None), Model)
        for layer in pipe.model.walk()  # type: ignore[attr-defined]
    ]


def _blis(layer: Model) -> bool:  # type: ignore[type-arg]
    return isinstance(layer.ops, NumpyOps) and bool(layer.ops.use_blis)


def test_matmul_every_cpu_layer_leaves_blis() -> None:
    nlp = spacy.blank("es")
    nlp.add_pipe("tok2vec")
    layers = _layers(nlp)
    assert any(map(_blis, layers))  # thinc's default
    assert use_numpy_matmul(nlp) == len(layers)
    assert not any(map(_blis, layers))
    assert use_numpy_matmul(nlp) == 0  # nothing left to change


def test_matmul_keeps_other_ops() -> None:
    # a subclass, as thinc's AppleOps is, with products of its own
    other_ops = type("OtherOps", (NumpyOps,), {"name": "other"})
    nlp = spacy.blank("es")
    nlp.add_pipe("tok2vec")
    other = other_ops()
    first = _layers(nlp)[0]
    first.ops = other
    use_numpy_matmul(nlp)
    assert first.ops is other


@pytest.mark.model
def test_matmul_load_uses_numpy_unless_asked(
    plain_and_prensa: tuple[Language, Language],
) -> None:
    model, ours = plain_and_prensa
    assert all(map(_blis, _layers(model)))
    assert not any(map(_blis, _layers(ours)))
    assert all(map(_blis, _layers(load(blis=True))))


@pytest.mark.model
@pytest.mark.parametrize(
    "text", [*TEXTS, *(p.read_text("utf-8") for p in sorted(DATA.glob("*.txt"))[:3])]
)
def test_matmul_same_annotations_as_the_model(
    plain_and_prensa: tuple[Language, Language], text: str
) -> None:
    model, ours = plain_and_prensa
    expected = model(text)
    with ours.select_pipes(disable=list(COMPONENTS)):  # prensa_actors splits "PAZ,-"
        got = ours(text)
    attrs = [POS, MORPH, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
    assert (got.to_array(attrs) == expected.to_array(attrs)).all()


def test_matmul_one_thread_holds_the_blas_to_one() -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    from prensa.matmul import one_thread

    before = {i["prefix"]: i["num_threads"] for i in threadpool_info()}
    try:
        threadpool_limits(2, user_api="blas")
        one_thread()
        blas = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
        assert blas and all(n == 1 for n in blas)
    finally:
        threadpool_limits(before)
