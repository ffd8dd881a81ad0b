"""Production settings take their secrets from the environment and refuse to start without."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-value-for-this-test-only",
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
}


def start_production(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="hub.settings.production")
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_starts_with_its_environment():
    result = start_production()
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = start_production(SECRET_KEY=None)
    assert result.returncode != 0
    assert "SECRET_KEY environment variable is required" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = start_production(SECRET_KEY="  ")
    assert result.returncode != 0
    assert "SECRET_KEY environment variable is required" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(ALLOWED_HOSTS=None)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS environment variable is required" in result.stderr


def test_no_secret_in_base_settings():
    from hub.settings import base

    assert not hasattr(base, "SECRET_KEY")


def test_the_admin_asks_no_third_party_for_avatars(admin_client):
    """Wagtail would load each editor's picture from Gravatar, sending it a hash of their
    email address; the admin shows its own default avatar instead."""
    content = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in content
    assert "/static/wagtailadmin/images/default-user-avatar" in content
