"""The whole library in every language, in a real browser: on a demo loaded in English only
(`load_demo --english-only`), the French and Arabic listings show the English items marked
with their language, and every page, the language switcher marking the languages a page
lacks included, passes axe-core's WCAG 2.2 A and AA rules with no violation."""

import pytest

from .browser import require_browser, screenshot, served_site
from .test_browser import WCAG

TRANSLATE_INDEXES = """
from wagtail.models import Locale
from resources import models as m
for model in (m.ResourceIndexPage, m.ProgrammeIndexPage, m.GuidanceIndexPage, m.NetworkIndexPage):
    for index in model.objects.filter(locale__language_code="en"):
        for code in ("fr", "ar"):
            index.copy_for_translation(Locale.objects.get(language_code=code)).save_revision().publish()
"""


@pytest.fixture(scope="module")
def english_only_site():
    """The base URL of a server of the demo in English only, but for the index pages (library,
    programmes, guidance, networks), translated into French and Arabic with nothing in them."""
    require_browser()
    with served_site(
        ["migrate", "--noinput"],
        ["setup_site"],
        ["load_demo", "--english-only"],
        ["shell", "-c", TRANSLATE_INDEXES],
    ) as url:
        yield url


PATHS = [
    "/fr/",
    "/fr/resources/",
    "/fr/resources/?available=1",
    "/ar/programmes/",
    "/ar/networks/",
    "/fr/guidance/",
    "/ar/search/?q=children",
]


def test_listings_in_other_languages_show_the_english_items_accessibly(desktop, english_only_site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for path in PATHS:
        desktop.goto(english_only_site + path)
        results = axe.run(desktop, options={"runOnly": {"type": "tag", "values": WCAG}})
        for violation in results.response["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"{path}: {violation['id']}: {violation['help']} {targets}")
    assert not problems, "\n".join(problems)

    desktop.goto(english_only_site + "/ar/programmes/")
    screenshot(desktop, "fallback-ar-programmes")
    titles = desktop.locator(".card__title a[lang=en]")
    assert titles.count() == 4  # the demo's four programmes, in English
    assert desktop.locator(".language-label").first.inner_text() == "بالإنجليزية"


def test_switcher_on_an_english_only_page_is_accessible(desktop, english_only_site):
    from axe_playwright_python.sync_playwright import Axe

    desktop.goto(english_only_site + "/fr/programmes/")
    desktop.locator(".card__title a").first.click()
    desktop.wait_for_load_state()
    assert "/en/programmes/" in desktop.url
    missing = desktop.locator(".language-switcher .language-missing")
    assert missing.count() == 4
    results = Axe().run(desktop, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert not results.response["violations"], results.generate_report()
    screenshot(desktop, "fallback-en-only-page")
