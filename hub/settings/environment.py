"""Reading production's configuration from the environment: plain functions of strings, so that
each rule (what is required, what an EMAIL_URL means) is tested without starting Django."""

import os
from email.utils import getaddresses
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required in production.")
    return value


def flag(name, default):
    """A yes/no variable: 1, true, yes, on (any case) mean yes; unset means `default`."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in {"1", "true", "yes", "on"}


# EMAIL_URL schemes: (backend, use TLS after connecting, use implicit TLS, default port).
SMTP = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_SCHEMES = {
    "smtp": (SMTP, False, False, 25),
    "smtp+tls": (SMTP, True, False, 587),
    "smtp+ssl": (SMTP, False, True, 465),
}
CONSOLE = "django.core.mail.backends.console.EmailBackend"


def email_settings(url):
    """Django's EMAIL_* settings from an EMAIL_URL:

    - `smtp+tls://user:password@host:587`: SMTP with STARTTLS (the usual submission port);
    - `smtp+ssl://user:password@host:465`: SMTP over TLS from the start;
    - `smtp://host:25`: plain SMTP (a relay on the same machine or network);
    - `console:`: no mail server; messages are written to the log (an explicit choice).

    The user name and password are percent-decoded (`p%40ss` is `p@ss`). Anything else is
    refused, so that a typing mistake cannot silently leave the site without email.

    The backend it names is EMAIL_DELIVERY_BACKEND: every email goes through EMAIL_BACKEND,
    hub.mail.LoggedEmailBackend, which hands it to that one and logs a failure (hub/mail.py)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "console":
        return {"EMAIL_DELIVERY_BACKEND": CONSOLE}
    if parts.scheme not in EMAIL_SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with {', '.join(f'{s}://' for s in EMAIL_SCHEMES)} "
            f"or be console: (got {parts.scheme!r})."
        )
    backend, use_tls, use_ssl, default_port = EMAIL_SCHEMES[parts.scheme]
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL has no host name.")
    return {
        "EMAIL_DELIVERY_BACKEND": backend,
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }


def admins(value):
    """ADMINS from "Ana Silva <ana@example.org>, ops@example.org": (name, address) pairs."""
    return [(name or address, address) for name, address in getaddresses([value]) if address]


def frontend_cache(environ):
    """WAGTAILFRONTENDCACHE from the environment, {} when no CDN or cache is named: what
    `wagtail.contrib.frontend_cache` purges when a page is published, unpublished or deleted.

    - FRONTEND_CACHE_URL=http://127.0.0.1:6081: a Varnish or nginx cache in front of the site,
      sent a PURGE request for each address;
    - CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN (a token allowed to purge that zone);
    - CLOUDFRONT_DISTRIBUTION_ID (credentials from the usual AWS_* variables; needs boto3).

    Several may be set; each is purged."""
    backends = {}
    url = environ.get("FRONTEND_CACHE_URL", "").strip()
    if url:
        if urlsplit(url).scheme not in {"http", "https"} or not urlsplit(url).hostname:
            raise ImproperlyConfigured("FRONTEND_CACHE_URL must be an http:// or https:// address.")
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": url,
        }
    zone = environ.get("CLOUDFLARE_ZONE_ID", "").strip()
    token = environ.get("CLOUDFLARE_API_TOKEN", "").strip()
    if zone or token:
        if not (zone and token):
            raise ImproperlyConfigured(
                "CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN go together: set both or neither."
            )
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": token,
        }
    distribution = environ.get("CLOUDFRONT_DISTRIBUTION_ID", "").strip()
    if distribution:
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends
