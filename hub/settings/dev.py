"""Local development: debug on, a throwaway secret, mail printed to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - development only, never used in production
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Anonymous pages are cached as in production (hub/page_cache.py), but briefly: a template
# edited here shows within half a minute (at once for anyone logged in).
HUB_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 30))
