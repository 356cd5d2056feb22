# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench reliability translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workshop-app --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui and not slow"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/reliability_report.py

translations: $(STAMP)
	$(BIN)/python -m workshop_app.i18n_build

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
