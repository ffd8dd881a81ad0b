import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import HomePage, StandardPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def home_pages(db):
    """The home page of each language, as the migrations create them: {"en": ..., "fr": ...}."""
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def english_home(home_pages):
    return home_pages["en"]


def publish_translations(page):
    """Copy `page` into every other locale (under its translated parent) and publish each copy."""
    copies = {page.locale.language_code: page}
    for locale in Locale.objects.exclude(pk=page.locale_id):
        copy = page.copy_for_translation(locale)
        copy.save_revision().publish()
        copies[locale.language_code] = copy
    return copies


@pytest.fixture
def standard_pages(english_home):
    """An "About" standard page in every language, with a paragraph in its body."""
    page = StandardPage(
        title="About us",
        slug="about",
        introduction="Who we are.",
        body=[{"type": "paragraph", "value": "<p>We are a coalition.</p>"}],
        show_in_menus=True,
    )
    english_home.add_child(instance=page)
    page.save_revision().publish()
    return publish_translations(page)
