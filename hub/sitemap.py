"""The sitemap: /sitemap.xml is a sitemap index pointing at one sitemap per language,
/sitemap-<language>.xml, paginated (`?p=2`, ...) at `PAGE_SIZE` addresses each, far below the
protocol's 50,000. Each lists every live, public page of that language's tree, each with its
translations as hreflang alternates (and x-default, the default language's version), at the
site's public address (hub/base_url.py). Every index entry carries the lastmod of its language.

What it replaces: Wagtail's sitemap (`wagtail.contrib.sitemaps.views.sitemap`) lists the
descendants of the site's root page, which is the English home page: the other languages'
trees are its siblings, so they were missing. And Django's sitemap views
(`django.contrib.sitemaps.views.index` and `.sitemap`) build every address from a page object
(`Page.get_url_parts`, a `reverse()` each) through a template, and the index reads every item
into Python for its lastmod: 42 s and 443 MB for one sitemap of 50,000 resources. Here each
sitemap page reads only its own rows (a few columns, no page objects), the alternates of only
those pages in one more query, and writes the XML directly; the index counts each language in
one grouped query. Addresses are made as `Page.get_url_parts` makes them (the first matching
site root path, its language's prefix from `reverse("wagtail_serve")`, the rest of the
url_path quoted as `reverse` quotes it); tests/test_sitemap.py holds them equal to
`page.full_url` and finds the upstream pieces by name.
"""

import math
from urllib.parse import quote
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Case, Count, Max, Q, Value, When
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.http import RFC3986_SUBDELIMS, http_date
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from .base_url import absolute_url, public_root_url
from .i18n import home_pages, language_order

# Addresses per sitemap page: a page of 5,000 is about 1 MB of XML and is written in well
# under 200 ms; the protocol allows 50,000.
PAGE_SIZE = 5_000

# The characters `reverse()` leaves unquoted in a path (django.urls.resolvers).
URL_SAFE = RFC3986_SUBDELIMS + "/~:@"


def first_segment(url_path):
    """ "/home-fr/resources/x/" -> "/home-fr/"."""
    return url_path[: url_path.find("/", 1) + 1]


class SitemapRequest:
    """What one request for the index or a sitemap page needs: the site's home page of each
    language, and how to turn a url_path into a full address."""

    def __init__(self, request):
        self.request = request
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        self.homes = {
            code: path
            for path, code in home_pages(site).values_list("path", "locale__language_code")
        }
        roots = Site.get_site_root_paths()
        site_count = len({root.site_id for root in roots})
        # The root paths in Wagtail's order (most specific first), grouped by the first segment
        # of their path ("/home-fr/"), so that each address is looked up among a few.
        self.prefixes = {}
        for root in roots:
            with translation.override(root.language_code):
                serve = reverse("wagtail_serve", args=("",))
            base = public_root_url(root.root_url, site_count, request) + serve
            self.prefixes.setdefault(first_segment(root.root_path), []).append(
                (root.root_path, base, root.language_code)
            )

    @cached_property
    def _live_pages(self):
        if not self.homes:
            return Page.objects.none()
        in_site = Q()
        for path in self.homes.values():
            in_site |= Q(path__startswith=path)
        # public() reads the view restrictions (one query): once per request.
        return Page.objects.live().public().filter(in_site).order_by()

    def live_pages(self):
        """Live, public pages of every language's tree (not page objects: callers pick the
        columns)."""
        return self._live_pages.all()

    def address(self, url_path):
        """(full address, language) of the page at `url_path`, as `Page.get_url_parts`."""
        for root_path, base, code in self.prefixes.get(first_segment(url_path), ()):
            if url_path.startswith(root_path):
                return base + quote(url_path[len(root_path) :], safe=URL_SAFE), code
        return None, None

    def lastmod(self):
        return Coalesce("last_published_at", "latest_revision_created_at")


@x_robots_tag
@require_safe
def index(request):
    """/sitemap.xml: each language's sitemap pages, each with the language's latest change."""
    context = SitemapRequest(request)
    tree = Case(
        *[When(path__startswith=path, then=Value(code)) for code, path in context.homes.items()],
        default=Value(""),
    )
    counts = (
        context.live_pages()
        .annotate(tree=tree)
        .values("tree")
        .annotate(pages=Count("pk"), last=Max(context.lastmod()))
    )
    entries = []
    latest = None
    for row in sorted(counts, key=lambda row: language_order(row["tree"])):
        location = absolute_url(reverse("sitemap_language", args=(row["tree"],)), request)
        for number in range(1, math.ceil(row["pages"] / PAGE_SIZE) + 1):
            page_location = location if number == 1 else f"{location}?p={number}"
            entries.append(SitemapIndexItem(page_location, row["last"]))
        if row["last"] and (latest is None or row["last"] > latest):
            latest = row["last"]
    headers = {"Last-Modified": http_date(latest.timestamp())} if latest else None
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
        headers=headers,
    )


@x_robots_tag
@require_safe
def language_sitemap(request, language):
    """/sitemap-<language>.xml?p=<n>: one page of a language's pages, with their alternates."""
    context = SitemapRequest(request)
    if language not in context.homes:
        raise Http404("No sitemap for this language")
    pages = (
        context.live_pages()
        .filter(path__startswith=context.homes[language])
        .order_by("path")
        .annotate(modified=context.lastmod())
        .values_list("url_path", "translation_key", "modified")
    )
    try:
        page = Paginator(pages, PAGE_SIZE).page(request.GET.get("p", 1))
    except InvalidPage as error:
        raise Http404("No such sitemap page") from error
    rows = list(page.object_list)

    versions = {}  # translation_key: {language: address}
    if rows:
        # The same rows as a subquery: no list of thousands of keys sent back to the database.
        keys = pages.values("translation_key")[page.start_index() - 1 : page.end_index()]
        alternates = (
            context.live_pages()
            .filter(translation_key__in=keys)
            .exclude(path__startswith=context.homes[language])
            .values_list("translation_key", "url_path")
        )
        for key, url_path in alternates:
            location, code = context.address(url_path)
            if location:
                versions.setdefault(key, {})[code] = escape(location)

    xml = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    latest = None
    zone = timezone.get_current_timezone()
    for url_path, key, modified in rows:
        location, code = context.address(url_path)
        if location is None:
            continue
        location = escape(location)
        xml.append(f"<url><loc>{location}</loc>")
        if modified:
            latest = modified if latest is None or modified > latest else latest
            xml.append(f"<lastmod>{modified.astimezone(zone).date().isoformat()}</lastmod>")
        others = versions.get(key)
        if others:
            # A page in one language only has no alternates; x-default is not one.
            links = {**others, code: location}
            for other in sorted(links, key=language_order):
                xml.append(
                    f'<xhtml:link rel="alternate" hreflang="{other}" href="{links[other]}"/>'
                )
            if settings.LANGUAGE_CODE in links:
                xml.append(
                    '<xhtml:link rel="alternate" hreflang="x-default" '
                    f'href="{links[settings.LANGUAGE_CODE]}"/>'
                )
        xml.append("</url>\n")
    xml.append("</urlset>\n")
    response = HttpResponse("".join(xml), content_type="application/xml")
    if latest:
        response["Last-Modified"] = http_date(latest.timestamp())
    return response
