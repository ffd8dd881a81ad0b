"""Settings shared by every environment. No secrets here: production.py reads them from the
environment, dev.py and test.py carry throwaway values."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# The project's apps, each importing only those below it (import-linter holds it: make lint):
# demo → search → home → countries → resources → translations → hub.
INSTALLED_APPS = [
    "demo",
    "search",
    "home",
    "countries",
    "resources",
    "translations",
    "hub",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Text responses gzip-compressed (hub/compression.py): before every middleware that reads
    # or changes the body (LanguageMarksMiddleware), so that it compresses their result.
    # Production puts WhiteNoise before it: static files are compressed already.
    "hub.compression.CompressTextMiddleware",
    # The security headers wrap everything, so even an early answer (a 400) carries them.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "hub.security.ContentSecurityPolicyMiddleware",
    # An upload over the size limit is refused before its body is read (hub/uploads.py).
    "hub.uploads.RefuseOversizedUploads",
    # Whole pages for anonymous readers, from the cache (hub/page_cache.py): inside the security
    # headers, which every answer gets, and outside everything a cached page no longer needs.
    "hub.page_cache.PageCacheMiddleware",
    # Text published in another language than the page's is marked with its `lang`.
    "hub.language_marks.LanguageMarksMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A NUL byte or another control character in the address: 400, before any query.
    "hub.bad_characters.RejectControlCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "hub.two_factor.RequireTwoFactorMiddleware",
    "hub.sessions.IdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "hub.base_url.RequestBaseURLMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Images of children without consent render only in the admin (hub/safeguarding.py).
    "hub.safeguarding.EditorsSeeWithheldImages",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL=postgres://... switches to PostgreSQL (psycopg 3).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable database server answers within seconds (a styled 503, hub/views.py)
    # instead of holding every worker for the operating system's TCP timeout.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")
    )
    # No just-in-time compilation of queries: it pays off on long analytical queries, but a
    # page's queries last milliseconds, and a search or a listing of 50,000 pages is costed
    # high enough to trigger it, adding tens to hundreds of milliseconds of compilation.
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c jit=off")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The server and the background worker (`db_worker`) write to the same file: a transaction
    # takes the write lock when it begins, and waits for the other's, instead of failing with
    # "database is locked" when both try to upgrade a read to a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set, process memory otherwise. When Redis is unreachable the site
# serves uncached and logs it (hub/cache_backend.py); short timeouts keep that fast.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "hub.cache_backend.DegradingRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "hub",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole public pages cached for anonymous readers, with Cache-Control, ETag and Last-Modified
# for a CDN and browsers (hub/page_cache.py, docs/deploy.md "Caching"). Off in the tests' settings;
# in production only with Redis (each process's memory would miss other processes' publishing).
HUB_PAGE_CACHE = True
HUB_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 10 * 60))
# The counts of listings and search, kept until a page changes (hub.page_cache.cached_counts).
HUB_COUNTS_CACHE = True
HUB_PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", 60))
HUB_PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", 5 * 60))
# Addresses with other query parameters (utm_source, anything made up) are served uncached.
# Every listing's filters and the search's parameters are here (tests/test_page_cache.py).
HUB_PAGE_CACHE_PARAMETERS = frozenset(
    ["q", "topic", "country", "region", "type", "audience", "language", "year_from", "year_to",
     "sort", "page", "available", "status", "approach", "serves", "review", "kind", "p"]
)  # fmt: skip
HUB_PAGE_CACHE_MAX_QUERY = 512  # characters
HUB_PAGE_CACHE_VARIANTS = 10_000  # new addresses with a query string per HUB_PAGE_CACHE_SECONDS
HUB_PAGE_CACHE_MAX_BYTES = 32 * 1024 * 1024  # a sitemap of 50,000 addresses with alternates fits

# Login and sessions (docs/deploy.md, "Login and sessions").
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes watches every login (Wagtail's admin login passes the request to authenticate):
# five wrong passwords for one username from one address lock that pair out for 30 minutes.
# Settings › Locked-out logins unlocks (hub/lockout.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "hub.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "hub.lockout.client_ip"
AXES_ENABLE_ADMIN = False  # no django.contrib.admin: the unlock view lives in Wagtail's admin
# The reverse proxies in front of the site whose X-Forwarded-For is believed (hub/lockout.py).
TRUSTED_PROXIES = [
    ip.strip() for ip in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if ip.strip()
]
# Two-step verification (TOTP and recovery codes, hub/two_factor.py): required of everyone who
# can reach the admin when True (production); otherwise for those who set it up.
HUB_REQUIRE_2FA = False
OTP_TOTP_ISSUER = "Resources Hub"
# A session ends after two hours without activity (hub/sessions.py); the CSRF cookie ends
# with the browser session.
HUB_SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", 2 * 60 * 60))
SESSION_COOKIE_AGE = HUB_SESSION_IDLE_TIMEOUT
CSRF_COOKIE_AGE = None

# Background tasks (django-tasks). "default" is where Wagtail sends its own work (the reference
# index, deleting files): done at once, in the request, as without tasks. "background" is for
# work too long for a request (a page subtree submitted for translation,
# translations/localize/submit_languages.py): queued in the database and run by
# `manage.py db_worker` (started by `make run`; docs/deploy.md for production).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# "Translate this page" with its subpages translates more subpages than this in the background.
HUB_TRANSLATE_IN_BACKGROUND_OVER = int(os.environ.get("TRANSLATE_IN_BACKGROUND_OVER", 50))
# A reader's count rewrites the listed rows of up to this many changed translation groups itself
# (a publish: one); more (a move or a view restriction over a large section, a new language)
# are rewritten by the background worker, the listings counting their pages meanwhile
# (resources/models/listed_values.py).
HUB_LISTED_REWRITE_IN_REQUEST = int(os.environ.get("LISTED_REWRITE_IN_REQUEST", 500))

# Languages. Each has its own page tree (a wagtail Locale) and a URL prefix: /en/, /fr/ ...
# Names are in each language's own script, as a reader looks for them.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("pt", "Português"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A CDN purge names each address once: every language's page has its own address, purged when
# that page changes. Left unset, Wagtail would also purge the address with each other
# language's prefix in place of its own (/fr/..., /ar/...: other pages, or none).
WAGTAILFRONTENDCACHE_LANGUAGES = []
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Reintegration & Psycho-social Resources Hub"
# Email: every message goes through hub.mail, which logs what cannot be sent instead of
# failing the action that sent it; EMAIL_DELIVERY_BACKEND does the sending (SMTP by default).
EMAIL_BACKEND = "hub.mail.LoggedEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# Links in emails: from the environment, else the address of the request sending the email
# (hub/base_url.py); never a guessed host and port.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
# No Gravatar: the admin would send a hash of every editor's email address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor an upgrade check: the admin would ask releases.wagtail.org from every superuser's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_IMAGE_MODEL = "hub.HubImage"
WAGTAILDOCS_DOCUMENT_MODEL = "hub.HubDocument"
# Full-text search: on PostgreSQL, stemmed in each language (hub/search_backend.py);
# on SQLite, Wagtail's database backend (FTS5, no stemming).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "hub.search_backend"
        if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
        else "wagtail.search.backends.database",
    }
}
# Documents are always served by Wagtail's view, never by the web server from MEDIA_ROOT, so
# that collection privacy and hub/documents.py decide who may download each one.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# Uploads (hub/uploads.py, hub/media_forms.py): sizes are refused before the body is read,
# pixels from the image's header before anything is decoded, documents whose content is not
# what their extension says with a form error; files are stored under random names.
WAGTAILIMAGES_IMAGE_FORM_BASE = "hub.media_forms.HubImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.media_forms.HubDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(
    os.environ.get("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
)
# 40 megapixels: more than any camera a coalition uses, and at most ~160 MB to decode.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000))

# What the document library accepts: office and text formats only, nothing executable or
# archive-like, and nothing a reader on a slow connection could not reasonably download.
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "epub", "txt", "csv",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024))

# A new translation stays a draft until a reviewer publishes it: never English text under /fr/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Security headers (docs/deploy.md, "Security headers"). No page may be framed, except Wagtail's
# preview, which sets SAMEORIGIN on its own views.
X_FRAME_OPTIONS = "DENY"
# Nothing on the site uses these browser features; a script slipped in could not either.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture",
        "encrypted-media", "geolocation", "gyroscope", "magnetometer", "microphone", "midi",
        "payment", "publickey-credentials-get", "screen-wake-lock", "serial", "usb",
        "xr-spatial-tracking",
    )
}  # fmt: skip
# Public pages: everything from the site itself, no inline script or style at all.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The admin (hub/security.py): nothing from another host either, but Wagtail 7.4's editor still
# starts its widgets (choosers, date pickers, inline panels) with inline scripts and sets style
# attributes in its markup, so both are allowed there; the preview panel frames the site's pages.
HUB_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Machine translation in the translation editor, off unless the environment names a service:
# LIBRETRANSLATE_URL (and LIBRETRANSLATE_API_KEY if the server asks for one), or DEEPL_AUTH_KEY.
# The page's texts are then sent to that service when a translator asks for it.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
# An approved review publishes the revision that was reviewed (hub/workflows.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "hub.workflows.publish_reviewed_revision"
