"""The sitemap: /sitemap.xml is a sitemap index pointing at each language's sitemap,
/sitemap-<language>.xml, in pages (`?p=2`, ...): page n holds the language's pages whose id is
in the n-th range of `PAGE_SIZE` ids, far below the protocol's 50,000 addresses. A page thus
stays on the same sitemap page as the site grows, and each index entry carries the latest
change among its own pages, so a crawler reads again only the sitemap pages that changed;
ranges with none of a language's pages are left out (and answer 404). Together they list
every live, public page of every language's tree, each with its translations as hreflang
alternates (and x-default, the default language's version), at the site's public address
(hub/base_url.py).

What it replaces: Wagtail's sitemap (`wagtail.contrib.sitemaps.views.sitemap`) lists the
descendants of the site's root page, which is the English home page: the other languages'
trees are its siblings, so they were missing. And Django's sitemap views
(`django.contrib.sitemaps.views.index` and `.sitemap`) build every address from a page object
(`Page.get_url_parts`, a `reverse()` each) through a template, and the index reads every item
into Python for its lastmod: 42 s and 443 MB for one sitemap of 50,000 resources. Here each
sitemap page reads only its own rows (a few columns, no page objects), the alternates of only
those pages in one more query, and writes the XML directly; the index reads every language's
ranges in one grouped query. Addresses are made as `Page.get_url_parts` makes them (the first
matching site root path, its language's prefix from `reverse("wagtail_serve")`, the rest of
the url_path quoted as `reverse` quotes it); tests/test_sitemap.py holds them equal to
`page.full_url` and finds the upstream pieces by name.
"""

from urllib.parse import quote
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import BigIntegerField, Case, ExpressionWrapper, F, Max, Q, Value, When
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

# Page ids per sitemap page, so at most this many addresses: 5,000 is about 1 MB of XML,
# written in a fraction of a second; the protocol allows 50,000.
PAGE_SIZE = 5_000

# The characters `reverse()` leaves unquoted in a path (django.urls.resolvers).
URL_SAFE = RFC3986_SUBDELIMS + "/~:@"


def xml_text(address):
    """An address as XML text: quoted as above, only "&" can need escaping."""
    return escape(address) if "&" in address else address


def first_segment(url_path):
    """ "/home-fr/resources/x/" -> "/home-fr/"; "/" -> ""."""
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
    def _public_pages(self):
        # public() reads the view restrictions (one query): once per request.
        return Page.objects.live().public().order_by()

    def public_pages(self):
        """Live, public pages of the whole tree."""
        return self._public_pages.all()

    @cached_property
    def _live_pages(self):
        if not self.homes:
            return Page.objects.none()
        in_site = Q()
        for path in self.homes.values():
            in_site |= Q(path__startswith=path)
        return self.public_pages().filter(in_site)

    def live_pages(self):
        """Live, public pages of every language's tree (not page objects: callers pick the
        columns)."""
        return self._live_pages.all()

    def address(self, url_path):
        """(full address, language) of the page at `url_path`, as `Page.get_url_parts`."""
        candidates = self.prefixes.get(first_segment(url_path), ())
        if "" in self.prefixes:  # a site whose root is the tree's root, "/", comes last
            candidates = (*candidates, *self.prefixes[""])
        for root_path, base, code in candidates:
            if url_path.startswith(root_path):
                return base + quote(url_path[len(root_path) :], safe=URL_SAFE), code
        return None, None

    def lastmod(self):
        return Coalesce("last_published_at", "latest_revision_created_at")


def bucket():
    """The sitemap page a page is on: its id // PAGE_SIZE (integer division on PostgreSQL and
    SQLite)."""
    return ExpressionWrapper(F("id") / PAGE_SIZE, output_field=BigIntegerField())


@x_robots_tag
@require_safe
def index(request):
    """/sitemap.xml: each language's sitemap pages, each with the latest change on it."""
    context = SitemapRequest(request)
    tree = Case(
        *[When(path__startswith=path, then=Value(code)) for code, path in context.homes.items()],
        default=Value(""),
    )
    counts = (
        context.live_pages()
        .annotate(tree=tree, bucket=bucket())
        .values("tree", "bucket")
        .annotate(last=Max(context.lastmod()))
    )
    entries = []
    latest = None
    rows = sorted(counts, key=lambda row: (language_order(row["tree"]), row["bucket"]))
    for row in rows:
        location = absolute_url(reverse("sitemap_language", args=(row["tree"],)), request)
        if row["bucket"]:
            location = f"{location}?p={row['bucket'] + 1}"
        entries.append(SitemapIndexItem(location, row["last"]))
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


def page_number(request):
    """?p=<n> (1 if absent) as a number of at most 12 digits, or a 404."""
    number = request.GET.get("p", "1")
    if not (number.isascii() and number.isdigit() and 0 < len(number) <= 12 and int(number)):
        raise Http404("No such sitemap page")
    return int(number)


@x_robots_tag
@require_safe
def language_sitemap(request, language):
    """/sitemap-<language>.xml?p=<n>: a language's pages whose id is in the n-th range of
    PAGE_SIZE ids, with their alternates. A page stays on the same sitemap page for good, so
    the lastmod of each in the index says which ones a crawler needs to read again; a range
    with none of the language's pages is a 404 (except the first, an empty list)."""
    context = SitemapRequest(request)
    if language not in context.homes:
        raise Http404("No sitemap for this language")
    number = page_number(request)
    first_id = (number - 1) * PAGE_SIZE
    pages = (
        context.live_pages()
        .filter(path__startswith=context.homes[language])
        .filter(id__gte=first_id, id__lt=first_id + PAGE_SIZE)
    )
    rows = list(
        pages.order_by("path")
        .annotate(modified=context.lastmod())
        .values_list("url_path", "translation_key", "modified")
    )
    if not rows and number > 1:
        raise Http404("No such sitemap page")

    versions = {}  # translation_key: {language: address}
    if rows:
        # The same rows as a subquery: no list of thousands of keys sent back to the database.
        keys = pages.values("translation_key")
        # Found through the index on translation_key; whether each is in one of the site's
        # language trees is checked here, on a handful of rows per page.
        alternates = (
            context.public_pages()
            .filter(translation_key__in=keys)
            .values_list("translation_key", "path", "url_path")
        )
        own_tree = context.homes[language]
        trees = tuple(context.homes.values())
        for key, path, url_path in alternates:
            if path.startswith(own_tree) or not path.startswith(trees):
                continue
            location, code = context.address(url_path)
            if location:
                versions.setdefault(key, {})[code] = xml_text(location)

    xml = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    latest = None
    zone = timezone.get_current_timezone()
    order = {code: language_order(code) for code, _name in settings.LANGUAGES}
    default = settings.LANGUAGE_CODE
    for url_path, key, modified in rows:
        location, code = context.address(url_path)
        if location is None:
            continue
        location = xml_text(location)
        xml.append(f"<url><loc>{location}</loc>")
        if modified:
            latest = modified if latest is None or modified > latest else latest
            xml.append(f"<lastmod>{modified.astimezone(zone).date().isoformat()}</lastmod>")
        others = versions.get(key)
        if others:
            # A page in one language only has no alternates; x-default is not one.
            links = {**others, code: location}
            for other in sorted(links, key=lambda code: order.get(code) or language_order(code)):
                xml.append(
                    f'<xhtml:link rel="alternate" hreflang="{other}" href="{links[other]}"/>'
                )
            if default in links:
                xml.append(
                    f'<xhtml:link rel="alternate" hreflang="x-default" href="{links[default]}"/>'
                )
        xml.append("</url>\n")
    xml.append("</urlset>\n")
    response = HttpResponse("".join(xml), content_type="application/xml")
    if latest:
        response["Last-Modified"] = http_date(latest.timestamp())
    return response
