"""Listings and search keep the same number of database queries, at most 15, with 50 and
with 2,000 items: what a reader on a slow connection waits for must not grow with the library.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from hub.page_cache import forget_counts
from resources.models import (
    GuidanceIndexPage,
    NetworkIndexPage,
    ProgrammeIndexPage,
    PsychosocialGuidancePage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourceIndexPage,
    ResourcePage,
    Topic,
    listed_values,
)

from .bulk import bulk_add_children

BUDGET = 15
COUNTRIES = ["CD", "UG", "CO", "LB", "PH", "SL", "NP"]
TYPES = ["global-report", "country-report", "briefing", "article", "toolkit"]
AUDIENCES = ["practitioners", "researchers", "policy-makers"]


def resource_fields(n):
    return {
        "title": f"Reintegration report {n}",
        "summary": f"Findings on reintegration, number {n}.",
        "publication_date": datetime.date(1998 + n % 27, 1 + n % 12, 1),
        "resource_type": TYPES[n % len(TYPES)],
        "countries": [COUNTRIES[n % 7], COUNTRIES[(n + 3) % 7]],
        "audiences": [AUDIENCES[n % 3]],
    }


def programme_fields(n):
    return {
        "title": f"Reintegration programme {n}",
        "summary": "Community-based reintegration.",
        "implementing_organisations": "Example organisation",
        "countries": [COUNTRIES[n % 7]],
        "status": ["planned", "active", "completed"][n % 3],
        "serves": ["girls", "boys"][: 1 + n % 2],
        "approaches": ["education", "health"][n % 2 :],
    }


def guidance_fields(n):
    today = datetime.date.today()
    return {
        "title": f"Reintegration guidance {n}",
        "summary": "How to support children coming home.",
        "audiences": ["practitioners"],
        "body": [],
        "last_reviewed": today - datetime.timedelta(days=400),
        "next_review_due": today + datetime.timedelta(days=(n % 5) * 100 - 200),
        "reviewed_by": "Technical group",
    }


def link_topics(model, pages):
    """Each page a topic by its number (the end of its slug, as the fields above), whatever
    ids the database gave: every seventh page, the ones about the DRC among them, is also about
    girls, so that the filtered addresses below match at either size."""
    topics = list(Topic.objects.filter(locale__language_code="en").order_by("slug"))
    girls = next(topic for topic in topics if topic.slug == "girls")
    through = model.topics.through
    column = f"{model._meta.model_name}_id"
    rows = []
    for page in pages:
        n = int(page.slug.rsplit("-", 1)[1])
        chosen = {topics[n % len(topics)].pk}
        if n % 7 == 0:
            chosen.add(girls.pk)
        rows += [through(**{column: page.pk, "topic_id": pk}) for pk in sorted(chosen)]
    through.objects.bulk_create(rows)
    listed_values.changed_everything()  # written around the signals, as bulk_add_children


def count_queries(client, url):
    """The queries of a view of `url` whose listing counts are not in the cache (the first
    view after a publish, the worst case), the site's addresses and navigation being cached
    (as after the first view)."""
    client.get(url)
    forget_counts()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries), response


LIBRARY_URLS = [
    "/en/resources/",
    "/en/resources/?topic=girls&country=CD&sort=title",
    "/en/resources/?q=reintegration&region=africa&page=2",
    "/en/resources/?type=briefing&audience=researchers&year_from=2000&year_to=2020",
    "/en/resources/feed/rss/?topic=girls",
    "/en/search/?q=reintegration",
    "/en/search/?q=reintegration&kind=resource&page=3",
    "/en/",
]


def test_library_and_search_cost_the_same_with_50_or_2000_resources(client, english_home):
    library = ResourceIndexPage(title="Library", slug="resources")
    english_home.add_child(instance=library)
    pages = bulk_add_children(library, ResourcePage, 50, resource_fields)
    link_topics(ResourcePage, pages)
    small = {url: count_queries(client, url)[0] for url in LIBRARY_URLS}

    pages = bulk_add_children(library, ResourcePage, 1950, resource_fields, start=50)
    link_topics(ResourcePage, pages)
    assert ResourcePage.objects.count() == 2000
    for url in LIBRARY_URLS:
        large, response = count_queries(client, url)
        assert large == small[url], (
            f"{url}: {small[url]} queries with 50 resources, {large} with 2,000"
        )
        assert large <= BUDGET, f"{url}: {large} queries"
        if response.context and "items" in response.context:
            assert response.context["items"].paginator.count > 20, url  # the filters matched


def test_a_listing_reads_the_view_restrictions_once(client, english_home):
    """Wagtail's public() reads every view restriction: the listing's pages, as the listed rows
    hold them and as the pages do, share one reading."""
    library = ResourceIndexPage(title="Library", slug="resources")
    english_home.add_child(instance=library)
    link_topics(ResourcePage, bulk_add_children(library, ResourcePage, 30, resource_fields))
    client.get("/en/resources/")
    forget_counts()
    with CaptureQueriesContext(connection) as context:
        assert client.get("/en/resources/?topic=girls").status_code == 200
    restrictions = [
        q["sql"]
        for q in context.captured_queries
        if q["sql"].startswith('SELECT "wagtailcore_pageviewrestriction"')
        and 'INNER JOIN "wagtailcore_page"' in q["sql"]
    ]
    assert len(restrictions) == 1


DIRECTORIES = [
    (
        ProgrammeIndexPage,
        ReintegrationProgrammePage,
        programme_fields,
        [
            "/en/programmes/?region=africa&status=active&approach=education&serves=girls",
            "/en/programmes/?page=5",
        ],
    ),
    (
        GuidanceIndexPage,
        PsychosocialGuidancePage,
        guidance_fields,
        ["/en/guidance/?audience=practitioners&topic=girls", "/en/guidance/?page=3"],
    ),
]


@pytest.mark.parametrize(("index_class", "model", "fields", "urls"), DIRECTORIES)
def test_directories_cost_the_same_with_50_or_2000_pages(
    client, english_home, index_class, model, fields, urls
):
    slug = urls[0].split("/")[2]
    index = index_class(title=slug.title(), slug=slug)
    english_home.add_child(instance=index)
    pages = bulk_add_children(index, model, 50, fields)
    if hasattr(model, "topics"):
        link_topics(model, pages)
    small = {url: count_queries(client, url)[0] for url in urls}
    pages = bulk_add_children(index, model, 1950, fields, start=50)
    if hasattr(model, "topics"):
        link_topics(model, pages)
    assert model.objects.count() == 2000
    for url in urls:
        large, response = count_queries(client, url)
        assert large == small[url], f"{url}: {small[url]} queries with 50 pages, {large} with 2,000"
        assert large <= BUDGET, f"{url}: {large} queries"
        assert response.context["items"].paginator.count > 0, url


def test_guidance_review_filter_for_editors_costs_the_same(admin_client, english_home):
    index = GuidanceIndexPage(title="Guidance", slug="guidance")
    english_home.add_child(instance=index)
    bulk_add_children(index, PsychosocialGuidancePage, 50, guidance_fields)
    small, _ = count_queries(admin_client, "/en/guidance/?review=overdue")
    bulk_add_children(index, PsychosocialGuidancePage, 1950, guidance_fields, start=50)
    large, response = count_queries(admin_client, "/en/guidance/?review=overdue")
    assert large == small
    assert response.context["items"].paginator.count == 800  # 2 of every 5 are overdue


# The same listings read in French, where the library exists in English only (but for a few
# French pages): every English item is shown, marked, at no more queries than in English, but
# for the one query Wagtail's routing makes outside the default language (the site root's
# translation, wagtail.models.i18n.TranslatableMixin.localized).
FOREIGN_BUDGET = BUDGET + 1

FALLBACK_URLS = [
    "/fr/resources/",
    "/fr/resources/?topic=girls&sort=title",
    "/fr/resources/?country=CD&year_from=2000&page=2",
    "/fr/resources/?q=reintegration&region=africa&page=2",
    "/fr/resources/?available=1",
    "/fr/resources/feed/rss/?topic=girls",
    "/fr/search/?q=reintegration",
    "/fr/search/?q=reintegration&kind=resource&page=3",
    "/fr/",
]


def french_copy(page):
    copy = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    copy.save_revision().publish()
    return copy


def test_listings_in_another_language_cost_the_same_with_50_or_2000_resources(client, english_home):
    library = ResourceIndexPage(title="Library", slug="resources")
    english_home.add_child(instance=library)
    french_library = french_copy(library)
    pages = bulk_add_children(french_library, ResourcePage, 25, resource_fields, start=5000)
    pages += bulk_add_children(library, ResourcePage, 50, resource_fields)
    link_topics(ResourcePage, pages)
    small = {}
    for url in FALLBACK_URLS:
        small[url], response = count_queries(client, url)
        if response.context and "items" in response.context:
            assert response.context["items"].paginator.count, url  # the filters matched

    pages = bulk_add_children(library, ResourcePage, 1950, resource_fields, start=50)
    link_topics(ResourcePage, pages)
    for url in FALLBACK_URLS:
        large, response = count_queries(client, url)
        assert large == small[url], (
            f"{url}: {small[url]} queries with 50 resources, {large} with 2,000"
        )
        assert large <= FOREIGN_BUDGET, f"{url}: {large} queries"
        if response.context and "items" in response.context:
            shown = response.context["items"].paginator.count
            assert shown == 25 if "available" in url else shown > 20, url


@pytest.mark.parametrize(("index_class", "model", "fields", "urls"), DIRECTORIES)
def test_directories_in_another_language_cost_the_same_with_50_or_2000_pages(
    client, english_home, index_class, model, fields, urls
):
    slug = urls[0].split("/")[2]
    index = index_class(title=slug.title(), slug=slug)
    english_home.add_child(instance=index)
    french_copy(index)
    urls = [url.replace("/en/", "/fr/") for url in urls] + [f"/fr/{slug}/?available=1"]
    pages = bulk_add_children(index, model, 50, fields)
    if hasattr(model, "topics"):
        link_topics(model, pages)
    small = {url: count_queries(client, url)[0] for url in urls}
    pages = bulk_add_children(index, model, 1950, fields, start=50)
    if hasattr(model, "topics"):
        link_topics(model, pages)
    for url in urls:
        large, response = count_queries(client, url)
        assert large == small[url], f"{url}: {small[url]} queries with 50 pages, {large} with 2,000"
        assert large <= FOREIGN_BUDGET, f"{url}: {large} queries"
        if "available" not in url:
            assert response.context["items"].paginator.count > 0, url


def test_network_directory_in_another_language_costs_the_same_with_50_or_2000_networks(
    client, english_home
):
    africa = Region.objects.get(slug="africa", locale__language_code="en")
    index = NetworkIndexPage(title="Networks", slug="networks")
    english_home.add_child(instance=index)
    french_copy(index)

    def network_fields(n):
        return {"title": f"Network {n}", "summary": "Coalitions together.", "region": africa}

    bulk_add_children(index, RegionalNetworkPage, 50, network_fields)
    small, _ = count_queries(client, "/fr/networks/")
    bulk_add_children(index, RegionalNetworkPage, 1950, network_fields, start=50)
    large, response = count_queries(client, "/fr/networks/")
    assert large == small <= FOREIGN_BUDGET
    assert len(response.context["networks"]) == 2000
