"""Offline translation, the way a translator works: an editor submits an English guidance page
for translation; the French translator downloads its PO file from the translation editor, fills
it in with their own tool, uploads it and publishes; readers of /fr/ then read French, down to
the bold words and the link inside a paragraph.

The file is what translators' tools expect (a full header, Plural-Forms per language, a comment
naming each text's field and page; GNU msgfmt finds nothing to fix). A file that is damaged,
cut short, for another translation or language, or whose translations lose the original's tags
or placeholders is refused and changes nothing. On a live page an upload is a draft for the
language's reviewer. Only those with rights on the French pages may download or upload."""

import html
import json
import re
import shutil
import subprocess
import uuid
from io import StringIO

import polib
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from resources.models import PsychosocialGuidancePage
from translations.localize import po_export
from translations.roles import reviewers_group_name, translators_group_name

from .conftest import visible_text
from .factories import GuidancePageFactory
from .helpers import OTHER_LANGUAGES, member

LINK = "https://example.org/listening-guide"

# Every text of the page, as wagtail-localize offers it to the translator, and its French.
FRENCH = {
    "Listening to a child who has come home": "Écouter un enfant revenu chez lui",
    "listening": "ecouter",
    "How to hear a child's story without harming them.": (
        "Comment entendre l’histoire d’un enfant sans lui nuire."
    ),
    "Remember": "À retenir",
    "Listen first.": "Écoutez d’abord.",
    "Go slowly.": "Allez lentement.",
    "Before you talk": "Avant de parler",
    "Find a quiet place": "Trouvez un endroit calme",
    "Not a classroom.": "Pas une salle de classe.",
    "Say who you are": "Dites qui vous êtes",
    "Let the child lead": "Laissez l’enfant mener",
    "Ask for details of violence": "Demander des détails sur les violences",
    'Read <a id="a1">the <b>full</b> guide</a> and <b>ask for help</b> when you need it.': (
        'Lisez <a id="a1">le guide <b>complet</b></a> et <b>demandez de l’aide</b> si besoin.'
    ),
    "Technical group": "Groupe technique",
}
# What an English reader sees of those texts (the slug is in the address, not on the page).
ENGLISH_ON_PAGE = [
    "Listening to a child who has come home",
    "How to hear a child's story without harming them.",
    "Remember",
    "Listen first.",
    "Go slowly.",
    "Before you talk",
    "Find a quiet place",
    "Not a classroom.",
    "Say who you are",
    "Let the child lead",
    "Ask for details of violence",
    "Read the full guide and ask for help when you need it.",
    "Technical group",
]
FRENCH_ON_PAGE = [
    "Écouter un enfant revenu chez lui",
    "Comment entendre l’histoire d’un enfant sans lui nuire.",
    "À retenir",
    "Écoutez d’abord.",
    "Allez lentement.",
    "Avant de parler",
    "Trouvez un endroit calme",
    "Pas une salle de classe.",
    "Dites qui vous êtes",
    "Laissez l’enfant mener",
    "Demander des détails sur les violences",
    "Lisez le guide complet et demandez de l’aide si besoin.",
    "Groupe technique",
]


def items(*values):
    """A ListBlock's items as the page editor saves them: each with its own id."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def guidance_body():
    return [
        {
            "type": "key_messages",
            "value": {"heading": "Remember", "messages": items("Listen first.", "Go slowly.")},
        },
        {
            "type": "steps",
            "value": {
                "heading": "Before you talk",
                "steps": items(
                    {"title": "Find a quiet place", "detail": "Not a classroom."},
                    {"title": "Say who you are", "detail": ""},
                ),
            },
        },
        {
            "type": "do_dont",
            "value": {
                "do": items("Let the child lead"),
                "dont": items("Ask for details of violence"),
            },
        },
        {
            "type": "paragraph",
            "value": f'<p>Read <a href="{LINK}">the <b>full</b> guide</a> and <b>ask for help</b>'
            " when you need it.</p>",
        },
    ]


def messages_of(response):
    return [html.unescape(str(message)).strip() for message in response.context["messages"]]


def filled(po, translations):
    """The PO file as the translator sends it back: every msgstr filled in."""
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = translations[entry.msgid]
    return po


def po_upload(po_or_bytes, name="listening-fr.po"):
    content = po_or_bytes if isinstance(po_or_bytes, bytes) else str(po_or_bytes).encode()
    return SimpleUploadedFile(name, content, content_type="text/x-gettext-translation")


def download_url(translation):
    return reverse("wagtail_localize:download_pofile", args=[translation.pk])


def upload_url(translation):
    return reverse("wagtail_localize:upload_pofile", args=[translation.pk])


def editor_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])


def upload(client, translation, file):
    """POST the file from the translation editor, as the translator's browser does."""
    return client.post(
        upload_url(translation),
        {"file": file, "next": editor_url(translation)},
        follow=True,
    )


def editor_props(response):
    """The data the translation editor (a React app) is started with."""
    match = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    )
    return json.loads(html.unescape(match.group(1)))


def page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


@pytest.fixture
def submit(admin_client, django_capture_on_commit_callbacks):
    """An editor's "Translate this page": the page and the chosen languages."""

    def submit(page, *codes):
        locales = Locale.objects.filter(language_code__in=codes)
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(
                reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                {"locales": [locale.pk for locale in locales]},
            )
        assert response.status_code == 302
        return {
            t.target_locale.language_code: t
            for t in Translation.objects.filter(
                source__object_id=page.translation_key, target_locale__in=locales
            )
        }

    return submit


@pytest.fixture
def english_guidance(guidance_index):
    page = GuidancePageFactory(
        parent=guidance_index,
        title="Listening to a child who has come home",
        slug="listening",
        summary="How to hear a child's story without harming them.",
        body=guidance_body(),
        reviewed_by="Technical group",
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def french_translation(english_guidance, submit):
    return submit(english_guidance, "fr")["fr"]


@pytest.fixture
def french_translators(home_pages):
    """The group of the French translators: admin access, edit and publish the French pages."""
    group = Group.objects.create(name="French translators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home_pages["fr"],
            permission=page_permission(codename),
        )
    return group


@pytest.fixture
def translator_client(client, django_user_model, french_translators):
    translator = django_user_model.objects.create_user("amelie", password="pw")
    translator.groups.add(french_translators)
    client.force_login(translator)
    return client


def test_a_translator_translates_a_page_offline_through_a_po_file(
    translator_client, french_translation, django_capture_on_commit_callbacks
):
    client = translator_client
    # The translation editor offers the PO file...
    editor = client.get(editor_url(french_translation))
    assert editor.status_code == 200
    assert editor_props(editor)["links"]["downloadPofile"] == download_url(french_translation)

    # ...which holds every text of the page, nothing translated yet.
    download = client.get(download_url(french_translation))
    assert download.status_code == 200
    assert download["Content-Disposition"].endswith("-fr.po")
    po = polib.pofile(download.content.decode())
    assert sorted(entry.msgid for entry in po) == sorted(FRENCH)
    assert all(entry.msgstr == "" for entry in po)

    # The translator fills it in with their own tool and uploads it.
    imported = upload(client, french_translation, po_upload(filled(po, FRENCH)))
    assert "Successfully imported translations from PO File." in messages_of(imported)

    # Then publishes from the translation editor.
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(editor_url(french_translation), {"action": "publish"}, follow=True)
    assert messages_of(published) == ["Published 'Écouter un enfant revenu chez lui' in Français."]

    french_page = PsychosocialGuidancePage.objects.get(
        pk=french_translation.get_target_instance().pk
    )
    assert french_page.live
    assert french_page.url == "/fr/guidance/ecouter/"
    response = client.get("/fr/guidance/ecouter/")
    assert response.status_code == 200
    text = visible_text(response)
    for french_text in FRENCH_ON_PAGE:
        assert french_text in text
    for english_text in ENGLISH_ON_PAGE:
        assert english_text not in text
    # The bold words and the link survived the round trip, around the French words.
    content = response.content.decode()
    assert f'<a href="{LINK}">le guide <b>complet</b></a>' in content
    assert "<b>demandez de l’aide</b>" in content

    # The English page is as it was.
    english = visible_text(client.get("/en/guidance/listening/"))
    for english_text in ENGLISH_ON_PAGE:
        assert english_text in english


def test_downloading_again_gives_back_the_translators_french(translator_client, french_translation):
    po = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())
    upload(translator_client, french_translation, po_upload(filled(po, FRENCH)))

    again = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())
    assert {entry.msgid: entry.msgstr for entry in again} == FRENCH


# The file as translators' tools expect it.


def test_the_po_file_has_a_full_header_and_says_where_each_text_comes_from(
    translator_client, french_translation
):
    po = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())

    header = po.metadata
    assert header["Project-Id-Version"].endswith(": Listening to a child who has come home")
    assert header["Language"] == "fr"
    assert header["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
    assert header["Language-Team"] == "Translators: Français"
    assert header["Last-Translator"] == "amelie"  # no translation yet: the one downloading
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert header["Content-Transfer-Encoding"] == "8bit"
    assert header["X-WagtailLocalize-TranslationID"] == str(french_translation.uuid)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d[+-]\d{4}", header["PO-Revision-Date"])
    page = "Page: “Listening to a child who has come home”, /en/guidance/listening/"
    comments = {entry.msgid: entry.comment.splitlines() for entry in po}
    assert comments["Listening to a child who has come home"] == ["Field: Title", page]
    assert comments["Remember"] == ["Field: Guidance › Key messages › Heading", page]
    assert comments["Listen first."] == ["Field: Guidance › Key messages › Messages", page]
    assert comments["Find a quiet place"] == [
        "Field: Guidance › Numbered steps › Steps › Step",
        page,
    ]
    assert comments[PARAGRAPH] == ["Field: Guidance › Paragraph", page]
    assert comments["Technical group"] == ["Field: Reviewed by", page]


def test_the_last_translator_is_named_once_someone_has_translated(
    translator_client, french_translation, translated, django_user_model
):
    amelie = django_user_model.objects.get(username="amelie")
    amelie.first_name, amelie.last_name, amelie.email = "Amélie", "Martin", "amelie@example.org"
    amelie.save()

    po = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())

    assert po.metadata["Last-Translator"] == "Amélie Martin <amelie@example.org>"
    latest = StringTranslation.objects.latest("updated_at").updated_at
    assert po.metadata["PO-Revision-Date"] == latest.strftime("%Y-%m-%d %H:%M%z")


@pytest.mark.parametrize(
    ("code", "plural_forms"),
    [
        ("fr", "nplurals=2; plural=(n > 1);"),
        ("es", "nplurals=2; plural=(n != 1);"),
        ("pt", "nplurals=2; plural=(n != 1);"),
        ("pt-br", "nplurals=2; plural=(n > 1);"),
        ("pt_BR", "nplurals=2; plural=(n > 1);"),
        (
            "ar",
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
            ": n%100>=11 ? 4 : 5);",
        ),
        ("xx", "nplurals=2; plural=(n != 1);"),  # a language gettext does not know
    ],
)
def test_each_language_has_its_plural_forms(code, plural_forms):
    assert po_export.plural_forms(code) == plural_forms


def test_every_language_of_the_site_has_a_plural_rule_of_its_own():
    for code in OTHER_LANGUAGES:
        assert code.split("-")[0] in po_export.PLURAL_FORMS, code


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU gettext (.ci/run installs)")
def test_gnu_msgfmt_finds_nothing_to_fix_in_any_language(
    admin_client, english_guidance, submit, tmp_path
):
    translations = submit(english_guidance, *OTHER_LANGUAGES)
    french = translations["fr"]
    po = polib.pofile(admin_client.get(download_url(french)).content.decode())
    upload(admin_client, french, po_upload(filled(po, FRENCH)))

    for code, translation in translations.items():
        path = tmp_path / f"{code}.po"
        path.write_bytes(admin_client.get(download_url(translation)).content)
        result = subprocess.run(
            ["msgfmt", "-c", "--check-format", "--statistics", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, (code, result.stderr)
        # Only the statistics, no warning: "14 translated messages." in French.
        assert result.stderr.strip().endswith("messages."), (code, result.stderr)
        assert "warning" not in result.stderr, (code, result.stderr)
    assert (
        "14 translated messages."
        in subprocess.run(
            ["msgfmt", "--statistics", "-o", "/dev/null", str(tmp_path / "fr.po")],
            capture_output=True,
            text=True,
            check=False,
        ).stderr
    )


# A PO file uploaded on a live page is a draft for the language's reviewers.


@pytest.fixture
def roles(home_pages):
    call_command("setup_site", stdout=StringIO())


@pytest.fixture
def live_french_guidance(roles, french_translation, django_capture_on_commit_callbacks):
    """The guidance page, translated into French and published."""
    po = filled(french_translation.export_po(), FRENCH)
    french_translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        french_translation.save_target(publish=True)
    page = french_translation.get_target_instance()
    assert page.live
    return page


def test_a_po_file_uploaded_on_a_live_page_waits_for_the_reviewer(
    client, live_french_guidance, french_translation, django_capture_on_commit_callbacks
):
    translator = member("traductrice", translators_group_name("fr"))
    reviewer = member("relecteur", reviewers_group_name("fr"))
    public_before = client.get("/fr/guidance/ecouter/").content
    assert "À retenir" in visible_text(public_before)

    client.force_login(translator)
    po = polib.pofile(client.get(download_url(french_translation)).content.decode())
    po.find("Remember").msgstr = "Ce qu’il faut retenir"
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, french_translation, po_upload(str(po)))

    assert messages_of(response) == [
        "Successfully imported translations from PO File.",
        "They are saved as a draft and sent to Translation review: Français; the live page is "
        "unchanged until a reviewer approves it.",
    ]
    client.logout()
    assert client.get("/fr/guidance/ecouter/").content == public_before
    page = PsychosocialGuidancePage.objects.get(pk=live_french_guidance.pk)
    assert page.live and page.has_unpublished_changes
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Translation review: Français"
    assert state.requested_by == translator
    draft = page.get_latest_revision_as_object()
    assert draft.body[0].value["heading"] == "Ce qu’il faut retenir"

    # The reviewer finds it and approves it; then readers see it.
    client.force_login(reviewer)
    assert page.title in client.get("/admin/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        approved = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", state.current_task_state.pk],
            ),
            {"comment": ""},
        )
    assert approved.status_code == 302
    client.logout()
    assert "Ce qu’il faut retenir" in visible_text(client.get("/fr/guidance/ecouter/"))


def test_a_po_file_uploaded_on_a_page_sent_back_goes_back_to_review(
    client, live_french_guidance, french_translation
):
    translator = member("traductrice", translators_group_name("fr"))
    reviewer = member("relecteur", reviewers_group_name("fr"))
    client.force_login(translator)
    po = polib.pofile(client.get(download_url(french_translation)).content.decode())
    po.find("Remember").msgstr = "Retenir"
    upload(client, french_translation, po_upload(str(po)))
    page = PsychosocialGuidancePage.objects.get(pk=live_french_guidance.pk)
    state = page.current_workflow_state
    state.current_task_state.specific.task.specific.on_action(
        state.current_task_state, reviewer, "reject"
    )
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    po.find("Remember").msgstr = "Ce qu’il faut retenir"
    upload(client, french_translation, po_upload(str(po)))

    page = PsychosocialGuidancePage.objects.get(pk=live_french_guidance.pk)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision_as_object().body[0].value["heading"] == (
        "Ce qu’il faut retenir"
    )


def other_guidance(guidance_index):
    page = GuidancePageFactory(
        parent=guidance_index,
        title="Preparing a family visit",
        slug="family-visit",
        summary="Before a child meets their family again.",
        body=[{"type": "key_messages", "value": {"heading": "", "messages": items("Ask first.")}}],
        reviewed_by="Technical group",
    )
    page.save_revision().publish()
    return page


# A file that is refused changes nothing: every string translation is as it was, to the byte
# and the second. Each case starts from a page the translator has already translated.


def string_translations():
    """Every string translation in the database, with when and by whom it was last written."""
    return list(
        StringTranslation.objects.order_by("pk").values_list(
            "pk",
            "translation_of_id",
            "context_id",
            "locale_id",
            "data",
            "updated_at",
            "last_translated_by_id",
            "tool_name",
        )  # fmt: skip
    )


@pytest.fixture
def translated(translator_client, french_translation):
    """The French translation done through a PO file; returns that file's text."""
    po = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())
    complete = str(filled(po, FRENCH))
    upload(translator_client, french_translation, po_upload(complete))
    assert StringTranslation.objects.count() == len(FRENCH)
    return complete


def refusal(client, translation, content):
    """Upload `content`; check that nothing changed; return the message the user read."""
    before = string_translations()
    response = upload(client, translation, po_upload(content))
    assert string_translations() == before
    said = messages_of(response)
    assert len(said) == 1, said
    assert said[0].startswith("The PO file was not imported, and nothing was changed.")
    return said[0]


def in_french(complete, english, french):
    """The complete French file with the translation of `english` replaced by `french`."""
    po = polib.pofile(complete)
    po.find(english).msgstr = french
    return str(po)


PARAGRAPH = 'Read <a id="a1">the <b>full</b> guide</a> and <b>ask for help</b> when you need it.'


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("empty", "The file is empty."),
        ("a picture", "It is not a PO file"),
        ("cut in a string", "The file is damaged, perhaps cut short: line"),
        ("cut after a msgid", "an entry has no msgstr"),
        ("cut between entries", "It holds 13 of the 14 texts it was downloaded with"),
        ("no header", "It has no X-WagtailLocalize-TranslationID header"),
        ("another language in its header", "It is in “es”, and this translation is into Français."),
        ("unclosed bold", "tags missing: </b>"),
        ("link lost", 'tags missing: </a> <a id="a1">'),
        ("italics added", "tags added: </i> <i>"),
        ("tags crossed", "tags do not close in the order they open"),
    ],
)
def test_a_damaged_or_mismatched_po_file_changes_nothing(
    translator_client, french_translation, translated, case, reason
):
    title = "Écouter un enfant revenu chez lui"
    last_entry = translated.rindex("\n\n#.")
    cases = {
        "empty": lambda: "",
        "a picture": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        # A transfer that failed in the middle of the title's translation...
        "cut in a string": lambda: translated[: translated.index(title) + len("Écou")],
        # ...or just after an entry's msgid, or between two entries.
        "cut after a msgid": lambda: translated[: translated.index("\nmsgstr", last_entry)],
        "cut between entries": lambda: translated[:last_entry],
        "no header": lambda: (
            'msgctxt "title"\nmsgid "Listening to a child who has come home"\nmsgstr "Écouter"\n'
        ),
        "another language in its header": lambda: translated.replace(
            '"Language: fr\\n"', '"Language: es\\n"'
        ),
        "unclosed bold": lambda: in_french(
            translated,
            PARAGRAPH,
            'Lisez <a id="a1">le guide <b>complet</a> et <b>demandez de l’aide</b> si besoin.',
        ),
        "link lost": lambda: in_french(
            translated, PARAGRAPH, "Lisez le guide <b>complet</b> et <b>demandez de l’aide</b>."
        ),
        "italics added": lambda: in_french(
            translated,
            PARAGRAPH,
            'Lisez <a id="a1">le guide <b>complet</b></a> et <b>demandez</b> <i>vite</i>.',
        ),
        "tags crossed": lambda: in_french(
            translated,
            PARAGRAPH,
            'Lisez <a id="a1">le guide <b>complet</a></b> et <b>demandez de l’aide</b> si besoin.',
        ),
    }
    content = cases[case]()
    assert content != translated

    said = refusal(translator_client, french_translation, content)

    assert reason in said


def test_a_po_file_of_another_page_changes_nothing(
    translator_client, french_translation, translated, guidance_index, submit
):
    other = submit(other_guidance(guidance_index), "fr")["fr"]
    po = polib.pofile(translator_client.get(download_url(other)).content.decode())
    for entry in po:
        entry.msgstr = f"Français : {entry.msgid}"

    said = refusal(translator_client, french_translation, str(po))

    assert "It was made for another translation" in said


def test_a_po_file_of_another_language_changes_nothing(admin_client, english_guidance, submit):
    translations = submit(english_guidance, "fr", "es")
    french_po = polib.pofile(admin_client.get(download_url(translations["fr"])).content.decode())
    upload(admin_client, translations["fr"], po_upload(filled(french_po, FRENCH)))
    spanish_po = polib.pofile(admin_client.get(download_url(translations["es"])).content.decode())
    for entry in spanish_po:
        entry.msgstr = f"Español: {entry.msgid}"

    said = refusal(admin_client, translations["fr"], str(spanish_po))

    assert "It was made for another translation" in said


@pytest.fixture
def placeholder_translation(guidance_index, submit):
    page = GuidancePageFactory(
        parent=guidance_index,
        title="Writing to the coordinator",
        slug="coordinator",
        summary="Write to {coordinator} within %(days)s days.",
        body=[],
        reviewed_by="Technical group",
    )
    page.save_revision().publish()
    return submit(page, "fr")["fr"]


@pytest.mark.parametrize(
    ("french", "reason"),
    [
        ("Écrivez au coordinateur sous %(days)s jours.", "placeholders missing: {coordinator}"),
        ("Écrivez à {coordinator} sous %(jours)s jours.", "placeholders missing: %(days)s"),
        ("Écrivez à {coordinator} sous %(days)s jours, {name}.", "placeholders added: {name}"),
    ],
)
def test_a_translation_that_loses_a_placeholder_changes_nothing(
    translator_client, placeholder_translation, french, reason
):
    po = polib.pofile(translator_client.get(download_url(placeholder_translation)).content.decode())
    summary = next(entry for entry in po if entry.msgctxt == "summary")
    summary.msgstr = "Écrivez à {coordinator} sous %(days)s jours."
    upload(translator_client, placeholder_translation, po_upload(str(po)))
    assert StringTranslation.objects.get().data == summary.msgstr

    summary.msgstr = french
    said = refusal(translator_client, placeholder_translation, str(po))

    assert reason in said
    assert "In 1 text, the translation does not keep the original's HTML tags" in said


def test_a_file_saved_with_a_byte_order_mark_is_imported(translator_client, french_translation):
    po = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())
    content = b"\xef\xbb\xbf" + str(filled(po, FRENCH)).replace("\n", "\r\n").encode()

    response = upload(translator_client, french_translation, po_upload(content))

    assert "Successfully imported translations from PO File." in messages_of(response)
    assert StringTranslation.objects.count() == len(FRENCH)


def test_a_translation_may_move_its_tags_within_the_sentence(translator_client, french_translation):
    """What a translator may do: move the bold words and the link within the sentence."""
    po = polib.pofile(translator_client.get(download_url(french_translation)).content.decode())
    moved = dict(FRENCH)
    moved[PARAGRAPH] = (
        '<b>Demandez de l’aide</b> si besoin, et lisez <a id="a1">le <b>guide</b> complet</a>.'
    )

    response = upload(translator_client, french_translation, po_upload(filled(po, moved)))

    assert "Successfully imported translations from PO File." in messages_of(response)
    assert StringTranslation.objects.filter(data=moved[PARAGRAPH]).exists()


# Who may download and upload.


def test_a_translator_with_rights_on_the_french_pages_may_download_and_upload(
    translator_client, french_translation
):
    download = translator_client.get(download_url(french_translation))
    assert download.status_code == 200

    po = filled(polib.pofile(download.content.decode()), FRENCH)
    response = translator_client.post(upload_url(french_translation), {"file": po_upload(po)})
    assert response.status_code == 302
    assert StringTranslation.objects.count() == len(FRENCH)


@pytest.fixture
def spanish_translator(client, django_user_model, home_pages):
    """Admin access, and rights on the Spanish pages only."""
    group = Group.objects.create(name="Spanish translators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=home_pages["es"],
        permission=page_permission("change_page"),
    )
    user = django_user_model.objects.create_user("sofia", password="pw")
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.fixture
def no_admin_user(client, django_user_model):
    """A user in no group at all: no admin access."""
    user = django_user_model.objects.create_user("visitor", password="pw")
    client.force_login(user)
    return client


def french_po_file(admin_client, translation):
    po = polib.pofile(admin_client.get(download_url(translation)).content.decode())
    return po_upload(filled(po, FRENCH))


def test_a_translator_without_rights_on_the_french_pages_cannot_download_or_upload(
    spanish_translator, admin_client, french_translation
):
    file = french_po_file(admin_client, french_translation)

    download = spanish_translator.get(download_url(french_translation))
    upload_response = spanish_translator.post(upload_url(french_translation), {"file": file})

    for response in (download, upload_response):
        # Wagtail's admin answers a refusal by sending the user back to the dashboard.
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert "msgid" not in response.content.decode()
    refused = spanish_translator.get("/admin/")
    assert "Sorry, you do not have permission to access this area." in messages_of(refused)
    assert not StringTranslation.objects.exists()


@pytest.mark.parametrize("who", ["no_admin_user", "anonymous"])
def test_someone_without_admin_access_cannot_download_or_upload(
    request, client, admin_client, french_translation, who
):
    file = french_po_file(admin_client, french_translation)
    if who == "no_admin_user":
        request.getfixturevalue("no_admin_user")
    else:
        client.logout()

    download = client.get(download_url(french_translation))
    upload_response = client.post(upload_url(french_translation), {"file": file})

    for response in (download, upload_response):
        assert response.status_code == 302
        # Sent to the login page, and nothing else.
        assert response["Location"].startswith("/admin/login/?next=/admin/localize/")
        assert "msgid" not in response.content.decode()
    assert not StringTranslation.objects.exists()
