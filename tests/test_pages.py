"""Home and standard pages: where they may be created, what an editor's form accepts, and
what a reader sees of every block."""

import pytest
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from hub.blocks import CallToActionBlock

from .conftest import visible_text
from .factories import DocumentFactory, ImageFactory


class TestPageTypeRules(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")

    def test_where_pages_may_go(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_editor_creates_a_standard_page_with_the_form(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About the coalition",
                    "slug": "about",
                    "introduction": "Who we are.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Our history", "level": "h2"}),
                            ("paragraph", rich_text("<p>Founded in 1998.</p>")),
                            ("quote", {"quote": "Children, not soldiers.", "attribution": ""}),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="about")
        self.assertEqual(page.locale.language_code, "en")
        self.assertPageIsRenderable(page)

    def test_home_page_renders(self):
        self.assertPageIsRenderable(self.home)


@pytest.fixture
def rich_page(english_home):
    image = ImageFactory(description="Two caseworkers reading a report")
    document = DocumentFactory(title="Global Report 2008")
    target = StandardPage(title="Contact", slug="contact")
    english_home.add_child(instance=target)
    target.save_revision().publish()
    page = StandardPage(
        title="Every block",
        slug="every-block",
        body=[
            {"type": "heading", "value": {"text": "A sub-heading", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Plain <b>rich</b> text.</p>"},
            {"type": "quote", "value": {"quote": "Bring them home.", "attribution": "A mother"}},
            {"type": "image", "value": {"image": image.pk, "caption": "At the centre"}},
            {"type": "document", "value": {"document": document.pk, "label": ""}},
            {
                "type": "call_to_action",
                "value": {
                    "title": "Get in touch",
                    "text": "Write to the secretariat.",
                    "page": target.pk,
                    "url": "",
                    "button_label": "Contact us",
                },
            },
        ],
    )
    english_home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_every_block_shows_what_a_reader_needs(client, rich_page):
    content = client.get(rich_page.url).content.decode()
    assert "<h3>A sub-heading</h3>" in content
    assert "<b>rich</b>" in content
    assert "<blockquote><p>Bring them home.</p></blockquote>" in content
    assert "<figcaption>A mother</figcaption>" in content
    assert 'alt="Two caseworkers reading a report"' in content
    assert "At the centre" in content and "© Coalition archive" in content
    # a document link says what the file is before the reader downloads it
    assert ">Global Report 2008</a>" in content and "PDF, 13 bytes, English" in visible_text(
        content
    )
    assert '<a class="button" href="/en/contact/">Contact us</a>' in content


def test_page_has_one_h1_a_skip_link_and_landmarks(client, rich_page):
    content = client.get(rich_page.url).content.decode()
    assert content.count("<h1") == 1
    assert '<a class="skip-link" href="#main-content">' in content
    for landmark in ('<header class="site-header"', '<main id="main-content"', "<footer"):
        assert landmark in content
    assert 'role="search"' in content


def test_call_to_action_needs_a_page_or_an_address(english_home):
    block = CallToActionBlock()
    data = {"title": "Act", "text": "", "button_label": "Go"}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**data, "page": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**data, "page": english_home.pk, "url": "https://a.org/"}))
    assert block.clean(block.to_python({**data, "page": english_home.pk, "url": ""}))["page"]


def test_image_without_alt_text_is_refused_with_a_form_error(db):
    from wagtail.images.tests.utils import get_test_image_file

    ImageForm = get_image_form(get_image_model())
    form = ImageForm(
        data={"title": "Workshop", "description": "", "credit": ""},
        files={"file": get_test_image_file()},
    )
    assert not form.is_valid()
    assert "description" in form.errors
    assert get_image_model().objects.count() == 0


def test_subpage_listing_costs_the_same_with_few_or_many_children(client, english_home):
    section = StandardPage(title="Section", slug="section")
    english_home.add_child(instance=section)
    section.save_revision().publish()

    def add_children(count, start=0):
        for n in range(start, start + count):
            section.add_child(instance=StandardPage(title=f"Child {n}", slug=f"child-{n}"))

    def queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get("/en/section/")  # warm the site's cached addresses
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/en/section/")
        assert response.status_code == 200
        return len(ctx.captured_queries), response

    add_children(3)
    few, _ = queries()
    add_children(40, start=3)
    many, response = queries()
    assert many == few
    assert len(response.context["subpages"]) == 43
