"""Nothing reaches French readers without the French reviewer.

Every route that changes a page in a language other than its source's is tried as the French
translator (who may edit the French tree, not publish there): each leaves the public French
page exactly as it was (byte for byte), and either is refused or leaves a draft that goes live
only through "Translation review: Français". The reviewer approves a specific revision, and a
translation with untranslated text only explicitly; that text is then marked as English on the
page (hub/language_marks.py).
"""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation

from home.models import StandardPage
from resources.models import Topic
from translations.drafts import publish_translation

from .review_fixtures import (
    PARAGRAPHS,
    edit_english,
    latest_revision,
    pending_review,
    public,
    refused,
    start_translation,
    translate,
    translation_of,
)

# Routes of wagtail-localize, as the French translator.


def test_convert_to_alias_is_refused_to_the_translator(client, french, translator, reviewer):
    before = public(french)
    url = reverse("wagtail_localize:convert_to_alias", args=[french.pk])
    client.force_login(translator)
    assert refused(client.get(url))
    assert refused(client.post(url))
    assert public(french) == before
    assert not Page.objects.get(pk=french.pk).alias_of_id
    assert Translation.objects.filter(pk=translation_of(french).pk).exists()

    client.force_login(reviewer)  # who may publish in French, may
    assert client.get(url).status_code == 200


def test_sync_with_publish_by_the_translator_is_a_draft_for_review(
    client, english, french, translator
):
    edit_english(english, introduction="Who we are, and what we do.")
    before = public(french)
    source = translation_of(french).source
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302
    assert public(french) == before
    draft = latest_revision(french)
    assert draft != Page.objects.get(pk=french.pk).live_revision
    assert "what we do" in draft.content["introduction"]  # the new English, marked, in the draft
    assert pending_review(french) is None
    client.post(reverse("hub_send_to_review", args=[french.pk]))
    assert pending_review(french) == "Translation review: Français"
    assert public(french) == before


def test_sync_without_publish_leaves_the_live_page_alone(client, english, french, translator):
    edit_english(english, introduction="Who we are, and what we do.")
    before = public(french)
    source = translation_of(french).source
    client.force_login(translator)
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert public(french) == before


def test_the_translator_syncs_their_language_into_a_draft(client, english, french, translator):
    edit_english(english, introduction="Who we are, and what we do.")
    before = public(french)
    translation = translation_of(french)
    client.force_login(translator)
    url = reverse("hub_update_translation", args=[translation.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Who we are, and what we do." in page.content.decode()  # what changed
    response = client.post(url)
    assert response.status_code == 302
    assert public(french) == before
    assert "what we do" in latest_revision(french).content["introduction"]
    # The changed sentence comes back with its previous French, to check.
    flagged = StringTranslation.objects.get(
        translation_of__data="Who we are, and what we do.", locale=translation.target_locale
    )
    assert flagged.data == "Qui nous sommes." and flagged.has_error
    assert "check" in flagged.get_error()


def test_stop_and_start_synced_translation_are_refused_to_the_translator(
    client, french, translator, reviewer
):
    translation = translation_of(french)
    before = public(french)
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    client.force_login(translator)
    assert refused(client.post(stop))
    translation.refresh_from_db()
    assert translation.enabled

    client.force_login(reviewer)
    assert client.post(stop, {"next": "/admin/"}).status_code == 302
    translation.refresh_from_db()
    assert not translation.enabled

    client.force_login(translator)
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert refused(client.post(edit, {"localize-restart-translation": "on"}))
    translation.refresh_from_db()
    assert not translation.enabled
    assert public(french) == before


def test_the_editor_refuses_publishing_to_the_translator_and_saves_drafts(
    client, french, translator
):
    translation = translation_of(french)
    translate(translation, {"Who we are.": "Qui sommes-nous ?"}, translator)
    before = public(french)
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    client.force_login(translator)
    assert refused(client.post(edit, {"action": "publish"}))
    assert public(french) == before
    client.post(edit, {"action": "save-draft"})
    assert public(french) == before
    assert latest_revision(french).content["introduction"] == "Qui sommes-nous ?"


def test_translating_over_a_live_alias_is_a_draft_for_review(
    client, english, french, translator, reviewer
):
    # The reviewer turned the French page into an alias of the English (their right).
    client.force_login(reviewer)
    client.post(reverse("wagtail_localize:convert_to_alias", args=[french.pk]))
    assert Page.objects.get(pk=french.pk).alias_of_id == english.pk
    before = public(french)
    assert b"Who we are." in before[1]

    # The translator's "Translate this page": the bypass rewrote the live page.
    client.force_login(translator)
    fr = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk]), {"locales": [fr.pk]}
    )
    assert response.status_code == 302
    assert public(french) == before
    page = Page.objects.get(pk=french.pk)
    assert page.alias_of_id is None and page.live
    client.post(reverse("hub_send_to_review", args=[french.pk]))
    assert pending_review(french) == "Translation review: Français"
    assert public(french) == before


def test_translating_a_subtree_leaves_live_translated_pages_alone(
    client, english, french, translator, reviewer
):
    child = StandardPage(title="Our history", slug="history", introduction="Since 1998.")
    english.add_child(instance=child)
    child.save_revision().publish()
    child_translation = start_translation(child)
    child_translation.save_target(publish=False)
    translate(child_translation, {"Our history": "Notre histoire", "Since 1998.": "Depuis 1998."})
    publish_translation(child_translation, reviewer)
    french_child = child.get_translation(Locale.objects.get(language_code="fr"))
    # The reviewer made the French "About us" an alias again; its French child stays live.
    client.force_login(reviewer)
    client.post(reverse("wagtail_localize:convert_to_alias", args=[french.pk]))
    translate(child_translation, {"Since 1998.": "DEPUIS 1998, NON RELU"}, translator)
    before, before_child = public(french), public(french_child)

    client.force_login(translator)
    fr = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    response = client.post(url, {"locales": [fr.pk], "include_subtree": "on"})
    assert response.status_code == 302
    assert public(french) == before
    assert public(french_child) == before_child
    assert "NON RELU" in latest_revision(french_child).content["introduction"]
    assert "NON RELU" not in before_child[1].decode()


# Routes of Wagtail, as the French translator.


def revert_data(revision, **actions):
    page = revision.as_object()
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield(
                [(block.block_type, rich_text(block.value.source)) for block in page.body]
            ),
            "comments": inline_formset([]),
            **actions,
        }
    )


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_reverting_to_an_earlier_revision_is_a_review(
    client, english, french, translator, reviewer, action
):
    first = Page.objects.get(pk=french.pk).live_revision
    translation = translation_of(french)
    translate(translation, {"Who we are.": "Qui sommes-nous ?"}, reviewer)
    publish_translation(translation, reviewer)
    before = public(french)
    assert "Qui sommes-nous" in before[1].decode()

    client.force_login(translator)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[french.pk, first.pk])
    assert client.get(url).status_code == 200  # Wagtail's editor, with the earlier version
    response = client.post(url, revert_data(first, **{action: "on"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert public(french) == before
    assert latest_revision(french).content["introduction"] == "Qui nous sommes."
    if action == "action-submit":
        assert pending_review(french) == "Translation review: Français"


def test_copying_a_page_is_a_draft_never_live(client, french, translator):
    before = public(french)
    client.force_login(translator)
    url = reverse("wagtailadmin_pages:copy", args=[french.pk])
    form = client.get(url).context["form"]
    # Only those who may publish are offered to publish the copy or make it an alias.
    assert "publish_copies" not in form.fields and "alias" not in form.fields
    data = {"new_title": "Copie", "new_slug": "copie", "new_parent_page": french.get_parent().pk}
    response = client.post(url, {**data, "publish_copies": "on", "alias": "on"})
    assert response.status_code == 302
    copy = Page.objects.get(slug="copie", locale__language_code="fr")
    assert not copy.live and copy.alias_of_id is None
    assert public(french) == before


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move"])
def test_bulk_actions_are_refused_to_the_translator(client, french, translator, action):
    translation = translation_of(french)
    translate(translation, {"Who we are.": "Qui sommes-nous ?"}, translator)
    client.force_login(translator)
    client.post(reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "save-draft"})
    before = public(french)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    data = {"move_applicable": "on", "chooser": french.get_parent().get_parent().pk}
    response = client.post(f"{url}?id={french.pk}&next=/admin/", data)
    assert response.status_code in (200, 302)
    assert public(french) == before
    assert Page.objects.get(pk=french.pk).get_parent().pk == french.get_parent().pk


def test_the_review_approves_the_revision_that_was_sent(client, french, translator, reviewer):
    translation = translation_of(french)
    translate(translation, {"Who we are.": "Qui sommes-nous ?"}, translator)
    client.force_login(translator)
    client.post(reverse("hub_send_to_review", args=[french.pk]))
    assert pending_review(french) == "Translation review: Français"
    before = public(french)

    # The translator goes on translating: the strings are kept, not put into the review...
    translate(translation, {"Who we are.": "TEXTE NON RELU"}, translator)
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    client.post(edit, {"action": "save-draft"})  # ...and no draft can be saved while in review
    assert "NON RELU" not in latest_revision(french).content["introduction"]
    # A route that ignores the review's lock writes a revision anyway.
    sneaky = Page.objects.get(pk=french.pk).specific
    sneaky.introduction = "TEXTE NON RELU"
    sneaky.save_revision(user=translator)
    assert public(french) == before

    client.force_login(reviewer)
    task_state = WorkflowState.objects.get(
        object_id=str(french.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302
    page = StandardPage.objects.get(pk=french.pk)
    assert page.introduction == "Qui sommes-nous ?"  # the revision that was reviewed
    assert page.has_unpublished_changes  # the later one stays a draft
    assert "NON RELU" not in public(french)[1].decode()


# Complete or explicit.


def test_send_to_review_shows_the_percentage_and_the_untranslated_fields(
    client, partial, translator
):
    page = partial.get_target_instance()
    client.force_login(translator)
    screen = client.get(reverse("hub_send_to_review", args=[page.pk])).content.decode()
    assert "25% translated" in screen
    assert "(1 of 4 segments)" in screen
    assert "Introduction" in screen and "Who we are." in screen
    assert "We work in five languages." in screen
    client.post(reverse("hub_send_to_review", args=[page.pk]))
    assert pending_review(page) == "Translation review: Français"


def test_a_partial_translation_is_published_only_explicitly_and_marked_english(
    client, partial, translator, reviewer
):
    page = partial.get_target_instance()
    client.force_login(translator)
    client.post(reverse("hub_send_to_review", args=[page.pk]))
    task_state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state

    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Approve with untranslated text" in dashboard

    def action_url(name):
        return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk])

    assert refused(client.post(action_url("approve"), {"comment": ""}))
    screen = client.get(
        action_url("approve-untranslated"), headers={"x-requested-with": "XMLHttpRequest"}
    )
    html = screen.json()["html"]
    assert "25% translated" in html and "We are a coalition." in html
    # Without ticking the acceptance, nothing is approved.
    answer = client.post(
        action_url("approve-untranslated"),
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert "Tick this box" in answer.json()["html"]
    assert not Page.objects.get(pk=page.pk).live

    client.post(action_url("approve-untranslated"), {"accept_untranslated": "on", "comment": ""})
    page = StandardPage.objects.get(pk=page.pk)
    assert page.live
    status, content = public(page)
    assert status == 200
    assert_no_silent_english(content.decode(), ["Who we are.", *PARAGRAPHS])
    assert "À propos" in content.decode()
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")
    assert "3 segment(s) published in English" in state.current_task_state.comment


class LanguageOfText(HTMLParser):
    """Each text node of a document, with the language it is declared in (nearest `lang`)."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "col", "area"}

    def __init__(self):
        super().__init__()
        self.stack, self.texts = [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang")
        self.stack.append(lang if lang is not None else (self.stack[-1] if self.stack else None))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            self.texts.append((self.stack[-1] if self.stack else None, data.strip()))


def assert_no_silent_english(html, english_texts):
    """Every piece of `english_texts` on the page is inside an element with lang="en"."""
    parser = LanguageOfText()
    parser.feed(html)
    for text in english_texts:
        found = [lang for lang, data in parser.texts if text in data]
        assert found, f"{text!r} is not on the page"
        assert set(found) == {"en"}, f"{text!r} is shown under /fr/ as {found}"


def test_english_is_never_silently_shown_under_fr(client, partial, reviewer):
    """However a partial translation is published (here by the reviewer from the editor, after
    ticking the acceptance), its English is marked as English, in the page and in the listing
    of its parent."""
    page = partial.get_target_instance()
    client.force_login(reviewer)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(edit, {"action": "publish"})  # refused: incomplete, nothing accepted
    assert not Page.objects.get(pk=page.pk).live
    client.post(edit, {"action": "publish", "accept-untranslated": "on"})
    page = StandardPage.objects.get(pk=page.pk)
    assert page.live
    html = public(page)[1].decode()
    assert_no_silent_english(html, ["Who we are.", *PARAGRAPHS])
    assert re.search(r'<html lang="fr"', html)
    # Readers are told, in French, at the top of the page.
    assert "Certaines parties de cette page ne sont pas encore traduites" in html
    # Untranslated text never reaches the <title> or attributes with its marks.
    assert "\ue000" not in html and "\ue002" not in html


def test_translating_a_snippet_is_refused_to_the_translator(client, translator):
    """A topic has no drafts: translating it publishes it, which is the secretariat's."""
    topic = Topic.objects.create(name="Child marriage", slug="child-marriage")
    fr = Locale.objects.get(language_code="fr")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["resources", "topic", topic.pk]
    )
    client.force_login(translator)
    assert refused(client.get(url))
    assert refused(client.post(url, {"locales": [fr.pk]}))
    assert not Topic.objects.filter(translation_key=topic.translation_key, locale=fr).exists()
