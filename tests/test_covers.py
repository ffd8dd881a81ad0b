"""A publication's cover: the first page of its PDF, made when the PDF is saved, shown as a
lazily loaded WebP thumbnail on the library's cards and as the cover on its page, unless an
editor chose a cover image, or the cover shows a child without recorded consent."""

import io
import re

import PIL.Image
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from demo.pdf import make_pdf
from hub.models import HubDocument, HubImage
from resources.models import ResourceFile

from .factories import DocumentFactory, ImageFactory, ResourcePageFactory
from .helpers import assert_listing_costs_the_same

pytestmark = pytest.mark.django_db


def pdf_document(title="Child Soldiers Global Report", **kwargs):
    pdf = ContentFile(make_pdf(title, ["First line of the report"]), name="report.pdf")
    return DocumentFactory(title=title, file=pdf, **kwargs)


def publication(library, document=None, **kwargs):
    page = ResourcePageFactory(parent=library, **kwargs)
    if document is not None:
        ResourceFile.objects.create(page=page, document=document)
    return page


def img_tags(html, css_class=None):
    tags = re.findall(r"<img [^>]*>", html)
    return [tag for tag in tags if css_class is None or f'class="{css_class}"' in tag]


def test_saving_a_pdf_makes_its_cover_from_the_first_page():
    document = pdf_document()
    cover = document.cover
    assert isinstance(cover, HubImage)
    assert (cover.width, cover.height) == (480, 680)  # A4's shape
    assert cover.description  # alt text, like every image of the site
    with cover.open_file() as file:
        picture = PIL.Image.open(io.BytesIO(file.read())).convert("RGB")
    red, green, blue = picture.getpixel((10, 10))  # the demo's coloured band at the top
    assert red > 100 and green < 80 and blue < 60
    assert picture.getpixel((10, 670)) == (255, 255, 255)


def test_a_pdf_that_cannot_be_read_is_saved_without_a_cover():
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 broken", name="broken.pdf"))
    assert HubDocument.objects.get(pk=document.pk).cover is None
    word = DocumentFactory(file=ContentFile(b"not a pdf", name="notes.txt"))
    assert word.cover is None


def test_replacing_the_file_replaces_the_cover():
    document = pdf_document()
    old = document.cover
    document = HubDocument.objects.get(pk=document.pk)
    document.file = ContentFile(make_pdf("Second edition"), name="second.pdf")
    document.save()
    assert document.cover != old
    assert not HubImage.objects.filter(pk=old.pk).exists()
    document.title = "Renamed"
    document.save()
    assert HubDocument.objects.get(pk=document.pk).cover == document.cover


def test_the_library_and_the_page_show_the_cover_as_lazy_webp(client, library):
    page = publication(library, pdf_document(), title="Global Report 2008")
    listing = client.get("/en/resources/").content.decode()
    [thumbnail] = img_tags(listing, "card__cover")
    assert ".webp" in thumbnail and 'loading="lazy"' in thumbnail
    assert 'width="160"' in thumbnail and re.search(r'height="22[67]"', thumbnail)
    assert 'alt=""' in thumbnail  # the card's title, just above, names it
    [cover] = img_tags(client.get(page.url).content.decode())
    assert ".webp" in cover and 'loading="lazy"' in cover and 'width="400"' in cover
    assert 'alt="Cover of “Global Report 2008”"' in cover


def test_an_editors_cover_image_comes_first(client, library):
    chosen = ImageFactory(title="Painted cover", description="A painting of a school")
    page = publication(library, pdf_document(), cover_image=chosen)
    [cover] = img_tags(client.get(page.url).content.decode())
    assert 'alt="A painting of a school"' in cover


def test_a_cover_showing_a_child_without_consent_is_not_shown(client, library):
    document = pdf_document()
    page = publication(library, document)
    document.cover.shows_identifiable_child = True
    document.cover.save()
    assert img_tags(client.get(page.url).content.decode()) == []
    assert img_tags(client.get("/en/resources/").content.decode()) == []


def test_make_covers_makes_the_missing_ones():
    document = pdf_document()
    HubDocument.objects.filter(pk=document.pk).update(cover=None)
    call_command("make_covers", stdout=io.StringIO())
    assert HubDocument.objects.get(pk=document.pk).cover is not None


@pytest.mark.parametrize("url", ["/en/resources/", "/en/resources/?sort=title"])
def test_the_library_with_covers_costs_the_same(client, library, url):
    documents = [pdf_document(f"Report {n}") for n in range(3)]

    def add(count, start):
        for n in range(start, start + count):
            publication(library, documents[n % 3], title=f"Report {n}")

    assert_listing_costs_the_same(client, url, add)


def test_a_file_that_gives_no_cover_takes_the_old_one_away(client, library):
    document = pdf_document()
    page = publication(library, document)
    old = document.cover
    document = HubDocument.objects.get(pk=document.pk)
    document.file = ContentFile(b"%PDF-1.4 damaged", name="damaged.pdf")
    document.save()
    assert HubDocument.objects.get(pk=document.pk).cover is None
    assert not HubImage.objects.filter(pk=old.pk).exists()
    assert img_tags(client.get(page.url).content.decode()) == []


def test_a_cover_an_editor_reused_survives_a_new_file(library):
    document = pdf_document()
    old = document.cover
    page = publication(library, cover_image=old)
    page.save_revision().publish()  # the reference index now records the page's use of it
    document = HubDocument.objects.get(pk=document.pk)
    document.file = ContentFile(make_pdf("Second edition"), name="second.pdf")
    document.save()
    assert HubImage.objects.filter(pk=old.pk).exists()
