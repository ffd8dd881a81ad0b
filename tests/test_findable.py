"""Findable and shareable: each page names its canonical address, describes itself and carries
Open Graph tags for link previews (without any third-party script); /robots.txt names the
sitemap and /favicon.ico answers; and every absolute address (citations, feeds, the sitemap,
the canonical link, Open Graph, robots.txt) starts with the address the site is served from,
or the one configured, never the demo's Site record (http://127.0.0.1:8000)."""

import datetime
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from django.utils import translation
from wagtail.models import Site

from resources.models import ResourceFile

from .conftest import publish_translations
from .factories import DocumentFactory, ImageFactory, ResourcePageFactory

HOST = "hub.example.org"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def head_tags(response):
    """{"canonical": href, "description": content, "og:title": content, ...} of the page's
    <head>; og:locale:alternate as a list."""
    content = response.content.decode()
    head = content.split("</head>", 1)[0]
    tags = {"og:locale:alternate": []}
    for match in re.finditer(r'<meta (name|property)="([^"]+)" content="([^"]*)">', head):
        key, value = match.group(2), unescape(match.group(3))
        if key == "og:locale:alternate":
            tags[key].append(value)
        else:
            tags[key] = value
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', head)
    if canonical:
        (tags["canonical"],) = canonical
    return tags


@pytest.fixture
def demo_site_record(db):
    """The Site record as the demo leaves it: http://127.0.0.1:8000."""
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)


@pytest.fixture
def served_elsewhere(settings, client, demo_site_record):
    """A client reaching the site at http://hub.example.org."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]
    client.defaults["HTTP_HOST"] = HOST
    return client


@pytest.fixture
def report(library):
    page = ResourcePageFactory(
        parent=library,
        title="Girls in the Kivus",
        slug="girls-in-the-kivus",
        summary="How girls  leave armed groups\nin North and South Kivu.",
        publication_date=datetime.date(2008, 5, 20),
        authors="Jane Doe",
        cover_image=ImageFactory(description="A classroom in Goma"),
    )
    ResourceFile.objects.create(page=page, document=DocumentFactory(language="en"))
    return page


def test_a_page_names_its_address_and_describes_itself(served_elsewhere, report):
    tags = head_tags(served_elsewhere.get(report.url))
    address = f"http://{HOST}/en/resources/girls-in-the-kivus/"
    assert tags["canonical"] == address
    assert tags["og:url"] == address
    assert tags["og:title"] == "Girls in the Kivus"
    assert tags["og:type"] == "article"
    assert tags["og:locale"] == "en_GB"
    # The summary, on one line, is the description for search engines and link previews.
    assert tags["description"] == "How girls leave armed groups in North and South Kivu."
    assert tags["og:description"] == tags["description"]
    # The cover, as an image a link preview can fetch from anywhere.
    assert tags["og:image"].startswith(f"http://{HOST}/media/images/")
    assert int(tags["og:image:width"]) > 0 and int(tags["og:image:height"]) > 0
    assert tags["og:image:alt"] == "A classroom in Goma"


def test_no_third_party_script_comes_with_the_tags(client, report):
    content = client.get(report.url).content.decode()
    assert "<script" not in content.split("</head>", 1)[0]
    assert not re.search(r'<script[^>]+src="(https?:)?//', content)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ""),
        ("?page=1", ""),
        ("?page=2", "?page=2"),
        ("?page=99", "?page=2"),  # past the end: the last page, which it shows
        ("?topic=girls&page=2", ""),
        ("?sort=newest&page=2", ""),
        ("?page=two", ""),
    ],
)
def test_each_page_of_a_listing_names_itself_but_a_filtered_one_names_the_listing(
    served_elsewhere, library, query, expected
):
    """Search engines index each page of a series under its own address (not the first
    page's); a filtered, sorted or searched view names the listing itself."""
    for n in range(25):
        ResourcePageFactory(parent=library, title=f"Report {n:02d}", topics=[])
    response = served_elsewhere.get("/en/resources/" + query)
    assert response.status_code == 200
    assert head_tags(response)["canonical"] == f"http://{HOST}/en/resources/{expected}"


def test_search_descriptions_come_first_and_the_site_describes_pages_without_one(
    client, english_home, report
):
    report.search_description = "The 2008 report on girls in the Kivus."
    report.save_revision().publish()
    assert head_tags(client.get(report.url))["description"] == (
        "The 2008 report on girls in the Kivus."
    )
    french_home = head_tags(client.get("/fr/"))
    with translation.override("fr"):
        from django.utils.translation import gettext

        expected = gettext(
            "Guidance, programmes and publications on the reintegration of children "
            "formerly associated with armed forces and armed groups, and on their "
            "psycho-social support."
        )
    assert expected.startswith("Orientations")  # the site's description in French, not English
    assert french_home["description"] == expected
    assert french_home["og:type"] == "website"
    assert french_home["og:locale"] == "fr_FR"


def test_link_previews_name_the_other_languages_of_a_page(client, report):
    publish_translations(report.get_parent().specific)
    publish_translations(report)
    tags = head_tags(client.get("/ar/resources/girls-in-the-kivus/"))
    assert tags["og:locale"] == "ar_AR"
    assert tags["og:locale:alternate"] == ["en_GB", "fr_FR", "es_ES", "pt_PT"]


def test_a_page_without_an_image_has_no_open_graph_image(client, library):
    page = ResourcePageFactory(parent=library, title="No cover", slug="no-cover")
    assert "og:image" not in head_tags(client.get(page.url))


def test_a_missing_page_names_no_canonical_address(client, english_home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "canonical" not in head_tags(response)
    assert "og:url" not in head_tags(response)


def test_citations_feeds_and_sitemap_use_the_address_the_site_is_served_from(
    served_elsewhere, report
):
    client = served_elsewhere
    address = f"http://{HOST}/en/resources/girls-in-the-kivus/"

    page = client.get(report.url)
    assert page.context["citation"].endswith(f" {address}")
    content = page.content.decode()
    assert "127.0.0.1" not in content and "localhost" not in content

    rss = ET.fromstring(client.get("/en/resources/feed/rss/").content)  # noqa: S314
    channel = rss.find("channel")
    assert channel.findtext("link") == f"http://{HOST}/en/resources/"
    assert [item.findtext("link") for item in channel.iter("item")] == [address]
    atom = client.get("/en/resources/feed/atom/").content.decode()
    assert "127.0.0.1" not in atom and f"http://{HOST}/en/resources/feed/atom/" in atom

    sitemap_index = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    sitemaps = [loc.text for loc in sitemap_index.iter(f"{SITEMAP}loc")]
    assert f"http://{HOST}/sitemap-en.xml" in sitemaps
    locations = []
    for sitemap_address in sitemaps:
        sitemap = client.get(sitemap_address.removeprefix(f"http://{HOST}"))
        locations += [loc.text for loc in ET.fromstring(sitemap.content).iter(f"{SITEMAP}loc")]  # noqa: S314
    assert address in locations
    assert all(location.startswith(f"http://{HOST}/") for location in locations)


def test_the_configured_address_wins_over_the_request(settings, served_elsewhere, report):
    settings.WAGTAILADMIN_BASE_URL = "https://hub.coalition.org/"
    response = served_elsewhere.get(report.url)
    address = "https://hub.coalition.org/en/resources/girls-in-the-kivus/"
    assert head_tags(response)["canonical"] == address
    assert response.context["citation"].endswith(f" {address}")
    robots = served_elsewhere.get("/robots.txt").content.decode()
    assert "Sitemap: https://hub.coalition.org/sitemap.xml" in robots.splitlines()


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(served_elsewhere):
    response = served_elsewhere.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: http://{HOST}/sitemap.xml" in lines
    assert not any(line == "Disallow: /" for line in lines)


def test_favicon_ico_is_never_a_404(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response["Location"].startswith("/static/")
        assert "favicon" in response["Location"]
    else:
        assert response["Content-Type"].startswith("image/")
        assert response.content.strip()
