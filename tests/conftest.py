import html
import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale

from home.models import HomePage, StandardPage

from .browser import browser, demo_server, demo_site, desktop, phone  # noqa: F401 - browser tests' fixtures
from .factories import (
    GuidanceIndexPageFactory,
    NetworkIndexPageFactory,
    ProgrammeIndexPageFactory,
    ResourceIndexPageFactory,
)
from .review_fixtures import (  # noqa: F401  (fixtures of the translation review tests)
    english,
    french,
    partial,
    reviewer,
    roles,
    translator,
)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def demo_for_module(*arguments, then=None):
    """A module-scoped fixture: `load_demo *arguments` run once for the module's tests, in a
    transaction that is rolled back after its last test. Each test runs in a savepoint inside
    it (pytest-django's own transaction), so it sees the demo as load_demo left it, whatever
    the tests before it changed. The fixture's value is what `then()` returns, run after
    load_demo in the same transaction to add to the site, else what load_demo printed. Every
    test of such a module sees the demo: a test that needs an empty site belongs in another
    module.
    (Loading the demo takes minutes on PostgreSQL; once per test, it was most of CI's time.)"""

    @pytest.fixture(scope="module")
    def loaded(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            out = StringIO()
            call_command("load_demo", *arguments, stdout=out)
            yield out.getvalue() if then is None else then()
            transaction.set_rollback(True)
        cache.clear()

    return loaded


@pytest.fixture(autouse=True)
def empty_cache():
    """An empty cache, for tests that depend on the site's address: the database is rolled back
    after each test but the cache is not, and Wagtail keeps the sites' addresses there (which
    load_demo changes)."""
    cache.clear()


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


def visible_text(response_or_html):
    """What a reader sees: the page's text without tags, entities decoded, spaces collapsed
    (a no-break space counts as a space, so "13\xa0bytes" reads "13 bytes")."""
    content = getattr(response_or_html, "content", response_or_html)
    if isinstance(content, bytes):
        content = content.decode()
    content = re.sub(r"<(script|style)\b.*?</\1>", " ", content, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", content))
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


@pytest.fixture
def library(english_home):
    """The English library, at /en/resources/."""
    return ResourceIndexPageFactory(parent=english_home)


@pytest.fixture
def programme_index(english_home):
    """The English programme directory, at /en/programmes/."""
    return ProgrammeIndexPageFactory(parent=english_home)


@pytest.fixture
def guidance_index(english_home):
    """The English guidance index, at /en/guidance/."""
    return GuidanceIndexPageFactory(parent=english_home)


@pytest.fixture
def network_index(english_home):
    """The English network index, at /en/networks/."""
    return NetworkIndexPageFactory(parent=english_home)
