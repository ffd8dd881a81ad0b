"""Translators and reviewers per language: a translator writes drafts in their language's tree
and nowhere else, sends a translation to review, and the language's reviewer publishes it."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Workflow, WorkflowState

from resources.models import GuidanceIndexPage, PsychosocialGuidancePage
from translations.roles import reviewers_group_name, translators_group_name

from .factories import GuidancePageFactory
from .helpers import member, translate_in_localize


@pytest.fixture
def roles(home_pages):
    call_command("setup_site", stdout=StringIO())


@pytest.fixture
def french_translator(roles):
    return member("traductrice", translators_group_name("fr"))


@pytest.fixture
def french_reviewer(roles):
    return member("relecteur", reviewers_group_name("fr"))


@pytest.fixture
def guidance(home_pages):
    index = GuidanceIndexPage(title="Guidance", slug="guidance")
    home_pages["en"].add_child(instance=index)
    index.save_revision().publish()
    for code in ("fr", "ar"):
        copy = index.copy_for_translation(Locale.objects.get(language_code=code))
        copy.save_revision().publish()
    page = GuidancePageFactory(parent=index, title="Listening to children")
    page.save_revision().publish()
    return page


def test_groups_and_workflows_exist_for_every_language_and_setup_is_idempotent(roles):
    names = set(Group.objects.values_list("name", flat=True))
    for language in ["English", "Français", "Español", "العربية", "Português"]:
        assert f"Translators: {language}" in names
        assert f"Reviewers: {language}" in names
    workflows = set(Workflow.objects.values_list("name", flat=True))
    assert {"Translation review: Français", "Translation review: العربية"} <= workflows
    counts = (Group.objects.count(), Workflow.objects.count())
    call_command("setup_site", stdout=StringIO())
    assert (Group.objects.count(), Workflow.objects.count()) == counts


def test_french_tree_has_the_french_review_workflow(roles, home_pages):
    assert home_pages["fr"].get_workflow().name == "Translation review: Français"
    assert home_pages["ar"].get_workflow().name == "Translation review: العربية"


def test_translator_sends_a_translation_to_review_and_the_reviewer_publishes_it(
    client, guidance, french_translator, french_reviewer
):
    # The secretariat created the French translation job; the translator translates.
    translation = translate_in_localize(guidance, "fr", french_translator, "FR")
    french = PsychosocialGuidancePage.objects.get(
        translation_key=guidance.translation_key, locale__language_code="fr"
    )
    assert not french.live

    client.force_login(french_translator)
    dashboard = client.get("/admin/").content.decode()
    assert "ready to send to review" in dashboard
    confirm = client.get(f"/admin/pages/{french.pk}/send-to-review/")
    assert confirm.status_code == 200
    response = client.post(f"/admin/pages/{french.pk}/send-to-review/")
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(french.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Translation review: Français"
    french.refresh_from_db()
    assert "FR" in french.get_latest_revision_as_object().title
    assert not french.live  # a translator cannot publish

    client.force_login(french_reviewer)
    assert "Awaiting your review" in client.get("/admin/").content.decode()
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", task_state.pk]),
        {"comment": "Bien"},
    )
    assert response.status_code in (200, 302)
    french.refresh_from_db()
    assert french.live
    assert "FR" in client.get(french.url).content.decode()

    # The secretariat's report now marks the French translation up to date.
    admin = get_user_model().objects.create_superuser("secretariat")
    client.force_login(admin)
    export = client.get("/admin/reports/translation-status/", {"export": "csv", "locale": "fr"})
    rows = b"".join(export.streaming_content).decode().splitlines()
    row = next(line for line in rows if line.startswith("Listening to children,"))
    assert "Up to date" in row
    assert translation.source.translations.filter(target_locale__language_code="fr").exists()


def test_translator_cannot_publish_in_their_own_tree(client, guidance, french_translator):
    translate_in_localize(guidance, "fr", french_translator, "FR")
    french = PsychosocialGuidancePage.objects.get(
        translation_key=guidance.translation_key, locale__language_code="fr"
    )
    perms = french.permissions_for_user(french_translator)
    assert perms.can_edit() and not perms.can_publish()


def test_translator_is_refused_on_the_arabic_tree(client, guidance, french_translator):
    translate_in_localize(guidance, "ar", get_user_model().objects.create_superuser("s"), "AR")
    arabic = PsychosocialGuidancePage.objects.get(
        translation_key=guidance.translation_key, locale__language_code="ar"
    )
    client.force_login(french_translator)
    for url in (
        f"/admin/pages/{arabic.pk}/edit/",
        f"/admin/pages/{arabic.pk}/send-to-review/",
        f"/admin/pages/add/resources/psychosocialguidancepage/{arabic.get_parent().pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code != 200
    assert not arabic.permissions_for_user(french_translator).can_edit()


def test_translate_this_page_offers_only_the_translators_language(
    client, guidance, french_translator
):
    client.force_login(french_translator)
    url = reverse("wagtail_localize:submit_page_translation", args=[guidance.pk])
    response = client.get(url)
    assert response.status_code == 200
    offered = {
        locale.language_code for locale in response.context["form"].fields["locales"].queryset
    }
    assert offered == {"fr"}
    arabic = Locale.objects.get(language_code="ar")
    response = client.post(url, {"locales": [arabic.pk]})
    assert not PsychosocialGuidancePage.objects.filter(
        translation_key=guidance.translation_key, locale=arabic
    ).exists()


def test_demo_logins_for_the_french_translator_and_reviewer(client, home_pages):
    call_command("load_demo", "--demo-users", "--english-only", stdout=StringIO())
    assert client.login(username="translator-fr", password="hub-demo-password")
    assert client.get("/admin/").status_code == 200
    assert client.login(username="reviewer-fr", password="hub-demo-password")
    reviewer = get_user_model().objects.get(username="reviewer-fr")
    assert reviewer.groups.filter(name="Reviewers: Français").exists()


def test_the_explorer_offers_translate_and_sync_on_the_right_rows(
    admin_client, guidance, french_translator
):
    """The explorer's rows offer "Translate this page" while a language is missing and "Sync
    translated pages" once the page is the source of a translation (the hub answers both for
    the whole listing at once instead of wagtail-localize's queries per row)."""
    index = guidance.get_parent()
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[guidance.pk])
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert translate_url in listing
    assert "/localize/update/" not in listing

    translation = translate_in_localize(guidance, "fr", french_translator, "FR")
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert sync_url in listing
    assert translate_url in listing  # Spanish, Arabic and Portuguese are still missing

    for code in ("es", "ar", "pt"):
        copy = guidance.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True
        )
        copy.save_revision().publish()
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert translate_url not in listing
    assert sync_url in listing
