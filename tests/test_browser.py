"""What a reader gets in a real browser (Chromium), on the demo site: every page type in every
language passes axe-core's WCAG 2.2 A and AA rules with no violation, fits a 360 px phone
without sideways scrolling, stays within its weight budget, and the library's filters work
from the keyboard alone. See tests/browser.py for how the site is served."""

import re
import xml.etree.ElementTree as ET
from urllib.request import urlopen

import pytest

from hub.i18n import language_codes

from .browser import screenshot

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# The first path segment under /<lang>/ names the kind of page (index pages keep their slug in
# every language); a page one level deeper is an item of that index.
INDEXES = {
    "resources": "publication",
    "programmes": "programme",
    "guidance": "guidance",
    "countries": "country profile",
}
# HTML and CSS a page may cost, compressed or not, before its images (which load lazily).
WEIGHT_BUDGET_KB = 60


def sitemap_urls(base):
    """Every URL of the site, from its sitemap (and the sitemaps it points to)."""
    urls, todo = [], [f"{base}/sitemap.xml"]
    while todo:
        with urlopen(todo.pop()) as response:  # noqa: S310 - the test's own server
            root = ET.fromstring(response.read())  # noqa: S314 - the test's own server
        todo += [loc.text for loc in root.iter(f"{SITEMAP}loc") if root.tag.endswith("index")]
        if not root.tag.endswith("index"):
            urls += [loc.text for loc in root.iter(f"{SITEMAP}loc")]
    return urls


def kind_of(path):
    parts = [part for part in path.split("/") if part][1:]
    if not parts:
        return "home"
    if parts[0] in INDEXES:
        return INDEXES[parts[0]] if len(parts) > 1 else f"{parts[0]} index"
    if parts[0] == "networks":
        return ["network index", "regional network", "national coalition"][min(len(parts) - 1, 2)]
    return "standard page"


@pytest.fixture(scope="module")
def pages_by_language(demo_site):
    """{language: {kind: path}}: one page of each kind the demo has in each language, plus
    the search results page and the 404 page."""
    found = {code: {} for code in language_codes()}
    for url in sitemap_urls(demo_site):
        path = "/" + url.split("/", 3)[3]
        code = path.split("/")[1]
        if code in found:
            found[code].setdefault(kind_of(path), path)
    for code, kinds in found.items():
        kinds["search"] = f"/{code}/search/?q=reintegration"
        kinds["not found"] = f"/{code}/no-such-page/"
    return found


def test_every_language_has_the_main_kinds_of_page(pages_by_language):
    main = ["home", "standard page", "resources index", "programmes index", "guidance index"]
    for code, kinds in pages_by_language.items():
        missing = [kind for kind in [*main, "network index"] if kind not in kinds]
        assert not missing, f"/{code}/ has no {missing}"


@pytest.mark.parametrize("language", language_codes())
def test_no_accessibility_violations_on_any_page_type(
    desktop, demo_site, pages_by_language, language
):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for kind, path in sorted(pages_by_language[language].items()):
        desktop.goto(demo_site + path)
        results = axe.run(desktop, options={"runOnly": {"type": "tag", "values": WCAG}})
        for violation in results.response["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"{path} ({kind}): {violation['id']}: {violation['help']} {targets}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_no_sideways_scrolling_on_a_phone(phone, demo_site, pages_by_language, language):
    wide = []
    for kind, path in sorted(pages_by_language[language].items()):
        phone.goto(demo_site + path)
        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide.append(f"{path} ({kind}): {overflow} px too wide")
        screenshot(phone, f"phone-{language}-{kind.replace(' ', '-')}")
    assert not wide, "\n".join(wide)


def test_pages_stay_within_their_weight_budget(desktop, demo_site, pages_by_language):
    heavy = []
    for kinds in pages_by_language.values():
        for kind, path in sorted(kinds.items()):
            responses = []

            def collect(response, responses=responses):
                responses.append(response)

            desktop.on("response", collect)
            desktop.goto(demo_site + path, wait_until="load")
            desktop.remove_listener("response", collect)
            total = sum(
                len(response.body())
                for response in responses
                if response.request.resource_type in ("document", "stylesheet", "script")
            )
            if total > WEIGHT_BUDGET_KB * 1024:
                heavy.append(f"{path} ({kind}): {total / 1024:.0f} KB")
            external = [r.url for r in responses if not r.url.startswith(demo_site)]
            assert not external, f"{path} asked a third party: {external}"
    assert not heavy, "\n".join(heavy)


def test_library_filters_work_from_the_keyboard(desktop, demo_site):
    desktop.goto(f"{demo_site}/en/resources/")
    screenshot(desktop, "desktop-en-library")
    # Tab to the first filter (a closed <details>), open it with Enter, Tab to its first
    # option, tick it with the space bar, then Tab to "Apply" and press Enter.
    focused = ""
    for _ in range(60):
        desktop.keyboard.press("Tab")
        focused = desktop.evaluate(
            "document.activeElement.tagName === 'SUMMARY' ? 'summary:' :"
            " document.activeElement.type + ':' + (document.activeElement.name || '')"
        )
        if focused == "summary:":
            desktop.keyboard.press("Enter")
        if focused.startswith("checkbox:"):
            break
    assert focused.startswith("checkbox:"), "no filter reachable with Tab"
    param = focused.split(":", 1)[1]
    value = desktop.evaluate("document.activeElement.value")
    desktop.keyboard.press("Space")
    assert desktop.evaluate("document.activeElement.checked")
    for _ in range(80):
        desktop.keyboard.press("Tab")
        if desktop.evaluate(
            "document.activeElement.type === 'submit' && !!document.activeElement.form"
            " && document.activeElement.form.contains(document.querySelector('input:checked'))"
        ):
            break
    with desktop.expect_navigation():
        desktop.keyboard.press("Enter")
    assert re.search(rf"[?&]{param}={re.escape(value)}", desktop.url), desktop.url
    assert desktop.locator(".result-count").count() == 1
    screenshot(desktop, "desktop-en-library-filtered")
