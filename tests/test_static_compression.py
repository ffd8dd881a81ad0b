"""Static files reach readers compressed: WhiteNoise (production settings) keeps a Brotli and a
gzip copy of each hashed file and serves the smaller one the browser accepts. Brotli needs the
`brotli` package; without it WhiteNoise silently writes gzip only."""

import json

import pytest
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

COMPRESSED = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture
def collected(tmp_path, settings):
    """The project's own static files collected as production collects them (Wagtail's own
    are left out: the same storage compresses them, and they take a minute)."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = COMPRESSED
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    return tmp_path, manifest["paths"]["css/hub.css"]


def test_collectstatic_writes_brotli_and_gzip_copies(collected):
    root, hashed = collected
    css = (root / hashed).read_bytes()
    brotli_copy = root / f"{hashed}.br"
    assert brotli_copy.exists(), "no .br file: is the brotli package installed?"
    assert (root / f"{hashed}.gz").exists()
    assert brotli_copy.stat().st_size < len(css) / 2


def test_whitenoise_serves_brotli_to_browsers_that_accept_it(collected):
    root, hashed = collected
    with override_settings(WHITENOISE_AUTOREFRESH=False):
        middleware = WhiteNoiseMiddleware(lambda request: None)
    factory = RequestFactory()
    brotli = middleware(factory.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip, deflate, br"))
    assert brotli.status_code == 200
    assert brotli["Content-Encoding"] == "br"
    gzip = middleware(factory.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip"))
    assert gzip["Content-Encoding"] == "gzip"
    for response in (brotli, gzip):
        # The file only: response.close() would send request_finished, which touches the
        # database connection (no database in this test).
        response.file_to_stream.close()
