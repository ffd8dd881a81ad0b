"""Procedures several test files share."""

import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import PIL.Image
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from hub.i18n import language_codes

# The site's languages, from settings.LANGUAGES (the default first), and the others.
LANGUAGE_CODES = language_codes()
OTHER_LANGUAGES = LANGUAGE_CODES[1:]


def assert_listing_costs_the_same(client, url, add):
    """A listing answers with the same number of queries with 3 and with 30 items.

    `add(count, start)` creates `count` listed pages numbered from `start`. The first request
    warms the cache (site addresses, navigation), as on a running site."""

    def queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        return len(context.captured_queries), response

    client.get(url)
    add(3, 0)
    few, response = queries()
    assert len(response.context["items"]) == 3
    add(27, 3)
    many, response = queries()
    assert len(response.context["items"]) == 20
    assert response.context["items"].paginator.count == 30
    assert many == few


def member(username, group_name):
    """A user (password "pw", address <username>@example.org) in the group `group_name`."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def translate_in_localize(page, locale_code, user, text):
    """What a translator does in wagtail-localize's editor: every string of `page` translated
    by `user` as "<text> <source string>" (the slug kept), a draft not yet sent to review."""
    locale = Locale.objects.get(language_code=locale_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = source.translations.filter(target_locale=locale).first()
    if translation is None:
        translation = source.translations.create(target_locale=locale)
        translation.save_target(user=user, publish=False)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{text} {entry.msgid}"[:200] if entry.msgid != page.slug else entry.msgid
    translation.import_po(po, tool_name="test", delete=False)
    StringTranslation.objects.filter(locale=locale, context__object_id=page.translation_key).update(
        last_translated_by=user
    )
    return translation


ROOT = Path(__file__).resolve().parent.parent
# What production needs to start (hub/settings/production.py), with throwaway values.
PRODUCTION_ENV = {
    "SECRET_KEY": "m4Qk-2vX9pLr7TzW8bNc3YhJ5sDf6GaE1uKo0iVq_ZtRyPxLwBnMj",
    "ALLOWED_HOSTS": "hub.example.org,testserver",
    "DATABASE_URL": "sqlite:///:memory:",
    "EMAIL_URL": "console:",
    "DEFAULT_FROM_EMAIL": "hub@example.org",
}


# The start of a script run with run_in_production that makes requests: Django set up, and
# static files named as they are on disk (production's manifest exists only after
# collectstatic, which the tests do not run).
PRODUCTION_SCRIPT = """
import django; django.setup()
from django.conf import settings
from django.test.utils import override_settings
override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
"""


def run_in_production(args, **overrides):
    """Run `python <args>` in the project under the production settings and PRODUCTION_ENV;
    an override of None removes that variable. Returns the finished process."""
    names = set(PRODUCTION_ENV) | {"REDIS_URL", "SENTRY_DSN", "ADMINS", "SERVER_EMAIL"}
    env = {k: v for k, v in os.environ.items() if k not in names}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="hub.settings.production")
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


# Files as an editor would upload them, each what its extension says.


def png(width, height):
    """A valid black-and-white PNG of `width` × `height` pixels, small on disk whatever its
    size (a 30000 × 30000 one is about 110 KB): the shape of a "decompression bomb"."""

    def chunk(kind, data):
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _row in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def jpeg(width=40, height=30):
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (width, height), (200, 120, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def _zip(members, first=None):
    """A zip archive of `members` {name: bytes}; `first` (name, bytes) is stored uncompressed
    at the start, as OpenDocument and EPUB require of their "mimetype"."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1], zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _ooxml(folder):
    return _zip(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "_rels/.rels": b'<?xml version="1.0"?><Relationships/>',
            f"{folder}/document.xml": b'<?xml version="1.0"?><document/>',
        }
    )


def _opendocument(mimetype):
    return _zip({"content.xml": b'<?xml version="1.0"?><content/>'}, ("mimetype", mimetype))


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)

DOCUMENT_SAMPLES = {
    "pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
    "doc": OLE2,
    "xls": OLE2,
    "ppt": OLE2,
    "docx": _ooxml("word"),
    "xlsx": _ooxml("xl"),
    "pptx": _ooxml("ppt"),
    "odt": _opendocument(b"application/vnd.oasis.opendocument.text"),
    "ods": _opendocument(b"application/vnd.oasis.opendocument.spreadsheet"),
    "epub": _opendocument(b"application/epub+zip"),
    "txt": "Réintégration des enfants : notes de terrain.\n".encode(),
    "csv": b"country,programmes\nCD,4\nCO,2\n",
}
