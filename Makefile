# The project's verbs. A newcomer needs two: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
BACKUP_DIR ?= backups

.PHONY: run serve loadtest test fuzz bench lint format migrate messages backup restore install install-test clean

# Links in emails and the demo site's address follow the address served (unless set already).
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
# The background worker (`db_worker`: large translation submissions) runs beside the server and
# stops with it (Ctrl-C stops both); the server does not wait for it.
WORKER = $(MANAGE) db_worker --backend background --queue-name '*' --no-reload --interval 2

run: install migrate ## Build .venv, migrate SQLite, set up languages and roles, load the demo, serve on :8000
	$(MANAGE) setup_site
	$(MANAGE) load_demo
	@echo "Admin: http://$(HOST):$(PORT)/admin/  (logins above)"
	@$(WORKER) & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

# `make serve`: the production settings (DEBUG off, gunicorn.conf.py, WhiteNoise) on this
# machine, to try them and load-test them before deploying. LOCAL ONLY: when they are not set,
# the secret key and host names below are throwaway values for this machine, email goes to the
# log (EMAIL_URL=console:), and the database
# is the local SQLite file; PostgreSQL when DATABASE_URL is set. A real deployment sets its own
# (docs/deploy.md). The production settings mark cookies Secure: log in to the admin through
# HTTPS (a proxy), or use `make run` for editing.
LOCAL_PRODUCTION = DJANGO_SETTINGS_MODULE=hub.settings.production \
	SECRET_KEY="$${SECRET_KEY:-local-only-not-secret-never-deploy-this}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	EMAIL_URL="$${EMAIL_URL:-console:}" DEFAULT_FROM_EMAIL="$${DEFAULT_FROM_EMAIL:-hub@localhost}" \
	DATABASE_URL="$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3}"

serve: install ## The production settings locally, with gunicorn on $(HOST):$(PORT) (local only)
	$(LOCAL_PRODUCTION) $(MANAGE) compile_translations
	$(LOCAL_PRODUCTION) $(MANAGE) migrate --noinput
	$(LOCAL_PRODUCTION) $(MANAGE) setup_site
	$(LOCAL_PRODUCTION) $(MANAGE) collectstatic --noinput -v0
	@$(LOCAL_PRODUCTION) $(WORKER) & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(LOCAL_PRODUCTION) GUNICORN_BIND=$(HOST):$(PORT) $(VENV)/bin/gunicorn hub.wsgi:application

# `make loadtest`: wrk against a site already served by `make serve` on this machine
# (HOST:PORT, loopback only), LOADTEST_CONNECTIONS connections for LOADTEST_DURATION on each of
# LOADTEST_PATHS, as a browser behind the HTTPS proxy asks (gzip). Prints requests per second,
# latency percentiles (p99) and any errors or non-2xx/3xx answers (docs/deploy.md).
LOADTEST_PATHS ?= /en/ /en/resources/ /sitemap.xml
LOADTEST_CONNECTIONS ?= 50
LOADTEST_DURATION ?= 60s

loadtest: ## wrk on a running `make serve`: 50 connections, 60 s on each of LOADTEST_PATHS
	@command -v wrk >/dev/null || { echo "make loadtest needs wrk (apt-get install wrk)"; exit 2; }
	@case "$(HOST)" in 127.*|localhost|::1) ;; *) echo "make loadtest targets this machine only"; exit 2;; esac
	@for path in $(LOADTEST_PATHS); do \
		echo "== http://$(HOST):$(PORT)$$path"; \
		wrk -t2 -c$(LOADTEST_CONNECTIONS) -d$(LOADTEST_DURATION) --timeout 10s --latency \
			-H "X-Forwarded-Proto: https" -H "Accept-Encoding: gzip" \
			"http://$(HOST):$(PORT)$$path" || exit 1; \
	done

test: install-test ## Install the test extras and run the whole suite
	$(MANAGE) compile_translations
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

# `make fuzz`: FUZZ_REQUESTS hostile requests to every public address (tests/test_fuzz.py)
# under the production settings, on the PostgreSQL server of DATABASE_URL (pytest makes its own
# test_ database there), with throwaway secrets and media folder; a new random seed each run
# unless FUZZ_RANDOM is empty (CI: `make fuzz FUZZ_REQUESTS=500 FUZZ_RANDOM=`).
FUZZ_REQUESTS ?= 10000
FUZZ_RANDOM ?= 1
FUZZ_ENV = DJANGO_SETTINGS_MODULE=hub.settings.production SECRET_KEY=local-fuzz-only-not-secret \
	ALLOWED_HOSTS=testserver EMAIL_URL=console: \
	DEFAULT_FROM_EMAIL=hub@localhost MEDIA_ROOT="$$(mktemp -d)"

fuzz: install-test ## 10,000 hostile requests under the production settings, on PostgreSQL
	@case "$(DATABASE_URL)" in postgres*) ;; *) echo "make fuzz needs DATABASE_URL=postgres://..."; exit 2;; esac
	$(FUZZ_ENV) $(MANAGE) compile_translations
	$(FUZZ_ENV) $(MANAGE) collectstatic --noinput -v0
	$(FUZZ_ENV) HUB_FUZZ_REQUESTS=$(FUZZ_REQUESTS) HUB_FUZZ_RANDOM=$(FUZZ_RANDOM) \
		$(PY) -m pytest -q -p no:logging tests/test_fuzz.py

# `make bench`: generate a library of each size of BENCH_SIZES (resources, and a twentieth as many
# programmes and guidance pages, every fifth in all five languages) and time every public page
# in process with DEBUG off (demo/bench.py): median, p95, queries and KB, against a trivial view.
# Prints Markdown tables and writes artifacts/bench-<database>-<time>.json. Its own database:
# bench.sqlite3 (and bench-media/), or the PostgreSQL database of DATABASE_URL, which must be
# empty or one `make bench` made; anything else is refused. Sizes grow one run to the next:
# to measure a smaller size again, start from an empty database.
BENCH_SIZES ?= 1000 10000
BENCH_ENV = DATABASE_URL="$${DATABASE_URL:-sqlite:///$(CURDIR)/bench.sqlite3}" \
	MEDIA_ROOT="$${MEDIA_ROOT:-$(CURDIR)/bench-media}"

bench: install ## Generate 1k and 10k resources and time every public page (its own database)
	$(BENCH_ENV) $(MANAGE) compile_translations
	$(BENCH_ENV) $(MANAGE) bench --sizes $(BENCH_SIZES)

lint: install-test ## ruff check, ruff format --check, and the import layers (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrate: install ## Apply migrations to the database (SQLite unless DATABASE_URL is set)
	$(MANAGE) compile_translations
	$(MANAGE) migrate --noinput

messages: install ## Refresh the interface catalogues after changing strings (needs GNU gettext)
	$(MANAGE) makemessages --no-obsolete --no-location --ignore=.venv --ignore=staticfiles
	$(MANAGE) compile_translations

backup: install ## Back up the database and MEDIA_ROOT into $(BACKUP_DIR)/hub-<time>/ (docs/deploy.md)
	$(MANAGE) backup --to $(BACKUP_DIR)

restore: install ## Restore BACKUP=backups/hub-<time> (refuses a non-empty database unless FORCE=1)
	@test -n "$(BACKUP)" || (echo "Usage: make restore BACKUP=backups/hub-<time> [FORCE=1]" && exit 2)
	$(MANAGE) restore $(BACKUP) $(if $(FORCE),--force)

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(VENV)/bin/pip install -q -e ".[test]"
	touch $@

clean:
	rm -rf $(VENV) staticfiles
