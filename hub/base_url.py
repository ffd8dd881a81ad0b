"""The address that absolute links start with: in emails, citations, feeds, the sitemap, the
canonical link and Open Graph tags, robots.txt.

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

Pages: Wagtail starts a page's full URL with its Site record's address (Settings › Sites),
which the demo leaves at http://127.0.0.1:8000 (or http://localhost), so citations, feeds
and the sitemap pointed there whatever host served them. While the site has one Site record,
`public_root_url()` replaces that address with the one above; `HubPage.get_url_parts` uses it
(so `page.full_url` is right in Wagtail's own emails too), and `page_full_url()` gives the same
for a plain `Page` (the sitemap). With several Site records, each has its real address and is
left alone.
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


def known_base_url(request=None):
    """The setting, else the request's address (given, or the one being answered), else "".
    Wagtail passes URL methods any object to cache on in place of a request (a frontend cache's
    `PurgeBatch`): only a request has an address."""
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if configured:
        return configured.rstrip("/")
    if hasattr(request, "get_host"):
        try:
            return f"{request.scheme}://{request.get_host()}"
        except DisallowedHost:
            pass
    return _request_base_url.get()


def admin_base_url(request=None):
    """ "https://hub.example.org", without a final slash ("" if nothing is known)."""
    known = known_base_url(request)
    if known:
        return known
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def public_root_url(root_url, site_count, request=None):
    """The address a page's full URL starts with, instead of its Site record's `root_url`
    (left as it is when there are several Site records)."""
    if site_count != 1:
        return root_url
    return known_base_url(request) or root_url


def public_url_parts(page, parts, request=None):
    """`Page.get_url_parts()` with the public address (above)."""
    if parts is None or parts[1] is None:
        return parts
    site_id, root_url, page_path = parts
    site_count = len({path.site_id for path in page._get_site_root_paths(request)})
    return site_id, public_root_url(root_url, site_count, request), page_path


def page_full_url(page, request=None):
    """The full URL of any page (a `HubPage` or a plain `Page`), from the public address."""
    parts = public_url_parts(page, page.get_url_parts(request), request)
    if parts is None or parts[2] is None:
        return None
    return parts[1] + parts[2]


def absolute_url(path, request=None):
    """ "/en/resources/" -> "https://hub.example.org/en/resources/"."""
    if "://" in path:
        return path
    return admin_base_url(request) + path
