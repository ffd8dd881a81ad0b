"""A publication's cover, made from the first page of its PDF.

When a PDF document is saved with a new file, its first page is rendered with pdfium
(pypdfium2) into a PNG of COVER_WIDTH pixels, stored as an ordinary image of the site
(HubImage, so the safeguarding rules apply: an editor who sees a child on a cover ticks "shows
an identifiable child" in the image library and the cover is withheld from readers) and linked
from the document (`HubDocument.cover`). The WebP renditions that pages show are made at the
same time, so no reader's request writes to the database.

A PDF that pdfium cannot open (encrypted, damaged, not a PDF after all) or whose first page has
an absurd shape simply has no cover: a failure is logged, never raised to the editor saving the
document. `manage.py make_covers` makes the covers of documents saved before this existed.
"""

import io
import logging

import PIL.Image
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

from .cache import bump

logger = logging.getLogger(__name__)

COVER_WIDTH = 480
# What the templates show: a thumbnail on listing cards, a larger cover on the page itself
# (twice their CSS size, for sharp screens).
CARD_RENDITION = "width-160|format-webp"
PAGE_RENDITION = "width-400|format-webp"  # resource_page.html
RENDITIONS = (CARD_RENDITION, PAGE_RENDITION)


def is_pdf(document):
    return bool(document.file) and document.file.name.lower().endswith(".pdf")


def first_page_png(data, width=COVER_WIDTH):
    """The PNG bytes of the first page of the PDF `data`, `width` pixels wide, or None."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) == 0:
            return None
        page = pdf[0]
        page_width, page_height = page.get_size()
        if not (page_width > 0 and 0 < page_height <= 3 * page_width <= 9 * page_height):
            return None
        bitmap = page.render(scale=width / page_width)
        picture = bitmap.to_pil().convert("RGB")
        out = io.BytesIO()
        picture.save(out, "PNG", optimize=True)
        return out.getvalue()
    finally:
        pdf.close()


def make_cover(document):
    """Make (or remake) `document`'s cover from its file; return the image or None.

    A document whose new file gives no cover loses its old one. An old cover is deleted unless
    something else uses it (an editor chose it as a page's cover image, say)."""
    png = None
    if is_pdf(document):
        try:
            with document.open_file() as file:
                png = first_page_png(file.read())
        except Exception:  # noqa: BLE001 - any damaged PDF: no cover, the document is saved
            logger.warning("No cover for document %s: pdfium could not render it", document.pk)
    old_cover = document.cover
    image = None
    if png is not None:
        try:
            with transaction.atomic():
                image = _store_cover(document, png)
        except Exception:  # storage or database trouble: the document is saved without a cover
            logger.exception("No cover for document %s: it could not be stored", document.pk)
            return None
    if image is None and old_cover is None:
        return None
    type(document).objects.filter(pk=document.pk).update(cover=image)
    document.cover = image
    bump("pages")  # the pages showing this document's cover (resources.models.library)
    if old_cover is not None:
        delete_unless_used(old_cover)
    return image


def _store_cover(document, png):
    from wagtail.images import get_image_model

    title = gettext("Cover of “%(title)s”") % {"title": document.title}
    width, height = PIL.Image.open(io.BytesIO(png)).size
    image = get_image_model()(
        title=title[:255],
        description=title[:255],
        collection_id=document.collection_id,
    )
    image.file.save("cover.png", ContentFile(png), save=False)
    image.width, image.height = width, height
    image._set_image_file_metadata()
    image.save()
    image.get_renditions(*RENDITIONS)
    return image


def delete_unless_used(image):
    """Delete a cover no longer any document's, unless a page or block refers to it (the
    reference index's record of a document's `cover` is not a use)."""
    documents = ContentType.objects.get_for_model(get_document_model())
    uses = ReferenceIndex.get_references_to(image).exclude(base_content_type=documents)
    if not uses.exists():
        image.delete()
