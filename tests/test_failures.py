"""Faults degrade, never cascade: without Redis the site serves uncached pages; without its
database it answers a styled 503 within seconds, in the reader's language."""

import logging
import socket
import time
from unittest import mock

import pytest
import redis
from django.core.cache import cache
from django.db import OperationalError
from django.test import override_settings
from wagtail.models import Site

from .helpers import PRODUCTION_SCRIPT, run_in_production

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connection refused


def redis_cache(backend):
    return {
        "default": {
            "BACKEND": backend,
            "LOCATION": CLOSED_PORT,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture
def site_pages(standard_pages, library):
    return ["/en/", "/fr/", "/en/about/", "/ar/about/", "/en/resources/", "/en/search/?q=x"]


def test_without_the_degrading_backend_redis_down_is_an_error(site_pages):
    """What the audit saw: Django's own Redis backend raises when Redis is unreachable."""
    backend = "django.core.cache.backends.redis.RedisCache"
    with override_settings(CACHES=redis_cache(backend)), pytest.raises(redis.ConnectionError):
        cache.get("anything")


def test_with_redis_down_every_page_is_served_and_the_failure_logged(client, site_pages, caplog):
    with (
        override_settings(CACHES=redis_cache("hub.cache_backend.DegradingRedisCache")),
        caplog.at_level(logging.ERROR, logger="hub.cache_backend"),
    ):
        for url in site_pages:
            assert client.get(url).status_code == 200, url
        assert cache.get("x", "default") == "default"
        assert cache.get_or_set("x", 1) == 1  # computed, not stored
    failures = [r for r in caplog.records if "The cache (Redis) failed" in r.getMessage()]
    assert failures, "the outage is logged"
    assert len(failures) <= 2, "once per outage, not once per cache call"
    assert failures[0].exc_info[0] is redis.ConnectionError


def test_the_cache_tries_redis_again_after_a_while(site_pages):
    with (
        override_settings(CACHES=redis_cache("hub.cache_backend.DegradingRedisCache")),
        mock.patch("redis.Redis.get", side_effect=redis.ConnectionError) as get,
    ):
        cache.get("a")
        cache.get("b")
        assert get.call_count == 1  # the second call did not wait on Redis
        with mock.patch("time.monotonic", return_value=time.monotonic() + 11):
            cache.get("c")
        assert get.call_count == 2


@pytest.mark.parametrize(
    ("language", "text"), [("en", "briefly unavailable"), ("fr", "indisponible")]
)
def test_an_unreachable_database_gives_a_styled_503(client, home_pages, language, text):
    client.raise_request_exception = False
    refused = OperationalError("connection failed: Connection refused")
    with mock.patch.object(Site, "find_for_request", side_effect=refused):
        response = client.get(f"/{language}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    content = response.content.decode()
    assert f'<html lang="{language}"' in content
    assert text in content
    assert 'href="/static/css/hub.css"' in content


def test_other_errors_stay_a_500(client, home_pages):
    client.raise_request_exception = False
    with mock.patch.object(Site, "find_for_request", side_effect=RuntimeError):
        response = client.get("/en/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


DATABASE_DOWN = (
    PRODUCTION_SCRIPT
    + """
import time
from django.test import Client
started = time.monotonic()
response = Client(raise_request_exception=False).get("/fr/", HTTP_X_FORWARDED_PROTO="https")
print("STATUS", response.status_code, round(time.monotonic() - started, 1))
print(response.content.decode())
"""
)


def test_production_without_its_database_answers_503_in_french():
    """A real PostgreSQL connection to a port where nothing listens, under the production
    settings: no database at all behind the page."""
    result = run_in_production(["-c", DATABASE_DOWN], DATABASE_URL="postgres://hub@127.0.0.1:1/hub")
    assert "STATUS 503" in result.stdout, result.stderr
    assert "Le site est momentanément indisponible" in result.stdout


def test_a_database_server_that_does_not_answer_times_out():
    """A server that accepts the connection and then says nothing (a hung host): the connect
    timeout (DATABASE_CONNECT_TIMEOUT) ends the wait and the reader gets the 503."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        result = run_in_production(
            ["-c", DATABASE_DOWN],
            DATABASE_URL=f"postgres://hub@127.0.0.1:{port}/hub",
            DATABASE_CONNECT_TIMEOUT="2",
        )
    status = result.stdout.split("\n")[0].split()
    assert status[:2] == ["STATUS", "503"], result.stderr
    assert 2 <= float(status[2]) < 10


def test_the_connect_timeout_has_a_default():
    code = (
        "import django; django.setup(); from django.db import connection; "
        "print(connection.settings_dict['OPTIONS']['connect_timeout'])"
    )
    result = run_in_production(["-c", code], DATABASE_URL="postgres://hub@127.0.0.1:1/hub")
    assert result.stdout.strip() == "5"
