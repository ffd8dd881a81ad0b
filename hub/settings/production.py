"""Production: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, EMAIL_URL,
DEFAULT_FROM_EMAIL. Optional: REDIS_URL (cache), WAGTAILADMIN_BASE_URL, MEDIA_ROOT,
DATABASE_CONN_MAX_AGE, DATABASE_CONNECT_TIMEOUT, SERVER_EMAIL, ADMINS, SENTRY_DSN,
SENTRY_ENVIRONMENT, SECURE_HSTS_SECONDS, SECURE_HSTS_PRELOAD, SECURE_SSL_REDIRECT,
TRUSTED_PROXIES, SESSION_IDLE_TIMEOUT, LOG_LEVEL, PAGE_CACHE, PAGE_CACHE_SECONDS,
PAGE_CACHE_BROWSER_SECONDS, PAGE_CACHE_CDN_SECONDS, FRONTEND_CACHE_URL, CLOUDFLARE_ZONE_ID and
CLOUDFLARE_API_TOKEN, CLOUDFRONT_DISTRIBUTION_ID. README's Production table says what each is.
"""

import os

from .base import *  # noqa: F403
from .environment import admins, email_settings, flag, frontend_cache, required

DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
required("DATABASE_URL")  # base.py has read it; production never falls back to SQLite

# WhiteNoise serves static files straight after the security middleware.
MIDDLEWARE = [
    *MIDDLEWARE[:1],  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],  # noqa: F405
]

# Compressed, content-hashed static files served by WhiteNoise: cache them forever.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)
CONN_HEALTH_CHECKS = True

# Whole pages cached for anonymous readers (hub/page_cache.py): with Redis, shared by every
# worker. In each process's memory a publish handled by one worker would not reach the others'
# copies, so without REDIS_URL it is off unless PAGE_CACHE=1 says otherwise (one worker).
HUB_PAGE_CACHE = flag("PAGE_CACHE", bool(os.environ.get("REDIS_URL")))
# The listings' and search's counts likewise.
HUB_COUNTS_CACHE = HUB_PAGE_CACHE

# A CDN or a caching proxy in front, purged when a page is published, unpublished or deleted
# (docs/deploy.md, "Caching"). Nothing named, nothing purged.
WAGTAILFRONTENDCACHE = frontend_cache(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405

# Login: a code from an authenticator app after the password, for everyone who can reach the
# admin (hub/two_factor.py).
HUB_REQUIRE_2FA = True

# HTTPS only. The proxy in front terminates TLS and says so in X-Forwarded-Proto; plain HTTP is
# redirected, and browsers are told to use HTTPS for a year (HSTS). Preloading (asking browsers
# to ship the host as HTTPS-only) is a commitment to make deliberately: SECURE_HSTS_PRELOAD=1.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = flag("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = flag("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # check --deploy's W021 asks for preloading; leaving it off is the operator's choice above.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# Email: review notifications and password resets must reach people, so production does not
# start without a mail configuration (EMAIL_URL=console: writes them to the log instead).
globals().update(email_settings(required("EMAIL_URL")))
EMAIL_TIMEOUT = 10  # a mail server that does not answer must not hold a worker
DEFAULT_FROM_EMAIL = required("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", "").strip() or DEFAULT_FROM_EMAIL

# Errors: each one is mailed to ADMINS (when set) and sent to Sentry (when SENTRY_DSN is set),
# and always logged.
ADMINS = admins(os.environ.get("ADMINS", ""))
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Server errors, and failures Wagtail only logs (a notification email that failed).
        "django": {"handlers": ["console", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
        "wagtail": {"handlers": ["console", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
    },
}

if os.environ.get("SENTRY_DSN", "").strip():
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"].strip(),
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,  # no user names, addresses, cookies or request bodies
        traces_sample_rate=0,
    )
