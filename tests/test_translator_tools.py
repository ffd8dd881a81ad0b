"""An admin made for translators: the translation editor's actions are what they may do, its
progress is in view, actions they may not take are not offered anywhere, out-of-date
translations are flagged where they work, and what they translated before comes back to them.
"""

import html
import json
import re

from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from home.models import StandardPage

from .review_fixtures import edit_english, translation_of


def footer(response):
    """The translation editor's footer: (main action, other actions), as labels."""
    content = response.content.decode()
    match = re.search(r'<footer class="[^"]*hub-translation-footer">(.*?)</footer>', content, re.S)
    assert match, "the editor has no footer of its own"
    labels = [
        re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", label))).strip()
        for label in re.findall(r"<(?:a|button)\b[^>]*>(.*?)</(?:a|button)>", match.group(1), re.S)
    ]
    main, *others = [label for label in labels if label and label != "More actions"]
    return main, others


def editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response


CANNOT = ["Delete", "Convert to alias page", "Unpublish", "Stop synced translation"]


def test_the_editor_offers_the_translator_what_they_may_do(client, french, translator, reviewer):
    client.force_login(translator)
    main, others = footer(editor(client, french))
    assert main == "Send to review"
    assert "Save draft" in others and "Preview" in others
    for label in [*CANNOT, "Publish in Français"]:
        assert label not in [main, *others]
    # wagtail-localize's own footer (its main button "Convert to alias page") is not shown.
    response = editor(client, french)
    assert "css/translation-editor.css" in response.content.decode()
    with open(finders.find("css/translation-editor.css")) as stylesheet:
        rules = re.sub(r"/\*.*?\*/", "", stylesheet.read(), flags=re.S)
    assert re.search(r"\.hub-translation-editor footer\.footer\s*\{\s*display: none;", rules)

    client.force_login(reviewer)
    main, others = footer(editor(client, french))
    assert main == "Send to review"
    for label in ["Publish in Français", "Convert to alias page", "Stop synced translation"]:
        assert label in others


def test_a_reviewer_reviewing_finds_the_review_actions_first(client, partial, translator, reviewer):
    page = partial.get_target_instance()
    client.force_login(translator)
    client.post(reverse("hub_send_to_review", args=[page.pk]))
    main, others = footer(editor(client, page))
    assert main == "Preview"  # in review: nothing to save or send, the review's lock holds
    assert "Save draft" not in others

    client.force_login(reviewer)
    main, others = footer(editor(client, page))
    assert main == "Request changes"
    assert "Approve with untranslated text" in others


def test_the_editor_shows_the_progress(client, partial, translator):
    client.force_login(translator)
    content = editor(client, partial.get_target_instance()).content.decode()
    assert "25% translated" in content
    assert "Body › Paragraph" in content and "We work in five languages." in content


def row_buttons(client, parent):
    listing = client.get(reverse("wagtailadmin_explore", args=[parent.pk]))
    assert listing.status_code == 200
    return listing.content.decode()


def test_actions_the_translator_cannot_take_are_not_offered(client, french, translator, reviewer):
    parent = french.get_parent()
    draft = StandardPage(title="Brouillon", slug="brouillon", introduction="Texte.", live=False)
    parent.add_child(instance=draft)  # a draft of the translator's own, in French only
    child = StandardPage(title="Translated draft", slug="translated-draft", live=False)
    french.get_translation(Locale.objects.get(language_code="en")).add_child(instance=child)
    child_fr = child.copy_for_translation(Locale.objects.get(language_code="fr"))

    client.force_login(translator)
    content = row_buttons(client, parent)
    for url_name in ("delete", "move", "unpublish"):
        assert reverse(f"wagtailadmin_pages:{url_name}", args=[french.pk]) not in content
    assert reverse("wagtail_localize:convert_to_alias", args=[french.pk]) not in content
    assert "data-bulk-action-button" not in content  # no bulk actions at all
    # Their own French-only draft they may still delete; a draft translation is the reviewer's.
    assert reverse("wagtailadmin_pages:delete", args=[draft.pk]) in content
    child_listing = row_buttons(
        client, french.get_translation(Locale.objects.get(language_code="fr"))
    )
    assert reverse("wagtailadmin_pages:delete", args=[child_fr.pk]) not in child_listing
    perms = child_fr.permissions_for_user(translator)
    assert not perms.can_delete() and not perms.can_move()
    header = client.get(reverse("wagtailadmin_explore", args=[french.pk])).content.decode()
    assert reverse("wagtailadmin_pages:delete", args=[french.pk]) not in header

    client.force_login(reviewer)
    content = row_buttons(client, parent)
    assert reverse("wagtailadmin_pages:unpublish", args=[french.pk]) in content
    assert "data-bulk-action-button" in content


def test_out_of_date_translations_are_flagged_where_translators_work(
    client, english, french, translator
):
    client.force_login(translator)
    parent = french.get_parent()
    update_url = reverse("hub_update_translation", args=[translation_of(french).pk])
    assert update_url not in row_buttons(client, parent)
    assert "Needs updating" not in client.get(reverse("wagtailadmin_home")).content.decode()

    edit_english(english, introduction="Who we are, and since when.")
    listing = row_buttons(client, parent)
    assert "Needs updating" in listing and update_url in listing
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Needs updating" in dashboard
    assert "Who we are, and since when." in dashboard  # what changed
    assert "Introduction" in dashboard

    client.post(update_url)  # the translator updates their language: a draft
    assert update_url not in row_buttons(client, parent)
    assert (
        "Who we are, and since when."
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_the_translation_memory_offers_what_was_translated_elsewhere(
    client, english, french, translator
):
    other = StandardPage(title="Contact", slug="contact", introduction="Who we are.")
    english.get_parent().add_child(instance=other)
    other.save_revision().publish()
    fr = Locale.objects.get(language_code="fr")
    client.force_login(translator)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[other.pk]), {"locales": [fr.pk]}
    )
    suggestion = StringTranslation.objects.get(
        context__object_id=other.translation_key, translation_of__data="Who we are.", locale=fr
    )
    assert suggestion.data == "Qui nous sommes."  # as "About us" has it
    assert suggestion.has_error  # offered, to check: not counted, not published as is
    page = Page.objects.get(translation_key=other.translation_key, locale=fr)
    props = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', editor(client, page).content.decode()
    )
    data = json.loads(html.unescape(props.group(1)))
    shown = {t["data"]: t["error"] for t in data["initialStringTranslations"]}
    assert "translation memory" in shown["Qui nous sommes."]
