"""The Content-Security-Policy in a real browser (Chromium, driven by Playwright): public pages
show no violation at all under a policy without inline script or style, and the admin's
dashboard, page editor, image chooser and preview work under the admin's policy with nothing
blocked.

Needs Debian's chromium (.ci/run installs it); the tests say so and skip where it is missing.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from .browser import chromium
from .factories import ImageFactory, ResourcePageFactory

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Collects every violation the page reports, from before its first script runs.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(
        `${event.disposition} ${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}`
    );
});
"""


@pytest.fixture
def browser(monkeypatch):
    # Playwright's synchronous API runs an event loop in this thread; the test's own database
    # work is still synchronous, between browser steps.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with chromium() as browser:
        yield browser


class Recorder:
    """A browser tab that notes CSP violations, console errors, and requests to other hosts."""

    def __init__(self, context, base_url):
        self.base_url = base_url
        self.page = context.new_page()
        self.page.add_init_script(RECORD_VIOLATIONS)
        self.console = []
        self.foreign = []
        self.page.on("console", self.on_console)
        self.page.on("request", self.on_request)

    def on_console(self, message):
        # The 404 and 400 pages visited on purpose are reported as failed loads: not a fault.
        expected = "Failed to load resource: the server responded with a status of 40"
        if message.type in ("error", "warning") and not message.text.startswith(expected):
            self.console.append(message.text)

    def on_request(self, request):
        if not request.url.startswith((self.base_url, "data:", "blob:", "about:")):
            self.foreign.append(request.url)

    def visit(self, path):
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("networkidle")
        return response

    def violations(self):
        found = self.page.evaluate("window.__violations")
        found += [text for text in self.console if "Content Security Policy" in text]
        return found


@pytest.fixture
def site(live_server, standard_pages, library):
    ResourcePageFactory(parent=library, title="Global Report", slug="global-report")
    return live_server.url


PUBLIC_PAGES = [
    "/en/",
    "/fr/",
    "/ar/about/",
    "/en/about/",
    "/en/resources/",
    "/en/resources/global-report/",
    "/en/search/?q=report",
    "/en/no-such-page/",
    "/en/%00/",
]


def test_public_pages_have_no_csp_violation(browser, site):
    tab = Recorder(browser.new_context(), site)
    for path in PUBLIC_PAGES:
        response = tab.visit(path)
        headers = response.all_headers()
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        assert "frame-ancestors 'none'" in policy
        assert headers["permissions-policy"].startswith("accelerometer=()")
        assert headers["x-frame-options"] == "DENY"
        assert tab.violations() == [], path
    assert tab.console == [], set(tab.console)
    assert tab.foreign == []


def signed_in_context(browser, base_url):
    """A browser whose session is a superuser's (signed in through Django's test client)."""
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client = Client()
    client.force_login(user)
    context = browser.new_context()
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base_url,
            }
        ]
    )
    return context


def test_the_admin_works_under_its_policy(browser, site):
    ImageFactory(title="Children drawing")
    tab = Recorder(signed_in_context(browser, site), site)

    response = tab.visit("/admin/")
    policy = dict(
        directive.split(" ", 1)
        for directive in response.all_headers()["content-security-policy"].split("; ")
    )
    # Nothing from another host, no plugins, framed only by the admin itself (the preview).
    assert policy["default-src"] == policy["connect-src"] == "'self'"
    assert policy["script-src"] == "'self' 'unsafe-inline'"  # Wagtail 7.4's widgets need it
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"
    assert tab.page.locator("#wagtail-sidebar").count() == 1

    resource = ResourcePageFactory._meta.model.objects.get(slug="global-report")
    tab.visit(f"/admin/pages/{resource.pk}/edit/")
    # The editor's scripts ran: the tabs switch, and the cover image field opens its chooser.
    tab.page.get_by_role("tab", name="Details").click()
    tab.page.locator("[data-chooser-action-choose]:visible").first.click()
    tab.page.get_by_text("Children drawing").wait_for()  # the chooser's modal, with its images
    tab.page.get_by_text("Children drawing").click()
    # Chosen: the field now shows the image's title.
    tab.page.locator("[data-chooser-title]:visible", has_text="Children drawing").wait_for()

    # The preview panel frames the page under /admin/ (SAMEORIGIN).
    tab.page.get_by_role("button", name="Toggle preview").click()
    frame = tab.page.frame_locator("#w-preview-iframe")
    frame.get_by_role("heading", name="Global Report").wait_for()

    assert tab.violations() == []
    assert tab.foreign == []
    tab.page.goto("about:blank")  # stop the editor's background pings before the server goes
