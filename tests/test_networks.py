"""Regional networks and national coalitions: where they may go, what an editor's form accepts,
and what a reader finds on them (the region's coalitions, members, focal points, news)."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from resources.models import (
    NationalCoalitionPage,
    NetworkIndexPage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourcePage,
)

from .conftest import visible_text
from .factories import (
    NationalCoalitionPageFactory,
    NetworkIndexPageFactory,
    RegionalNetworkPageFactory,
)


def region(slug):
    return Region.objects.get(slug=slug, locale__language_code="en")


def network_form_data(**fields):
    """The fields every network page's form posts, then those of its type."""
    return nested_form_data(
        {
            "summary": "Coalitions of the region working together.",
            "about": streamfield([("paragraph", rich_text("<p>Founded in 2001.</p>"))]),
            "members": "Child Rights Forum\nWar Child Uganda\n",
            "focal_points": streamfield(
                [("focal_point", {"role": "Coordinator", "email": "africa@example.org"})]
            ),
            "activities": streamfield(
                [
                    (
                        "activity",
                        {
                            "date": "2024-05-01",
                            "title": "Regional meeting in Kampala",
                            "text": rich_text("<p>Twelve coalitions met.</p>"),
                        },
                    )
                ]
            ),
            **fields,
        }
    )


class TestNetworkPageTypes(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")

    def test_where_network_pages_may_go(self):
        self.assertAllowedParentPageTypes(NetworkIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NetworkIndexPage, {RegionalNetworkPage})
        self.assertAllowedParentPageTypes(RegionalNetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(
            RegionalNetworkPage,
            {NationalCoalitionPage, ReintegrationProgrammePage, ResourcePage},
        )
        self.assertAllowedParentPageTypes(NationalCoalitionPage, {RegionalNetworkPage})
        self.assertAllowedSubpageTypes(
            NationalCoalitionPage, {ReintegrationProgrammePage, ResourcePage}
        )
        self.assertCanCreateAt(HomePage, NetworkIndexPage)
        self.assertCanCreateAt(NetworkIndexPage, RegionalNetworkPage)
        self.assertCanCreateAt(RegionalNetworkPage, NationalCoalitionPage)
        self.assertCanNotCreateAt(HomePage, RegionalNetworkPage)
        self.assertCanNotCreateAt(NetworkIndexPage, NationalCoalitionPage)
        self.assertCanNotCreateAt(NationalCoalitionPage, NationalCoalitionPage)
        self.assertCanNotCreateAt(StandardPage, NetworkIndexPage)

    def test_one_network_index_per_language(self):
        NetworkIndexPageFactory(parent=self.home)
        assert not NetworkIndexPage.can_create_at(self.home)

    def test_editor_creates_the_network_index_with_the_form(self):
        self.assertCanCreate(
            self.home,
            NetworkIndexPage,
            nested_form_data(
                {"title": "Networks", "slug": "networks", "introduction": "Where we work."}
            ),
        )
        assert NetworkIndexPage.objects.get(slug="networks").url == "/en/networks/"

    def test_editor_creates_a_regional_network_with_the_form(self):
        index = NetworkIndexPageFactory(parent=self.home)
        data = network_form_data(
            title="Africa regional network", slug="africa", region=region("africa").pk
        )
        data["countries_covered"] = ["UG", "CD", "SL"]
        self.assertCanCreate(index, RegionalNetworkPage, data)

        page = RegionalNetworkPage.objects.get(slug="africa")
        assert page.live
        assert page.region == region("africa")
        assert sorted(c.code for c in page.countries_covered) == ["CD", "SL", "UG"]
        assert page.member_list == ["Child Rights Forum", "War Child Uganda"]
        assert page.focal_points[0].value["email"] == "africa@example.org"
        assert page.activities[0].value["date"] == datetime.date(2024, 5, 1)
        self.assertPageIsRenderable(page)

    def test_editor_creates_a_national_coalition_with_the_form(self):
        regional = RegionalNetworkPageFactory(parent=NetworkIndexPageFactory(parent=self.home))
        self.assertCanCreate(
            regional,
            NationalCoalitionPage,
            network_form_data(title="Uganda coalition", slug="uganda", country="UG"),
        )
        page = NationalCoalitionPage.objects.get(slug="uganda")
        assert page.country.code == "UG"
        assert page.get_parent().specific == regional
        self.assertPageIsRenderable(page)

    def test_a_regional_network_needs_a_region_and_a_summary(self):
        index = NetworkIndexPageFactory(parent=self.home)
        data = network_form_data(title="Nowhere", slug="nowhere", region="", summary="")
        data["action-publish"] = "publish"
        response = self.client.post(
            f"/admin/pages/add/resources/regionalnetworkpage/{index.pk}/", data
        )
        assert response.status_code == 200
        assert {"region", "summary"} <= set(response.context["form"].errors)
        assert not RegionalNetworkPage.objects.exists()

    def test_a_focal_point_needs_a_valid_address(self):
        regional = RegionalNetworkPageFactory(parent=NetworkIndexPageFactory(parent=self.home))
        data = network_form_data(title="Uganda coalition", slug="uganda", country="UG")
        data["focal_points-0-value-email"] = "not an address"
        data["action-publish"] = "publish"
        response = self.client.post(
            f"/admin/pages/add/resources/nationalcoalitionpage/{regional.pk}/", data
        )
        assert response.status_code == 200
        assert "focal_points" in response.context["form"].errors
        assert not NationalCoalitionPage.objects.exists()


@pytest.fixture
def africa(network_index):
    network = RegionalNetworkPageFactory(
        parent=network_index,
        title="Africa regional network",
        slug="africa",
        region=region("africa"),
        summary="Coalitions of Africa working together.",
        countries_covered=["CD", "UG"],
        members="Child Rights Forum\n\n  War Child Uganda  \n",
        focal_points=[
            {"type": "focal_point", "value": {"role": "Coordinator", "email": "af@example.org"}},
            {"type": "focal_point", "value": {"role": "Press", "email": "press@example.org"}},
        ],
        activities=[
            {
                "type": "activity",
                "value": {
                    "date": "2024-05-01",
                    "title": "Regional meeting in Kampala",
                    "text": "<p>Twelve coalitions met.</p>",
                },
            }
        ],
        about=[{"type": "paragraph", "value": "<p>Founded in 2001.</p>"}],
    )
    NationalCoalitionPageFactory(
        parent=network, title="Uganda coalition", slug="uganda", country="UG", summary="In UG."
    )
    NationalCoalitionPageFactory(
        parent=network,
        title="DRC coalition",
        slug="drc",
        country="CD",
        summary="In the DRC.",
    )
    NationalCoalitionPageFactory(parent=network, title="Unpublished coalition", live=False)
    return network


def test_regional_network_lists_its_national_coalitions(client, africa):
    response = client.get(africa.url)
    assert response.status_code == 200
    assert [p.title for p in response.context["coalitions"]] == [
        "DRC coalition",
        "Uganda coalition",
    ]
    content = response.content.decode()
    text = visible_text(response)
    assert "National coalitions DRC coalition Democratic Republic of the Congo In the DRC." in text
    assert "Uganda coalition Uganda In UG." in text
    assert '<a href="/en/networks/africa/uganda/">Uganda coalition</a>' in content
    assert "Unpublished coalition" not in text


def test_regional_network_shows_countries_members_focal_points_and_news(client, africa):
    response = client.get(africa.url)
    content = response.content.decode()
    text = visible_text(response)
    assert "Regional network Africa regional network" in text
    assert "Countries covered: Democratic Republic of the Congo, Uganda" in text
    assert "Founded in 2001." in text
    assert "Members Child Rights Forum War Child Uganda" in text
    assert "<li>War Child Uganda</li>" in content
    coordinator = '<li>Coordinator: <a href="mailto:af@example.org">af@example.org</a></li>'
    press = '<li>Press: <a href="mailto:press@example.org">press@example.org</a></li>'
    assert coordinator in content and press in content
    assert content.index(coordinator) < content.index(press)
    assert "Focal points Coordinator: af@example.org Press: press@example.org" in text
    assert "Activities and news Regional meeting in Kampala 1 May 2024 Twelve coalitions met." in (
        text
    )
    assert '<time datetime="2024-05-01">' in content


def test_empty_sections_are_left_out(client, network_index):
    page = RegionalNetworkPageFactory(parent=network_index)
    text = visible_text(client.get(page.url))
    for heading in ("National coalitions", "Members", "Focal points", "Activities and news"):
        assert heading not in text
    assert "Countries covered" not in text


def test_national_coalition_page_names_its_country(client, africa):
    page = NationalCoalitionPage.objects.get(slug="drc")
    page.members = "Coalition member A\nCoalition member B"
    page.focal_points = [
        {"type": "focal_point", "value": {"role": "Coordinator", "email": "drc@example.org"}}
    ]
    page.save()
    response = client.get(page.url)
    assert response.status_code == 200
    text = visible_text(response)
    assert "National coalition · Democratic Republic of the Congo DRC coalition In the DRC." in text
    assert "Members Coalition member A Coalition member B" in text
    assert "Focal points Coordinator: drc@example.org" in text


def test_network_index_lists_regional_networks_with_their_region(client, network_index, africa):
    RegionalNetworkPageFactory(
        parent=network_index, title="Latin America network", region=region("latin-america")
    )
    RegionalNetworkPageFactory(parent=network_index, title="Draft network", live=False)
    response = client.get("/en/networks/")
    assert response.status_code == 200
    assert [p.title for p in response.context["networks"]] == [
        "Africa regional network",
        "Latin America network",
    ]
    text = visible_text(response)
    assert "Africa regional network Africa Coalitions of Africa working together." in text
    assert "Latin America network Latin America" in text
    assert "Draft network" not in text


def test_region_choices_are_those_of_the_pages_language(admin_client, home_pages):
    from wagtail.models import Locale

    from resources.models import NetworkIndexPage, Region

    africa = Region.objects.get(slug="africa", locale__language_code="en")
    africa.copy_for_translation(Locale.objects.get(language_code="fr")).save()
    index = NetworkIndexPage(title="Réseaux", slug="reseaux")
    home_pages["fr"].add_child(instance=index)
    response = admin_client.get(f"/admin/pages/add/resources/regionalnetworkpage/{index.pk}/")
    regions = response.context["form"].fields["region"].queryset
    assert {r.locale.language_code for r in regions} == {"fr"}
    assert [r.slug for r in regions] == ["africa"]
