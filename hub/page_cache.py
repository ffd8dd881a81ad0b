"""Whole public pages, cached for anonymous readers, and the headers that let a CDN and a
browser keep them.

`PageCacheMiddleware` keeps the answer to a reader's GET or HEAD in the `default` cache (Redis
in production, process memory in development; an unreachable Redis is a miss, never an error,
hub/cache_backend.py), so the next reader of the same address gets it without rendering. It
caches only what is the same for every anonymous reader:

- a request that is not Wagtail's preview, without a session or messages cookie (no one logged
  in, no message waiting) nor an Authorization header, outside the admin, whose query string is
  short (at most HUB_PAGE_CACHE_MAX_QUERY characters) and uses only the listings' and search's
  parameters (HUB_PAGE_CACHE_PARAMETERS): an address with any other one is served, not cached;
- an answer 200 that is not streamed (documents are), sets no cookie (a page with a form has a
  CSRF cookie; Wagtail's password form for a private page is one), has no `Cache-Control`
  private, no-store or no-cache, no `Content-Encoding`, varies on nothing but the cookie, the
  language and the encoding, and is at most HUB_PAGE_CACHE_MAX_BYTES. 404s and redirects are not
  cached: they are cheap, and a wrong address must not take room.

The key is a hash of the scheme, the host, the path, the query string with its parameters in a
fixed order, and the language, so its size is bounded whatever the address. Addresses with a
query string are at most HUB_PAGE_CACHE_VARIANTS new entries per HUB_PAGE_CACHE_SECONDS: an
endless supply of `?q=` cannot fill the cache (beyond that they are served uncached).

Entries carry the "pages" generation of hub.cache and are left behind when it changes: when a
page is published, unpublished, moved, deleted or saved while live; when a snippet (topics,
regions, any registered snippet, their translations), a Site, a Locale, a redirect, a page's view
restriction, an image or a document is saved or deleted (`forget_pages`, connected in
hub/apps.py), at once and again when the change commits (hub.cache.bump); a hit reads the
generation and the entry in one round trip (hub.cache.lookup).
They also expire after HUB_PAGE_CACHE_SECONDS, for what changes with the date
alone (guidance past its review date).

Answers it could cache carry `Cache-Control: public, max-age=HUB_PAGE_CACHE_BROWSER_SECONDS,
s-maxage=HUB_PAGE_CACHE_CDN_SECONDS`, an `ETag` and a `Last-Modified`; a browser revalidating
with If-None-Match or If-Modified-Since gets a 304. An answer to a request with a session
cookie, or one setting a cookie, is `private` and `no-store` unless its view said otherwise.
`X-Page-Cache: hit` or `miss` tells which an answer was.

HUB_PAGE_CACHE turns it all off (the tests' settings do; tests/test_page_cache.py turns it on).
"""

import hashlib
import json
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date
from django.utils.translation import get_language_from_request

from .cache import bump, cached, generation, lookup, store

NAMESPACE = "pages"
#: The listings' and search's counts (cached_counts): left behind with the pages, in a
#: namespace of their own so that the benchmark and the tests can leave them behind alone.
COUNTS_NAMESPACE = "listings"
#: The counts of what lists pages of every type (the site's search).
EVERY_PAGE_TYPE = "*"
# What an answer may vary on and still be cached: the key holds the language, the cookies that
# matter keep a request out, and the encoding is applied outside this middleware.
CACHEABLE_VARY = {"cookie", "accept-language", "accept-encoding"}
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name
REFUSED_CACHE_CONTROL = ("private", "no-store", "no-cache")


def cached_counts(parts, build, page_type=EVERY_PAGE_TYPE):
    """The counts of a listing or a search (resources.facets, search.views), built by
    `build()` and kept as cached pages are, under the hash of `parts` (what they depend on
    besides the content, JSON; words may be long), until a page of `page_type` (the listed
    model's label; by default any page) or anything else pages show changes; when
    HUB_COUNTS_CACHE is on (off in production without Redis, as the page cache: each worker
    would keep its own).

    Two generations decide whether they are current: their type's ("listings:<label>") and
    everyone's ("listings"), which the key holds."""
    if not settings.HUB_COUNTS_CACHE:
        return build()
    key = hashlib.sha256(json.dumps(parts).encode()).hexdigest()
    namespace = f"{COUNTS_NAMESPACE}:{page_type}"
    return cached(namespace, f"{generation(COUNTS_NAMESPACE)}:{key}", build)


def forget_counts(page_type=None):
    """The cached counts are left behind (the first view of each selection counts again): of
    the listings of `page_type` and the site's search, or, without a type, all of them."""
    if page_type is None:
        bump(COUNTS_NAMESPACE)
    else:
        bump(f"{COUNTS_NAMESPACE}:{page_type}")
        bump(f"{COUNTS_NAMESPACE}:{EVERY_PAGE_TYPE}")


def forget(page_type=None):
    """Every cached page, and the counts of `page_type`'s listings (all without a type), are
    left behind (now, and again when the change commits: hub.cache.bump)."""
    bump(NAMESPACE)
    forget_counts(page_type)


def forget_pages(sender=None, instance=None, **kwargs):
    """Signal receiver: every cached page is left behind, when `instance` is something pages
    show (or when a page signal names no instance). Of the counts, a page's publication,
    withdrawal, saving or deletion leaves behind only those of its type's listings and the
    search's: the library's first view after a programme is published does not count again.
    Anything else pages show leaves behind all of them, as a move does
    (forget_pages_moved)."""
    if instance is None or isinstance(instance, shown_models()):
        from wagtail.models import Page

        if isinstance(instance, Page) and kwargs.get("created") is False and not instance.live:
            return  # a draft of a page readers do not see
        page_type = None
        if isinstance(instance, Page) and instance.specific_class is not None:
            page_type = instance.specific_class._meta.label_lower
        forget(page_type)


def forget_pages_moved(sender=None, instance=None, **kwargs):
    """Signal receiver (post_page_move): every cached page and every count is left behind, a
    move taking a page and all below it, of any type, in or out of a private part."""
    forget()


def deletion_senders():
    """The models whose deletion `forget_pages` hears of: every model but the bookkeeping rows
    that a page's deletion takes along by the thousand and that readers never see (its
    revisions, workflow states, search index entry, comments, subscriptions, permissions, log
    entries, and models that say `shown_on_pages = False`), so that Django deletes those in one
    statement rather than reading each row to send it a signal. Every model listed here may
    still be shown or not: `forget_pages` decides (shown_models). Snippets are registered after
    the apps are ready, so the list leaves out what is known not to be shown, rather than
    naming what is."""
    from django.apps import apps
    from wagtail.models import (
        BaseLogEntry,
        Comment,
        CommentReply,
        GroupPagePermission,
        PageSubscription,
        Revision,
        TaskState,
        WorkflowState,
    )
    from wagtail.search.models import IndexEntry

    never_shown = (
        BaseLogEntry,
        Comment,
        CommentReply,
        GroupPagePermission,
        IndexEntry,
        PageSubscription,
        Revision,
        TaskState,
        WorkflowState,
    )
    return [
        model
        for model in apps.get_models()
        if getattr(model, "shown_on_pages", True) and not issubclass(model, never_shown)
    ]


def shown_models():
    """The models whose rows pages show or whose rows decide what pages show."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return (
        Page,
        Site,
        Locale,
        Redirect,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
        *get_snippet_models(),
    )


def _is_admin(path):
    from .security import is_admin_path

    return is_admin_path(path)


def cache_key(request):
    """The entry's key for `request`, or None when its answer must not be cached."""
    if not settings.HUB_PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return None
    if getattr(request, "is_dummy", False):
        return None  # Wagtail's preview (PreviewableMixin.make_preview_request)
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
        return None
    if "HTTP_AUTHORIZATION" in request.META or _is_admin(request.path_info):
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > settings.HUB_PAGE_CACHE_MAX_QUERY or len(request.path) > 1000:
        return None
    params = parse_qsl(query, keep_blank_values=True)
    allowed = settings.HUB_PAGE_CACHE_PARAMETERS
    if any(name not in allowed for name, _value in params):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # the inner middleware answers 400
    params.sort(key=lambda pair: pair[0])  # stable: the values of one name keep their order
    language = get_language_from_request(request, check_path=True)
    identity = "\n".join((request.scheme, host, request.path, urlencode(params), language))
    return "hub:page:" + hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()


def storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.has_header("Content-Encoding"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in REFUSED_CACHE_CONTROL):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if not vary <= CACHEABLE_VARY:
        return False
    return len(response.content) <= settings.HUB_PAGE_CACHE_MAX_BYTES


def within_variant_budget():
    """True while fewer than HUB_PAGE_CACHE_VARIANTS addresses with a query string have been
    stored in this period."""
    seconds = settings.HUB_PAGE_CACHE_SECONDS
    key = f"hub:page-variants:{int(time.time() // seconds)}"
    try:
        count = cache.incr(key)
    except ValueError:  # no counter yet (or the cache is down: then storing does nothing)
        cache.add(key, 1, 2 * seconds)
        count = 1
    return count <= settings.HUB_PAGE_CACHE_VARIANTS


def public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.HUB_PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.HUB_PAGE_CACHE_CDN_SECONDS,
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request)
        if key is None:
            return self.private(request, self.get_response(request))
        generation, entry = lookup(NAMESPACE, key)
        if entry is not None:
            content, headers, etag, last_modified = entry
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return self.conditional(request, response, etag, last_modified)
        response = self.get_response(request)
        if not storable(response):
            return self.private(request, response)
        etag = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        last_modified = time.time()
        if not response.has_header("Cache-Control"):
            public_headers(response)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        if not request.META.get("QUERY_STRING") or within_variant_budget():
            headers = list(response.items())
            store(
                key,
                generation,
                (response.content, headers, etag, last_modified),
                settings.HUB_PAGE_CACHE_SECONDS,
            )
        response["X-Page-Cache"] = "miss"
        return self.conditional(request, response, etag, last_modified)

    def private(self, request, response):
        """Someone's own page (a session), or one setting a cookie (a form's CSRF token):
        for nobody else, nor kept anywhere, unless its view said otherwise."""
        if (
            settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies
        ) and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response

    def conditional(self, request, response, etag, last_modified):
        return get_conditional_response(
            request, etag=etag, last_modified=int(last_modified), response=response
        )
