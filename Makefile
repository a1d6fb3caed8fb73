# Everything a fresh machine needs, from `make serve` or `make test` alone.
# `make` lists the targets.

# The tools' interpreter: the newest CPython 3.11 to 3.13 found (on PATH, or installed by pyenv),
# else python3. On 3.12+ coverage uses sys.monitoring, which halves what measuring the samples
# costs; the samples run on it in `make test`, and on every Python 3.9+ found in `make matrix`.
ifndef PYTHON
PYTHON := $(shell for v in 3.13 3.12 3.11; do \
	  for p in $$(command -v python$$v) $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$v.*/bin/python$$v; do \
	    [ -x "$$p" ] && "$$p" -c '' 2>/dev/null && { echo "$$p"; exit; }; done; done; echo python3)
endif
VENV   := .venv
BIN    := $(VENV)/bin
# Written after a successful install; older than a requirements file means reinstall.
STAMP  := $(VENV)/.installed
SERVE_STAMP := $(VENV)/.installed-serve
N      ?= 20
# `make bench QUICK=1`: every benchmark once, tiny sizes, into a temporary file.
QUICK  ?=
# pytest-xdist workers: twice the cores, as the samples wait on their children (on 2 cores, 4 and 8
# workers measured within noise of each other: the machine is busy throughout), at most 16 (each
# drives a browser of its own).
JOBS   ?= $(shell $(PYTHON) -c 'import os; print(min(16, 2 * (os.cpu_count() or 1)))' 2>/dev/null || echo 4)
# `make test FULL=1`: re-verify everything, reusing no recorded pass (see README).
FULL   ?=
# `make serve`: where, and whether the Chinese pages are built too (ZH=1; slower to rebuild).
SERVE_ADDRESS ?= 127.0.0.1:8000
ZH     ?=

# Material for MkDocs 9.8 prints an end-of-life banner on every run (see README).
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

# Runs one stage of `make test` and records its wall and CPU time for the summary table.
STAGES := .test-stages.tsv
STAGE   = $(BIN)/python tests/stage.py

.DEFAULT_GOAL := help
.PHONY: help serve test build update stress matrix lint clean offline browser bench figures screenshots timing

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# The virtual environment, made with $(PYTHON) if missing (or if it runs a Python older than 3.11).
define make_venv
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "error: '$(PYTHON)' is missing or older than Python 3.11; the pinned mkdocs-material," >&2; \
	  echo "       pymdown-extensions and coverage need 3.11 or newer. Run: make $(MAKECMDGOALS) PYTHON=python3.12" >&2; \
	  exit 1; }
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
	  echo "$(VENV) runs a Python older than 3.11: recreating it"; rm -rf $(VENV); fi
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
endef

# Everything: the tools of `make test` (requirements.lock holds the serving pins too).
$(STAMP): requirements.lock snippets/requirements.txt requirements-serve.lock
	$(make_venv)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $(STAMP) $(SERVE_STAMP)

# What serving the site needs, and no more: a writer's `make serve` on a fresh clone.
$(SERVE_STAMP): requirements-serve.lock
	$(make_venv)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-serve.lock
	@touch $(SERVE_STAMP)

serve: $(SERVE_STAMP) ## serve the English site on http://127.0.0.1:8000, rebuilt on every edit (ZH=1: Chinese too)
	MKDOCS_BUILD_ZH=$(if $(ZH),true,false) $(BIN)/mkdocs serve --dev-addr $(SERVE_ADDRESS)

# Built beside site/ and moved in place when done (a failed build leaves the last good one), and
# recorded as built from its inputs, so that `make test` does not build the same again.
build: $(STAMP) ## build the site strictly (any warning fails) into site/, and site-offline.zip from it
	cd tests && ../$(BIN)/python -m browser.project --build

offline: build ## the copy that works opened from file://: site-offline.zip (the same files as site/)

browser: $(STAMP) ## find the Chromium the browser suite drives, or download Playwright's (fails without)
	@$(BIN)/python tests/browser/chromium.py --install

test: $(STAMP) ## every check, re-running only what changed since it passed (FULL=1: everything)
	@rm -f $(STAGES)
	@$(STAGE) browser -- $(BIN)/python tests/browser/chromium.py --install
	@$(STAGE) "lint tests and workflow" -- sh -c '$(BIN)/actionlint .github/workflows/*.yml && $(BIN)/ruff check -q tests tools && $(BIN)/ruff format -q --check tests tools'
	@$(STAGE) "strict build and zip" -- sh -c 'cd tests && ../$(BIN)/python -m browser.project $(if $(FULL),--build,--if-changed)'
	@$(STAGE) pytest -- $(BIN)/pytest -n $(JOBS) --dist loadgroup --sample-coverage $(if $(FULL),--full)
	@$(STAGE) coverage -- sh -c '$(BIN)/coverage combine --keep --quiet --rcfile .coverage-samples/coveragerc $$(cat .coverage-samples/runs.txt)'
	@$(BIN)/coverage report --rcfile .coverage-samples/coveragerc --skip-covered
	@$(BIN)/python tests/summary.py "$$($(BIN)/coverage report --rcfile .coverage-samples/coveragerc --format=total)"

screenshots: $(STAMP) build ## every page at desktop and phone size, light and dark, into .screenshots/ (look at them)
	SCREENSHOTS=1 $(BIN)/pytest tests/browser/test_pages.py -n $(JOBS) -q --full

update: $(STAMP) ## rewrite every sample's .out file from a real run, then check them all
	$(BIN)/pytest tests/test_samples.py -n 0 --update-examples -q
	$(BIN)/pytest tests/test_samples.py -n auto -q

stress: $(STAMP) ## run every sample N times (default 20) under each start method; any change fails
	$(BIN)/pytest tests/test_samples.py -m stress -n auto --repeat $(N) -q

matrix: $(STAMP) ## the samples under every Python 3.9-3.13 found, re-running only what changed (FULL=1: all); record, print
	$(BIN)/python tests/sample_engine/matrix.py $(if $(FULL),--full)

timing: $(STAMP) ## time the writing loop in fresh clones (make test unchanged, after edits, FULL=1, serve); median of 3
	$(BIN)/python -m tools.timing

bench: $(STAMP) ## time the benchmarks with pyperf (<= 10 min) into docs/data/bench/; QUICK=1: a smoke run
	$(BIN)/python -m tools.bench $(if $(QUICK),--quick)

figures: $(STAMP) ## draw docs/assets/figures/ from docs/data/bench/ (the same data gives the same bytes)
	$(BIN)/python -m tools.bench.figures

lint: $(STAMP) ## actionlint on the workflow, ruff on the tests, lint and format of every sample and inline block
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/ruff check tests tools
	$(BIN)/ruff format --check tests tools
	$(BIN)/pytest tests/test_lint.py -n auto -q

clean: ## remove everything generated, recorded passes too (the virtual environments stay)
	rm -rf site site-offline.zip .coverage-samples .verified .screenshots .pytest_cache .test-summary.json $(STAGES)
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
