"""The library: where its pages may go, what an editor's form accepts, what a reader sees of a
publication (its type, date, files with their format, size and language, how to cite it), and
a listing that costs the same however many publications it holds."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from resources.models import (
    NationalCoalitionPage,
    RegionalNetworkPage,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
    Topic,
)

from .conftest import visible_text
from .factories import (
    DocumentFactory,
    ImageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from .helpers import assert_listing_costs_the_same


class TestLibraryPageTypes(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")

    def test_where_library_pages_may_go(self):
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage})
        self.assertAllowedParentPageTypes(
            ResourcePage, {ResourceIndexPage, RegionalNetworkPage, NationalCoalitionPage}
        )
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanCreateAt(RegionalNetworkPage, ResourcePage)
        self.assertCanCreateAt(NationalCoalitionPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(StandardPage, ResourceIndexPage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)

    def test_one_library_per_language(self):
        assert ResourceIndexPage.can_create_at(self.home)
        ResourceIndexPageFactory(parent=self.home)
        assert not ResourceIndexPage.can_create_at(self.home)

    def test_editor_creates_the_library_with_the_form(self):
        self.assertCanCreate(
            self.home,
            ResourceIndexPage,
            nested_form_data(
                {"title": "Library", "slug": "resources", "introduction": "Our publications."}
            ),
        )
        library = ResourceIndexPage.objects.get(slug="resources")
        assert library.live
        assert library.introduction == "Our publications."
        assert library.url == "/en/resources/"

    def test_editor_creates_a_publication_with_its_files_and_classification(self):
        library = ResourceIndexPageFactory(parent=self.home)
        english = DocumentFactory(title="Global Report 2008 (English)", language="en")
        french = DocumentFactory(title="Rapport mondial 2008", language="fr")
        cover = ImageFactory(title="Cover")
        topics = list(Topic.objects.filter(slug__in=["girls", "education"]))
        data = nested_form_data(
            {
                "title": "Child Soldiers Global Report 2008",
                "slug": "global-report-2008",
                "summary": "Recruitment and use of children in 86 countries.",
                "body": streamfield([("paragraph", rich_text("<p>Four years of research.</p>"))]),
                "files": inline_formset([{"document": english.pk}, {"document": french.pk}]),
                "publication_date": "2008-05-20",
                "resource_type": "global-report",
                "publisher": "Coalition to Stop the Use of Child Soldiers",
                "authors": "",
                "cover_image": cover.pk,
            }
        )
        data["topics"] = [topic.pk for topic in topics]
        data["countries"] = ["CD", "UG"]
        data["audiences"] = ["researchers", "policy-makers"]
        self.assertCanCreate(library, ResourcePage, data)

        page = ResourcePage.objects.get(slug="global-report-2008")
        assert page.live
        assert page.locale.language_code == "en"
        assert page.publication_date == datetime.date(2008, 5, 20)
        assert page.resource_type == "global-report"
        assert page.cover_image == cover
        assert [f.document for f in page.files.all()] == [english, french]
        assert set(page.topics.all()) == set(topics)
        assert [c.code for c in page.countries] == ["CD", "UG"]
        assert page.audiences == ["researchers", "policy-makers"]
        self.assertPageIsRenderable(page)

    def test_a_publication_needs_a_date_a_type_and_a_summary(self):
        library = ResourceIndexPageFactory(parent=self.home)
        url = f"/admin/pages/add/resources/resourcepage/{library.pk}/"
        data = nested_form_data(
            {
                "title": "Undated",
                "slug": "undated",
                "summary": "",
                "body": streamfield([]),
                "files": inline_formset([]),
                "publication_date": "",
                "resource_type": "",
                "action-publish": "publish",
            }
        )
        response = self.client.post(url, data)
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert {"summary", "publication_date", "resource_type"} <= set(errors)
        assert not ResourcePage.objects.filter(slug="undated").exists()

    def test_an_unknown_audience_is_refused(self):
        library = ResourceIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Odd audience",
                "slug": "odd-audience",
                "summary": "Short.",
                "body": streamfield([]),
                "files": inline_formset([]),
                "publication_date": "2020-01-01",
                "resource_type": "briefing",
                "action-publish": "publish",
            }
        )
        data["audiences"] = ["practitioners", "aliens"]
        response = self.client.post(f"/admin/pages/add/resources/resourcepage/{library.pk}/", data)
        assert response.status_code == 200
        assert "audiences" in response.context["form"].errors
        assert not ResourcePage.objects.filter(slug="odd-audience").exists()


@pytest.fixture
def global_report(library):
    page = ResourcePageFactory(
        parent=library,
        title="Child Soldiers Global Report 2008",
        slug="global-report-2008",
        summary="Recruitment and use of children in 86 countries.",
        publication_date=datetime.date(2008, 5, 20),
        resource_type="global-report",
        authors="Jane Doe and Ali Hassan",
        publisher="Coalition to Stop the Use of Child Soldiers",
        countries=["CD", "UG"],
        audiences=["researchers", "practitioners"],
        topics=list(Topic.objects.filter(slug__in=["girls", "education"])),
        cover_image=ImageFactory(description="Children in a classroom in Gulu"),
        body=[{"type": "paragraph", "value": "<p>Four years of research.</p>"}],
    )
    ResourceFile.objects.create(
        page=page, document=DocumentFactory(title="Global Report (English)", language="en")
    )
    ResourceFile.objects.create(
        page=page, document=DocumentFactory(title="Rapport mondial (français)", language="fr")
    )
    return page


def test_publication_shows_type_date_and_classification(client, global_report):
    response = client.get(global_report.url)
    assert response.status_code == 200
    text = visible_text(response)
    assert "Global Report · 20 May 2008" in text
    assert "<h1>Child Soldiers Global Report 2008</h1>" in response.content.decode()
    assert "Recruitment and use of children in 86 countries." in text
    assert "Authors Jane Doe and Ali Hassan" in text
    assert "Publisher Coalition to Stop the Use of Child Soldiers" in text
    assert "Topics Education, Girls" in text
    assert "Countries Democratic Republic of the Congo, Uganda" in text
    assert "For Researchers, Practitioners" in text
    assert "Four years of research." in text
    assert 'alt="Children in a classroom in Gulu"' in response.content.decode()


def test_each_file_says_its_format_size_and_language(client, global_report):
    response = client.get(global_report.url)
    content = response.content.decode()
    text = visible_text(response)
    assert "Global Report (English) PDF, 13 bytes, English" in text
    assert "Rapport mondial (français) PDF, 13 bytes, Français" in text
    # The language is marked up, so a screen reader pronounces "Français" in French.
    assert '<span lang="fr">Français</span>' in content
    french = global_report.files.get(document__language="fr").document
    # The link's text is the file's title, in the file's language.
    assert f'<a href="{french.url}" hreflang="fr" lang="fr" download>' in content


def test_file_without_a_recorded_size_leaves_the_size_out(client, global_report):
    document = global_report.files.first().document
    type(document).objects.filter(pk=document.pk).update(file_size=None)
    text = visible_text(client.get(global_report.url))
    assert "Global Report (English) PDF, English" in text


def test_citation_names_authors_year_title_publisher_and_address(client, global_report):
    response = client.get(global_report.url)
    citation = response.content.decode().split('id="citation-text"', 1)[1].split("</textarea>")[0]
    assert (
        "Jane Doe and Ali Hassan (2008). Child Soldiers Global Report 2008. "
        "Coalition to Stop the Use of Child Soldiers. "
        "http://testserver/en/resources/global-report-2008/"
    ) in citation


def test_citation_falls_back_to_the_publisher_then_to_the_coalition(library):
    by_publisher = ResourcePageFactory(
        parent=library,
        title="Briefing",
        publisher="Regional network",
        publication_date=datetime.date(2019, 1, 1),
    )
    assert by_publisher.citation().startswith("Regional network (2019). Briefing. http")
    assert by_publisher.citation().count("Regional network") == 1
    anonymous = ResourcePageFactory(
        parent=library, title="Newsletter 12", publication_date=datetime.date(2018, 3, 1)
    )
    assert anonymous.citation().startswith("Coalition (2018). Newsletter 12. http")


def test_library_lists_live_publications_of_its_language_newest_first(client, library, home_pages):
    ResourcePageFactory(parent=library, title="Older", publication_date=datetime.date(2001, 1, 1))
    ResourcePageFactory(
        parent=library,
        title="Newer",
        publication_date=datetime.date(2015, 6, 1),
        resource_type="briefing",
        countries=["SL"],
    )
    ResourcePageFactory(parent=library, title="Unpublished draft", live=False)
    french_library = ResourceIndexPageFactory(parent=home_pages["fr"], title="Bibliothèque")
    ResourcePageFactory(parent=french_library, title="Publication française")

    response = client.get("/en/resources/?available=1")
    assert response.status_code == 200
    assert [p.title for p in response.context["items"]] == ["Newer", "Older"]
    text = visible_text(response)
    assert "2 publications" in text
    assert "Briefing paper · 2015 · Sierra Leone" in text
    assert "Unpublished draft" not in text
    assert "Publication française" not in text
    assert [p.title for p in client.get(french_library.url + "?available=1").context["items"]] == [
        "Publication française"
    ]
    # Without the filter, every publication, the other language's marked (tests/test_fallback.py)
    everything = client.get("/en/resources/")
    assert "3 publications" in visible_text(everything)
    assert "Publication française In French" in visible_text(everything)


def test_library_is_paginated(client, library):
    for n in range(23):
        ResourcePageFactory(
            parent=library, title=f"Report {n:02d}", publication_date=datetime.date(2000 + n, 1, 1)
        )
    first = client.get("/en/resources/")
    assert len(first.context["items"]) == 20
    assert "Page 1 of 2" in visible_text(first)
    second = client.get("/en/resources/", {"page": 2})
    assert [p.title for p in second.context["items"]] == ["Report 02", "Report 01", "Report 00"]
    assert 'rel="prev" href="?page=1"' in second.content.decode()


def test_library_listing_costs_the_same_with_few_or_many_publications(client, library):
    def add(count, start=0):
        for n in range(start, start + count):
            ResourcePageFactory(
                parent=library,
                title=f"Report {n}",
                countries=["CD"],
                audiences=["practitioners"],
            )

    assert_listing_costs_the_same(client, "/en/resources/", add)


@pytest.mark.parametrize("number", ["abc", "0", "99999", "-1", ""])
def test_bad_page_numbers_still_show_the_library(client, library, number):
    for n in range(25):
        ResourcePageFactory(parent=library, title=f"Report {n}")
    response = client.get("/en/resources/", {"page": number})
    assert response.status_code == 200
    assert len(response.context["items"]) in (5, 20)


def test_empty_library_answers(client, library):
    response = client.get("/en/resources/", {"page": "3"})
    assert response.status_code == 200
    assert "0 publications" in visible_text(response)
