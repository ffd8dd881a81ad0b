"""People are told: the language's reviewers when a translation is sent to them, the translator
when it is approved or sent back, and when the source of a page they translated changes.
Links start with the site's real address: WAGTAILADMIN_BASE_URL when set, else the address
the request came to; never a default port. An email that cannot be sent is logged, and the
action that sent it still happens."""

import logging
import re
import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.template.loader import get_template
from django.urls import reverse
from wagtail.models import Site
from wagtail.users.models import UserProfile

from hub import base_url
from resources.models import PsychosocialGuidancePage
from translations.roles import reviewers_group_name, translators_group_name

from .factories import GuidancePageFactory
from .helpers import member, translate_in_localize

HOST = "127.0.0.1:8105"  # an address the site may run on, not Wagtail's or Django's default


class BrokenMailServer(BaseEmailBackend):
    """A mail server that refuses everything, as one that is down or misconfigured does."""

    def open(self):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@pytest.fixture
def people(home_pages):
    call_command("setup_site", stdout=StringIO())
    return {
        "translator": member("traductrice", translators_group_name("fr")),
        "reviewer": member("relecteur", reviewers_group_name("fr")),
        "editor": member("editor", "Secretariat publishers"),
    }


@pytest.fixture
def english(guidance_index):
    page = GuidancePageFactory(
        parent=guidance_index,
        title="Listening to a child",
        slug="listening",
        summary="How to listen.",
        body=[],
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def french(english, people):
    """The French translation, done by the translator: a draft, not yet sent."""
    translate_in_localize(english, "fr", people["translator"], "FR")
    return PsychosocialGuidancePage.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )


def links(message):
    return re.findall(r"https?://\S+", message.body)


def send_to_review(client, page, user, capture):
    client.force_login(user)
    with capture(execute=True):
        response = client.post(
            reverse("hub_send_to_review", args=[page.pk]), HTTP_HOST=HOST, follow=False
        )
    assert response.status_code == 302
    return PsychosocialGuidancePage.objects.get(pk=page.pk)


def act(client, page, user, action, capture):
    state = page.current_workflow_state
    client.force_login(user)
    with capture(execute=True):
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, action, state.current_task_state.pk],
            ),
            {"comment": "Please check the summary." if action == "reject" else ""},
            HTTP_HOST=HOST,
        )
    assert response.status_code in (200, 302)


def test_the_reviewers_learn_when_a_translation_is_sent_to_them(
    client, people, french, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    send_to_review(client, french, people["translator"], django_capture_on_commit_callbacks)

    (message,) = [m for m in mail.outbox if people["reviewer"].email in m.to]
    assert "Review: Français" in message.body
    assert f"http://{HOST}/admin/pages/{french.pk}/edit/" in links(message)
    assert all(link.startswith(f"http://{HOST}/") for link in links(message))
    assert not any(people["translator"].email in m.to for m in mail.outbox)


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_translator_learns_when_the_translation_is_approved_or_sent_back(
    client, people, french, action, django_capture_on_commit_callbacks
):
    page = send_to_review(client, french, people["translator"], django_capture_on_commit_callbacks)
    mail.outbox.clear()

    act(client, page, people["reviewer"], action, django_capture_on_commit_callbacks)

    (message,) = [m for m in mail.outbox if people["translator"].email in m.to]
    if action == "approve":
        assert "has been approved" in message.body
    else:
        assert "has been rejected" in message.body
        assert "Please check the summary." in message.body
        assert f"http://{HOST}/admin/pages/{page.pk}/edit/" in links(message)
    for link in links(message):
        assert ":8000" not in link
        assert link.startswith((f"http://{HOST}/", Site.objects.get().root_url))


def test_links_use_the_configured_address_when_there_is_one(
    client, people, french, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://hub.example.org"
    mail.outbox.clear()

    send_to_review(client, french, people["translator"], django_capture_on_commit_callbacks)

    (message,) = [m for m in mail.outbox if people["reviewer"].email in m.to]
    assert f"https://hub.example.org/admin/pages/{french.pk}/edit/" in links(message)


def test_outside_a_request_links_use_the_sites_address(db, settings):
    settings.WAGTAILADMIN_BASE_URL = ""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "hub.example.org", 443
    site.save()
    assert base_url.admin_base_url() == "https://hub.example.org"


def test_wagtails_notification_base_is_replaced_by_ours():
    """templates/wagtailadmin/notifications/base.txt stands in for Wagtail's own."""
    ours = get_template(base_url.UPSTREAM_TEMPLATE)
    assert "admin_base_url" in ours.template.source
    assert "base_url_setting" not in ours.template.source


def test_a_translator_learns_when_the_source_of_their_translation_changes(
    client, people, english, french, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(people["editor"])
    english.summary = "How to listen, and when to stop."
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision(user=people["editor"]).publish()

    (message,) = mail.outbox
    assert message.to == [people["translator"].email]
    assert message.subject == (
        "“Listening to a child” has changed: your translation into Français may need updating"
    )
    assert "which you translated into Français, has been changed and published" in message.body
    edit = f"{base_url.admin_base_url()}/admin/pages/{french.pk}/edit/"
    assert edit in links(message)


def test_nobody_is_told_when_the_texts_did_not_change(
    people, english, french, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    english.show_in_menus = not english.show_in_menus  # not a text: nothing to translate
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision(user=people["editor"]).publish()
    assert mail.outbox == []


def test_the_translator_is_told_in_their_own_language(
    people, english, french, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(people["translator"])
    profile.preferred_language = "fr"
    profile.save()
    mail.outbox.clear()
    english.title = "Listening to a child who has come home"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision(user=people["editor"]).publish()

    (message,) = mail.outbox
    assert "a changé" in message.subject


def test_an_email_that_cannot_be_sent_is_logged_and_the_work_goes_on(
    client, people, english, french, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "hub.mail.LoggedEmailBackend"  # as outside tests
    settings.EMAIL_DELIVERY_BACKEND = "tests.test_notifications.BrokenMailServer"
    caplog.set_level(logging.ERROR)

    page = send_to_review(client, french, people["translator"], django_capture_on_commit_callbacks)
    act(client, page, people["reviewer"], "approve", django_capture_on_commit_callbacks)
    assert PsychosocialGuidancePage.objects.get(pk=page.pk).live
    english.summary = "Changed."
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision(user=people["editor"]).publish()

    logged = caplog.text
    assert "Connection unexpectedly closed" in logged
    assert "Review: Français" in logged and people["reviewer"].email in logged  # sent to review
    assert "has been approved" in logged and people["translator"].email in logged  # approved
    assert "“Listening to a child” has changed" in logged  # the source changed
