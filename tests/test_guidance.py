"""Psycho-social guidance: where it may go, what an editor's form accepts and refuses, how each
of its blocks reads, the notice on guidance past its review date, the admin report listing it,
and an index that costs the same however long it grows."""

import datetime

import pytest
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from resources.models import GuidanceIndexPage, PsychosocialGuidancePage, Topic

from .conftest import visible_text
from .factories import (
    DocumentFactory,
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from .helpers import assert_listing_costs_the_same

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def list_block(items):
    """A ListBlock as the editor's form posts it."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index)}
        for index, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def guidance_form_data(resource, document, **overrides):
    """Every guidance block, filled in as an editor would."""
    data = nested_form_data(
        {
            "title": "Listening to a child who has come home",
            "slug": "listening",
            "summary": "How to hear a child's story without harming them.",
            "body": streamfield(
                [
                    (
                        "key_messages",
                        {"heading": "", "messages": list_block(["Listen first.", "Go slowly."])},
                    ),
                    (
                        "steps",
                        {
                            "heading": "Before you talk",
                            "steps": list_block(
                                [
                                    {"title": "Find a quiet place", "detail": "Not a classroom."},
                                    {"title": "Say who you are", "detail": ""},
                                ]
                            ),
                        },
                    ),
                    (
                        "do_dont",
                        {
                            "do": list_block(["Let the child lead"]),
                            "dont": list_block(["Ask for details of violence"]),
                        },
                    ),
                    (
                        "case_example",
                        {
                            "title": "A boy called K.",
                            "story": "K. came home after two years.",
                            "what_helped": "His aunt's visits.",
                            "anonymised": "on",
                        },
                    ),
                    ("safeguarding_note", {"text": rich_text("<p>Report any disclosure.</p>")}),
                    (
                        "further_reading",
                        {
                            "heading": "",
                            "items": list_block(
                                [{"resource": resource.pk, "title": "", "url": ""}]
                            ),
                        },
                    ),
                    (
                        "tool",
                        {
                            "document": document.pk,
                            "title": "Well-being checklist",
                            "description": "Print it.",
                        },
                    ),
                ]
            ),
            "last_reviewed": "2024-03-01",
            "next_review_due": "2026-03-01",
            "reviewed_by": "Technical group",
        }
    )
    data["audiences"] = ["practitioners", "caregivers"]
    support = Topic.objects.get(slug="psycho-social-support", locale__language_code="en")
    data["topics"] = [support.pk]
    data.update(overrides)
    return data


class TestGuidancePageTypes(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")

    def test_where_guidance_pages_may_go(self):
        self.assertAllowedParentPageTypes(GuidanceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuidanceIndexPage, {PsychosocialGuidancePage})
        self.assertAllowedParentPageTypes(PsychosocialGuidancePage, {GuidanceIndexPage})
        self.assertAllowedSubpageTypes(PsychosocialGuidancePage, set())
        self.assertCanCreateAt(HomePage, GuidanceIndexPage)
        self.assertCanCreateAt(GuidanceIndexPage, PsychosocialGuidancePage)
        self.assertCanNotCreateAt(HomePage, PsychosocialGuidancePage)
        self.assertCanNotCreateAt(StandardPage, PsychosocialGuidancePage)
        self.assertCanNotCreateAt(StandardPage, GuidanceIndexPage)

    def test_one_guidance_index_per_language(self):
        GuidanceIndexPageFactory(parent=self.home)
        assert not GuidanceIndexPage.can_create_at(self.home)

    def test_editor_creates_the_guidance_index_with_the_form(self):
        self.assertCanCreate(
            self.home,
            GuidanceIndexPage,
            nested_form_data({"title": "Guidance", "slug": "guidance", "introduction": ""}),
        )
        assert GuidanceIndexPage.objects.get(slug="guidance").url == "/en/guidance/"

    def create_index_and_links(self):
        index = GuidanceIndexPageFactory(parent=self.home)
        library = ResourceIndexPageFactory(parent=self.home)
        resource = ResourcePageFactory(parent=library, title="Caring for children at home")
        document = DocumentFactory(title="Checklist")
        return index, resource, document

    def test_editor_creates_guidance_with_every_block(self):
        index, resource, document = self.create_index_and_links()
        self.assertCanCreate(
            index, PsychosocialGuidancePage, guidance_form_data(resource, document)
        )
        page = PsychosocialGuidancePage.objects.get(slug="listening")
        assert page.live
        assert [block.block_type for block in page.body] == [
            "key_messages",
            "steps",
            "do_dont",
            "case_example",
            "safeguarding_note",
            "further_reading",
            "tool",
        ]
        assert page.body[1].value["steps"][0]["title"] == "Find a quiet place"
        assert page.body[5].value["items"][0]["resource"].specific == resource
        assert page.body[6].value["document"] == document
        assert page.audiences == ["practitioners", "caregivers"]
        assert [t.slug for t in page.topics.all()] == ["psycho-social-support"]
        assert page.next_review_due == datetime.date(2026, 3, 1)
        self.assertPageIsRenderable(page)

    def post_invalid(self, data):
        index = GuidanceIndexPage.objects.get(slug="guidance")
        data["action-publish"] = "publish"
        response = self.client.post(
            f"/admin/pages/add/resources/psychosocialguidancepage/{index.pk}/", data
        )
        assert response.status_code == 200
        assert not PsychosocialGuidancePage.objects.exists()
        return response.context["form"].errors

    def test_next_review_must_come_after_the_last(self):
        _index, resource, document = self.create_index_and_links()
        errors = self.post_invalid(
            guidance_form_data(
                resource, document, last_reviewed="2024-03-01", next_review_due="2023-03-01"
            )
        )
        assert errors["next_review_due"] == ["The next review must come after the last one."]

    def test_review_dates_and_reviewer_are_required(self):
        _index, resource, document = self.create_index_and_links()
        errors = self.post_invalid(
            guidance_form_data(
                resource, document, last_reviewed="", next_review_due="", reviewed_by=""
            )
        )
        assert {"last_reviewed", "next_review_due", "reviewed_by"} <= set(errors)

    def test_a_case_example_must_be_confirmed_anonymised(self):
        _index, resource, document = self.create_index_and_links()
        data = guidance_form_data(resource, document)
        del data["body-3-value-anonymised"]
        errors = self.post_invalid(data)
        assert "body" in errors

    def test_guidance_needs_a_body(self):
        _index, resource, document = self.create_index_and_links()
        data = guidance_form_data(resource, document)
        data.update(nested_form_data({"body": streamfield([])}))
        for key in [k for k in data if k.startswith("body-") and k != "body-count"]:
            del data[key]
        errors = self.post_invalid(data)
        assert "body" in errors


@pytest.fixture
def full_guidance(guidance_index, library):
    resource = ResourcePageFactory(
        parent=library, title="Caring for children at home", slug="caring"
    )
    tool = DocumentFactory(title="Checklist", language="fr")
    return GuidancePageFactory(
        parent=guidance_index,
        title="Listening to a child who has come home",
        summary="How to hear a child's story without harming them.",
        audiences=["practitioners", "caregivers"],
        topics=list(Topic.objects.filter(slug__in=["reintegration", "girls"])),
        last_reviewed=datetime.date(2024, 3, 1),
        next_review_due=TODAY + 30 * DAY,
        reviewed_by="Technical group",
        body=[
            {
                "type": "key_messages",
                "value": {"heading": "", "messages": ["Listen first.", "Go slowly."]},
            },
            {
                "type": "steps",
                "value": {
                    "heading": "Before you talk",
                    "steps": [
                        {"title": "Find a quiet place", "detail": "Not a classroom."},
                        {"title": "Say who you are", "detail": ""},
                    ],
                },
            },
            {
                "type": "do_dont",
                "value": {"do": ["Let the child lead"], "dont": ["Ask for details of violence"]},
            },
            {
                "type": "case_example",
                "value": {
                    "title": "A boy called K.",
                    "story": "K. came home after two years.\nHe did not speak.",
                    "what_helped": "His aunt's visits.",
                    "anonymised": True,
                },
            },
            {"type": "safeguarding_note", "value": {"text": "<p>Report any disclosure.</p>"}},
            {
                "type": "further_reading",
                "value": {
                    "heading": "",
                    "items": [
                        {"resource": resource.pk, "title": "", "url": ""},
                        {"resource": None, "title": "INEE standards", "url": "https://inee.org/"},
                    ],
                },
            },
            {
                "type": "tool",
                "value": {
                    "document": tool.pk,
                    "title": "Well-being checklist",
                    "description": "Print it.",
                },
            },
        ],
    )


def test_every_guidance_block_reads_as_intended(client, full_guidance):
    response = client.get(full_guidance.url)
    assert response.status_code == 200
    content = response.content.decode()
    text = visible_text(response)
    assert "Psycho-social guidance Listening to a child who has come home" in text
    assert "For Practitioners, Families and caregivers" in text
    assert "Topics Girls, Reintegration" in text
    # key messages, with the default heading
    assert "Key messages Listen first. Go slowly." in text
    # numbered steps, in an ordered list
    assert (
        "<ol><li><strong>Find a quiet place</strong><p>Not a classroom.</p></li>"
        "<li><strong>Say who you are</strong></li></ol>"
    ) in content
    assert "<h2>Before you talk</h2>" in content
    # do and don't
    assert "Do Let the child lead Don't Ask for details of violence" in text
    # anonymised case example
    assert "Case example (anonymised): A boy called K." in text
    assert "K. came home after two years.<br>He did not speak." in content
    assert "What helped His aunt's visits." in text
    # safeguarding note
    assert 'class="notice notice--safeguarding" role="note"' in content
    assert "Safeguarding Report any disclosure." in text
    # further reading: a library page and an outside address
    assert "Further reading Caring for children at home INEE standards" in text
    assert '<a href="/en/resources/caring/">Caring for children at home</a>' in content
    assert '<a href="https://inee.org/" rel="external">INEE standards</a>' in content
    # downloadable tool, with its format, size and language
    tool = full_guidance.body[6].value["document"]
    assert "Well-being checklist Print it. Download the tool PDF, 13 bytes, Français" in text
    assert f'href="{tool.url}" download hreflang="fr"' in content
    # the review
    assert "Last reviewed on 1 March 2024 by Technical group." in text


def test_overdue_guidance_warns_the_reader(client, guidance_index):
    page = GuidancePageFactory(
        parent=guidance_index,
        last_reviewed=datetime.date(2020, 1, 1),
        next_review_due=datetime.date(2021, 2, 3),
    )
    text = visible_text(client.get(page.url))
    assert "This guidance is due for review. Its review was due on 3 February 2021." in text
    assert page.is_overdue


@pytest.mark.parametrize("days_ahead", [0, 1, 365])
def test_guidance_not_yet_due_carries_no_warning(client, guidance_index, days_ahead):
    page = GuidancePageFactory(parent=guidance_index, next_review_due=TODAY + days_ahead * DAY)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "due for review" not in visible_text(response)
    assert not page.is_overdue


def test_guidance_index_lists_by_title_and_marks_overdue_and_illustrative(
    client, guidance_index, home_pages
):
    GuidancePageFactory(parent=guidance_index, title="Working with girl mothers")
    GuidancePageFactory(
        parent=guidance_index,
        title="Age assessment",
        next_review_due=TODAY - DAY,
        last_reviewed=TODAY - 400 * DAY,
        is_illustrative=True,
    )
    GuidancePageFactory(parent=guidance_index, title="Draft guidance", live=False)
    french_index = GuidanceIndexPageFactory(parent=home_pages["fr"])
    GuidancePageFactory(parent=french_index, title="Guide français")

    response = client.get("/en/guidance/?available=1")
    assert [p.title for p in response.context["items"]] == [
        "Age assessment",
        "Working with girl mothers",
    ]
    text = visible_text(response)
    assert "Age assessment Illustrative example · Review overdue" in text
    assert "Working with girl mothers How to listen to a child." in text
    assert "Draft guidance" not in text and "Guide français" not in text
    assert "Guide français In French" in visible_text(client.get("/en/guidance/"))


def test_overdue_report_lists_overdue_guidance_only(admin_client, guidance_index, home_pages):
    GuidancePageFactory(
        parent=guidance_index,
        title="Age assessment",
        last_reviewed=datetime.date(2020, 1, 1),
        next_review_due=datetime.date(2021, 2, 3),
        reviewed_by="Health panel",
    )
    GuidancePageFactory(parent=guidance_index, title="Working with girl mothers")
    GuidancePageFactory(
        parent=guidance_index, title="Due today", next_review_due=TODAY, last_reviewed=TODAY - DAY
    )
    french_index = GuidanceIndexPageFactory(parent=home_pages["fr"])
    GuidancePageFactory(
        parent=french_index,
        title="Évaluation de l'âge",
        next_review_due=TODAY - 10 * DAY,
        last_reviewed=TODAY - 400 * DAY,
    )

    response = admin_client.get("/admin/reports/guidance-due/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Guidance due for review" in content
    assert "Age assessment" in content
    assert "Health panel" in content
    assert "Évaluation de l&#x27;âge" in content
    assert "Working with girl mothers" not in content
    assert "Due today" not in content
    titles = [page.title for page in response.context["object_list"]]
    assert titles == ["Age assessment", "Évaluation de l'âge"]  # most overdue first


def test_overdue_report_is_listed_in_the_reports_menu(admin_client, guidance_index):
    content = admin_client.get("/admin/").content.decode()
    assert "/admin/reports/guidance-due/" in content


def test_overdue_report_is_closed_to_users_without_page_permissions(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/guidance-due/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_overdue_report_exports_a_spreadsheet(admin_client, guidance_index):
    GuidancePageFactory(
        parent=guidance_index,
        title="Age assessment",
        last_reviewed=datetime.date(2020, 1, 1),
        next_review_due=datetime.date(2021, 2, 3),
    )
    response = admin_client.get("/admin/reports/guidance-due/", {"export": "csv"})
    assert response.status_code == 200
    csv = b"".join(response.streaming_content).decode()
    assert "Review was due" in csv.splitlines()[0]
    assert "Age assessment" in csv and "2021-02-03" in csv


def test_guidance_index_costs_the_same_with_few_or_many_pages(client, guidance_index):
    def add(count, start=0):
        for n in range(start, start + count):
            GuidancePageFactory(
                parent=guidance_index,
                title=f"Guidance {n:02d}",
                next_review_due=TODAY - DAY if n % 2 else TODAY + DAY,
                last_reviewed=TODAY - 400 * DAY,
            )

    assert_listing_costs_the_same(client, "/en/guidance/", add)


@pytest.mark.parametrize("number", ["abc", "0", "99999"])
def test_bad_page_numbers_still_show_the_guidance(client, guidance_index, number):
    for n in range(21):
        GuidancePageFactory(parent=guidance_index, title=f"Guidance {n:02d}")
    response = client.get("/en/guidance/", {"page": number})
    assert response.status_code == 200
    assert len(response.context["items"]) in (1, 20)
