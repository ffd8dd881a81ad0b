"""Browser tests: Debian's Chromium driven by Playwright, against the demo site as a reader
gets it.

`demo_site` builds the site the way `make run` does (migrate, setup_site, load_demo) in a
SQLite file of its own, and serves it with `manage.py runserver` (DEBUG off, static files
served) in a separate process: the browser tests share nothing with the test database.

Chromium is Debian's (`apt-get install chromium`; `.ci/run` installs it): Playwright cannot
download its own here. Where it is missing the browser tests are skipped, unless
HUB_REQUIRE_BROWSER=1 (as on CI), which makes them fail instead. HUB_SKIP_BROWSER=1 skips them
(CI's second run, on PostgreSQL: the browser sees the same pages).

Screenshots go to artifacts/screenshots/ (HUB_SCREENSHOTS overrides it), which CI lists at the
end of its output.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("HUB_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}


def chromium_available():
    return Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None


def require_browser():
    if os.environ.get("HUB_SKIP_BROWSER") == "1":
        pytest.skip("HUB_SKIP_BROWSER=1")
    if not chromium_available():
        if os.environ.get("HUB_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is required (HUB_REQUIRE_BROWSER=1) but {CHROMIUM} is missing")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def demo_site(request):
    """The base URL of a server of the whole demo site, in every language, for Chromium."""
    require_browser()
    return request.getfixturevalue("demo_server")


@contextmanager
def served_site(*commands):
    """A server of a site built on a new SQLite database by `commands` (manage.py arguments,
    one list each, run in order), for as long as the block lasts: its base URL."""
    folder = Path(tempfile.mkdtemp(prefix="hub-browser-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
    }
    env.pop("REDIS_URL", None)
    for args in commands:
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
        )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/en/", timeout=2)  # noqa: S310 - our own server
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_server():
    """The base URL of a server of the whole demo site, in every language (no browser needed:
    the HTML checker's test uses it too)."""
    with served_site(["migrate", "--noinput"], ["setup_site"], ["load_demo"]) as url:
        yield url


@contextmanager
def chromium():
    """Debian's Chromium, headless, as every browser test drives it."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def desktop(browser):
    """A browser tab the size of a laptop screen."""
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    """A browser tab the size of a small phone's screen (360 × 780)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def screenshot(tab, name, full_page=False):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=full_page)
    return path
