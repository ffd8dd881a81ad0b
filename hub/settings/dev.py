"""Local development: debug on, a throwaway secret, mail printed to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - development only, never used in production
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
