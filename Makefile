# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test lint clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/marsad

install: $(BIN)/marsad

run: install
	$(BIN)/marsad ingest examples/reports --db sqlite:///marsad.db
	$(BIN)/marsad serve --db sqlite:///marsad.db --host 127.0.0.1 --port 8000

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check marsad tests bench

clean:
	rm -rf $(VENV) marsad.db *.egg-info
