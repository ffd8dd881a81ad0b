"""/sitemap.xml: every live, public page of every language, each translated page with its
translations as hreflang alternates and the English version as x-default."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale, PageViewRestriction

from home.models import StandardPage

from .factories import ResourcePageFactory
from .helpers import LANGUAGE_CODES

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
BASE = "http://testserver"


def sitemap(client):
    """{address: {hreflang: address}} of every page the sitemap lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert root.tag == f"{SITEMAP}urlset"
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        links = url.findall(f"{XHTML}link")
        assert all(link.get("rel") == "alternate" for link in links)
        alternates = {link.get("hreflang"): link.get("href") for link in links}
        assert len(alternates) == len(links), "each language once"
        entries[url.findtext(f"{SITEMAP}loc")] = alternates
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
