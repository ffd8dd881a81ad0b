"""Whatever a reader (or a bot) puts in the address of a listing or of search, the answer is a
page (input ignored or reported) or a clear 4xx, never a server error.

Hypothesis generates query strings from the listings' own parameters and from hostile ones:
unknown and repeated parameters, array-style names, NUL bytes, invalid UTF-8, search syntax,
huge values, negative and enormous page numbers.
"""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale

from resources.models import GuidanceIndexPage, ProgrammeIndexPage, ResourceIndexPage

from .conftest import demo_for_module

PARAMS = [
    "q", "topic", "country", "region", "type", "audience", "language", "year_from", "year_to",
    "sort", "page", "status", "approach", "serves", "review", "kind", "reported", "protocol",
    "indicator",
]  # fmt: skip
NASTY = [
    "", "0", "-1", "abc", "999999", "99999999999999999999", "1e9", "girls", "CD", "cd",
    "africa", "briefing", "newest", "title", "relevance", '"', "(", ")", "*", ":", "&", "|",
    "!", "'", "\\", "%", "OR 1=1", "<script>alert(1)</script>", "\x00", "a\x00b", "\ufeff",
    "العربية", "réintégration", "niños", "x" * 10_000,
]  # fmt: skip
RAW = ["%ff", "%fe%ff", "%c3%28", "%00", "%e2%82", "%", "%zz", "%d8"]

keys = st.one_of(
    st.sampled_from(PARAMS),
    st.sampled_from(PARAMS).map(lambda p: f"{p}[]"),
    st.sampled_from(PARAMS).map(lambda p: f"{p}[0]"),
    st.text(min_size=1, max_size=12),
)
values = st.one_of(st.sampled_from(NASTY), st.text(max_size=60))
pairs = st.lists(st.tuples(keys, values, st.sampled_from(["", *RAW])), max_size=8)


def query_string(items):
    """Percent-encode the generated pairs, then splice in raw bytes that are not UTF-8."""
    return "&".join(f"{quote(k, safe='[]')}={quote(v, safe='')}{raw}" for k, v, raw in items)


def french_listings():
    """The demo site, with its library, programmes and guidance also in French."""
    french = Locale.objects.get(language_code="fr")
    for model in (ResourceIndexPage, ProgrammeIndexPage, GuidanceIndexPage):
        english = model.objects.get(locale__language_code="en")
        if english.get_translation_or_none(french) is None:
            english.copy_for_translation(french).save_revision().publish()
    return ["resources/", "programmes/", "guidance/", "resources/feed/rss/", "search/"]


demo_site = demo_for_module("--english-only", then=french_listings)


@pytest.fixture
def listings(demo_site, db):
    return demo_site


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_query_string_makes_a_listing_or_search_fail(client, listings, language):
    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,
    )
    @given(pairs)
    def check(items):
        qs = query_string(items)
        for path in listings:
            url = f"/{language}/{path}?{qs}"
            response = client.get(url)
            assert response.status_code < 500, url
            if response.status_code == 200 and "feed" not in path:
                assert f'<html lang="{language}"' in response.content.decode()

    check()


KNOWN_BAD = [
    "page=abc", "page=0", "page=999999", "page=-5", "year_from=abc", "year_to=99999",
    "q=" + "x" * 10_000, "topic=%ff%fe", "q=%C0%AF", "topic=%ed%a0%80", "topic[]=girls",
    "topic=girls&topic=girls", "q=%22%28%2A%3A", "q=%27", "country=ZZ&region=mars",
]  # fmt: skip


def test_known_bad_inputs_answer_with_the_page(client, listings):
    for qs in KNOWN_BAD:
        for path in listings:
            response = client.get(f"/en/{path}?{qs}")
            assert response.status_code == 200, (path, qs)


def test_unknown_values_are_reported_to_the_reader(client, listings):
    content = client.get("/en/resources/?topic=no-such-topic&year_from=abc").content.decode()
    assert "were not recognised and have been ignored" in content
    assert "no-such-topic" in content


CONTROL_CHARACTERS = [
    "/en/%00/", "/fr/%00/", "/en/resources/%00/", "/fr/%01abc/", "/en/a%7Fb/", "/en/%0A/",
    "/ar/%00", "/en/resources/?q=%00", "/en/resources/?sort=%00", "/en/search/?q=a%00b",
    "/en/resources/?topic=%1b[31m", "/en/resources/?%00=girls", "/sitemap.xml?p=%00",
    "/sitemap-en.xml?p=%00",
    "/documents/1/x.pdf?%00", "/admin/login/?next=%00",
]  # fmt: skip


@pytest.mark.parametrize("url", CONTROL_CHARACTERS)
def test_control_characters_in_the_address_get_a_clear_400(client, home_pages, url):
    """A NUL byte (which PostgreSQL cannot compare: it was a 500 there) or any other control
    character, in the path or the query string, anywhere on the site: a styled 400 in the
    reader's language, on SQLite and PostgreSQL alike."""
    response = client.get(url)
    assert response.status_code == 400
    content = response.content.decode()
    assert 'class="site-header"' in content  # the site's own page, not a bare error
    assert 'href="/static/css/hub.css"' in content
    if url.startswith("/en/"):
        assert "This address is not valid" in content


def test_the_400_speaks_the_readers_language(client, home_pages):
    content = client.get("/fr/%00/").content.decode()
    assert '<html lang="fr"' in content
    assert "Cette adresse n’est pas valide" in content


@pytest.mark.parametrize("url", ["/en/%C0%AF/", "/en/%FF%FE/", "/fr/%ED%A0%80/", "/en/%C3%28x/"])
def test_invalid_utf8_in_a_path_is_a_404(client, home_pages, url):
    """Django re-percent-encodes bytes that are not UTF-8: the path names no page."""
    assert client.get(url).status_code == 404
