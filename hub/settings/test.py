"""Settings for the test suite: fast and isolated.

The database still comes from DATABASE_URL, so the same suite runs on SQLite and PostgreSQL.
"""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# A weak hasher: creating users in tests costs microseconds instead of a quarter second.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Each run gets its own cache in memory, never a shared Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole pages are not cached: most tests change content through the ORM, without the signals
# that forget cached pages. tests/test_page_cache.py turns it on.
HUB_PAGE_CACHE = False

# Uploaded files go to a throwaway folder, not the developer's media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="hub-test-media-"))  # noqa: F405


# django-axes needs the request at every authenticate(), and the test client's login() has none:
# it is switched on by the tests of the lockout itself (tests/test_login.py).
AXES_ENABLED = False
# (Django's test runner also sets EMAIL_BACKEND to locmem, so mail.outbox holds the messages.)
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Background tasks run at once, in the test (hub/settings/base.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
