# The project's verbs. A newcomer needs two: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
BACKUP_DIR ?= backups

.PHONY: run serve test fuzz lint format migrate messages backup restore install install-test clean

run: install migrate ## Build .venv, migrate SQLite, set up languages and roles, load the demo, serve on :8000
	$(MANAGE) setup_site
	$(MANAGE) load_demo
	@echo "Admin: http://$(HOST):$(PORT)/admin/  (logins above)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-test ## Install the test extras and run the whole suite
	$(MANAGE) compile_translations
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

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
