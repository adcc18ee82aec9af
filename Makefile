# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test lint lock audit clean

# requirements.lock pins every package (made by `make lock`); pyproject.toml states the ranges.
$(BIN)/marsad: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(BIN)/marsad

install: $(BIN)/marsad

run: install
	$(BIN)/marsad ingest examples/reports --db sqlite:///marsad.db
	$(BIN)/marsad serve --db sqlite:///marsad.db --host 127.0.0.1 --port 8000

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check marsad tests bench

lock: install
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

# Known vulnerabilities in the pinned versions (needs access to PyPI's JSON API or OSV).
audit: install
	$(BIN)/pip install --quiet pip-audit
	$(BIN)/pip-audit --requirement requirements.lock --no-deps --disable-pip

clean:
	rm -rf $(VENV) marsad.db *.egg-info
