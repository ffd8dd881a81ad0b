"""Arabic is typed right to left: the text fields of the page editor, the snippet editor and
wagtail-localize's translation editor carry the `lang` and `dir` of the language being written
(every language of settings.LANGUAGES_BIDI), the source's texts those of the source.

The server marks the fields it draws (hub/forms.py); a small script marks those drawn in the
browser (static/js/content-direction.js): the React translation editor, StreamField blocks and
rich text. The browser test runs in Chromium when it is installed (Debian's `chromium`)."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.models import StandardPage
from resources.models import Topic
from translations.roles import translators_group_name

from .browser import DESKTOP, chromium, screenshot
from .helpers import member


def field_tag(content, name):
    """The HTML tag of the form field called `name`."""
    match = re.search(rf'<(?:input|textarea)[^>]*\bname="{name}"[^>]*>', content)
    assert match, name
    return match.group(0)


@pytest.fixture
def arabic_page(home_pages):
    """A standard page written in Arabic, under the Arabic home page."""
    page = StandardPage(
        title="من نحن",
        slug="who-we-are",
        introduction="تحالف",
        body=[{"type": "paragraph", "value": "<p>نحن تحالف.</p>"}],
    )
    home_pages["ar"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_page_editor_types_arabic_right_to_left(admin_client, arabic_page):
    content = admin_client.get(reverse("wagtailadmin_pages:edit", args=[arabic_page.pk]))
    content = content.content.decode()

    for name in ("title", "slug", "introduction", "seo_title", "search_description"):
        tag = field_tag(content, name)
        assert 'lang="ar"' in tag and 'dir="rtl"' in tag, tag
    # The script that marks the StreamField's fields is there.
    assert re.search(
        r'<script src="/static/js/content-direction.js" data-rtl-languages="[^"]*\bar\b', content
    )


def test_a_new_page_takes_the_language_of_its_parent(admin_client, home_pages):
    for code, direction in (("ar", "rtl"), ("fr", "ltr")):
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_pages[code].pk])
        tag = field_tag(admin_client.get(url).content.decode(), "title")
        assert f'lang="{code}"' in tag and f'dir="{direction}"' in tag


def test_the_snippet_editor_types_arabic_right_to_left(admin_client):
    added = admin_client.get("/admin/snippets/resources/topic/add/?locale=ar").content.decode()
    for name in ("name", "slug", "description"):
        tag = field_tag(added, name)
        assert 'lang="ar"' in tag and 'dir="rtl"' in tag, tag

    english = Topic.objects.get(slug="girls")
    edited = admin_client.get(f"/admin/snippets/resources/topic/edit/{english.pk}/")
    tag = field_tag(edited.content.decode(), "name")
    assert 'lang="en"' in tag and 'dir="ltr"' in tag


@pytest.fixture
def arabic_translation(home_pages, standard_pages):
    """The English "About" page submitted for translation into Arabic, through wagtail-localize
    (its Arabic copy in `standard_pages` is replaced by the translation's target)."""
    standard_pages["ar"].delete()
    source, _created = TranslationSource.get_or_create_from_instance(standard_pages["en"])
    translation = source.translations.create(target_locale=Locale.objects.get(language_code="ar"))
    translation.save_target(publish=False)
    return translation


def test_the_translation_editor_loads_the_script_with_the_languages(
    admin_client, arabic_translation
):
    page = arabic_translation.get_target_instance()
    content = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    content = content.decode()

    assert 'class="js-translation-editor"' in content
    assert re.search(r'data-rtl-languages="[^"]*\bar\b[^"]*"', content)
    assert "&quot;locale&quot;: {&quot;code&quot;: &quot;ar&quot;" in content


# The live server needs committed data: a transactional test, which starts from the migrations'
# data (home pages, taxonomy) even when another such test has emptied the database before it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_chromium_arabic_fields_are_right_to_left(
    live_server, client, arabic_translation, arabic_page, monkeypatch
):
    # Playwright's synchronous API runs an event loop in this thread; the database calls the
    # live server's fixtures make stay synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    call_command("setup_site", stdout=StringIO())
    translator = member("mutarjim", translators_group_name("ar"))
    translator.is_superuser = True  # the page and snippet editors too, in one login
    translator.save()
    client.force_login(translator)
    session = client.cookies["sessionid"].value
    target = arabic_translation.get_target_instance()
    arabic_topic = Topic.objects.create(
        name="الفتيات", slug="girls", locale=Locale.objects.get(language_code="ar")
    )

    with chromium() as browser:
        context = browser.new_context(viewport=DESKTOP)
        context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page = context.new_page()

        # wagtail-localize's editor: open a text and type Arabic into it.
        page.goto(f"{live_server.url}/admin/pages/{target.pk}/edit/")
        page.get_by_role("button", name="Translate").first.click()
        textarea = page.locator(".js-translation-editor textarea").first
        textarea.fill("من نحن")
        assert textarea.get_attribute("lang") == "ar"
        assert textarea.get_attribute("dir") == "rtl"
        assert textarea.evaluate("e => getComputedStyle(e).direction") == "rtl"
        source = page.locator(".js-translation-editor li > p").first
        assert (source.get_attribute("lang"), source.get_attribute("dir")) == ("en", "ltr")
        screenshot(page, "translation-editor-arabic")

        # The page editor: its title, and the paragraph drawn by the StreamField's script.
        page.goto(f"{live_server.url}/admin/pages/{arabic_page.pk}/edit/")
        title = page.locator('input[name="title"]')
        assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
        rich_text = page.locator('[data-contentpath="body"] [contenteditable="true"]').first
        rich_text.wait_for()
        assert rich_text.get_attribute("lang") == "ar"
        assert rich_text.evaluate("e => getComputedStyle(e).direction") == "rtl"
        # A new block's fields too.
        page.locator('[data-contentpath="body"] button[title="Insert a block"]').last.click()
        page.get_by_role("option", name="Heading").click()
        heading = page.locator('[data-contentpath="body"] input[type="text"]').last
        heading.fill("عنوان")
        assert (heading.get_attribute("lang"), heading.get_attribute("dir")) == ("ar", "rtl")
        page.wait_for_timeout(500)  # the new block slides open
        screenshot(page, "page-editor-arabic")

        # The snippet editor.
        page.goto(f"{live_server.url}/admin/snippets/resources/topic/edit/{arabic_topic.pk}/")
        name = page.locator('input[name="name"]')
        assert name.evaluate("e => getComputedStyle(e).direction") == "rtl"
        screenshot(page, "snippet-editor-arabic")
