# Two commands do all the set-up: `make run` (CMS with demo content) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp

.PHONY: run serve test lint format schema bench load cost graphiql clean microsite microsite-build

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	@# The worker (scheduled publishing, webhooks, background tasks) runs beside the server
	@# and stops with it.
	$(PY) manage.py run_worker & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production stack on this machine: migrations, static files, then every process of the
# Procfile (gunicorn, and workers as they are added) under honcho. See README, "Production".
SECRET_KEY_FILE := .secret-key
serve: $(STAMP)
	@test -n "$$SECRET_KEY" -o -s $(SECRET_KEY_FILE) || $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $(SECRET_KEY_FILE)
	@export DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY="$${SECRET_KEY:-$$(cat $(SECRET_KEY_FILE))}" PORT=$(PORT) PATH="$(CURDIR)/$(VENV)/bin:$$PATH"; \
	$(PY) manage.py migrate --noinput && \
	$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	if [ "$$DEMO_CONTENT" = 1 ]; then $(PY) manage.py load_demo_content && $(PY) manage.py ensure_admin; fi && \
	exec $(VENV)/bin/honcho start --no-prefix --no-colour -f Procfile -p $(PORT)

# Test files run in parallel processes (pytest-xdist), one file per process at a time, so a
# file's module fixtures and fixed ports stay its own.
test: $(STAMP)
	$(PY) -m pytest -n auto --maxprocesses 4 --dist loadfile

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Regenerates the committed contract after a schema change, and the manifest of trusted
# documents after a change in graphql/operations/.
schema: $(STAMP)
	$(PY) manage.py graphql_schema --out graphql/schema.graphql
	$(PY) manage.py trusted_documents --out graphql/trusted-documents.json

# The side-by-side benchmark on 4 regions x 2,000 stories (README, "Performance"): builds the
# data set in PostgreSQL once (BENCH_DATABASE, cms_bench) and reuses it, serves it with gunicorn
# uncached and cached, prints the table and writes it to bench/results/.
bench: $(STAMP)
	$(PY) bench/run.py

# The cost of every named operation beside the limits (GRAPHQL_MAX_COST, ...).
cost: $(STAMP)
	$(PY) manage.py graphql_cost

# Bounded load run (LOAD_SECONDS, LOAD_REQUESTS, LOAD_CLIENTS >= 32; loopback only) against
# `make serve` on DATABASE_URL (PostgreSQL) and REDIS_URL; see README, "Production".
load: $(STAMP)
	tests/load_stack.sh

clean:
	rm -rf $(VENV) db.sqlite3 build static

# Copies GraphiQL and React from the npm packages pinned in graphiql-assets/package-lock.json
# to the static files the CMS serves (committed, so the CMS needs no Node.js to run).
graphiql:
	cd graphiql-assets && npm ci --no-audit --no-fund --ignore-scripts
	cp graphiql-assets/node_modules/graphiql/graphiql.min.js \
	   graphiql-assets/node_modules/graphiql/graphiql.min.css \
	   graphiql-assets/node_modules/react/umd/react.production.min.js \
	   graphiql-assets/node_modules/react-dom/umd/react-dom.production.min.js \
	   cms/api/static/graphiql/vendor/
	@# Source maps are not shipped; a dangling reference would fail collectstatic's manifest.
	sed -i '/sourceMappingURL=/d' cms/api/static/graphiql/vendor/*.js cms/api/static/graphiql/vendor/*.css

# The reference microsite (microsite/, README "Reference microsite"): builds the four regions
# from a running CMS (CMS_URL) into microsite/dist/<region>/ and serves each on its own port,
# MICROSITE_PORT + 1 ... + 4 (4301 Südwestfalen, 4302 Emscher-Lippe, 4303 Kreis Unna, 4304 OWL).
CMS_URL ?= http://127.0.0.1:8000
MICROSITE_PORT ?= 4300
MICROSITE_REGIONS := suedwestfalen emscher-lippe kreis-unna owl
MICROSITE_STAMP := microsite/node_modules/.installed-stamp

# Exactly the committed lock (package.json pins rollup to a version whose every platform package
# the registry holds, so the lock is complete).
$(MICROSITE_STAMP): microsite/package.json microsite/package-lock.json
	cd microsite && npm ci --no-audit --no-fund
	touch $(MICROSITE_STAMP)

# Each region is built into a fresh tree that dist/<region> then points at (build-region.mjs),
# as the receiver rebuilds it; the preview server (/vorschau/ on every region's port) once.
microsite-build: $(MICROSITE_STAMP)
	@node -e 'fetch(process.argv[1]).catch(() => { console.error(`No CMS answers at $${process.argv[1]}: start it with make run (README, "Reference microsite").`); process.exit(1); })' "$(CMS_URL)/graphql/"
	cd microsite && CMS_URL=$(CMS_URL) node scripts/build-region.mjs $(MICROSITE_REGIONS)
	cd microsite && npm run --silent build:preview >/dev/null

# Serves the regions, the preview and, on MICROSITE_PORT itself, the webhook receiver; switches
# the demo regions' webhooks to it on for as long as it runs (on this checkout's database, so
# run it with the DATABASE_URL of `make run`; MICROSITE_WEBHOOKS=0 leaves them alone).
MICROSITE_WEBHOOKS ?= 1
microsite: $(STAMP) microsite-build
	@export MICROSITE_WEBHOOK_SECRET="$${MICROSITE_WEBHOOK_SECRET:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(32))')}"; \
	if [ "$(MICROSITE_WEBHOOKS)" = 1 ]; then \
	  $(PY) manage.py microsite_webhooks on --url http://127.0.0.1:$(MICROSITE_PORT)/webhook || exit 1; \
	  trap '$(CURDIR)/$(PY) manage.py microsite_webhooks off --url http://127.0.0.1:$(MICROSITE_PORT)/webhook' EXIT; \
	  trap 'exit 143' TERM; \
	fi; \
	(cd microsite && CMS_URL=$(CMS_URL) exec node scripts/serve.mjs --port-base $(MICROSITE_PORT) $(MICROSITE_REGIONS))
