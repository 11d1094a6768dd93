# The two commands a newcomer needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: install run test test-postgres prod-local smoke lint format lock clean bench messages

# Installs the locked dependencies into $(VENV); re-runs only when the lock file changes.
$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --progress-bar on --require-hashes -r requirements.lock
	touch $@

# axe-core for the browser tests (package.json), where npm is present: node_modules is
# refreshed when the lock file changes.
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund; \
	else echo "npm not found: the browser tests will skip (they need axe-core from npm)"; fi

install: $(VENV)/.installed node_modules/.package-lock.json

# The local address goes into Wagtail's Site record (setup_site), so full URLs match it.
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_site
	$(PY) manage.py load_demo_content
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# One test process per core, each test module in one of them (module-scoped data is built
# once). The migrated SQLite test databases are kept between runs; tests/conftest.py makes
# them anew when a migration, a dependency or the base site changes
# (`PYTEST_ARGS=--create-db` forces it).
PARALLEL := -n auto --dist loadscope

# The test processes keep their compiled modules (and pytest its rewritten test modules) in
# __pycache__, even where the shell sets PYTHONDONTWRITEBYTECODE: otherwise each of the
# three processes (and every subprocess a test starts) compiles the project and the test
# modules again, about 3 s of CPU each.
test test-postgres: export PYTHONDONTWRITEBYTECODE =

test: install
	$(PY) -m pytest --reuse-db $(PARALLEL) $(PYTEST_ARGS)

# The same suite against PostgreSQL (Norwegian full-text search); needs DATABASE_URL.
test-postgres: install
	@test -n "$(DATABASE_URL)" || (echo "Set DATABASE_URL=postgres://user@host:5432/db" && exit 2)
	REQUIRE_POSTGRES=1 $(PY) -m pytest $(PARALLEL) $(PYTEST_ARGS)

# The production stack on loopback (deploy/run-local, README «Deployment»): nginx on
# http://127.0.0.1:8480 in front of gunicorn and every other Procfile process, PostgreSQL,
# Redis. Ctrl-C (or `deploy/run-local stop`) stops it; RUN_LOCAL_ARGS="--fresh" starts afresh.
prod-local: install
	deploy/run-local start $(RUN_LOCAL_ARGS)

# The production smoke test on that stack, with its own database (deploy/smoke.py).
smoke: install
	$(PY) deploy/smoke.py $(SMOKE_ARGS)

# Search latency at 10 000 and 100 000 pages in its own PostgreSQL database (see README).
bench: install
	$(PY) bench/search_bench.py $(BENCH_ARGS)

# Compiles the project's translations (locale/*/LC_MESSAGES/*.po) into the .mo files Django
# reads, in Python (polib): no gettext tools needed. The .mo files are committed, so `make run`
# needs no step; tests/test_translations.py fails when a .mo lags behind its .po.
messages: install
	$(PY) -c 'import pathlib, polib; [polib.pofile(str(po)).save_as_mofile(str(po.with_suffix(".mo"))) for po in pathlib.Path("locale").glob("*/LC_MESSAGES/*.po")]'

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Regenerates requirements.lock from pyproject.toml (needs network access to PyPI).
lock: install
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
		--python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) db.sqlite3 media private-media staticfiles test-artifacts node_modules
