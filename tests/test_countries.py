"""Country profiles: a reader sees a country's monitoring with its sources, how it changed,
and what the hub holds on the country; the index groups, filters and compares the countries,
and gives the observations as CSV and JSON. Editors' bad input is a form error."""

import csv
import datetime
import io
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from countries.models import CountryIndexPage, CountryPage, Indicator, Observation
from resources.models import (
    NationalCoalitionPage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourcePage,
)
from resources.roles import SECRETARIAT_PUBLISHERS

from .bulk import bulk_add_children
from .conftest import publish_translations, visible_text
from .factories import GuidancePageFactory
from .helpers import LANGUAGE_CODES, member

D = datetime.date


def observation(indicator, year, status="", **fields):
    return Observation(
        indicator=indicator,
        period_start=D(year - 1, 1, 1),
        period_end=D(year - 1, 12, 31),
        status=status,
        source_title=fields.pop("source_title", f"Global Report {year}"),
        source_publisher="Coalition",
        **fields,
    )


@pytest.fixture
def country_index(english_home):
    index = CountryIndexPage(title="Countries", slug="countries")
    english_home.add_child(instance=index)
    index.save_revision().publish()
    return index


def add_profile(index, code, observations, illustrative=True):
    page = CountryPage(title=code, country=code, is_illustrative=illustrative)
    page.observations = observations
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def drc(country_index, english_home, network_index, guidance_index):
    report = ResourcePage(
        title="Priorities for child soldiers in the DRC",
        summary="Briefing on the DRC.",
        publication_date=D(2007, 5, 1),
        resource_type="country-report",
        countries=["CD"],
    )
    submission = ResourcePage(
        title="Submission to the Committee on the Rights of the Child: DRC",
        summary="Country information.",
        publication_date=D(2006, 5, 1),
        resource_type="submission",
        countries=["UG", "CD"],
    )
    elsewhere = ResourcePage(
        title="Child soldiers in Colombia",
        summary="Not about the DRC.",
        publication_date=D(2006, 5, 1),
        resource_type="country-report",
        countries=["CO"],
    )
    for page in (report, submission, elsewhere):
        english_home.add_child(instance=page)
        page.save_revision().publish()
    programme = ReintegrationProgrammePage(
        title="Community-based reintegration in North Kivu",
        summary="Children return home.",
        implementing_organisations="Example",
        countries=["CD"],
        serves=["girls"],
        approaches=["education"],
    )
    english_home.add_child(instance=programme)
    programme.save_revision().publish()
    GuidancePageFactory(
        parent=guidance_index, title="Welcoming children back in Goma", countries=["CD"]
    )
    GuidancePageFactory(parent=guidance_index, title="Listening to girls", countries=[])
    africa = Region.objects.get(slug="africa", locale=Locale.get_default())
    network = RegionalNetworkPage(
        title="Africa regional network", slug="africa", region=africa, summary="Africa."
    )
    network_index.add_child(instance=network)
    network.save_revision().publish()
    coalition = NationalCoalitionPage(
        title="DRC national coalition", slug="drc", country="CD", summary="The coalition."
    )
    network.add_child(instance=coalition)
    coalition.save_revision().publish()
    page = add_profile(
        country_index,
        "CD",
        [
            observation(
                Indicator.PROTOCOL,
                2004,
                "signed",
                signed_on=D(2000, 9, 8),
                source_resource=report,
            ),
            observation(Indicator.ARMED_GROUPS, 2004, "reported", named_groups="Group A"),
            observation(Indicator.DDR, 2004, "programme", released=1200),
            observation(
                Indicator.PROTOCOL,
                2008,
                "ratified",
                signed_on=D(2000, 9, 8),
                ratified_on=D(2001, 11, 11),
                minimum_age=18,
            ),
            observation(Indicator.ARMED_GROUPS, 2008, "reported", named_groups="Group B"),
            observation(Indicator.DDR, 2008, "programme", released=3000),
            observation(Indicator.SUMMARY, 2008, summary="Children still recruited in the east."),
        ],
    )
    call_command("setup_site", stdout=StringIO())
    return page


def test_a_reader_sees_the_monitoring_with_sources_and_how_it_changed(client, drc):
    response = client.get("/en/countries/cd/")
    assert response.status_code == 200
    text = visible_text(response)
    assert "Democratic Republic of the Congo" in text
    assert "Illustrative values." in text
    assert "Ratified" in text and "declared minimum age 18" in text
    assert "Source: Global Report 2008, Coalition" in text
    assert "named: Group B" in text
    assert "Children still recruited in the east." in text
    # How it changed between the two reporting periods.
    assert "Between the reporting periods ending in 2003 and 2007:" in text
    assert "Optional Protocol: Signed → Ratified" in text
    assert "(1200) → Programme exists (3000)" in text
    assert "<svg" in response.content.decode()
    assert "Observations by reporting period" in text
    # What the hub holds on the country, and the full filtered listings.
    assert "Priorities for child soldiers in the DRC" in text
    assert "Submission to the Committee on the Rights of the Child: DRC" in text
    assert "Child soldiers in Colombia" not in text
    assert "Community-based reintegration in North Kivu" in text
    assert "Welcoming children back in Goma" in text
    assert "Listening to girls" not in text  # guidance for no country in particular
    assert "DRC national coalition" in text and "Africa regional network" in text
    assert "canonical" not in text  # nothing of the page's <head> leaks into its cards
    html = response.content.decode()
    assert 'href="/en/resources/?country=CD"' in html
    assert 'href="/en/programmes/?country=CD"' in html
    assert 'href="/en/guidance/?country=CD"' in html


def test_the_guidance_listing_filters_by_country(client, drc):
    response = client.get("/en/guidance/?country=CD")
    text = visible_text(response)
    assert "Welcoming children back in Goma" in text
    assert "Listening to girls" not in text
    page = client.get("/en/guidance/welcoming-children-back-in-goma/")
    assert "Democratic Republic of the Congo" in visible_text(page)


def test_the_source_in_the_library_links_to_the_publication(client, drc):
    html = client.get("/en/countries/cd/").content.decode()
    report = ResourcePage.objects.get(title="Priorities for child soldiers in the DRC")
    assert f'<a href="{report.url}">Global Report 2004</a>' in html


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_profile_and_index_render_in_every_language(client, drc, country_index, language):
    copies = publish_translations(country_index)
    profiles = publish_translations(drc)
    assert copies and profiles
    with translation.override(language):
        name = str(drc.country.name)
    response = client.get(f"/{language}/countries/cd/")
    assert response.status_code == 200
    assert name in visible_text(response)
    expected_dir = 'dir="rtl"' if language == "ar" else 'dir="ltr"'
    assert expected_dir in response.content.decode()
    assert client.get(f"/{language}/countries/").status_code == 200


def test_the_index_groups_by_region_filters_and_compares(client, drc, country_index):
    add_profile(
        country_index,
        "CO",
        [
            observation(Indicator.PROTOCOL, 2008, "signed"),
            observation(Indicator.ARMED_GROUPS, 2008, "not-reported"),
        ],
    )
    text = visible_text(client.get("/en/countries/"))
    assert "Africa (1)" in text and "Latin America (1)" in text
    # Armed groups reported recruiting in the latest period: the DRC, not Colombia.
    text = visible_text(client.get("/en/countries/?reported=armed-groups"))
    assert "1 country" in text
    assert "Democratic Republic of the Congo" in text and "Colombia" not in text
    # Not ratified: Colombia only.
    html = client.get("/en/countries/?protocol=not-ratified").content.decode()
    assert "Colombia" in html and "Democratic Republic of the Congo" not in html
    # The comparison table sorted by value, and by the reverse, in one region.
    response = client.get("/en/countries/?indicator=optional-protocol&sort=value")
    table = response.content.decode().split('id="comparison"')[1]
    assert table.index("Colombia") < table.index("Democratic Republic")
    response = client.get("/en/countries/?indicator=optional-protocol&sort=-value")
    table = response.content.decode().split('id="comparison"')[1]
    assert table.index("Democratic Republic") < table.index("Colombia")
    table = client.get("/en/countries/?region=africa").content.decode().split('id="comparison"')[1]
    assert "Colombia" not in table


def test_the_csv_and_json_hold_every_observation_with_licence_and_citation(client, drc):
    response = client.get("/en/countries/observations/csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("# Licence: Creative Commons")
    assert lines[1].startswith("# Citation: ")
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[2:]))))
    assert len(rows) == 7
    protocol = [r for r in rows if r["indicator"] == "optional-protocol"]
    assert [r["value"] for r in protocol] == ["signed", "ratified"]
    assert protocol[0]["country"] == "CD"
    assert protocol[0]["source_url"].endswith("/en/priorities-for-child-soldiers-in-the-drc/")
    assert protocol[1]["illustrative"] == "yes"
    data = json.loads(client.get("/en/countries/observations/json/?indicator=ddr").content)
    assert data["licence"].startswith("Creative Commons")
    assert [o["released"] for o in data["observations"]] == [1200, 3000]
    empty = json.loads(client.get("/en/countries/observations/json/?region=latin-america").content)
    assert empty["observations"] == []
    # The header speaks the reader's language; the columns stay codes others' tools can read.
    publish_translations(drc.get_parent().specific)
    spanish = client.get("/es/countries/observations/csv/").content.decode("utf-8-sig")
    assert spanish.startswith("# Licencia: ")
    assert spanish.splitlines()[1].startswith("# Cita: ")


@pytest.mark.parametrize(
    "query",
    [
        "?region=nowhere",
        "?reported=%00",
        "?protocol=" + "x" * 5000,
        "?indicator=../../etc",
        "?sort=drop table",
        "?country=ZZ&page=abc",
    ],
)
def test_bad_query_strings_are_ignored(client, drc, query):
    for url in ("/en/countries/", "/en/countries/cd/", "/en/countries/observations/csv/"):
        assert client.get(url + query).status_code in (200, 400)


def test_unknown_download_format_is_not_found(client, drc):
    assert client.get("/en/countries/observations/xml/").status_code == 404


# Editing -------------------------------------------------------------------------------


def profile_form(page, rows, action="action-submit"):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "country": "CD",
            "is_illustrative": "on",
            "observations": inline_formset(rows, initial=0),
            "comments": inline_formset([]),
            action: "1",
        }
    )


def row(**fields):
    values = {
        "indicator": "armed-groups",
        "period_start": "2010-01-01",
        "period_end": "2010-12-31",
        "status": "reported",
        "signed_on": "",
        "ratified_on": "",
        "minimum_age": "",
        "named_groups": "",
        "released": "",
        "reintegrated": "",
        "summary": "",
        "source_title": "Briefing to the Security Council",
        "source_publisher": "Coalition",
        "source_date": "",
        "source_url": "",
        "source_resource": "",
        "source_document": "",
        "locale": "",
    }
    values.update(fields)
    return values


def existing_rows(page):
    """The page's observations as the edit form posts them back."""
    rows = []
    for o in page.observations.all():
        rows.append(
            row(
                id=o.pk,
                indicator=o.indicator,
                period_start=o.period_start.isoformat(),
                period_end=o.period_end.isoformat(),
                status=o.status,
                signed_on=o.signed_on.isoformat() if o.signed_on else "",
                ratified_on=o.ratified_on.isoformat() if o.ratified_on else "",
                minimum_age=o.minimum_age if o.minimum_age is not None else "",
                named_groups=o.named_groups,
                released=o.released if o.released is not None else "",
                summary=o.summary,
                source_title=o.source_title,
                source_publisher=o.source_publisher,
                source_resource=o.source_resource_id or "",
            )
        )
    return rows


def edit(client, page, rows, action="action-submit"):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = profile_form(page, rows, action)
    # The existing rows are the formset's initial forms.
    data["observations-INITIAL_FORMS"] = str(sum(1 for r in rows if "id" in r))
    return client.post(url, data)


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"period_end": "2009-01-01"}, "period_end", "cannot end before it starts"),
        ({"status": "ratified"}, "status", "does not fit"),
        ({"source_title": ""}, "source_title", "This field is required"),
        ({"released": "12"}, "released", "does not apply"),
        ({"indicator": "summary", "status": ""}, "summary", "Write the summary"),
    ],
)
def test_bad_observations_are_form_errors_and_nothing_is_saved(
    admin_client, drc, fields, field, message
):
    before = (Observation.objects.count(), drc.revisions.count())
    response = edit(admin_client, drc, [*existing_rows(drc), row(**fields)], "action-publish")
    assert response.status_code == 200
    assert message in visible_text(response)
    assert (Observation.objects.count(), drc.revisions.count()) == before


def in_progress_task(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk),
        workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
        status=TaskState.STATUS_IN_PROGRESS,
    )


def test_an_africa_editor_drafts_an_observation_and_the_africa_moderator_approves(
    drc, network_index
):
    latin_america = Region.objects.get(slug="latin-america", locale=Locale.get_default())
    network = RegionalNetworkPage(
        title="Latin America", slug="latin-america", region=latin_america, summary="LA."
    )
    network_index.add_child(instance=network)
    network.save_revision().publish()
    editor = member("africa-ed", "Africa network editors")
    moderator = member("africa-mod", "Africa network moderators")
    latam = member("latam-mod", "Latin America network moderators")
    outsider = Client()
    outsider.force_login(latam)
    assert outsider.get(reverse("wagtailadmin_pages:edit", args=[drc.pk])).status_code in (
        302,
        403,
    )
    before = Observation.objects.filter(page=drc).count()

    client = Client()
    client.force_login(editor)
    new = row(period_start="2011-01-01", period_end="2011-12-31", named_groups="Group C")
    response = edit(client, drc, [*existing_rows(drc), new])
    assert response.status_code == 302, response.context and response.context["form"].errors
    drc.refresh_from_db()
    assert drc.workflow_in_progress
    assert drc.get_workflow().name == "Regional review"
    # Readers do not see the draft yet.
    assert "Group C" not in visible_text(Client().get("/en/countries/cd/"))
    assert Observation.objects.filter(page=drc).count() == before

    # Latin America's moderator cannot approve it; Africa's can.
    task = in_progress_task(drc)
    url = reverse("wagtailadmin_pages:workflow_action", args=[drc.pk, "approve", task.pk])
    outsider.post(url, {"comment": ""})
    drc.refresh_from_db()
    assert drc.workflow_in_progress
    client = Client()
    client.force_login(moderator)
    assert client.post(url, {"comment": ""}).status_code == 302
    drc.refresh_from_db()
    assert not drc.workflow_in_progress
    # The history is kept: the new period is added to the old ones.
    assert Observation.objects.filter(page=drc).count() == before + 1
    text = visible_text(Client().get("/en/countries/cd/"))
    assert "named: Group C" in text
    assert "named: Group B" in text  # in the table of earlier periods


def test_the_secretariat_edits_every_profile(drc, country_index):
    colombia = add_profile(country_index, "CO", [observation(Indicator.PROTOCOL, 2008, "signed")])
    call_command("setup_site", stdout=StringIO())
    publisher = member("sec-pub", SECRETARIAT_PUBLISHERS)
    africa_editor = member("africa-ed", "Africa network editors")
    assert colombia.permissions_for_user(publisher).can_publish()
    assert drc.permissions_for_user(publisher).can_publish()
    assert drc.permissions_for_user(africa_editor).can_edit()
    assert not drc.permissions_for_user(africa_editor).can_publish()
    assert not colombia.permissions_for_user(africa_editor).can_edit()


def test_a_profiles_translation_gets_its_regions_grants(drc, country_index):
    publish_translations(country_index)
    copies = publish_translations(drc)
    editor = member("africa-ed", "Africa network editors")
    assert copies["fr"].permissions_for_user(editor).can_edit()
    assert copies["fr"].observations.count() == drc.observations.count()


# Speed ---------------------------------------------------------------------------------

# The budget. Serving any page at a profile's depth costs 11 queries here (site, locale,
# routing, restrictions, switcher, breadcrumbs); the profile adds one, its observations; the
# rest of it is cached until a page is published (hub.cache).
PROFILE_BUDGET = 12
INDEX_BUDGET = 15
CODES = [code for code, _name in __import__("django_countries").countries][:200]


def profile_fields(n):
    return {"title": CODES[n], "country": CODES[n], "is_illustrative": True}


def add_history(pages, periods=10):
    rows = []
    for page in pages:
        for p in range(periods):
            for indicator, status in [
                ("optional-protocol", "signed"),
                ("government-forces", "not-reported"),
                ("armed-groups", "reported"),
                ("ddr", "programme"),
                ("summary", ""),
            ]:
                rows.append(
                    Observation(
                        page_id=page.pk,
                        locale_id=page.locale_id,
                        indicator=indicator,
                        period_start=D(1990 + p, 1, 1),
                        period_end=D(1990 + p, 12, 31),
                        status=status,
                        summary="A period." if indicator == "summary" else "",
                        source_title="Global Report",
                    )
                )
    Observation.objects.bulk_create(rows)


def count_queries(client, url):
    client.get(url)  # what a view caches (the navigation, a profile's sections) is cached
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


def test_index_and_profile_cost_the_same_with_20_or_200_countries(client, drc, country_index):
    client.get("/en/countries/")
    client.get("/en/countries/cd/")
    counts = {}
    for size in (20, 200):
        have = CountryPage.objects.count() - 1
        pages = bulk_add_children(
            country_index, CountryPage, size - have, profile_fields, start=have
        )
        add_history(pages)
        index_count, response = count_queries(client, "/en/countries/")
        assert f"{size + 1} countries" in visible_text(response)
        profile_count, _r = count_queries(client, "/en/countries/cd/")
        csv_count, _r = count_queries(client, "/en/countries/observations/csv/")
        counts[size] = (index_count, profile_count, csv_count)
    assert counts[20] == counts[200], counts
    index_count, profile_count, _csv = counts[200]
    assert index_count <= INDEX_BUDGET, counts
    assert profile_count <= PROFILE_BUDGET, counts


def test_profiles_are_in_search_and_in_the_sitemap_with_their_translations(client, drc):
    copies = publish_translations(drc.get_parent().specific)
    assert copies
    publish_translations(drc)
    response = client.get("/en/search/?q=Congo&kind=country")
    assert response.status_code == 200
    assert 'href="/en/countries/cd/"' in response.content.decode()
    assert "/sitemap-en.xml" in client.get("/sitemap.xml").content.decode()
    sitemap = client.get("/sitemap-en.xml").content.decode()
    assert "/en/countries/cd/</loc>" in sitemap
    assert 'hreflang="ar"' in sitemap and "/ar/countries/cd/" in sitemap


def test_a_profile_is_addressed_by_its_code_and_made_once_per_country(admin_client, drc):
    index = drc.get_parent()
    url = reverse("wagtailadmin_pages:add", args=["countries", "countrypage", index.pk])

    def add(country):
        data = nested_form_data(
            {
                "title": "Profile",
                "slug": "anything",
                "country": country,
                "observations": inline_formset([row()]),
                "comments": inline_formset([]),
                "action-publish": "1",
            }
        )
        return admin_client.post(url, data)

    response = add("CD")
    assert response.status_code == 200
    assert "This country already has a profile." in visible_text(response)
    assert CountryPage.objects.filter(country="CD").count() == 1
    assert add("LB").status_code == 302
    lebanon = CountryPage.objects.get(country="LB")
    assert lebanon.url == "/en/countries/lb/"
    assert Client().get("/en/countries/lb/").status_code == 200
