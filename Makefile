# Two commands for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test venv chromium cq clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newskg needs Python 3.11+, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

## Build the graph and the page of the five seed articles into out/.
demo: venv
	$(BIN)/kg build seeds/ --out out/

## Run the whole test suite (installs Debian chromium for the page tests when missing).
test: venv chromium
	$(BIN)/python -m pytest

chromium:
	@sh .ci/install-chromium.sh

## The public competency questions against the last build.
cq: demo
	$(BIN)/python ../shared/eval/cq.py out/graph.ttl

clean:
	rm -rf out .pytest_cache test-artifacts
