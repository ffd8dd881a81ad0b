"""What an editor can upload (hub/uploads.py, hub/media_forms.py), as an outside audit tried it:
an image of 11000 × 11000 or 30000 × 30000 pixels (a small file that decodes to gigabytes), a
200 MB file, HTML renamed report.pdf, and a child's photo named after the child and the town.
Each is refused with a form error (or 413 before the body is read), nothing is left on disk,
and what is accepted is stored under a random name."""

import json
import os
import re

import PIL.ImageFile
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from hub.uploads import CONTENT_RULES, FORM_ALLOWANCE

from .helpers import DOCUMENT_SAMPLES, jpeg, png

PIXEL_ERROR = "This image has too many pixels: the most the site accepts is 40 megapixels."


def no_decoding(monkeypatch):
    """From now on Pillow may read headers but never decode pixels: decoding an over-large
    image is what took a worker past its timeout."""

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"Pillow decoded a {self.size[0]} × {self.size[1]} image")

    monkeypatch.setattr(PIL.ImageFile.ImageFile, "load", refuse)


@pytest.fixture(name="no_decoding")
def no_decoding_fixture(monkeypatch):
    no_decoding(monkeypatch)


def stored_files():
    root = settings.MEDIA_ROOT
    return {
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _dirs, names in os.walk(root)
        for name in names
    }


def image_data(name, content, prefix=""):
    return prefixed(
        prefix,
        {
            "title": "Children at the centre",
            "file": SimpleUploadedFile(name, content),
            "description": "Children drawing at a table",
            "collection": Collection.get_first_root_node().pk,
        },
    )


def prefixed(prefix, data):
    """Form data as a form with `prefix` (the choosers' upload forms have one) expects it."""
    return {f"{prefix}-{key}" if prefix else key: value for key, value in data.items()}


@pytest.mark.parametrize("side", [11000, 30000])
def test_an_image_with_too_many_pixels_is_a_form_error_without_decoding(
    admin_client, no_decoding, side
):
    before = stored_files()
    response = admin_client.post("/admin/images/add/", image_data("big.png", png(side, side)))
    assert response.status_code == 200
    assert PIXEL_ERROR in response.content.decode()
    assert not get_image_model().objects.exists()
    assert stored_files() == before


@pytest.mark.parametrize("side", [11000, 30000])
def test_the_choosers_upload_and_the_multiple_uploader_refuse_it_too(
    admin_client, no_decoding, side
):
    before = stored_files()
    chooser = admin_client.post(
        reverse("wagtailimages_chooser:create"),
        image_data("big.png", png(side, side), prefix="image-chooser-upload"),
    )
    assert chooser.status_code == 200
    assert PIXEL_ERROR in json.loads(chooser.content)["htmlFragment"]
    multiple = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("big.png", png(side, side))},
    )
    assert multiple.status_code == 200
    result = json.loads(multiple.content)
    assert result["success"] is False
    assert PIXEL_ERROR in result["error_message"]
    assert not get_image_model().objects.exists()
    assert stored_files() == before


def test_an_image_within_the_limit_is_accepted(admin_client):
    response = admin_client.post("/admin/images/add/", image_data("small.png", png(8000, 5000)))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (8000, 5000)


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
def test_the_limit_is_a_setting(admin_client):
    response = admin_client.post("/admin/images/add/", image_data("small.png", png(40, 30)))
    assert "the most the site accepts is 0.001 megapixels" in response.content.decode()


def test_an_over_large_image_that_came_in_another_way_is_never_decoded(db, monkeypatch):
    """An image that skipped the form (a restored backup from before the limit, an import)
    renders as not found rather than being decoded."""
    from django.core.files.base import ContentFile
    from django.template import Context, Template

    image = get_image_model().objects.create(
        title="Scan", description="A scanned map", file=ContentFile(jpeg(), "map.png")
    )
    image.file.storage.delete(image.file.name)
    image.file.storage.save(image.file.name, ContentFile(png(11000, 11000)))
    get_image_model().objects.filter(pk=image.pk).update(width=11000, height=11000)
    image = get_image_model().objects.get(pk=image.pk)
    no_decoding(monkeypatch)
    html = Template("{% load wagtailimages_tags %}{% image image width-400 %}").render(
        Context({"image": image})
    )
    assert 'src="/media/not-found"' in html
    assert not image.renditions.exists()


# Size: refused before the body is read


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the upload's body was read")

    readline = read


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtaildocs:add",
        "wagtaildocs:add_multiple",
        "wagtaildocs_chooser:create",
        "wagtailimages:add",
        "wagtailimages:add_multiple",
        "wagtailimages_chooser:create",
    ],
)
def test_a_200_mb_upload_is_refused_before_its_body_is_read(admin_client, url_name):
    response = admin_client.generic(
        "POST",
        reverse(url_name),
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    limit = "20.0\xa0MB" if url_name.startswith("wagtaildocs") else "10.0\xa0MB"
    assert f"The most the site accepts here is {limit}." in response.content.decode()


def test_editing_a_document_with_a_new_file_has_the_same_limit(admin_client):
    document = get_document_model().objects.create(
        title="Report", file=SimpleUploadedFile("r.pdf", DOCUMENT_SAMPLES["pdf"])
    )
    response = admin_client.generic(
        "POST",
        reverse("wagtaildocs:edit", args=[document.pk]),
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + FORM_ALLOWANCE + 1),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413


def test_an_upload_within_the_limit_reaches_the_form(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Report",
            "file": SimpleUploadedFile("report.pdf", DOCUMENT_SAMPLES["pdf"]),
            "language": "en",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Report").exists()


def test_other_addresses_are_left_to_their_own_limits(client, english_home):
    response = client.generic(
        "POST",
        "/en/",
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 200


# Content checked against the extension


def document_data(name, content, prefix=""):
    return prefixed(
        prefix,
        {
            "title": "Annual report",
            "file": SimpleUploadedFile(name, content),
            "language": "en",
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_every_accepted_extension_has_a_content_rule():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= CONTENT_RULES


@pytest.mark.parametrize("extension", sorted(DOCUMENT_SAMPLES))
def test_each_format_is_accepted_when_it_is_what_its_name_says(admin_client, extension):
    response = admin_client.post(
        "/admin/documents/add/", document_data(f"file.{extension}", DOCUMENT_SAMPLES[extension])
    )
    assert response.status_code == 302, response.context["form"].errors
    assert get_document_model().objects.get().file_extension == extension


HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
MISMATCHES = [
    ("report.pdf", HTML),
    ("report.pdf", DOCUMENT_SAMPLES["docx"]),
    ("minutes.docx", DOCUMENT_SAMPLES["pdf"]),
    ("minutes.docx", DOCUMENT_SAMPLES["xlsx"]),
    ("minutes.docx", DOCUMENT_SAMPLES["epub"]),
    ("sheet.ods", DOCUMENT_SAMPLES["odt"]),
    ("book.epub", b"PK\x03\x04" + bytes(100)),
    ("old.doc", HTML),
    ("slides.pptx", DOCUMENT_SAMPLES["pdf"][:10]),
]


@pytest.mark.parametrize(("name", "content"), MISMATCHES, ids=[name for name, _c in MISMATCHES])
def test_content_that_is_not_what_the_extension_says_is_a_form_error(admin_client, name, content):
    before = stored_files()
    response = admin_client.post("/admin/documents/add/", document_data(name, content))
    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert (
        f"The content of this file does not match its extension (.{extension}). "
        "Upload the file in the format its name says."
    ) in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored_files() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("data.csv", "país;total\nColombia;3\n".encode("latin-1")),
        ("notes.txt", b"text\x00with a NUL"),
        ("notes.txt", DOCUMENT_SAMPLES["pdf"] + bytes(range(256))),
        ("data.csv", jpeg()),
    ],
)
def test_text_formats_must_be_text(admin_client, name, content):
    response = admin_client.post("/admin/documents/add/", document_data(name, content))
    assert response.status_code == 200
    assert "This file is not plain text. Save it as UTF-8 text and upload it again." in (
        response.content.decode()
    )
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffpaís,total\nColombia,3\n".encode(),  # UTF-8 with a byte-order mark (Excel)
        "país,total\nColombia,3\n".encode("utf-16"),  # UTF-16 with its byte-order mark
        "البلد,المجموع\n".encode(),
    ],
)
def test_text_in_utf8_or_utf16_is_accepted(admin_client, content):
    response = admin_client.post("/admin/documents/add/", document_data("data.csv", content))
    assert response.status_code == 302


def test_the_multiple_uploader_and_the_chooser_check_content_too(admin_client):
    multiple = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("report.pdf", HTML)}
    )
    assert "does not match its extension (.pdf)" in json.loads(multiple.content)["error_message"]
    chooser = admin_client.post(
        reverse("wagtaildocs_chooser:create"),
        document_data("report.pdf", HTML, prefix="document-chooser-upload"),
    )
    assert "does not match its extension (.pdf)" in json.loads(chooser.content)["htmlFragment"]
    assert not get_document_model().objects.exists()


def test_an_image_whose_content_is_not_its_extension_is_refused(admin_client):
    response = admin_client.post("/admin/images/add/", image_data("photo.jpg", HTML))
    assert response.status_code == 200
    assert "Not a valid .jpeg image." in response.content.decode()
    assert not get_image_model().objects.exists()


# Random names


def test_an_uploaded_image_is_stored_under_a_random_name(admin_client):
    admin_client.post("/admin/images/add/", image_data("zzchildphoto-goma.jpg", jpeg()))
    image = get_image_model().objects.get()
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.jpg", image.file.name)
    rendition = image.get_rendition("width-20")
    assert "zzchildphoto" not in rendition.url
    assert not any("zzchildphoto" in name for name in stored_files())


def test_an_uploaded_document_is_stored_under_a_random_name(admin_client):
    admin_client.post(
        "/admin/documents/add/", document_data("zzchild-goma-case.pdf", DOCUMENT_SAMPLES["pdf"])
    )
    document = get_document_model().objects.get()
    assert re.fullmatch(r"documents/[0-9a-f]{32}\.pdf", document.file.name)
    assert "zzchild" not in document.url
    assert not any("zzchild" in name for name in stored_files())


def test_the_multiple_uploaders_held_file_has_a_random_name_too(admin_client):
    """Images need alt text, which the multiple uploader asks for after the upload: until then
    Wagtail holds the file (wagtail.models.UploadedFile)."""
    from wagtail.models import UploadedFile

    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("zzchildphoto-goma.jpg", jpeg())},
    )
    result = json.loads(response.content)
    assert result["success"] is True
    assert 'value="zzchildphoto-goma.jpg"' in result["form"]  # the title, for the editor
    held = UploadedFile.objects.get()
    assert re.fullmatch(r"wagtail_uploads/[0-9a-f]{32}\.jpg", held.file.name)
    assert not any("zzchildphoto" in name for name in stored_files())
