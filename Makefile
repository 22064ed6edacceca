# Rehearse: `make run` sets up and serves the app, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
PORT ?= 8000
# uvloop accepts one new connection per loop turn, so under a burst of new connections the
# last one waits for every open one to be served first (p99 780 ms against 80 ms: bench.api).
UVICORN_LOOP := --loop asyncio
HOST ?= 127.0.0.1
VENV := .venv
PY := $(abspath $(VENV))/bin/python
BACKEND := backend
FRONTEND := frontend
PY_STAMP := $(VENV)/.installed
NODE_STAMP := $(FRONTEND)/node_modules/.installed

.PHONY: help install migrate seed build run serve-app worker dev-backend dev-frontend test \
	test-backend test-backend-sqlite test-backend-postgres test-api lint-backend typecheck-backend \
	test-frontend test-e2e clean

help:
	@echo "make run    install, migrate, seed demo data, build the SPA and serve everything on :$(PORT)"
	@echo "make test   lint and run every test (backend on SQLite and Postgres, frontend, end to end)"
	@echo "make serve-app PORT=8001  one more app process (no reload, no build), e.g. beside make run"
	@echo "make worker               an arq worker for background tasks (needs REDIS_URL)"

$(PY_STAMP): $(BACKEND)/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '$(BACKEND)[dev]'
	touch $@

# `npm install`, not `npm ci`: the lock holds only this platform's optional packages, which
# npm ci rejects; install still honours every pinned version.
$(NODE_STAMP): $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm install --no-audit --no-fund --loglevel=error
	touch $@

install: $(PY_STAMP) $(NODE_STAMP)

migrate: $(PY_STAMP)
	cd $(BACKEND) && $(PY) -m alembic upgrade head

seed: migrate
	cd $(BACKEND) && $(PY) -m app.cli seed

build: $(NODE_STAMP)
	cd $(FRONTEND) && npm run build

run: install seed build
	@echo "Rehearse is at http://localhost:$(PORT)  (API docs: http://localhost:$(PORT)/docs)"
	cd $(BACKEND) && exec $(PY) -m uvicorn app.main:create_app --factory --host $(HOST) --port $(PORT) --proxy-headers $(UVICORN_LOOP)

dev-backend: migrate
	cd $(BACKEND) && $(PY) -m uvicorn app.main:create_app --factory --reload --port $(PORT)

# Scaled out (README, "Running scaled out"): with DATABASE_URL (Postgres) and REDIS_URL set,
# run `make migrate` once, then any number of `make serve-app PORT=...` and `make worker`.
serve-app: $(PY_STAMP)
	cd $(BACKEND) && exec $(PY) -m uvicorn app.main:create_app --factory --host $(HOST) --port $(PORT) --proxy-headers $(UVICORN_LOOP)

worker: migrate
	cd $(BACKEND) && exec $(PY) -m arq app.worker.WorkerSettings

dev-frontend: $(NODE_STAMP)
	cd $(FRONTEND) && npm run dev

lint-backend: $(PY_STAMP)
	cd $(BACKEND) && $(PY) -m ruff check . && $(PY) -m ruff format --check .

# Which packages and how strictly: [tool.mypy] in backend/pyproject.toml.
typecheck-backend: $(PY_STAMP)
	@echo "== backend type check (mypy)"
	cd $(BACKEND) && $(PY) -m mypy

test-backend-sqlite: $(PY_STAMP)
	@echo "== backend tests on SQLite"
	cd $(BACKEND) && $(PY) -m pytest

test-backend-postgres: $(PY_STAMP)
	@echo "== backend tests on Postgres"
	cd $(BACKEND) && $(PY) -m pytest --postgres

test-backend: lint-backend typecheck-backend test-backend-sqlite test-backend-postgres

# The whole-API schemathesis run on its own (both backend passes above include it);
# `make test-api ARGS=--postgres` for Postgres.
test-api: $(PY_STAMP)
	cd $(BACKEND) && $(PY) -m pytest tests/api $(ARGS)

test-frontend: $(NODE_STAMP) $(PY_STAMP)
	@echo "== frontend: API schema, types, lint, unit tests"
	cd $(FRONTEND) && PYTHON=$(PY) npm run check:api && npm run typecheck && npm run lint && npm test

test-e2e: $(NODE_STAMP) $(PY_STAMP)
	@echo "== end-to-end tests"
	cd $(FRONTEND) && npm run build && PYTHON=$(PY) npm run e2e

test: test-backend test-frontend test-e2e

clean:
	rm -rf $(FRONTEND)/dist $(FRONTEND)/test-results $(FRONTEND)/playwright-report
