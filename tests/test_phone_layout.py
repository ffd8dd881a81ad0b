"""On a 360 × 780 phone: a one-line header whose Menu opens without JavaScript, the results
before the filters (which fold behind a "Filter (n)" button), the first result above the fold,
every control styled and every tap target at least 24 px high (WCAG 2.2, 2.5.8). On a laptop
the filters stay open beside the results. See tests/browser.py for how the site is served."""

import gzip

import pytest

from .browser import PHONE, screenshot

GIRLS_IN_CONGO = "/fr/resources/?topic=girls&country=CD"
LISTINGS = [
    f"/{code}/{index}/"
    for code in ("en", "ar")
    for index in ("resources", "programmes", "guidance")
]

# Everything a finger may aim at, with its height, unless it is a link inside a sentence (the
# exception of WCAG 2.5.8: its size is set by the line-height of the text around it).
SMALL_TARGETS = """() => [...document.querySelectorAll('a, button, input, select, summary')]
    .filter(el => {
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') return false;
        if (el.classList.contains('skip-link')) return false;  // off screen until focused
        const parent = el.parentElement;
        const inSentence = el.tagName === 'A' && parent.tagName === 'P'
            && parent.textContent.trim() !== el.textContent.trim();
        return !inSentence && box.height < 24;
    })
    .map(el => {
        const name = (el.textContent || el.name || '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()} "${name}": ${el.getBoundingClientRect().height} px`;
    })"""


@pytest.fixture
def phone_without_javascript(browser):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False
    )
    yield context.new_page()
    context.close()


def test_first_result_is_above_the_fold_on_a_phone(phone, demo_site):
    phone.goto(demo_site + GIRLS_IN_CONGO)
    top = phone.evaluate("document.querySelector('.card-list .card').getBoundingClientRect().top")
    screenshot(phone, "phone-fr-library-girls-congo")
    assert top < PHONE["height"], f"the first result starts {top:.0f} px down"


def test_the_filters_fold_behind_a_button_counting_them(phone_without_javascript, demo_site):
    tab = phone_without_javascript
    tab.goto(demo_site + GIRLS_IN_CONGO)
    toggle = tab.locator(".filter-toggle > summary")
    assert toggle.inner_text().strip() == "Filtrer (2)"
    assert not tab.locator("#listing-sort").is_visible()
    first_result = tab.locator(".card-list .card").first.bounding_box()["y"]
    assert toggle.bounding_box()["y"] < first_result
    toggle.click()
    assert tab.locator("#listing-sort").is_visible()
    assert tab.locator("input[name=topic][value=girls]").is_checked()
    screenshot(tab, "phone-fr-library-filters-open")


def test_the_menu_opens_and_closes_without_javascript(phone_without_javascript, demo_site):
    tab = phone_without_javascript
    tab.goto(demo_site + "/en/resources/")
    header = tab.locator(".site-header").bounding_box()
    assert header["height"] < 100, f"the header takes {header['height']:.0f} px"
    nav = tab.locator(".main-nav")
    assert not nav.is_visible() and not tab.locator("#site-search").is_visible()
    tab.get_by_role("link", name="Menu").click()
    assert nav.is_visible() and tab.locator("#site-search").is_visible()
    assert tab.locator(".language-switcher").get_by_text("Français").is_visible()
    screenshot(tab, "phone-en-menu-open")
    tab.get_by_role("link", name="Close menu").click()
    assert not nav.is_visible()


def test_everything_shows_at_once_on_a_laptop(desktop, demo_site):
    desktop.goto(demo_site + GIRLS_IN_CONGO)
    assert desktop.locator(".main-nav").is_visible()
    assert desktop.locator("#listing-sort").is_visible()
    assert not desktop.locator(".menu-button--open").is_visible()
    filters = desktop.locator(".filters").bounding_box()
    results = desktop.locator(".card-list").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"], "the filters are not beside the results"


@pytest.mark.parametrize("path", LISTINGS)
def test_tap_targets_are_at_least_24_px_on_a_phone(phone, demo_site, path):
    phone.goto(demo_site + path + "#site-header")  # the menu open
    phone.locator(".filter-toggle > summary").click()
    phone.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    small = phone.evaluate(SMALL_TARGETS)
    assert not small, "\n".join(small)


def test_every_form_control_is_styled(phone, demo_site):
    phone.goto(demo_site + "/en/resources/")
    phone.locator(".filter-toggle > summary").click()
    styles = phone.evaluate(
        """() => ['#listing-sort', 'input[name=year_from]', '#listing-q', '.filters button']
            .map(sel => document.querySelector(sel))
            .map(el => {
                const s = getComputedStyle(el);
                const height = el.getBoundingClientRect().height;
                return [s.appearance, s.borderTopWidth, s.fontSize, height];
            })"""
    )
    select, year, words, button = styles
    assert select[0] == "none", "the Sort menu keeps the browser's look"
    assert year[1] == words[1] and year[2] == words[2], "the year inputs differ from the fields"
    assert select[3] == year[3] == words[3] >= 40
    assert button[3] >= 40


def test_the_boxes_of_a_guidance_page_do_not_touch(desktop, demo_site):
    desktop.goto(f"{demo_site}/en/guidance/")
    desktop.locator(".card-list .card__title a").first.click()
    gaps = desktop.evaluate(
        """() => {
            const blocks = [...document.querySelectorAll('.stream > *')];
            const gaps = blocks.slice(1).map((block, i) =>
                block.getBoundingClientRect().top - blocks[i].getBoundingClientRect().bottom);
            const label = document.querySelector('article > .meta').getBoundingClientRect();
            const crumbs = document.querySelector('.breadcrumbs').getBoundingClientRect();
            return [label.top - crumbs.bottom, ...gaps];
        }"""
    )
    screenshot(desktop, "desktop-en-guidance", full_page=True)
    assert len(gaps) >= 3 and min(gaps) >= 12, gaps


@pytest.mark.parametrize("path", ["/en/", "/ar/", "/ar/resources/", GIRLS_IN_CONGO])
def test_the_face_stays_light(phone, demo_site, path):
    """HTML and CSS on the critical path at most 40 KB compressed, no web font, nothing from
    another host, and every image (the covers) loaded lazily, with its size reserved."""
    responses = []

    def collect(response):
        responses.append(response)

    phone.on("response", collect)
    phone.goto(demo_site + path, wait_until="load")
    critical = [r for r in responses if r.request.resource_type in ("document", "stylesheet")]
    compressed = sum(len(gzip.compress(r.body())) for r in critical)
    assert compressed <= 40 * 1024, f"{compressed / 1024:.1f} KB compressed"
    assert not [r.url for r in responses if r.request.resource_type == "font"]
    assert all(r.url.startswith(demo_site) for r in responses)
    images = phone.evaluate(
        "[...document.images].map(i =>"
        " [i.loading, i.getAttribute('width'), i.getAttribute('height')])"
    )
    assert all(loading == "lazy" and width and height for loading, width, height in images)
