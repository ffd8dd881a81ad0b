"""A CDN in front (wagtail.contrib.frontend_cache) is asked to forget an image that is withheld
(consent withdrawn) or deleted: its renditions and the live pages that show it (hub.cdn)."""

from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from demo.pdf import make_pdf
from hub.models import HubDocument
from resources.models import ResourceFile

from .factories import DocumentFactory, ImageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def paths(urls):
    return {urlsplit(url).path for url in urls}


class RecordingBackend(BaseBackend):
    """A CDN that writes down what it is asked to forget."""

    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged = []
    return RecordingBackend.purged


@pytest.fixture
def covered(library):
    """A live publication whose cover is an image of a child with consent, already shown (it
    has a rendition), and another publication without it."""
    image = ImageFactory(shows_identifiable_child=True, consent_reference="Case 2041")
    rendition = image.get_rendition("fill-200x260")
    page = ResourcePageFactory(parent=library, cover_image=image, title="Girls coming home")
    other = ResourcePageFactory(parent=library, title="Another report")
    return image, rendition, page, other


def test_withdrawing_consent_purges_the_renditions_and_the_pages_showing_the_image(
    cdn, covered, django_capture_on_commit_callbacks
):
    image, rendition, page, other = covered
    image.consent_reference = ""
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert paths(cdn) == {rendition.url, page.url}
    assert other.url not in paths(cdn)


def test_an_image_deleted_in_the_admin_leaves_the_cdn(
    cdn, covered, admin_client, django_capture_on_commit_callbacks
):
    image, rendition, page, other = covered
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailimages:delete", args=[image.pk]))
    assert response.status_code == 302
    assert paths(cdn) == {rendition.url, page.url}
    assert other.url not in paths(cdn)


def test_a_withheld_document_cover_purges_the_pages_listing_the_document(
    cdn, library, django_capture_on_commit_callbacks
):
    pdf = ContentFile(make_pdf("Girls coming home", ["First line"]), name="report.pdf")
    document = DocumentFactory(file=pdf)
    page = ResourcePageFactory(parent=library, title="Report with a PDF")
    ResourceFile.objects.create(page=page, document=document)
    page.save_revision().publish()  # the reference index reads the page with its files
    cover = HubDocument.objects.get(pk=document.pk).cover  # made from the PDF's first page
    shown = {rendition.url for rendition in cover.renditions.all()}  # the library's cards
    assert shown
    cover.shows_identifiable_child = True  # and no consent recorded
    with django_capture_on_commit_callbacks(execute=True):
        cover.save()
    assert paths(cdn) == {"/en/resources/report-with-a-pdf/", *shown}


def test_without_a_cdn_nothing_is_asked(covered, monkeypatch, django_capture_on_commit_callbacks):
    asked = []
    monkeypatch.setattr(PurgeBatch, "purge", lambda batch, *args, **kwargs: asked.append(batch))
    image, _rendition, _page, _other = covered
    image.consent_reference = ""
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    image.delete()
    assert asked == []


def test_an_image_never_shown_is_not_asked_about(cdn, library, django_capture_on_commit_callbacks):
    image = ImageFactory(shows_identifiable_child=True, consent_reference="Case 12")
    ResourcePageFactory(parent=library, cover_image=image)  # published, never viewed
    image.consent_reference = ""
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert cdn == []
