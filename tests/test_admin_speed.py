"""The admin of a regional network editor keeps its number of database queries when the tree
grows from about 50 to 500 pages: the page explorer at their network page (in English and in
French), the explorer's root, where they land, and the dashboard (theirs, and that of their
region's moderator, who has the editor's page to review).

The explorer lists up to 50 child pages. Left alone, Wagtail and wagtail-localize would ask
the database four to six times for each row's "More" menu (can it be deleted? is a language
missing? is it a translation source?); hub/permissions.py and the explorer annotations in
translations/localize/explorer_buttons.py answer those without a query per row, so the count
is the same for 18 rows as for 50. Run with -s to see the counts and timings (a failure shows
them too).
"""

import datetime
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page, Workflow

from hub.setup import setup_site
from resources.models import NationalCoalitionPage, Region, ResourcePage, ResourceType
from resources.roles import (
    REGIONAL_REVIEW,
    network_editors_group_name,
    network_moderators_group_name,
)

from .bulk import bulk_add_children
from .factories import RegionalNetworkPageFactory, ResourceIndexPageFactory
from .helpers import member, translate_in_localize

REGIONS = {
    "africa": "Africa",
    "latin-america": "Latin America",
    "middle-east": "Middle East",
    "southeast-asia": "Southeast Asia",
}
COUNTRIES = ["UG", "CD", "SL", "KE", "NG", "ET", "RW"]
LARGE = 500
PER_PAGE = 50  # rows of Wagtail's explorer

# At most this many queries whatever the size of the tree; measured on SQLite and PostgreSQL
# alike (Wagtail 7.4): 37, 44, 28, 42 and 40. A listing in another language than the default,
# and the dashboard, pay five or six more for the "Needs updating" flags and panel
# (translations/outdated.py), whatever the number of rows; the moderator's dashboard two more
# to know whether the page they review has untranslated text (translations/approval.py).
BUDGET = {
    "explore_africa": 40,
    "explore_africa_fr": 47,
    "explore_root": 31,
    "dashboard": 45,
    "moderator_dashboard": 43,
}


def coalition_fields(n):
    return {
        "title": f"National coalition {n:03}",
        "summary": "Organisations of one country working together.",
        "country": COUNTRIES[n % len(COUNTRIES)],
    }


def resource_fields(n):
    return {
        "title": f"Regional report {n:03}",
        "summary": "Findings from the region.",
        "publication_date": datetime.date(2000 + n % 25, 1 + n % 12, 1),
        "resource_type": ResourceType.COUNTRY_REPORT,
        "countries": [COUNTRIES[n % len(COUNTRIES)]],
        "audiences": ["practitioners"],
    }


@pytest.fixture
def site(network_index, english_home):
    """The four regional networks, Africa's in every language; the roles; an Africa editor
    with a page in "Regional review" and a draft of their own; an Africa moderator."""
    networks = {}
    for slug, name in REGIONS.items():
        region = Region.objects.get(slug=slug, locale__language_code="en")
        networks[slug] = RegionalNetworkPageFactory(
            parent=network_index, title=f"{name} network", slug=slug, region=region
        )
    africa = networks["africa"]
    for locale in Locale.objects.exclude(language_code="en"):
        network_index.copy_for_translation(locale).save_revision().publish()
        africa.copy_for_translation(locale).save_revision().publish()
    setup_site()
    editor = member("africa-editor", network_editors_group_name("Africa"))
    moderator = member("africa-moderator", network_moderators_group_name("Africa"))

    in_review = NationalCoalitionPage(
        title="Uganda coalition", slug="uganda", summary="Joining.", country="UG", live=False
    )
    africa.add_child(instance=in_review)
    in_review.save_revision(user=editor, log_action=True)
    workflow = in_review.get_workflow()
    assert workflow == Workflow.objects.get(name=REGIONAL_REVIEW)
    workflow.start(in_review, editor)

    draft = ResourcePage(
        title="Draft regional briefing",
        slug="draft-briefing",
        summary="Work in progress.",
        publication_date=datetime.date(2024, 1, 1),
        resource_type=ResourceType.BRIEFING,
        audiences=["practitioners"],
        live=False,
    )
    africa.add_child(instance=draft)
    draft.save_revision(user=editor, log_action=True)
    return {
        "networks": networks,
        "africa_fr": africa.get_translation(Locale.objects.get(language_code="fr")),
        "library": ResourceIndexPageFactory(parent=english_home),
        "editor": editor,
        "moderator": moderator,
    }


def grow(site, coalitions, resources, nested, translated):
    """Live coalitions and resources under the Africa network, `nested` resources under its
    first coalition and under its French copy, and `translated` coalitions that the editor
    translates into French in wagtail-localize (their drafts await sending to review)."""
    africa = site["networks"]["africa"]
    start = Page.objects.count()  # numbers the slugs apart from those of earlier calls
    bulk_add_children(africa, NationalCoalitionPage, coalitions, coalition_fields, start)
    bulk_add_children(africa, ResourcePage, resources, resource_fields, start)
    first = NationalCoalitionPage.objects.child_of(africa).live().order_by("path").first()
    bulk_add_children(first, ResourcePage, nested, resource_fields, start + resources)
    bulk_add_children(site["africa_fr"], ResourcePage, nested, resource_fields, start)
    for n in range(start, start + translated):
        coalition = NationalCoalitionPage(
            title=f"Coalition translated {n}", slug=f"translated-{n}", summary="New.", country="KE"
        )
        africa.add_child(instance=coalition)
        coalition.save_revision().publish()
        translate_in_localize(coalition, "fr", site["editor"], "FR")


def fill_to(site, total):
    """Live pages outside Africa (the library, Latin America) until the tree holds `total`."""
    missing = total - Page.objects.count()
    start = 10_000
    half = missing // 2
    bulk_add_children(site["library"], ResourcePage, half, resource_fields, start)
    latin_america = site["networks"]["latin-america"]
    bulk_add_children(latin_america, ResourcePage, missing - half, resource_fields, start + half)
    assert Page.objects.count() == total


def views(site):
    """{name: (who, address)} of what is measured."""
    africa = site["networks"]["africa"]
    return {
        "explore_africa": ("editor", reverse("wagtailadmin_explore", args=[africa.id])),
        "explore_africa_fr": (
            "editor",
            reverse("wagtailadmin_explore", args=[site["africa_fr"].id]),
        ),
        "explore_root": ("editor", reverse("wagtailadmin_explore_root")),
        "dashboard": ("editor", reverse("wagtailadmin_home")),
        "moderator_dashboard": ("moderator", reverse("wagtailadmin_home")),
    }


def logged_in(site):
    clients = {}
    for who in ("editor", "moderator"):
        clients[who] = Client()
        clients[who].force_login(site[who])
    return clients


def measure(client, url):
    client.get(url)  # warm-up: site addresses, menus and the like are cached after a first view
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    elapsed_ms = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, url
    sql = [query["sql"] for query in context.captured_queries]
    return {
        "response": response,
        "sql": sql,
        "queries": len(sql),
        "rows": len(response.context.get("object_list") or []),
        "ms": elapsed_ms,
    }


def measure_all(site):
    clients = logged_in(site)
    return {name: measure(clients[who], url) for name, (who, url) in views(site).items()}


def median_ms(client, url, first_ms):
    """The median time of three requests: the measured one and two more."""
    times = [first_ms]
    for _ in range(2):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[1]


def text(response):
    return response.content.decode()


def assert_expected_content(site, results, translated):
    africa = site["networks"]["africa"]
    children = africa.get_children().count()
    explorer = results["explore_africa"]["response"]
    listed = explorer.context["object_list"]
    assert explorer.context["page_obj"].paginator.count == children
    assert len(listed) == min(children, PER_PAGE)
    assert {page.get_parent().pk for page in listed[:3]} == {africa.pk}
    assert all(page.title in text(explorer) for page in listed)
    if children > PER_PAGE:
        assert f"Page 1 of {-(-children // PER_PAGE)}" in text(explorer)

    french = results["explore_africa_fr"]["response"]
    assert french.context["page_obj"].paginator.count == site["africa_fr"].get_children().count()
    # The hub's "Send to review", on every French page listed (none is in review yet).
    assert text(french).count("/send-to-review/") == len(french.context["object_list"])

    # The editor may edit Africa's page in every language, so they land on Wagtail's root,
    # which lists the language trees leading to it.
    root = results["explore_root"]["response"]
    assert root.context["parent_page"].is_root()
    assert {page.locale.language_code for page in root.context["object_list"]} == {
        "en",
        "fr",
        "es",
        "ar",
        "pt",
    }

    dashboard = text(results["dashboard"]["response"])
    assert "Uganda coalition" in dashboard  # in review, and among their recent edits
    assert "Draft regional briefing" in dashboard  # among their recent edits
    assert "ready to send to review" in dashboard  # translations.review.TranslationsToReviewPanel
    assert dashboard.count("/send-to-review/") == translated

    moderation = text(results["moderator_dashboard"]["response"])
    assert "Awaiting your review" in moderation
    assert "Uganda coalition" in moderation


def test_regional_editor_admin_costs_the_same_with_50_or_500_pages(site):
    grow(site, coalitions=5, resources=10, nested=3, translated=1)
    small_total = Page.objects.count()
    small = measure_all(site)
    assert_expected_content(site, small, translated=1)

    grow(site, coalitions=40, resources=160, nested=60, translated=3)
    fill_to(site, LARGE)
    large = measure_all(site)
    assert_expected_content(site, large, translated=4)

    clients = logged_in(site)
    lines = []
    for name, (who, url) in views(site).items():
        few, many = small[name], large[name]
        lines.append(
            f"{name}: {few['queries']} queries ({few['rows']} rows) with {small_total} pages, "
            f"{many['queries']} ({many['rows']} rows) with {LARGE}; "
            f"{median_ms(clients[who], url, many['ms']):.0f} ms at {LARGE} (median of 3)"
        )
    print("\n" + "\n".join(lines))  # noqa: T201 - the report: with -s, or when the test fails

    for name in views(site):
        few, many = small[name], large[name]
        assert many["queries"] == few["queries"], (
            f"{name}: {few['queries']} queries with {small_total} pages, {many['queries']} "
            f"with {LARGE}:\n" + "\n".join(many["sql"])
        )
        assert many["queries"] <= BUDGET[name], name
