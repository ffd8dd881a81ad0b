"""Production settings take their secrets from the environment and refuse to start without."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from hub.settings.environment import admins, email_settings

from .helpers import PRODUCTION_SCRIPT, run_in_production


def start_production(**overrides):
    return run_in_production(
        ["manage.py", "check", "--deploy", "--fail-level", "ERROR"], **overrides
    )


def production_settings(*names, **overrides):
    """The values of settings `names` under the production settings, as their repr()."""
    code = "import django; django.setup(); from django.conf import settings; " + "; ".join(
        f"print(repr(settings.{name}))" for name in names
    )
    result = run_in_production(["-c", code], **overrides)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


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


def test_check_deploy_has_nothing_to_say():
    """No warning at all: HSTS (W004), the HTTPS redirect (W008), X-Frame-Options DENY (W019),
    secure cookies, a strong secret key. Preloading HSTS (W021) is left to the operator
    (SECURE_HSTS_PRELOAD=1), and turning it on keeps the check clean."""
    for preload in ("0", "1"):
        result = run_in_production(
            ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            SECURE_HSTS_PRELOAD=preload,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "System check identified no issues" in result.stdout


def test_production_security_settings():
    assert production_settings(
        "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_PRELOAD",
        "X_FRAME_OPTIONS", "HUB_REQUIRE_2FA", "CSRF_COOKIE_AGE", "SESSION_COOKIE_AGE",
    ) == ["True", "31536000", "False", "'DENY'", "True", "None", "7200"]  # fmt: skip
    assert production_settings("SECURE_HSTS_PRELOAD", SECURE_HSTS_PRELOAD="1") == ["True"]


def test_production_refuses_to_start_without_email():
    result = start_production(EMAIL_URL=None)
    assert result.returncode != 0
    assert "EMAIL_URL environment variable is required" in result.stderr
    result = start_production(EMAIL_URL="smtp+tsl://mail.example.org")  # a typing mistake
    assert result.returncode != 0
    assert "EMAIL_URL must start with" in result.stderr
    result = start_production(DEFAULT_FROM_EMAIL=None)
    assert result.returncode != 0
    assert "DEFAULT_FROM_EMAIL environment variable is required" in result.stderr


def test_production_reads_its_email_configuration():
    assert production_settings(
        "EMAIL_DELIVERY_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS", "EMAIL_TIMEOUT", "DEFAULT_FROM_EMAIL",
        "SERVER_EMAIL", "ADMINS",
        EMAIL_URL="smtp+tls://hub%40example.org:s3cr%2Ft@mail.example.org:587",
        DEFAULT_FROM_EMAIL="Resources Hub <hub@example.org>",
        ADMINS="Ana Silva <ana@example.org>, ops@example.org",
    ) == [
        "'django.core.mail.backends.smtp.EmailBackend'", "'mail.example.org'", "587",
        "'hub@example.org'", "'s3cr/t'", "True", "10", "'Resources Hub <hub@example.org>'",
        "'Resources Hub <hub@example.org>'",
        "[('Ana Silva', 'ana@example.org'), ('ops@example.org', 'ops@example.org')]",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("console:", {"EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
        ("smtp://relay.local", {"EMAIL_HOST": "relay.local", "EMAIL_PORT": 25,
                                "EMAIL_USE_TLS": False, "EMAIL_USE_SSL": False}),
        ("smtp+tls://u:p@mail.example.org", {"EMAIL_PORT": 587, "EMAIL_USE_TLS": True}),
        ("smtp+ssl://u:p@mail.example.org", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True,
                                             "EMAIL_USE_TLS": False}),
        ("smtp+ssl://u:p@mail.example.org:2465", {"EMAIL_PORT": 2465}),
    ],
)  # fmt: skip
def test_email_urls(url, expected):
    settings = email_settings(url)
    assert {key: settings[key] for key in expected} == expected


@pytest.mark.parametrize("url", ["", "mail.example.org", "smtps://x", "smtp+tls://", "http://x"])
def test_email_urls_that_are_refused(url):
    with pytest.raises(ImproperlyConfigured):
        email_settings(url)


def test_admins_from_the_environment():
    assert admins("") == []
    assert admins("Ana <ana@example.org>") == [("Ana", "ana@example.org")]


def test_sentry_reports_without_personal_data():
    code = (
        "import django; django.setup(); import sentry_sdk; client = sentry_sdk.get_client(); "
        "print(client.is_active(), client.options['send_default_pii'], client.options['dsn'])"
    )
    result = run_in_production(["-c", code], SENTRY_DSN="http://public@127.0.0.1:9/1")
    assert result.stdout.split() == ["True", "False", "http://public@127.0.0.1:9/1"]
    result = run_in_production(["-c", code])
    assert result.stdout.split()[0] == "False"  # optional: no DSN, no Sentry


def test_a_server_error_is_mailed_to_the_admins():
    """Under the production settings, with ADMINS set and mail written to the console, an
    error on a page produces the error email (Django's AdminEmailHandler) and the styled 500."""
    code = (
        PRODUCTION_SCRIPT
        + """
from unittest import mock
from django.test import Client
from wagtail.models import Site
with mock.patch.object(Site, "find_for_request", side_effect=RuntimeError("boom")):
    response = Client(raise_request_exception=False).get("/en/", HTTP_X_FORWARDED_PROTO="https")
print("STATUS", response.status_code, "Something went wrong" in response.content.decode())
"""
    )
    result = run_in_production(["-c", code], ADMINS="Ops <ops@example.org>")
    assert "STATUS 500 True" in result.stdout, result.stderr
    assert "To: ops@example.org" in result.stdout
    assert "Subject: [Django] ERROR" in result.stdout
    assert "RuntimeError" in result.stdout and "boom" in result.stdout
