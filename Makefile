# welkom: two commands for everyone (see README): `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1:8000
# Material prints an end-of-life banner on every build; DESIGN.md §2.6 already plans for it.
export NO_MKDOCS_2_WARNING := 1

# Install stamps: re-run pip only when the dependency list changes.
RUNTIME := $(VENV)/.installed-runtime
TESTDEPS := $(VENV)/.installed-test

.PHONY: serve site test check lint format bench clean

serve: $(RUNTIME)
	$(BIN)/mkdocs serve --dev-addr $(HOST)

site: $(RUNTIME)
	$(BIN)/mkdocs build --strict

check: $(RUNTIME)
	$(BIN)/welkom check

test: $(TESTDEPS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(TESTDEPS)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(RUNTIME)
	$(BIN)/python scripts/bench_check.py

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "welkom heeft Python 3.11 of nieuwer nodig (gevonden: $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

# npm ci --ignore-scripts: axe-core and vnu-jar need no install step, and vnu-jar's postinstall
# would download a Java runtime from GitHub when no system java is found (.ci/run installs one).
$(TESTDEPS): $(RUNTIME) pyproject.toml constraints.txt package.json package-lock.json
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site .pytest_cache .ruff_cache test-artifacts
