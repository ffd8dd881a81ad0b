"""Images of children and uploaded documents.

Safeguarding: a page that uses an image of an identifiable child cannot be published until the
image has a consent reference, wherever the image sits (an image field or a block), while a
draft can always be saved. Documents: only the formats the library accepts, and no file too
big for a reader on a slow connection, each refused with an error the editor understands."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.models import Collection, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from resources.models import ResourcePage

from .factories import DocumentFactory, ImageFactory, ResourcePageFactory
from .helpers import DOCUMENT_SAMPLES

PUBLISH = {"action-publish": "action-publish"}  # what the Publish button posts
CONSENT_ERROR = (
    "This page cannot be published: it uses an image of an identifiable child without a "
    "recorded consent reference:"
)


@pytest.fixture
def child_portrait(db):
    return ImageFactory(
        title="Portrait of K. at the centre",
        description="A boy smiling in a classroom",
        shows_identifiable_child=True,
        consent_reference="",
    )


def resource_form_data(cover_image="", body=(), **extra):
    data = nested_form_data(
        {
            "title": "Back at school",
            "slug": "back-at-school",
            "summary": "Children's first term back.",
            "body": streamfield(list(body)),
            "files": inline_formset([]),
            "publication_date": "2024-09-01",
            "resource_type": "article",
            "cover_image": cover_image.pk if cover_image else "",
        }
    )
    data.update(extra)
    return data


def add_url(parent, model=ResourcePage):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def error_text(response):
    form = response.context["form"]
    return " ".join(str(error) for error in form.non_field_errors())


def test_publishing_a_page_with_an_unconsented_cover_image_is_refused(
    admin_client, library, child_portrait
):
    response = admin_client.post(
        add_url(library), resource_form_data(cover_image=child_portrait, **PUBLISH)
    )
    assert response.status_code == 200
    assert f"{CONSENT_ERROR} “Portrait of K. at the centre”" in error_text(response)
    assert "Portrait of K. at the centre" in response.content.decode()
    assert not ResourcePage.objects.exists()


def test_publishing_a_page_with_an_unconsented_image_in_a_block_is_refused(
    admin_client, library, child_portrait
):
    data = resource_form_data(
        body=[("image", {"image": child_portrait.pk, "caption": "First day"})],
        **PUBLISH,
    )
    response = admin_client.post(add_url(library), data)
    assert response.status_code == 200
    assert "“Portrait of K. at the centre”" in error_text(response)
    assert not ResourcePage.objects.exists()


def test_every_page_type_is_covered(admin_client, english_home, child_portrait):
    data = nested_form_data(
        {
            "title": "Our work",
            "slug": "our-work",
            "introduction": "",
            "body": streamfield([("image", {"image": child_portrait.pk, "caption": ""})]),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(add_url(english_home, StandardPage), data)
    assert response.status_code == 200
    assert CONSENT_ERROR in error_text(response)
    assert not StandardPage.objects.filter(slug="our-work").exists()


def test_every_unconsented_image_is_named(admin_client, library, child_portrait):
    other = ImageFactory(title="Group photo", shows_identifiable_child=True)
    consented = ImageFactory(
        title="Consented portrait", shows_identifiable_child=True, consent_reference="F-12"
    )
    data = resource_form_data(
        cover_image=other,
        body=[
            ("image", {"image": child_portrait.pk, "caption": ""}),
            ("image", {"image": consented.pk, "caption": ""}),
        ],
        **PUBLISH,
    )
    errors = error_text(admin_client.post(add_url(library), data))
    assert "“Group photo”" in errors and "“Portrait of K. at the centre”" in errors
    assert "Consented portrait" not in errors


def test_a_draft_can_be_saved_while_consent_is_sought(admin_client, library, child_portrait):
    response = admin_client.post(add_url(library), resource_form_data(cover_image=child_portrait))
    assert response.status_code == 302
    page = ResourcePage.objects.get(slug="back-at-school")
    assert not page.live
    assert page.get_latest_revision_as_object().cover_image == child_portrait


def test_publishing_the_draft_is_refused_then_allowed_once_consent_is_recorded(
    admin_client, library, child_portrait
):
    admin_client.post(add_url(library), resource_form_data(cover_image=child_portrait))
    page = ResourcePage.objects.get(slug="back-at-school")
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = resource_form_data(cover_image=child_portrait, **PUBLISH)

    refused = admin_client.post(edit_url, data)
    assert refused.status_code == 200
    assert "“Portrait of K. at the centre”" in error_text(refused)
    page.refresh_from_db()
    assert not page.live
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions

    # A consent reference of blanks is no consent reference.
    child_portrait.consent_reference = "   "
    child_portrait.save()
    assert admin_client.post(edit_url, data).status_code == 200
    page.refresh_from_db()
    assert not page.live

    child_portrait.consent_reference = "Consent form 2024-017, Gulu office"
    child_portrait.save()
    published = admin_client.post(edit_url, data)
    assert published.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.cover_image == child_portrait


def test_a_live_page_cannot_be_republished_with_a_new_unconsented_image(
    admin_client, library, child_portrait
):
    page = ResourcePageFactory(parent=library, title="Back at school", slug="back-at-school")
    page.save_revision().publish()
    data = resource_form_data(
        body=[("image", {"image": child_portrait.pk, "caption": ""})], **PUBLISH
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert CONSENT_ERROR in error_text(response)
    page.refresh_from_db()
    assert list(page.body) == []


def test_images_not_showing_an_identifiable_child_need_no_consent(admin_client, library):
    landscape = ImageFactory(title="Hills near Gulu", shows_identifiable_child=False)
    response = admin_client.post(
        add_url(library),
        resource_form_data(
            cover_image=landscape,
            body=[("image", {"image": landscape.pk, "caption": ""})],
            **PUBLISH,
        ),
    )
    assert response.status_code == 302
    assert ResourcePage.objects.get(slug="back-at-school").live


# Documents


def upload(name, content=b"%PDF-1.4 test"):
    return SimpleUploadedFile(name, content)


def document_form(name, content=b"%PDF-1.4 test", **data):
    DocumentForm = get_document_form(get_document_model())
    return DocumentForm(
        data={"title": "Annual report", "language": "en", **data},
        files={"file": upload(name, content)},
    )


@pytest.mark.parametrize("name", ["report.pdf", "data.csv", "minutes.docx", "notes.txt"])
def test_library_formats_are_accepted(db, name):
    extension = name.rsplit(".", 1)[1]
    form = document_form(name, DOCUMENT_SAMPLES[extension])
    assert form.is_valid(), form.errors
    document = form.save()
    assert document.file_extension == extension
    assert document.file_size == len(DOCUMENT_SAMPLES[extension])


@pytest.mark.parametrize("name", ["setup.exe", "archive.zip", "page.html", "script.js"])
def test_other_formats_are_refused_with_a_clear_error(db, name):
    form = document_form(name)
    assert not form.is_valid()
    extension = name.rsplit(".", 1)[1]
    message = " ".join(form.errors["file"])
    assert f"File extension “{extension}” is not allowed." in message
    assert "pdf, doc, docx" in message
    assert get_document_model().objects.count() == 0


def test_default_size_limit_is_twenty_megabytes(db):
    form = document_form("report.pdf")
    assert form.fields["file"].max_upload_size == 20 * 1024 * 1024
    assert "Maximum filesize: 20.0\xa0MB." in form.fields["file"].help_text


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=10)
def test_a_file_over_the_size_limit_is_refused_with_a_clear_error(db):
    form = document_form("report.pdf", b"%PDF-1.4 test")  # 13 bytes
    assert not form.is_valid()
    assert form.errors["file"] == [
        "This file is too big (13\xa0bytes). Maximum filesize 10\xa0bytes."
    ]
    assert document_form("small.pdf", b"%PDF-1.4").is_valid()  # 8 bytes


def test_a_missing_file_gets_one_error(db):
    DocumentForm = get_document_form(get_document_model())
    form = DocumentForm(data={"title": "No file", "language": "en"}, files={})
    assert not form.is_valid()
    assert form.errors["file"] == ["This field is required."]


def test_document_language_must_be_a_site_language(db):
    form = document_form("report.pdf", language="de")
    assert not form.is_valid()
    assert "language" in form.errors


def test_editor_uploads_a_document_in_the_admin(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Rapport mondial",
            "file": upload("rapport.pdf"),
            "language": "fr",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Rapport mondial")
    assert (document.language, document.file_size) == ("fr", 13)


def test_admin_upload_of_a_refused_format_shows_the_error(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Installer",
            "file": upload("setup.exe"),
            "language": "en",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert "File extension “exe” is not allowed." in response.content.decode()
    assert not get_document_model().objects.exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=10)
def test_admin_upload_of_a_file_too_big_shows_the_error(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Big report",
            "file": upload("big.pdf"),
            "language": "en",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "This file is too big (13\xa0bytes). Maximum filesize 10\xa0bytes." in content
    assert "File extension" not in content
    assert not get_document_model().objects.exists()


def test_multiple_uploader_refuses_other_formats_too(admin_client):
    response = admin_client.post("/admin/documents/multiple/add/", {"files[]": upload("setup.exe")})
    assert response.status_code == 200
    result = json.loads(response.content)
    assert result["success"] is False
    assert "File extension “exe” is not allowed." in result["error_message"]
    assert not get_document_model().objects.exists()


def test_document_factory_builds_a_valid_library_file(db):
    document = DocumentFactory()
    document.full_clean()
    assert document.file_size == 13


def test_publishing_outside_the_form_is_refused_too(admin_client, library, child_portrait):
    """Workflow approval, scheduled publishing and wagtail-localize publish a revision without
    the editing form: the page itself refuses, and nothing goes live."""
    from django.core.exceptions import ValidationError

    admin_client.post(add_url(library), resource_form_data(cover_image=child_portrait))
    page = ResourcePage.objects.get(slug="back-at-school")
    with pytest.raises(ValidationError, match="Portrait of K. at the centre"):
        page.get_latest_revision().publish()
    assert not ResourcePage.objects.get(pk=page.pk).live


def test_bulk_publishing_leaves_out_pages_with_unconsented_images(
    admin_client, library, child_portrait
):
    admin_client.post(add_url(library), resource_form_data(cover_image=child_portrait))
    admin_client.post(add_url(library), resource_form_data(slug="safe-page", title="A safe page"))
    unsafe = ResourcePage.objects.get(slug="back-at-school")
    safe = ResourcePage.objects.get(slug="safe-page")
    url = (
        f"/admin/bulk/wagtailcore/page/publish/?next=/admin/pages/{library.pk}/"
        f"&id={unsafe.pk}&id={safe.pk}"
    )
    response = admin_client.post(url)
    assert response.status_code == 302
    assert ResourcePage.objects.get(pk=safe.pk).live
    assert not ResourcePage.objects.get(pk=unsafe.pk).live


# Rendering: an image of a child without consent never reaches a reader


@pytest.fixture
def consented_portrait(db):
    return ImageFactory(
        title="Portrait of K. at the centre",
        description="A boy smiling in a classroom",
        shows_identifiable_child=True,
        consent_reference="Consent form 2024-017",
    )


@pytest.fixture
def pages_showing_the_portrait(library, english_home, consented_portrait):
    """A resource with the portrait as its cover and in an image block, and a standard page
    with it embedded in rich text: published while consent was on record."""
    resource = ResourcePageFactory(
        parent=library,
        slug="back-at-school",
        cover_image=consented_portrait,
        body=[("image", {"image": consented_portrait, "caption": "K. on his first day"})],
    )
    resource.save_revision().publish()
    embed = (
        f'<p>Our centre.</p><embed embedtype="image" id="{consented_portrait.pk}" '
        'format="left" alt="K."/>'
    )
    about = StandardPage(title="Our centre", slug="our-centre", body=[("paragraph", embed)])
    english_home.add_child(instance=about)
    about.save_revision().publish()
    return ["/en/resources/back-at-school/", "/en/our-centre/"]


def image_addresses(html):
    return re.findall(r'src="(/media/images/[^"]+)"', html)


def test_once_consent_is_withdrawn_no_page_shows_the_image(
    client, pages_showing_the_portrait, consented_portrait, django_capture_on_commit_callbacks
):
    shown = {url: client.get(url).content.decode() for url in pages_showing_the_portrait}
    assert len(image_addresses(shown["/en/resources/back-at-school/"])) == 2
    assert len(image_addresses(shown["/en/our-centre/"])) == 1
    renditions = [rendition.file.name for rendition in consented_portrait.renditions.all()]
    assert renditions

    consented_portrait.consent_reference = ""
    with django_capture_on_commit_callbacks(execute=True):
        consented_portrait.save()

    for url in pages_showing_the_portrait:
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert image_addresses(html) == []
        assert "<img" not in html
        assert "A boy smiling in a classroom" not in html
        assert "K. on his first day" not in html
    assert "Our centre." in html
    # The renditions made while it could be shown are gone, with their files.
    assert not consented_portrait.renditions.exists()
    storage = consented_portrait.file.storage
    assert not any(storage.exists(name) for name in renditions)


def test_an_image_of_a_child_never_marked_consented_is_withheld_wherever_it_is_rendered(
    child_portrait,
):
    from django.template import Context, Template

    html = Template(
        "{% load wagtailimages_tags wagtailcore_tags %}"
        "{% image image width-400 %}{% picture image width-{200,400} format-{webp,jpeg} %}"
        "{% srcset_image image width-{200,400} sizes='50vw' %}"
        "{% image image fill-80x80 as thumb %}[{{ thumb.url }}|{{ thumb.alt }}]{{ text|richtext }}"
    ).render(
        Context(
            {
                "image": child_portrait,
                "text": f'<embed embedtype="image" id="{child_portrait.pk}" format="left"/>',
            }
        )
    )
    assert "/media/" not in html
    assert "A boy smiling" not in html
    assert "<img" not in html
    assert not child_portrait.renditions.exists()


def test_editors_still_see_it_in_the_admin(admin_client, child_portrait):
    response = admin_client.get(f"/admin/images/{child_portrait.pk}/")
    assert response.status_code == 200
    assert image_addresses(response.content.decode())
    assert child_portrait.renditions.exists()


def test_consent_recorded_later_lets_the_image_show(
    client, pages_showing_the_portrait, consented_portrait
):
    consented_portrait.consent_reference = ""
    consented_portrait.save()
    assert image_addresses(client.get(pages_showing_the_portrait[0]).content.decode()) == []
    consented_portrait.consent_reference = "Consent form 2025-003"
    consented_portrait.save()
    assert len(image_addresses(client.get(pages_showing_the_portrait[0]).content.decode())) == 2
