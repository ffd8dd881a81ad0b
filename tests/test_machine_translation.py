"""Machine translation, optional: off unless the environment names a service; when on, the
translator's "Translate with LibreTranslate" fills the texts not yet translated, in the
translation editor only. Readers see them once the language's reviewer approves.

The service is stood in by a small HTTP server in the test process speaking LibreTranslate's
API; everything else is real: wagtail-localize's LibreTranslator class and its view's work."""

import html
import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path
from uuid import uuid4

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.models import StringTranslation, TranslationSource

from resources.models import PsychosocialGuidancePage
from translations.roles import reviewers_group_name, translators_group_name

from .conftest import visible_text
from .factories import GuidancePageFactory
from .helpers import member

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "test-key"
FRENCH = {
    "Listening to a child": "Écouter un enfant",
    "How to hear a child's story.": "Comment entendre l’histoire d’un enfant.",
    "Remember": "À retenir",
    "Listen first.": "Écoutez d’abord.",
    "Read <b>the guide</b>.": "Lisez <b>le guide</b>.",
    "Technical group": "Groupe technique",
}


class LibreTranslate(BaseHTTPRequestHandler):
    """POST /translate as LibreTranslate answers it: {"q": [texts], "source", "target",
    "api_key", "format"} -> {"translatedText": [translations]}."""

    server_version = "LibreTranslate-standin"

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body)
        if self.path != "/translate" or body.get("api_key") != API_KEY or self.server.failing:
            self.send_response(self.server.failing or 403)
            self.end_headers()
            self.wfile.write(b'{"error": "Invalid API key"}')
            return
        answers = [self.server.answers.get(text, f"[fr] {text}") for text in body["q"]]
        payload = json.dumps({"translatedText": answers}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), LibreTranslate)
    server.requests, server.answers, server.failing = [], dict(FRENCH), False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": f"http://127.0.0.1:{server.server_port}",
            "API_KEY": API_KEY,
        },
    }
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def live_french_page(home_pages, guidance_index, django_capture_on_commit_callbacks):
    """An English guidance page whose French translation is live with only its title
    translated (the rest shows the English until translated): the translator's job."""
    call_command("setup_site", stdout=StringIO())
    page = GuidancePageFactory(
        parent=guidance_index,
        title="Listening to a child",
        slug="listening",
        summary="How to hear a child's story.",
        body=[
            {
                "type": "key_messages",
                "value": {
                    "heading": "Remember",
                    "messages": [{"type": "item", "value": "Listen first.", "id": str(uuid4())}],
                },
            },
            {"type": "paragraph", "value": "<p>Read <b>the guide</b>.</p>"},
        ],
        reviewed_by="Technical group",
    )
    page.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = source.translations.create(target_locale=french)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"title": "Écouter un enfant", "slug": "ecouter"}.get(entry.msgctxt, "")
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    target = translation.get_target_instance()
    assert target.live
    return translation


def machine_translate(client, translation):
    editor = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": editor},
        follow=True,
    )


def editor_props(response):
    """The data the translation editor (a React app) starts with."""
    match = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    )
    return json.loads(html.unescape(match.group(1)))


def messages_of(response):
    return [html.unescape(str(message)) for message in response.context["messages"]]


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "None"),
        (
            {"LIBRETRANSLATE_URL": "https://translate.example.org/", "LIBRETRANSLATE_API_KEY": "k"},
            "LibreTranslator https://translate.example.org k",
        ),
        ({"DEEPL_AUTH_KEY": "abc:fx"}, "DeepLTranslator abc:fx"),
    ],
)
def test_machine_translation_is_off_unless_the_environment_names_a_service(environment, expected):
    code = (
        "from wagtail_localize.machine_translators import get_machine_translator as g; t = g(); "
        "print('None' if t is None else ' '.join([type(t).__name__, *t.options.values()]))"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY", "DEEPL_AUTH_KEY")
    }
    env.update(environment, DJANGO_SETTINGS_MODULE="hub.settings.test")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip() == expected, result.stderr


def test_the_french_translator_machine_translates_and_only_the_reviewer_publishes(
    client, libretranslate, live_french_page, django_capture_on_commit_callbacks
):
    translator = member("traductrice", translators_group_name("fr"))
    reviewer = member("relecteur", reviewers_group_name("fr"))
    french = live_french_page.get_target_instance()
    public = french.url
    before = client.get(public).content
    assert "Remember" in visible_text(before)  # not translated yet: the source's text

    client.force_login(translator)
    response = machine_translate(client, live_french_page)

    # wagtail-localize's real LibreTranslate client asked the service for the texts left...
    assert messages_of(response) == ["Successfully translated with LibreTranslate."]
    (sent,) = libretranslate.requests
    assert sent["source"] == "en" and sent["target"] == "fr" and sent["format"] == "html"
    assert sent["api_key"] == API_KEY
    assert set(sent["q"]) == {
        "How to hear a child's story.",
        "Remember",
        "Listen first.",
        "Read <b>the guide</b>.",
        "Technical group",
    }
    # ...and its answers are strings in the editor, marked as machine translations...
    strings = StringTranslation.objects.filter(
        locale__language_code="fr", translation_type="machine"
    )
    assert set(strings.values_list("data", flat=True)) == {
        "Comment entendre l’histoire d’un enfant.",
        "À retenir",
        "Écoutez d’abord.",
        "Lisez <b>le guide</b>.",
        "Groupe technique",
    }
    assert "À retenir" in {t["data"] for t in editor_props(response)["initialStringTranslations"]}
    # ...while readers see the page as it was, to the byte.
    client.logout()
    assert client.get(public).content == before

    # "Send to review": a draft, awaiting the French reviewer; still nothing public.
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("hub_send_to_review", args=[french.pk]))
    french = PsychosocialGuidancePage.objects.get(pk=french.pk)
    state = french.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Translation review: Français"
    client.logout()
    assert client.get(public).content == before

    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[french.pk, "approve", state.current_task_state.pk],
            ),
            {"comment": ""},
        )
    client.logout()
    assert "À retenir" in visible_text(client.get(public))


def test_an_answer_that_breaks_the_markup_is_left_for_the_translator(
    client, libretranslate, live_french_page
):
    libretranslate.answers["Read <b>the guide</b>."] = "Lisez <b>le guide."
    client.force_login(member("traductrice", translators_group_name("fr")))

    response = machine_translate(client, live_french_page)

    assert messages_of(response) == [
        "Successfully translated with LibreTranslate.",
        "1 text was left to translate by hand: LibreTranslate did not keep its HTML tags or "
        "placeholders.",
    ]
    data = set(StringTranslation.objects.values_list("data", flat=True))
    assert "Lisez <b>le guide." not in data
    assert "À retenir" in data


@pytest.mark.parametrize("failure", [403, 500, "unreachable"])
def test_the_service_failing_is_a_message_not_a_server_error(
    client, libretranslate, live_french_page, settings, failure, caplog
):
    if failure == "unreachable":
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["LIBRETRANSLATE_URL"] = (
            "http://127.0.0.1:9"  # nothing listens on the discard port
        )
    else:
        libretranslate.failing = failure
    client.force_login(member("traductrice", translators_group_name("fr")))
    before = StringTranslation.objects.count()

    response = machine_translate(client, live_french_page)

    assert response.status_code == 200
    assert messages_of(response) == [
        "LibreTranslate could not translate this time, and nothing was changed. "
        "Try again later, or translate by hand."
    ]
    assert StringTranslation.objects.count() == before
    assert "Machine translation by LibreTranslate failed" in caplog.text


def test_a_translator_of_another_language_may_not_machine_translate(
    client, libretranslate, live_french_page
):
    client.force_login(member("traductor", translators_group_name("es")))

    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[live_french_page.pk])
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert libretranslate.requests == []
    assert not StringTranslation.objects.filter(translation_type="machine").exists()


def test_the_libretranslate_translator_is_wagtail_localizes_own(libretranslate):
    assert type(get_machine_translator()) is LibreTranslator
