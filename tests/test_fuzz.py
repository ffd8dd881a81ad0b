"""Proof under attack: thousands of hostile requests to every public address, and not one
server error.

Hypothesis builds each request from the site's real public addresses (/, each language's home,
the listings, search, the feeds, the sitemap, documents, the country profiles and their
downloads, every live page) and then attacks it:
query strings from every listing's and search's parameters with hostile values (from
tests/test_bad_input.py), path segments replaced, inserted or appended (NUL, "..", overlong,
unicode, raw and broken percent-escapes), and malformed language prefixes. Every answer must be
below 500.

The count comes from HUB_FUZZ_REQUESTS (300 here, so `make test` stays fast). `make fuzz` runs
10,000 under the production settings on PostgreSQL, with a new random seed each time
(HUB_FUZZ_RANDOM=1); CI runs 1,000 the same way, derandomized. Failures are collected, not
stopped at, so one run reports every kind of address that fails.
"""

import os
from collections import Counter
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.models import Page

from countries.models import CountryIndexPage, CountryPage, Indicator, Observation
from resources.models import ResourceFile, ResourceIndexPage, Topic

from .conftest import publish_translations
from .factories import (
    DocumentFactory,
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    NationalCoalitionPageFactory,
    NetworkIndexPageFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
    RegionalNetworkPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from .helpers import LANGUAGE_CODES
from .test_bad_input import NASTY, pairs, query_string

REQUESTS = int(os.environ.get("HUB_FUZZ_REQUESTS", "300"))
BATCH = 10  # requests per Hypothesis example

SEGMENTS = [
    "\x00", "%00", "a%00b", "..", "%2e%2e", "%2F", "%5C", "", ".", "~", "x" * 5000,
    "%ff", "%c3%28", "%", "%zz", "%e2%82", "العربية", "réintégration", "\ufeff", "\u202e",
    "😀", "<script>", "'", '"', "?", "#", ";", "admin", "feed", "rss", "atom", "999999",
    "-1", "page", "%252e%252e", "\r\n", "\t", " ",
]  # fmt: skip
LANGUAGE_PREFIXES = [
    *LANGUAGE_CODES, "xx", "EN", "en-us", "en_GB", "zh-hans", "e", "%00", "\x00", "ar%ff", "",
]  # fmt: skip


def segment():
    return st.one_of(
        st.sampled_from(SEGMENTS),
        st.sampled_from(NASTY).map(lambda value: quote(value, safe="")),
        st.text(max_size=30).map(lambda value: quote(value, safe="")),
        st.text(max_size=30),
    )


@st.composite
def hostile_path(draw, addresses):
    """A real public address, maybe with one segment or the language attacked."""
    path = draw(st.sampled_from(addresses))
    parts = path.strip("/").split("/") if path.strip("/") else []
    action = draw(st.sampled_from(["keep", "replace", "insert", "append", "language"]))
    if action == "replace" and parts:
        parts[draw(st.integers(0, len(parts) - 1))] = draw(segment())
    elif action == "insert":
        parts.insert(draw(st.integers(0, len(parts))), draw(segment()))
    elif action == "append":
        parts.append(draw(segment()))
    elif action == "language":
        language = draw(st.sampled_from(LANGUAGE_PREFIXES))
        parts = [language, *parts[1:]] if parts and parts[0] in LANGUAGE_CODES else [language]
    trailing = draw(st.sampled_from(["/", "", "//"]))
    return "/" + "/".join(parts) + (trailing if parts else "")


@st.composite
def hostile_request(draw, addresses):
    path = draw(hostile_path(addresses))
    query = draw(st.one_of(st.just([]), pairs))
    method = draw(st.sampled_from(["get", "get", "get", "head"]))
    return method, path + (f"?{query_string(query)}" if query else "")


def topic(slug):
    return Topic.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def public_addresses(english_home, standard_pages):
    """Every public address of a site with one page of each type, its listings in every
    language, and a document."""
    library = ResourceIndexPageFactory(parent=english_home)
    resource = ResourcePageFactory(parent=library, slug="global-report", topics=[topic("girls")])
    resource.files = [ResourceFile(document=DocumentFactory())]
    resource.save_revision().publish()
    programmes = ProgrammeIndexPageFactory(parent=english_home)
    ProgrammePageFactory(parent=programmes)
    guidance = GuidanceIndexPageFactory(parent=english_home)
    GuidancePageFactory(parent=guidance, topics=[topic("girls")])
    networks = NetworkIndexPageFactory(parent=english_home)
    NationalCoalitionPageFactory(parent=RegionalNetworkPageFactory(parent=networks))
    countries = CountryIndexPage(title="Countries", slug="countries")
    english_home.add_child(instance=countries)
    countries.save_revision().publish()
    profile = CountryPage(title="DRC", country="CD")
    profile.observations = [
        Observation(
            indicator=Indicator.ARMED_GROUPS,
            period_start="2004-01-01",
            period_end="2007-12-31",
            status="reported",
            source_title="Global Report",
        )
    ]
    countries.add_child(instance=profile)
    profile.save_revision().publish()
    for index in (library, programmes, guidance, networks, countries):
        publish_translations(index)
    pages = [page.url for page in Page.objects.live().specific() if page.url]
    feeds = [
        f"{index.url}feed/{kind}/"
        for index in ResourceIndexPage.objects.live()
        for kind in ("rss", "atom")
    ]
    downloads = [
        f"{index.url}observations/{kind}/"
        for index in CountryIndexPage.objects.live()
        for kind in ("csv", "json")
    ]
    documents = [document.url for document in get_document_model().objects.all()]
    search = [f"/{code}/search/" for code in LANGUAGE_CODES]
    assert pages and feeds and documents
    sitemaps = ["/sitemap.xml", *[f"/sitemap-{code}.xml" for code in LANGUAGE_CODES]]
    return ["/", *sitemaps, *pages, *feeds, *downloads, *documents, *search]


def test_thousands_of_hostile_requests_get_no_server_error(public_addresses):
    client = Client(raise_request_exception=False)  # a 500 is counted, as a reader gets it
    made = []
    failures = Counter()

    @settings(
        max_examples=-(-REQUESTS // BATCH),
        deadline=None,
        database=None,
        derandomize=not os.environ.get("HUB_FUZZ_RANDOM"),
        suppress_health_check=list(HealthCheck),
    )
    @given(st.lists(hostile_request(public_addresses), min_size=BATCH, max_size=BATCH))
    def attack(requests):
        for method, url in requests:
            # As the reverse proxy passes it on: over HTTPS.
            response = getattr(client, method)(url, secure=True, HTTP_X_FORWARDED_PROTO="https")
            made.append(url)
            if response.status_code >= 500:
                failures[(response.status_code, method, url[:200])] += 1

    attack()
    assert len(made) >= REQUESTS
    assert not failures, (
        f"{sum(failures.values())} of {len(made)} requests under "
        f"{django_settings.SETTINGS_MODULE} answered 5xx:\n"
        + "\n".join(f"{status} {method.upper()} {url!r}" for status, method, url in failures)
    )
