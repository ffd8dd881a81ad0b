"""Regional coalitions run their own pages: an Africa editor drafts and submits in Africa's
network, an Africa moderator (or the secretariat) approves and publishes it; Latin America's
people can do neither. Onboarding a national coalition is one step, from a command or the
admin. (The full role × region × language × action matrix is tests/test_permission_matrix.py.)
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupPagePermission,
    Locale,
    Page,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from resources.models import (
    NationalCoalitionPage,
    Region,
    RegionalNetworkPage,
    ResourceIndexPage,
    ResourcePage,
)
from resources.roles import SECRETARIAT_EDITORS, SECRETARIAT_PUBLISHERS

from .conftest import visible_text
from .helpers import member

REGIONS = ["Africa", "Latin America", "Middle East", "Southeast Asia"]


def region(slug):
    return Region.objects.get(slug=slug, locale=Locale.get_default())


@pytest.fixture
def networks(network_index):
    """The four regional network pages, live, in English; roles set up."""
    pages = {}
    for slug in ["africa", "latin-america", "middle-east", "southeast-asia"]:
        page = RegionalNetworkPage(
            title=f"{region(slug).name} regional network",
            slug=slug,
            region=region(slug),
            summary="A regional coalition.",
        )
        network_index.add_child(instance=page)
        page.save_revision().publish()
        pages[slug] = page
    call_command("setup_site", stdout=StringIO())
    return pages


@pytest.fixture
def people(networks):
    return {
        "africa_editor": member("africa-ed", "Africa network editors"),
        "africa_moderator": member("africa-mod", "Africa network moderators"),
        "latam_editor": member("latam-ed", "Latin America network editors"),
        "latam_moderator": member("latam-mod", "Latin America network moderators"),
        "secretariat_editor": member("sec-ed", SECRETARIAT_EDITORS),
        "secretariat_publisher": member("sec-pub", SECRETARIAT_PUBLISHERS),
    }


def logged_in(user):
    """A browser of its own for `user` (no messages left over from someone else's session)."""
    client = Client()
    client.force_login(user)
    return client


def coalition_form(title, slug, country, action):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "country": country,
            "summary": "Member organisations working for the children of Sierra Leone.",
            "about": streamfield([]),
            "members": "Example Children's Network",
            "focal_points": streamfield([]),
            "activities": streamfield([]),
            "comments": inline_formset([]),
            action: "1",
        }
    )


def in_progress_task(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk),
        workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
        status=TaskState.STATUS_IN_PROGRESS,
    )


def approve(client, page):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", in_progress_task(page).pk]
    )
    return client.post(url, {"comment": ""})


def submit_new_coalition(client, networks, editor):
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:add", args=["resources", "nationalcoalitionpage", networks["africa"].pk]
    )
    response = client.post(
        url, coalition_form("Sierra Leone coalition", "sierra-leone", "SL", "action-submit")
    )
    assert response.status_code == 302, (
        getattr(response, "context", None) and response.context["form"].errors
    )
    return NationalCoalitionPage.objects.get(slug="sierra-leone")


def test_setup_makes_every_role_once(networks):
    names = set(Group.objects.values_list("name", flat=True))
    assert {SECRETARIAT_EDITORS, SECRETARIAT_PUBLISHERS} <= names
    for name in REGIONS:
        assert {f"{name} network editors", f"{name} network moderators"} <= names
    assert set(REGIONS) <= set(Collection.objects.values_list("name", flat=True))
    for page in networks.values():
        assert page.get_workflow().name == "Regional review"
    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Collection.objects.count(),
    )
    call_command("setup_site", stdout=StringIO())
    assert (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Collection.objects.count(),
    ) == counts


def test_an_africa_editor_submits_and_an_africa_moderator_publishes(client, networks, people):
    mail.outbox.clear()
    page = submit_new_coalition(client, networks, people["africa_editor"])
    assert not page.live
    assert page.workflow_in_progress
    assert page.get_workflow().name == "Regional review"

    # The people who may publish there are told; Latin America's moderator is not.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "africa-mod@example.org" in recipients
    assert "sec-pub@example.org" in recipients
    assert "latam-mod@example.org" not in recipients
    assert "africa-ed@example.org" not in recipients

    # The editor may not approve their own page.
    response = approve(client, page)
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live

    # Latin America's moderator neither sees it to review nor can approve it.
    client = logged_in(people["latam_moderator"])
    assert "Sierra Leone coalition" not in visible_text(client.get(reverse("wagtailadmin_home")))
    response = approve(client, page)
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live

    # Africa's moderator finds it awaiting review, approves, and it is published.
    client = logged_in(people["africa_moderator"])
    dashboard = visible_text(client.get(reverse("wagtailadmin_home")))
    assert "Awaiting your review" in dashboard
    assert "Sierra Leone coalition" in dashboard
    assert approve(client, page).status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_the_secretariat_can_approve_any_regions_page(client, networks, people):
    page = submit_new_coalition(client, networks, people["africa_editor"])
    client.force_login(people["secretariat_publisher"])
    assert approve(client, page).status_code == 302
    page.refresh_from_db()
    assert page.live


def test_the_africa_editor_cannot_open_latin_americas_page_in_any_language(
    client, networks, people
):
    latam = networks["latin-america"]
    pages = [latam]
    for locale in Locale.objects.exclude(pk=latam.locale_id):
        copy = latam.copy_for_translation(locale, copy_parents=True)
        copy.save_revision().publish()
        pages.append(copy)
    client.force_login(people["africa_editor"])
    for page in pages:
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code in (302, 403), page.locale.language_code
    # ...while Latin America's editor can, in every language: the grants followed the copies.
    client.force_login(people["latam_editor"])
    for page in pages:
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.locale.language_code


def test_a_regional_resource_appears_in_the_site_wide_library(
    client, english_home, networks, people
):
    library = ResourceIndexPage(title="Resources", slug="resources")
    english_home.add_child(instance=library)
    library.save_revision().publish()
    client.force_login(people["africa_editor"])
    url = reverse(
        "wagtailadmin_pages:add", args=["resources", "resourcepage", networks["africa"].pk]
    )
    data = nested_form_data(
        {
            "title": "Community reintegration in the Great Lakes",
            "slug": "great-lakes",
            "summary": "What the Africa network learned from community-based reintegration.",
            "body": streamfield([]),
            "files": inline_formset([]),
            "publication_date": "2024-03-01",
            "resource_type": "thematic-report",
            "audiences": ["practitioners"],
            "comments": inline_formset([]),
            "action-submit": "1",
        }
    )
    assert client.post(url, data).status_code == 302
    resource = ResourcePage.objects.get(slug="great-lakes")
    assert resource.get_parent().pk == networks["africa"].pk
    assert "Community reintegration" not in visible_text(client.get("/en/resources/"))

    client.force_login(people["africa_moderator"])
    assert approve(client, resource).status_code == 302
    listing = visible_text(client.get("/en/resources/"))
    assert "Community reintegration in the Great Lakes" in listing


def test_translate_this_page_offers_only_languages_where_the_network_exists(
    client, networks, people
):
    africa = networks["africa"]
    french = Locale.objects.get(language_code="fr")
    africa.copy_for_translation(french, copy_parents=True).save_revision().publish()
    coalition = NationalCoalitionPage(
        title="Uganda national coalition", slug="uganda", country="UG", summary="In Uganda."
    )
    africa.add_child(instance=coalition)
    coalition.save_revision().publish()

    client.force_login(people["africa_editor"])
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[coalition.pk]))
    assert response.status_code == 200
    offered = set(
        response.context["form"].fields["locales"].queryset.values_list("language_code", flat=True)
    )
    assert offered == {"fr"}  # Africa's network page exists in French only, besides English

    client.force_login(people["latam_editor"])
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[coalition.pk]))
    assert (
        response.status_code in (302, 403)
        or not response.context["form"].fields["locales"].queryset.exists()
    )


def test_a_moderator_can_remove_a_coalition_page_but_not_the_network_page(networks, people):
    africa = networks["africa"]
    coalition = NationalCoalitionPage(
        title="Uganda national coalition", slug="uganda", country="UG", summary="In Uganda."
    )
    africa.add_child(instance=coalition)
    coalition.save_revision().publish()
    africa.refresh_from_db()
    moderator = people["africa_moderator"]
    assert coalition.permissions_for_user(moderator).can_delete()
    assert coalition.permissions_for_user(moderator).can_move()
    leaf_network = networks["middle-east"]
    middle_east_moderator = member("me-mod", "Middle East network moderators")
    # A network page with no children still cannot be removed by its own moderators.
    assert not leaf_network.permissions_for_user(middle_east_moderator).can_delete()
    assert not leaf_network.permissions_for_user(middle_east_moderator).can_move()
    assert africa.permissions_for_user(people["secretariat_publisher"]).can_delete()


# Onboarding


def onboard(*args):
    out = StringIO()
    call_command("add_coalition", *args, stdout=out)
    return out.getvalue()


def world():
    return (
        Page.objects.count(),
        Collection.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
    )


def test_add_coalition_makes_the_page_collection_and_group_once(networks):
    africa = networks["africa"]
    out = onboard("--region", "africa", "--country", "sl", "--name", "Sierra Leone Coalition")
    page = NationalCoalitionPage.objects.child_of(africa).get(country="SL")
    assert page.title == "Sierra Leone Coalition"
    assert not page.live
    assert page.get_latest_revision() is not None
    group = Group.objects.get(name="Sierra Leone coalition editors")
    collection = Collection.objects.get(name="Sierra Leone")
    assert collection.get_parent().name == "Africa"
    assert "Sierra Leone Coalition" in out and "Africa › Sierra Leone" in out
    assert "Sierra Leone coalition editors" in out

    # The group may edit the coalition's pages and nothing else of Africa's.
    coalition_editor = get_user_model().objects.create_user("sl", password="pw")
    coalition_editor.groups.add(group)
    assert page.permissions_for_user(coalition_editor).can_edit()
    assert not page.permissions_for_user(coalition_editor).can_publish()
    assert not africa.permissions_for_user(coalition_editor).can_edit()

    before = world()
    again = onboard("--region", "africa", "--country", "SL", "--name", "Sierra Leone Coalition")
    assert world() == before
    assert "nothing changed" in again


@pytest.mark.parametrize(
    "args, message",
    [
        (["--region", "mars", "--country", "SL", "--name", "X"], "no region “mars”"),
        (["--region", "africa", "--country", "XX", "--name", "X"], "not an ISO 3166"),
        (["--region", "africa", "--country", "CO", "--name", "X"], "not among the countries"),
        (["--region", "africa", "--country", "SL", "--name", "   "], "Give the coalition a name"),
        (["--region", "africa", "--country", "SL", "--name", "X" * 300], "longer than 255"),
        (
            ["--region", "africa", "--country", "SL", "--name", "X", "--language", "fr"],
            "no regional network page in fr",
        ),
    ],
)
def test_add_coalition_refuses_bad_arguments_and_changes_nothing(networks, args, message):
    before = world()
    with pytest.raises(CommandError, match=message):
        onboard(*args)
    assert world() == before


def test_a_coalition_group_follows_its_page_into_new_translations(networks):
    onboard("--region", "africa", "--country", "SL", "--name", "Sierra Leone Coalition")
    page = NationalCoalitionPage.objects.get(country="SL")
    french = Locale.objects.get(language_code="fr")
    copy = page.copy_for_translation(french, copy_parents=True)
    group = Group.objects.get(name="Sierra Leone coalition editors")
    assert GroupPagePermission.objects.filter(group=group, page=copy).count() == 2
    # The French Africa network page made on the way got the region's grants too.
    french_africa = copy.get_parent()
    editors = Group.objects.get(name="Africa network editors")
    assert GroupPagePermission.objects.filter(group=editors, page=french_africa).exists()


def test_the_secretariat_onboards_a_coalition_from_the_admin(client, networks, people):
    client.force_login(people["secretariat_editor"])
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("hub_onboard_coalition") in menu
    url = reverse("hub_onboard_coalition")
    assert client.get(url).status_code == 200

    before = world()
    response = client.post(url, {"region": "africa", "country": "CO", "name": "Wrong place"})
    assert response.status_code == 200
    assert "not among the countries of Africa" in visible_text(response)
    assert world() == before

    response = client.post(url, {"region": "africa", "country": "SL", "name": "Sierra Leone"})
    page = NationalCoalitionPage.objects.get(country="SL")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert Group.objects.filter(name="Sierra Leone coalition editors").exists()


def test_regional_editors_cannot_onboard(client, networks, people):
    client.force_login(people["africa_editor"])
    assert (
        reverse("hub_onboard_coalition")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    before = world()
    response = client.post(
        reverse("hub_onboard_coalition"), {"region": "africa", "country": "SL", "name": "X"}
    )
    assert response.status_code in (302, 403)
    assert world() == before


def test_the_dashboard_leads_a_regional_editor_to_their_network_in_each_language(networks, people):
    africa = networks["africa"]
    french = africa.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    response = logged_in(people["africa_editor"]).get(reverse("wagtailadmin_home"))
    text = visible_text(response)
    assert "Where you can edit" in text
    content = response.content.decode()
    for page in (africa, french):
        assert reverse("wagtailadmin_explore", args=[page.pk]) in content
    assert "Latin America regional network" not in text


def test_a_networks_region_cannot_be_changed_in_its_form(admin_client, networks):
    """The region's people hold their rights on the network page: moving it to another region
    would leave them in charge of it, so the region is fixed once the page exists."""
    africa = networks["africa"]
    url = reverse("wagtailadmin_pages:edit", args=[africa.pk])
    form = admin_client.get(url).context["form"]
    assert form.fields["region"].disabled
    data = nested_form_data(
        {
            "title": "Africa regional network",
            "slug": "africa",
            "region": region("latin-america").pk,
            "summary": "A regional coalition.",
            "about": streamfield([]),
            "members": "",
            "focal_points": streamfield([]),
            "activities": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    assert admin_client.post(url, data).status_code == 302
    africa.refresh_from_db()
    assert africa.region == region("africa")
    assert africa.get_latest_revision().as_object().region == region("africa")


def test_onboarding_names_things_in_the_sites_language_whoever_asks(networks):
    """An admin working in French still makes "Uganda coalition editors" and the collection
    "Uganda" (not "Ouganda"), so the secretariat finds one name for each thing."""
    from django.utils import translation

    from resources.coalitions import onboard_coalition

    with translation.override("fr"):
        onboarding = onboard_coalition("africa", "UG", "Coalition ougandaise")
    assert onboarding.group.name == "Uganda coalition editors"
    assert onboarding.collection.name == "Uganda"
    assert onboarding.page.summary == (
        "The national coalition in Uganda, a member of the Africa network."
    )


def test_a_coalitions_programme_appears_in_the_site_wide_directory(
    client, programme_index, networks, people
):
    """A programme published by Africa's moderator under a coalition's page is listed at
    /en/programmes/ with the directory's own programmes."""
    from .factories import ProgrammePageFactory

    programme_index.save_revision().publish()
    coalition = NationalCoalitionPage(
        title="Uganda national coalition", slug="uganda", country="UG", summary="In Uganda."
    )
    networks["africa"].add_child(instance=coalition)
    coalition.save_revision().publish()
    programme = ProgrammePageFactory(parent=coalition, title="Back to school in Gulu", live=False)
    assert programme.permissions_for_user(people["africa_moderator"]).can_publish()
    assert not programme.permissions_for_user(people["latam_moderator"]).can_publish()
    programme.save_revision(user=people["africa_moderator"]).publish(
        user=people["africa_moderator"]
    )
    assert "Back to school in Gulu" in visible_text(client.get("/en/programmes/"))
