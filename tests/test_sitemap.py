"""/sitemap.xml: an index of one sitemap per language, paginated, which together list every
live, public page of every language, each translated page with its translations as hreflang
alternates and the English version as x-default; each sitemap page in a constant number of
queries, and a clear 404 for a page or a language that is not there."""

import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from django.contrib.sitemaps import views as django_sitemap_views
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import StandardPage
from hub import sitemap as hub_sitemap

from .factories import ResourcePageFactory
from .helpers import LANGUAGE_CODES

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
BASE = "http://testserver"


@pytest.fixture(autouse=True)
def one_range_of_ids(monkeypatch):
    """Every page in the first range of ids, unless a test sets a smaller range: on PostgreSQL
    a rolled-back test does not give back the ids it used, so later tests' pages have ids far
    above the home pages' (CI saw home pages on ?p=1 and the library on ?p=4)."""
    monkeypatch.setattr(hub_sitemap, "PAGE_SIZE", 10**9)


def xml(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)  # noqa: S314 (our own output)


def index(client):
    """[(address, lastmod)] of the sitemaps /sitemap.xml points to."""
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{SITEMAP}sitemapindex"
    return [
        (entry.findtext(f"{SITEMAP}loc"), entry.findtext(f"{SITEMAP}lastmod"))
        for entry in root.findall(f"{SITEMAP}sitemap")
    ]


def sitemap_page(client, address):
    """{address: {hreflang: address}} of every page one sitemap page lists."""
    root = xml(client, address)
    assert root.tag == f"{SITEMAP}urlset"
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        links = url.findall(f"{XHTML}link")
        assert all(link.get("rel") == "alternate" for link in links)
        alternates = {link.get("hreflang"): link.get("href") for link in links}
        assert len(alternates) == len(links), "each language once"
        entries[url.findtext(f"{SITEMAP}loc")] = alternates
    return entries


def sitemap(client):
    """{address: {hreflang: address}} of every page the sitemaps of the index list."""
    entries = {}
    for address, _lastmod in index(client):
        page = sitemap_page(client, address.removeprefix(BASE))
        assert not entries.keys() & page.keys(), "each page once"
        entries |= page
    return entries


def translate(page, code, title=None, publish=True):
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    if title:
        copy.title = title
    if publish:
        copy.save_revision().publish()
    return copy


def standard_page(parent, title, slug, **fields):
    page = StandardPage(title=title, slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def translated_library(library):
    """The library in English, French and Spanish; one publication in English and French."""
    publication = ResourcePageFactory(parent=library, title="Global Report", slug="global-report")
    translate(library, "fr", "Bibliothèque")
    translate(library, "es", "Biblioteca")
    translate(publication, "fr", "Rapport mondial")
    return library


def test_sitemap_lists_the_home_page_of_every_language(client, home_pages):
    entries = sitemap(client)
    for code in LANGUAGE_CODES:
        assert f"{BASE}/{code}/" in entries
    assert entries[f"{BASE}/ar/"] == {
        "en": f"{BASE}/en/",
        "fr": f"{BASE}/fr/",
        "es": f"{BASE}/es/",
        "ar": f"{BASE}/ar/",
        "pt": f"{BASE}/pt/",
        "x-default": f"{BASE}/en/",
    }


def test_sitemap_lists_live_pages_of_every_language(client, translated_library):
    entries = sitemap(client)
    assert {
        f"{BASE}/en/resources/",
        f"{BASE}/fr/resources/",
        f"{BASE}/es/resources/",
        f"{BASE}/en/resources/global-report/",
        f"{BASE}/fr/resources/global-report/",
    } <= entries.keys()
    assert f"{BASE}/es/resources/global-report/" not in entries
    for address in entries:
        assert client.get(address.removeprefix(BASE)).status_code == 200, address


def test_each_translation_carries_its_alternates_and_english_as_default(client, translated_library):
    entries = sitemap(client)
    library = {
        "en": f"{BASE}/en/resources/",
        "fr": f"{BASE}/fr/resources/",
        "es": f"{BASE}/es/resources/",
        "x-default": f"{BASE}/en/resources/",
    }
    for code in ["en", "fr", "es"]:
        assert entries[f"{BASE}/{code}/resources/"] == library
    report = {
        "en": f"{BASE}/en/resources/global-report/",
        "fr": f"{BASE}/fr/resources/global-report/",
        "x-default": f"{BASE}/en/resources/global-report/",
    }
    assert entries[f"{BASE}/fr/resources/global-report/"] == report
    assert entries[f"{BASE}/en/resources/global-report/"] == report


def test_page_in_one_language_only_has_no_alternates(client, english_home):
    standard_page(english_home, "Only in English", "only-english")
    assert sitemap(client)[f"{BASE}/en/only-english/"] == {}


def test_page_without_an_english_version_has_alternates_and_no_default(client, home_pages):
    """A French page translated into Spanish: both point to each other, and with no English
    version there is no x-default."""
    page = standard_page(home_pages["fr"], "Rapport régional", "rapport-regional")
    translate(page, "es", "Informe regional")
    entries = sitemap(client)
    expected = {
        "fr": f"{BASE}/fr/rapport-regional/",
        "es": f"{BASE}/es/rapport-regional/",
    }
    assert entries[f"{BASE}/fr/rapport-regional/"] == expected
    assert entries[f"{BASE}/es/rapport-regional/"] == expected


def test_drafts_are_left_out(client, english_home, library):
    draft = StandardPage(title="Draft", slug="draft", live=False)
    english_home.add_child(instance=draft)
    ResourcePageFactory(parent=library, title="Unpublished", slug="unpublished", live=False)
    # A translation started but not yet published is no alternate either.
    translate(library, "fr", "Bibliothèque", publish=False)

    entries = sitemap(client)
    assert f"{BASE}/en/draft/" not in entries
    assert f"{BASE}/en/resources/unpublished/" not in entries
    assert f"{BASE}/fr/resources/" not in entries
    assert entries[f"{BASE}/en/resources/"] == {}


def test_password_protected_pages_are_left_out(client, english_home, translated_library):
    members = standard_page(english_home, "Members only", "members")
    standard_page(members, "Minutes", "minutes")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    french_library = translated_library.get_translation(Locale.objects.get(language_code="fr"))
    PageViewRestriction.objects.create(
        page=french_library, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    entries = sitemap(client)
    assert f"{BASE}/en/members/" not in entries
    assert f"{BASE}/en/members/minutes/" not in entries
    assert f"{BASE}/fr/resources/" not in entries
    assert f"{BASE}/fr/resources/global-report/" not in entries
    # The English library no longer points readers to the closed French one.
    assert entries[f"{BASE}/en/resources/"] == {
        "en": f"{BASE}/en/resources/",
        "es": f"{BASE}/es/resources/",
        "x-default": f"{BASE}/en/resources/",
    }
    assert entries[f"{BASE}/en/resources/global-report/"] == {}


def test_the_index_points_to_one_sitemap_per_language_with_its_latest_change(
    client, translated_library
):
    translated_library.save_revision().publish()
    translated_library.refresh_from_db()
    entries = dict(index(client))
    assert list(entries) == [f"{BASE}/sitemap-{code}.xml" for code in LANGUAGE_CODES]
    # The latest publication in the language (the home pages the migrations made have none).
    lastmod = datetime.fromisoformat(entries[f"{BASE}/sitemap-en.xml"])
    assert lastmod == translated_library.last_published_at
    french = datetime.fromisoformat(entries[f"{BASE}/sitemap-fr.xml"])
    assert french < lastmod
    assert entries[f"{BASE}/sitemap-ar.xml"] is None
    english = sitemap_page(client, "/sitemap-en.xml")
    assert f"{BASE}/en/resources/global-report/" in english
    assert all(address.startswith(f"{BASE}/en/") for address in english)
    assert set(sitemap_page(client, "/sitemap-fr.xml")) == {
        f"{BASE}/fr/",
        f"{BASE}/fr/resources/",
        f"{BASE}/fr/resources/global-report/",
    }


def test_a_language_with_more_pages_than_a_sitemap_holds_is_split(client, library, monkeypatch):
    """Each sitemap page holds the pages of one range of PAGE_SIZE ids, so a page stays on the
    same sitemap page as others are added; ranges with none of the language's pages are
    left out of the index."""
    monkeypatch.setattr(hub_sitemap, "PAGE_SIZE", 4)
    for n in range(9):
        ResourcePageFactory(parent=library, slug=f"report-{n}")
    # English: the home page, the library and 9 publications = 11 pages.
    english = [address for address, _lastmod in index(client) if "/sitemap-en" in address]
    assert len(english) >= 3
    assert all(
        address == f"{BASE}/sitemap-en.xml" or address.startswith(f"{BASE}/sitemap-en.xml?p=")
        for address in english
    )
    pages = [sitemap_page(client, address.removeprefix(BASE)) for address in english]
    assert all(1 <= len(page) <= 4 for page in pages)
    listed = [address for page in pages for address in page]
    assert len(listed) == len(set(listed)) == 11
    assert {f"{BASE}/en/resources/report-{n}/" for n in range(9)} <= set(listed)

    before = {address: set(sitemap_page(client, address.removeprefix(BASE))) for address in english}
    ResourcePageFactory(parent=library, slug="report-9")
    for address, pages_before in before.items():
        assert pages_before <= set(sitemap_page(client, address.removeprefix(BASE)))


@pytest.mark.parametrize(
    "address",
    [
        "/sitemap-en.xml?p=99999",
        "/sitemap-en.xml?p=0",
        "/sitemap-en.xml?p=-1",
        "/sitemap-en.xml?p=abc",
        "/sitemap-en.xml?p=1.5",
        "/sitemap-en.xml?p=%D9%A3",
        "/sitemap-en.xml?p=99999999999999999999999",
        "/sitemap-xx.xml",
        "/sitemap-.xml",
        "/sitemap-en-gb.xml",
    ],
)
def test_a_sitemap_page_that_is_not_there_is_a_404(client, library, monkeypatch, address):
    monkeypatch.setattr(hub_sitemap, "PAGE_SIZE", 4)
    for n in range(9):
        ResourcePageFactory(parent=library, slug=f"report-{n}")
    last = index(client)[-1][0]
    assert client.get(last.removeprefix(BASE)).status_code == 200
    assert client.get(address).status_code == 404


def test_each_sitemap_page_costs_the_same_queries_with_few_and_many_pages(client, library):
    """Nothing is read page by page: the rows of the sitemap page, then the alternates of those
    pages in one query."""

    def queries(address):
        with CaptureQueriesContext(connection) as context:
            response = client.get(address)
        assert response.status_code == 200
        return len(context.captured_queries), response.content.count(b"<url>")

    def add(count, start):
        for n in range(start, start + count):
            page = ResourcePageFactory(parent=library, slug=f"report-{n}")
            if n % 2 == 0:
                translate(page, "fr")

    translate(library, "fr")
    client.get("/sitemap-en.xml")  # site addresses cached, as on a running site
    add(3, 0)
    few = queries("/sitemap-en.xml"), queries("/sitemap-fr.xml"), queries("/sitemap.xml")[0]
    add(27, 3)
    many = queries("/sitemap-en.xml"), queries("/sitemap-fr.xml"), queries("/sitemap.xml")[0]
    assert few[0][1] == 2 + 3 and many[0][1] == 2 + 30  # home, library, publications
    assert few[1][1] == 2 + 2 and many[1][1] == 2 + 15
    assert [few[0][0], few[1][0], few[2]] == [many[0][0], many[1][0], many[2]]
    assert many[0][0] <= 8


def test_addresses_are_the_pages_own_full_urls(client, settings, home_pages, translated_library):
    """The sitemap makes each address the way Wagtail's Page.get_url_parts does (a site root
    path, its language's prefix, the url_path quoted), without a page object: the same as
    page.full_url, for every page, a slug in Arabic script included, at the configured public
    address."""
    settings.WAGTAILADMIN_BASE_URL = "https://hub.example.org"
    arabic = standard_page(home_pages["ar"], "عن التحالف", "عن-التحالف")
    for upstream in (Page.get_url_parts, Site.get_site_root_paths):
        assert callable(upstream)
    assert callable(django_sitemap_views.x_robots_tag)
    assert callable(wagtail_sitemap_views.sitemap)
    listed = {}
    for address, _lastmod in index(client):
        assert address.startswith("https://hub.example.org/sitemap-")
        listed |= sitemap_page(client, address.removeprefix("https://hub.example.org"))
    expected = {page.specific.full_url for page in Page.objects.live().filter(depth__gt=1)}
    assert set(listed) == expected
    assert arabic.full_url in listed
    assert "%D8%B9" in arabic.full_url  # percent-encoded, as reverse() writes it
    assert listed["https://hub.example.org/en/resources/"]["fr"] == (
        "https://hub.example.org/fr/resources/"
    )
