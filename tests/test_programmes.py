"""Reintegration programmes: where they may go, what an editor's form accepts and refuses, what
a reader learns of a programme (status, countries, who it serves, how, whom to contact), and a
directory that costs the same however many programmes it lists."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from resources.models import (
    NationalCoalitionPage,
    ProgrammeIndexPage,
    ProgrammeResource,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourceIndexPage,
)

from .conftest import visible_text
from .factories import (
    NationalCoalitionPageFactory,
    NetworkIndexPageFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
    RegionalNetworkPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from .helpers import assert_listing_costs_the_same


def programme_form_data(**overrides):
    """What the programme form posts, as an editor fills it in."""
    data = nested_form_data(
        {
            "title": "Back to school in Ituri",
            "slug": "back-to-school-ituri",
            "summary": "Catch-up classes for children leaving armed groups.",
            "body": streamfield([("paragraph", rich_text("<p>Classes run every morning.</p>"))]),
            "lessons_learned": rich_text("<p>Families must be involved early.</p>"),
            "linked_resources": inline_formset([]),
            "implementing_organisations": "Coalition DRC\nCommunity schools network",
            "status": "active",
            "start_date": "2019-01-15",
            "end_date": "2021-12-31",
            "age_min": "10",
            "age_max": "17",
            "children_reached": "350",
            "contact_role": "Programme coordinator",
            "contact_email": "programmes@example.org",
        }
    )
    data["countries"] = ["CD", "UG"]
    data["serves"] = ["girls", "boys"]
    data["approaches"] = ["education", "psychosocial"]
    data.update(overrides)
    return data


class TestProgrammePageTypes(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")

    def test_where_programme_pages_may_go(self):
        self.assertAllowedParentPageTypes(ProgrammeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProgrammeIndexPage, {ReintegrationProgrammePage})
        self.assertAllowedParentPageTypes(
            ReintegrationProgrammePage,
            {ProgrammeIndexPage, RegionalNetworkPage, NationalCoalitionPage},
        )
        self.assertAllowedSubpageTypes(ReintegrationProgrammePage, set())
        self.assertCanCreateAt(HomePage, ProgrammeIndexPage)
        self.assertCanCreateAt(ProgrammeIndexPage, ReintegrationProgrammePage)
        self.assertCanCreateAt(RegionalNetworkPage, ReintegrationProgrammePage)
        self.assertCanCreateAt(NationalCoalitionPage, ReintegrationProgrammePage)
        self.assertCanNotCreateAt(HomePage, ReintegrationProgrammePage)
        self.assertCanNotCreateAt(ResourceIndexPage, ReintegrationProgrammePage)
        self.assertCanNotCreateAt(StandardPage, ProgrammeIndexPage)

    def test_one_directory_per_language(self):
        ProgrammeIndexPageFactory(parent=self.home)
        assert not ProgrammeIndexPage.can_create_at(self.home)

    def test_editor_creates_the_directory_with_the_form(self):
        self.assertCanCreate(
            self.home,
            ProgrammeIndexPage,
            nested_form_data(
                {"title": "Programmes", "slug": "programmes", "introduction": "Who does what."}
            ),
        )
        directory = ProgrammeIndexPage.objects.get(slug="programmes")
        assert directory.live and directory.url == "/en/programmes/"

    def test_editor_creates_a_programme_with_the_form(self):
        directory = ProgrammeIndexPageFactory(parent=self.home)
        library = ResourceIndexPageFactory(parent=self.home)
        manual = ResourcePageFactory(parent=library, title="Catch-up learning manual")
        data = programme_form_data(
            **nested_form_data({"linked_resources": inline_formset([{"resource": manual.pk}])})
        )
        self.assertCanCreate(directory, ReintegrationProgrammePage, data)

        page = ReintegrationProgrammePage.objects.get(slug="back-to-school-ituri")
        assert page.live
        assert page.status == "active"
        assert [c.code for c in page.countries] == ["CD", "UG"]
        assert page.serves == ["girls", "boys"]
        assert page.approaches == ["education", "psychosocial"]
        assert (page.start_date, page.end_date) == (
            datetime.date(2019, 1, 15),
            datetime.date(2021, 12, 31),
        )
        assert (page.age_min, page.age_max, page.children_reached) == (10, 17, 350)
        assert page.organisations == ["Coalition DRC", "Community schools network"]
        assert [link.resource for link in page.linked_resources.all()] == [manual]
        self.assertPageIsRenderable(page)

    def test_editor_creates_a_programme_under_a_national_coalition(self):
        networks = NetworkIndexPageFactory(parent=self.home)
        coalition = NationalCoalitionPageFactory(
            parent=RegionalNetworkPageFactory(parent=networks), country="CD"
        )
        self.assertCanCreate(coalition, ReintegrationProgrammePage, programme_form_data())
        assert ReintegrationProgrammePage.objects.child_of(coalition).count() == 1

    def post_invalid(self, **overrides):
        directory = ProgrammeIndexPageFactory(parent=self.home)
        data = programme_form_data(**overrides)
        data["action-publish"] = "publish"
        response = self.client.post(
            f"/admin/pages/add/resources/reintegrationprogrammepage/{directory.pk}/", data
        )
        assert response.status_code == 200
        assert not ReintegrationProgrammePage.objects.exists()
        return response.context["form"].errors

    def test_programme_cannot_end_before_it_starts(self):
        errors = self.post_invalid(start_date="2021-06-01", end_date="2020-06-01")
        assert errors["end_date"] == ["The programme cannot end before it starts."]

    def test_oldest_age_cannot_be_below_the_youngest(self):
        errors = self.post_invalid(age_min="16", age_max="12")
        assert errors["age_max"] == ["The oldest age cannot be below the youngest."]

    def test_ages_above_thirty_are_refused(self):
        errors = self.post_invalid(age_max="45")
        assert "age_max" in errors

    def test_a_programme_needs_countries_and_organisations(self):
        errors = self.post_invalid(countries=[], implementing_organisations="")
        assert {"countries", "implementing_organisations"} <= set(errors)

    def test_an_unknown_approach_is_refused(self):
        errors = self.post_invalid(approaches=["education", "magic"])
        assert "approaches" in errors


@pytest.fixture
def programme(programme_index):
    return ProgrammePageFactory(
        parent=programme_index,
        title="Back to school in Ituri",
        slug="back-to-school-ituri",
        summary="Catch-up classes for children leaving armed groups.",
        implementing_organisations="Coalition DRC\n\nCommunity schools network\n",
        countries=["CD", "UG"],
        status="completed",
        start_date=datetime.date(2019, 1, 15),
        end_date=datetime.date(2021, 12, 31),
        serves=["girls", "boys"],
        age_min=10,
        age_max=17,
        children_reached=350,
        approaches=["family-tracing", "psychosocial"],
        contact_role="Programme coordinator",
        contact_email="programmes@example.org",
        lessons_learned="<p>Families must be <b>involved early</b>.</p>",
        body=[{"type": "paragraph", "value": "<p>Classes run every morning.</p>"}],
    )


def test_programme_page_shows_what_a_practitioner_needs(client, programme):
    response = client.get(programme.url)
    assert response.status_code == 200
    content = response.content.decode()
    text = visible_text(response)
    assert "Reintegration programme · Completed" in text
    assert '<span class="status status--completed">Completed</span>' in content
    assert "Implemented by Coalition DRC, Community schools network" in text
    assert "Countries Democratic Republic of the Congo, Uganda" in text
    assert "Dates January 2019 – December 2021" in text
    assert "Serves Girls, Boys, aged 10 to 17" in text
    assert "Children reached 350" in text
    # the approaches read as a list, not run together
    assert "Approaches Family tracing and reunification, Psycho-social support Contact" in text
    assert "Contact Programme coordinator programmes@example.org" in text
    assert 'href="mailto:programmes@example.org"' in content
    assert "Lessons learned Families must be involved early ." in text
    assert "Classes run every morning." in text
    assert "Illustrative example." not in text


def test_optional_facts_are_left_out_when_empty(client, programme_index):
    page = ProgrammePageFactory(
        parent=programme_index, countries=["SL"], serves=["boys"], approaches=[]
    )
    text = visible_text(client.get(page.url))
    assert "Countries Sierra Leone" in text
    assert "Serves Boys" in text and "aged" not in text
    for absent in ("Dates", "Children reached", "Approaches", "Contact", "Lessons learned"):
        assert absent not in text


def test_illustrative_programme_says_so(client, programme_index):
    page = ProgrammePageFactory(parent=programme_index, is_illustrative=True)
    text = visible_text(client.get(page.url))
    assert "Illustrative example. This page was written to show how the hub works." in text


def translate(page, language_code, **changes):
    """A published copy of `page` for another language (its parent must be translated)."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def test_linked_resources_are_shown_in_the_readers_language(client, programme, library):
    resource = ResourcePageFactory(parent=library, title="Catch-up learning manual")
    programme.linked_resources.add(ProgrammeResource(resource=resource))
    programme.save()
    translate(library, "fr")
    french_resource = translate(resource, "fr", title="Manuel de rattrapage scolaire")
    translate(programme.get_parent(), "fr")
    french_programme = translate(programme, "fr")

    english = client.get(programme.url).content.decode()
    assert f'<a href="{resource.url}">Catch-up learning manual</a>' in english
    french = client.get(french_programme.url).content.decode()
    assert french_resource.url.startswith("/fr/")
    assert f'<a href="{french_resource.url}">Manuel de rattrapage scolaire</a>' in french


def test_directory_lists_live_programmes_of_its_language_by_title(
    client, programme_index, home_pages
):
    ProgrammePageFactory(parent=programme_index, title="Zambezi livelihoods", countries=["MZ"])
    ProgrammePageFactory(
        parent=programme_index,
        title="Ahead together",
        status="planned",
        countries=["CD", "CF"],
        is_illustrative=True,
    )
    ProgrammePageFactory(parent=programme_index, title="Draft programme", live=False)
    french_index = ProgrammeIndexPageFactory(parent=home_pages["fr"])
    ProgrammePageFactory(parent=french_index, title="Programme français")

    response = client.get("/en/programmes/?available=1")
    assert response.status_code == 200
    assert [p.title for p in response.context["items"]] == [
        "Ahead together",
        "Zambezi livelihoods",
    ]
    text = visible_text(response)
    assert "2 programmes" in text
    assert (
        "Planned · Democratic Republic of the Congo, Central African Republic · "
        "Illustrative example"
    ) in text
    assert "Active · Mozambique" in text
    assert "Draft programme" not in text and "Programme français" not in text
    assert "Programme français In French" in visible_text(client.get("/en/programmes/"))


def test_directory_costs_the_same_with_few_or_many_programmes(client, programme_index):
    def add(count, start=0):
        for n in range(start, start + count):
            ProgrammePageFactory(
                parent=programme_index, title=f"Programme {n:02d}", countries=["CD", "UG"]
            )

    assert_listing_costs_the_same(client, "/en/programmes/", add)


@pytest.mark.parametrize("number", ["abc", "0", "99999"])
def test_bad_page_numbers_still_show_the_directory(client, programme_index, number):
    for n in range(22):
        ProgrammePageFactory(parent=programme_index, title=f"Programme {n:02d}")
    response = client.get("/en/programmes/", {"page": number})
    assert response.status_code == 200
    assert "22 programmes" in visible_text(response)
    assert len(response.context["items"]) in (2, 20)
