"""What crawlers and browsers ask for at the root of the site: /robots.txt and /favicon.ico.

robots.txt keeps crawlers out of the admin and names the sitemap index (hub/sitemap.py) at the
site's public address (hub/base_url.py). /favicon.ico, which browsers and feed readers ask for
whatever the page's <link rel="icon"> says, redirects to the site's icon among the static
files; until the site has one, it answers with a small built-in mark rather than a 404.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .base_url import absolute_url

# The first of these that the static files have is the site's icon.
FAVICONS = ["favicon.ico", "img/favicon.ico", "img/favicon.svg", "favicon.svg"]

PLACEHOLDER_ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
    '<rect width="32" height="32" rx="6" fill="#1d4f6e"/>'
    '<path d="M10 24V8h7a5 5 0 0 1 0 10h-7m7 0 5 6" fill="none" stroke="#fff" '
    'stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>'
)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'), request)}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@cache
def static_favicon():
    """The path of the site's icon among the static files, or None."""
    for path in FAVICONS:
        if finders.find(path) or _collected(path):
            return path
    return None


def _collected(path):
    try:
        return staticfiles_storage.exists(path)
    except Exception:  # noqa: BLE001 - no collected static files: not there
        return False


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    path = static_favicon()
    if path is not None:
        return HttpResponseRedirect(static(path))
    return HttpResponse(PLACEHOLDER_ICON, content_type="image/svg+xml")
