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

.PHONY: serve site voorbeeld test lint-check check check-gewijzigd lint format bench clean

serve: $(RUNTIME)
	$(BIN)/mkdocs serve --dev-addr $(HOST)

site: $(RUNTIME)
	$(BIN)/mkdocs build --strict

# The preview of a pull request (.github/workflows/pull-request.yml) in voorbeeld-site/:
# file links, so it works when opened from disk (open voorbeeld-site/index.html).
voorbeeld: $(RUNTIME)
	$(BIN)/mkdocs build --strict --no-directory-urls --site-dir voorbeeld-site

check: $(RUNTIME)
	$(BIN)/welkom check

test: $(TESTDEPS)
	@$(MAKE) --no-print-directory lint-check
	$(BIN)/python -m pytest

# Shared by `make test` (so CI) and the pre-commit hooks (.pre-commit-config.yaml). No
# install step on purpose: a hook must stay fast and offline; `make test` installs first.
REVISIE ?= HEAD
lint-check:
	@test -x $(BIN)/ruff || { echo "$(BIN)/ruff ontbreekt: draai eerst 'make test'."; exit 1; }
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-gewijzigd:
	@test -x $(BIN)/welkom || { echo "$(BIN)/welkom ontbreekt: draai eerst 'make test'."; exit 1; }
	$(BIN)/welkom check --gewijzigd $(REVISIE)

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
	rm -rf site voorbeeld-site .pytest_cache .ruff_cache test-artifacts
