# Two commands do all the set-up: `make run` (CMS with demo content) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format schema bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Regenerates the committed contract after a schema change.
schema: $(STAMP)
	$(PY) manage.py graphql_schema --out graphql/schema.graphql

# SQL queries and median time of every named operation against the demo content.
bench: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) tests/bench_operations.py

clean:
	rm -rf $(VENV) db.sqlite3 build
