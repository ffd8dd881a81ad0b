"""The French translator and reviewer, and an "About us" page in English and French, made the
way the admin makes them (wagtail-localize's translations, published by the reviewer): shared by
the tests of translation review (test_review_trust.py, test_translator_tools.py) through
conftest.py."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import StandardPage
from translations.drafts import publish_translation
from translations.roles import reviewers_group_name, translators_group_name

from .helpers import member

PARAGRAPHS = ["We are a coalition.", "We work in five languages."]
FRENCH = {
    "About us": "À propos",
    "Who we are.": "Qui nous sommes.",
    "We are a coalition.": "Nous sommes une coalition.",
    "We work in five languages.": "Nous travaillons en cinq langues.",
}


@pytest.fixture
def roles(home_pages):
    call_command("setup_site", stdout=StringIO())


@pytest.fixture
def translator(roles):
    return member("traductrice", translators_group_name("fr"))


@pytest.fixture
def reviewer(roles):
    return member("relecteur", reviewers_group_name("fr"))


def body(*paragraphs):
    return [{"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]


@pytest.fixture
def english(english_home, roles):
    page = StandardPage(
        title="About us", slug="about", introduction="Who we are.", body=body(*PARAGRAPHS)
    )
    english_home.add_child(instance=page)
    page.save_revision().publish()
    return page


def start_translation(page, code="fr"):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    return translation


def translate(translation, strings, user=None):
    """Translate the segments whose English is a key of `strings` (slug kept as it is)."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data], "last_translated_by": user},
            )


@pytest.fixture
def french(english, reviewer):
    """The English page translated into French through wagtail-localize and published by the
    French reviewer: /fr/about/."""
    translation = start_translation(english)
    translation.save_target(user=reviewer, publish=False)  # wagtail-localize creates the page
    translate(translation, FRENCH, reviewer)
    publish_translation(translation, reviewer)
    page = StandardPage.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )
    assert page.live and page.title == "À propos"
    return page


def public(page):
    """The public page, as an anonymous reader gets it: status and bytes."""
    page = Page.objects.get(pk=page.pk)
    response = Client().get(page.url)
    return response.status_code, response.content


def pending_review(page):
    state = WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).first()
    return state.workflow.name if state else None


def latest_revision(page):
    return Page.objects.get(pk=page.pk).specific.get_latest_revision()


def refused(response):
    """403, or Wagtail's redirect to the admin's home with "no permission"."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def edit_english(english, **changes):
    page = english.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


@pytest.fixture
def partial(english, translator):
    """A French translation of the English page, only its title translated."""
    translation = start_translation(english)
    translation.save_target(user=translator, publish=False)
    translate(translation, {"About us": "À propos"}, translator)
    return translation
