"""The accuracy gate (tools/evaluate.py --check) holds what it claims: every
figure gated, no figure below its floor nor far above it, the set the floors
were measured on, a set without floors a failure, a clear message on error.

The gate's logic is tested on figures made up here; ``make evaluate`` runs it
on the real ones.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate", TOOLS / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate"] = module
    spec.loader.exec_module(module)
    return module


evaluate = _load()
IDS = ["000", "002", "005"]


def _result(f1: float = 0.9, accuracy: float = 0.8) -> dict[str, Any]:
    return {
        "documents": 3,
        "missing_predictions": [],
        "quotes": {"precision": 0.95, "recall": 0.9, "f1": f1, "tp": 9, "fp": 1, "fn": 1},
        "attribution": {"accuracy": accuracy, "right": 8, "wrong": 2},
    }


def _limits(**floors: object) -> dict[str, Any]:
    section: dict[str, object] = {
        "articles": len(IDS),
        "articles_sha256": evaluate.articles_sha256(IDS),
        "quotes_precision": 0.95,
        "quotes_recall": 0.9,
        "quotes_f1": 0.9,
        "attribution_accuracy": 0.8,
    }
    section.update(floors)
    return {"dev": {k: v for k, v in section.items() if v is not None}}


def test_evaluate_gate_passes_figures_at_their_floors() -> None:
    assert evaluate.check("dev", _result(), IDS, _limits()) == []


@pytest.mark.parametrize(
    ("result", "ids", "limits", "expected"),
    [
        (_result(f1=0.85), IDS, _limits(), "dev: quotes_f1 = 0.85 < 0.9"),
        (_result(accuracy=0.83), IDS, _limits(), "raise the floor to 0.83"),
        (_result(), IDS, _limits(quotes_recall=None), "dev: quotes_recall = 0.9 has no floor"),
        (_result(), IDS, _limits(timexes_f1=0.9), "timexes_f1: score.py reports no such figure"),
        (_result(), IDS, {"seed": {}}, "dev: no [dev] section"),
        (_result(), [*IDS, "007"], _limits(), "the set holds 4 articles"),
        (_result(), ["000", "002", "006"], _limits(), "the set holds 3 articles"),
        (_result(), IDS, _limits(articles_sha256=None), "measure again and record them"),
    ],
)
def test_evaluate_gate_fails(
    result: dict[str, Any], ids: list[str], limits: dict[str, Any], expected: str
) -> None:
    failures = evaluate.check("dev", result, ids, limits)
    assert len(failures) == 1
    assert expected in failures[0]


def test_evaluate_gate_floors_are_within_the_slack() -> None:
    text = evaluate.section_text("dev", _result(f1=0.8767), IDS)
    assert "quotes_f1 = 0.87\n" in text
    limits = evaluate.load_thresholds_text(text)
    assert evaluate.check("dev", _result(f1=0.8767), IDS, limits) == []


def test_evaluate_gate_thresholds_file_gates_both_sets() -> None:
    limits = evaluate.load_thresholds()
    for name in ("seed", "dev"):
        section = limits[name]
        assert isinstance(section["articles"], int)
        assert len(section["articles_sha256"]) == 64
        floors = {k for k in section if k not in evaluate.SET_KEYS}
        for metric in ("quotes", "quotes_marked", "quotes_indirect", "quotes_with_speaker"):
            assert {f"{metric}_precision", f"{metric}_recall", f"{metric}_f1"} <= floors
        for metric in ("actors", "timexes"):
            assert {f"{metric}_precision", f"{metric}_recall", f"{metric}_f1"} <= floors
        for metric in ("attribution", "actor_types", "timex_values"):
            assert f"{metric}_accuracy" in floors


def test_evaluate_gate_error_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(evaluate, "EVAL", tmp_path)
    assert evaluate.main(["--check", "nope"]) == 2
    err = capsys.readouterr().err
    assert err == f"evaluate: error: nope: no such set ({tmp_path / 'nope'} is not a folder)\n"
