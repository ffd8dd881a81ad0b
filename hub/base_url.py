"""The address that links in emails start with.

WAGTAILADMIN_BASE_URL when the environment sets it; otherwise the address of the request that
sends the email (the admin as its user reached it: the right host and port, whatever address
the site runs on); for an email sent outside any request (a management command), the default
site's own address (Settings › Sites).

Wagtail's notification emails start their links with the setting alone (`base_url_setting` in
the template `wagtailadmin/notifications/base.txt`), and the setting used to default to
http://127.0.0.1:8000, so links pointed at port 8000 wherever the site ran.
templates/wagtailadmin/notifications/base.txt replaces Wagtail's with the same text, its links
starting with `admin_base_url` (hub_tags); the site's own emails use `admin_base_url()`.
`RequestBaseURLMiddleware` remembers each request's address while it is answered.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import DisallowedHost
from wagtail.models import Site

UPSTREAM_TEMPLATE = "wagtailadmin/notifications/base.txt"

_request_base_url = ContextVar("request_base_url", default="")


class RequestBaseURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            base = f"{request.scheme}://{request.get_host()}"
        except DisallowedHost:
            base = ""  # answered with a 400 by Django's own middleware
        token = _request_base_url.set(base)
        try:
            return self.get_response(request)
        finally:
            _request_base_url.reset(token)


def admin_base_url():
    """ "https://hub.example.org", without a final slash ("" if nothing is known)."""
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if configured:
        return configured.rstrip("/")
    if _request_base_url.get():
        return _request_base_url.get()
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""
