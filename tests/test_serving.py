"""gunicorn's configuration (gunicorn.conf.py): the application is loaded and warmed once in the
master before the workers are forked, without touching the database; a worker whose memory
grows past the limit is replaced after its request."""

import gc
import runpy
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.template import engines

from hub.warmup import warm

CONF = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"


def config(monkeypatch, **environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONF))


class Log:
    def __init__(self):
        self.lines = []

    def warning(self, message, *args):
        self.lines.append(message % args)

    info = warning


def test_the_application_is_preloaded_unless_told_not_to(monkeypatch):
    assert config(monkeypatch)["preload_app"] is True
    assert config(monkeypatch, GUNICORN_PRELOAD="0")["preload_app"] is False


def in_a_thread(function, *args):
    """As in gunicorn's master: no event loop running (a browser test run before this one in
    the same process leaves Playwright's, and Django then refuses to close connections)."""
    with ThreadPoolExecutor(1) as executor:
        return executor.submit(function, *args).result()


@pytest.fixture
def unfrozen():
    """warm() freezes what is loaded out of the garbage collector's sight: not this process's
    objects for the tests that follow."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_warming_compiles_the_templates_without_the_database(monkeypatch, unfrozen):
    """No `db` fixture: pytest-django fails the test on any query."""
    compiled = in_a_thread(warm)
    assert compiled > 20
    loader = engines["django"].engine.template_loaders[0]
    if hasattr(loader, "get_template_cache"):  # the cached loader (DEBUG off)
        assert "base.html" in loader.get_template_cache


def test_warming_leaves_what_is_loaded_to_no_garbage_collection(unfrozen):
    """A worker's full collections walk only what its requests made (hub/warmup.py)."""
    assert gc.get_freeze_count() == 0
    in_a_thread(warm)
    assert gc.get_freeze_count() > 10_000  # Django's, Wagtail's and the site's objects


def test_the_master_warms_the_application_when_it_preloads(monkeypatch, unfrozen):
    log = Log()
    settings = config(monkeypatch)
    in_a_thread(settings["when_ready"], SimpleNamespace(log=log))
    assert log.lines and "templates compiled" in log.lines[0]
    log = Log()
    in_a_thread(config(monkeypatch, GUNICORN_PRELOAD="0")["when_ready"], SimpleNamespace(log=log))
    assert log.lines == []


@pytest.mark.parametrize(("limit", "replaced"), [("1", True), ("100000", False), ("0", False)])
def test_a_worker_over_its_memory_limit_is_replaced_after_the_request(monkeypatch, limit, replaced):
    settings = config(monkeypatch, GUNICORN_MAX_WORKER_MEMORY_MB=limit)
    assert settings["resident_memory_mb"]() > 1  # this process, read from /proc
    worker = SimpleNamespace(alive=True, pid=1234, log=Log())
    settings["post_request"](worker, None, {}, None)
    assert worker.alive is not replaced
    assert bool(worker.log.lines) is replaced
