"""Following a search: the library's RSS and Atom feeds, with the same filters as the listing,
in the library's language, newest first, with addresses a feed reader can open."""

import datetime
import html
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from resources.models import Topic

from .factories import ResourcePageFactory

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def english_topics(*slugs):
    return list(Topic.objects.filter(locale__language_code="en", slug__in=slugs))


@pytest.fixture
def publications(library):
    for title, year, topics, countries in [
        ("Girls in the Kivus", 2008, ["girls"], ["CD"]),
        ("Schools in Ituri", 2015, ["education"], ["CD"]),
        ("Girl mothers in Gulu", 2012, ["girls"], ["UG"]),
        ("Age verification in Sri Lanka", 2003, ["prevention-of-recruitment"], ["LK"]),
    ]:
        ResourcePageFactory(
            parent=library,
            title=title,
            summary=f"About {title}.",
            publication_date=datetime.date(year, 6, 1),
            topics=english_topics(*topics),
            countries=countries,
        )
    ResourcePageFactory(
        parent=library, title="Girls draft", live=False, topics=english_topics("girls")
    )


def rss(client, query="", path="/en/resources/feed/rss/"):
    response = client.get(path + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    return ET.fromstring(response.content).find("channel")  # noqa: S314 (our own output)


def atom(client, query="", path="/en/resources/feed/atom/"):
    response = client.get(path + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.content)  # noqa: S314 (our own output)


def rss_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(feed):
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


NEWEST_FIRST = [
    "Schools in Ituri",
    "Girl mothers in Gulu",
    "Girls in the Kivus",
    "Age verification in Sri Lanka",
]


def test_rss_lists_live_publications_newest_first(client, publications):
    channel = rss(client)
    assert rss_titles(channel) == NEWEST_FIRST
    assert channel.findtext("title") == "Library"
    first = channel.find("item")
    assert first.findtext("description") == "About Schools in Ituri."
    assert first.findtext("pubDate") == "Mon, 01 Jun 2015 00:00:00 +0000"
    assert first.findtext("category") == "Country report"


def test_atom_lists_live_publications_newest_first(client, publications):
    feed = atom(client)
    assert atom_titles(feed) == NEWEST_FIRST
    assert feed.findtext(f"{ATOM}title") == "Library"
    assert feed.findtext(f"{ATOM}updated").startswith("2015-06-01")


def test_feeds_are_newest_first_whatever_the_listing_is_sorted_by(client, publications):
    assert rss_titles(rss(client, "?sort=title")) == NEWEST_FIRST
    assert atom_titles(atom(client, "?sort=oldest")) == NEWEST_FIRST


def test_feeds_honour_the_listings_filters(client, publications):
    channel = rss(client, "?topic=girls")
    assert rss_titles(channel) == ["Girl mothers in Gulu", "Girls in the Kivus"]
    assert channel.findtext("title") == "Library — Topic: Girls"
    assert channel.findtext("link") == "http://testserver/en/resources/?topic=girls"

    feed = atom(client, "?topic=girls&country=CD")
    assert atom_titles(feed) == ["Girls in the Kivus"]
    assert feed.findtext(f"{ATOM}title") == (
        "Library — Topic: Girls, Country: Democratic Republic of the Congo"
    )

    assert rss_titles(rss(client, "?region=africa&year_from=2010")) == [
        "Schools in Ituri",
        "Girl mothers in Gulu",
    ]
    assert rss_titles(rss(client, "?topic=girls&country=LK")) == []


def test_feed_ignores_unknown_filter_values(client, publications):
    assert rss_titles(rss(client, "?topic=unicorns&country=XX")) == NEWEST_FIRST


def test_feed_of_a_country_without_publications_is_empty(client, publications):
    """Following "new reports on France" before there are any must not send every report."""
    channel = rss(client, "?country=FR")
    assert rss_titles(channel) == []
    assert channel.findtext("title") == "Library — Country: France"


def test_self_link_is_the_filtered_feed(client, publications):
    """A feed reader subscribes to the feed's own address: it must keep the filters."""
    channel = rss(client, "?topic=girls")
    self_link = channel.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == "http://testserver/en/resources/feed/rss/?topic=girls"
    feed = atom(client, "?topic=girls")
    self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == "http://testserver/en/resources/feed/atom/?topic=girls"


def test_links_to_publications_are_absolute(client, publications):
    channel = rss(client)
    for item in channel.findall("item"):
        assert item.findtext("link").startswith("http://testserver/en/resources/")
        assert item.findtext("guid") == item.findtext("link")
    first = channel.find("item").findtext("link")
    assert client.get(first.removeprefix("http://testserver")).status_code == 200

    for entry in atom(client).findall(f"{ATOM}entry"):
        href = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert href.startswith("http://testserver/en/resources/")


def test_feed_language_is_the_librarys_language(client, library, publications):
    assert rss(client).findtext("language") == "en"
    assert atom(client).get(XML_LANG) == "en"

    french = Locale.objects.get(language_code="fr")
    bibliotheque = library.copy_for_translation(french)
    bibliotheque.title = "Bibliothèque"
    bibliotheque.save_revision().publish()
    ResourcePageFactory(
        parent=bibliotheque, title="Les filles au Kivu", publication_date=datetime.date(2009, 1, 1)
    )

    channel = rss(client, path="/fr/resources/feed/rss/?available=1")
    assert channel.findtext("language") == "fr"
    assert channel.findtext("title").startswith("Bibliothèque")
    assert rss_titles(channel) == ["Les filles au Kivu"]
    assert channel.find("item").findtext("link").startswith("http://testserver/fr/resources/")
    assert atom(client, path="/fr/resources/feed/atom/").get(XML_LANG) == "fr"


def test_listing_links_to_both_feeds_with_its_filters(client, publications):
    content = client.get("/en/resources/?topic=girls&country=CD").content.decode()
    follow = re.search(r'<p class="follow">(.*?)</p>', content, re.S).group(1)
    assert "Follow this search:" in follow
    links = {
        text: html.unescape(href)
        for href, text in re.findall(r'<a href="([^"]*)">(\w+)</a>', follow)
    }
    assert links == {
        "RSS": "/en/resources/feed/rss/?topic=girls&country=CD",
        "Atom": "/en/resources/feed/atom/?topic=girls&country=CD",
    }
    # Browsers and feed readers find them in the page's head too.
    assert (
        '<link rel="alternate" type="application/rss+xml" title="This search (RSS)" '
        'href="/en/resources/feed/rss/?topic=girls&amp;country=CD">'
    ) in content
    assert (
        '<link rel="alternate" type="application/atom+xml" title="This search (Atom)" '
        'href="/en/resources/feed/atom/?topic=girls&amp;country=CD">'
    ) in content
    # Following the link gives the search's publications.
    assert rss_titles(rss(client, "?topic=girls&country=CD")) == ["Girls in the Kivus"]


def test_unfiltered_listing_links_to_the_plain_feeds(client, publications):
    content = client.get("/en/resources/").content.decode()
    assert '<a href="/en/resources/feed/rss/">RSS</a>' in content
    assert '<a href="/en/resources/feed/atom/">Atom</a>' in content


@pytest.mark.parametrize("path", ["feed/xml/", "feed/", "feed/RSS/", "feed/rss/extra/"])
def test_other_feed_addresses_are_not_found(client, publications, path):
    assert client.get(f"/en/resources/{path}").status_code == 404
