"""What the site accepts as an upload, checked before anything is stored or decoded.

Any editor of a regional network may upload images and documents, so an upload is treated as
hostile input:

- Size: a request to an image or document upload view whose `Content-Length` is over the
  limit (WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILDOCS_MAX_UPLOAD_SIZE) is answered 413 before
  its body is read (`RefuseOversizedUploads`). The reverse proxy refuses it even earlier
  (docs/deploy.md, "Uploads and media").
- Pixels: an image's width and height are read from its header, and an image over
  WAGTAILIMAGES_MAX_IMAGE_PIXELS is refused with a form error (`check_image_pixels`).
  Wagtail has the same setting, but reads the size through Willow, which decodes the whole
  image first (an 11000 × 11000 PNG of 118 KB took a worker past its timeout), and lets
  Pillow's DecompressionBombError through as a server error.
- Content: a document's bytes must be what its extension says (`check_document_content`),
  read with `filetype` and, inside office and EPUB containers, `zipfile`: HTML renamed
  report.pdf is refused; .txt and .csv must be text. Images are checked by Wagtail
  (Willow compares the format with the extension).
- Names: files are stored under random names (`random_upload_name`), so neither the disk nor
  any address carries the uploader's file name ("goma-child-photo.jpg").

The admin forms that apply these checks are in hub.forms (HubImageForm, HubDocumentForm).
"""

import codecs
import os
import secrets
import warnings
import zipfile

import filetype
import PIL.Image
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _


def random_upload_name(folder, filename):
    """`folder`/<32 random hex digits>.<extension>: the uploaded name is dropped, only its
    (lower-cased) extension is kept, which Wagtail needs to know the file's type."""
    extension = os.path.splitext(filename)[1].lower()
    if not extension[1:].isalnum() or len(extension) > 10:
        extension = ""
    return f"{folder}/{secrets.token_hex(16)}{extension}"


def document_upload_to(instance, filename):
    return random_upload_name("documents", filename)


def name_held_upload_randomly(sender, instance, **kwargs):
    """pre_save of Wagtail's `UploadedFile` (wagtail.models.UploadedFile): the multiple
    uploader holds a file there, in MEDIA_ROOT/wagtail_uploads/, until the editor fills in the
    required fields (an image's alt text), under the uploader's file name. It gets a random
    one too. The form's title is filled in from the upload itself, not from this name."""
    if instance._state.adding and instance.file and not instance.file._committed:
        instance.file.name = random_upload_name("", instance.file.name).lstrip("/")


# Pixels


def max_image_pixels():
    return settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def too_many_pixels(width, height):
    limit = max_image_pixels()
    return limit is not None and (width or 0) * (height or 0) > limit


def image_size_from_header(file):
    """(width, height) from the image's header, or None when Pillow refuses even to read the
    header (more than twice its own limit, a "decompression bomb"). Nothing is decoded: Pillow
    opens images lazily, and nothing here asks for pixels."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PIL.Image.DecompressionBombWarning)
            with PIL.Image.open(file) as image:
                return image.size
    except PIL.Image.DecompressionBombError:
        return None
    finally:
        file.seek(0)


def check_image_pixels(file):
    """Refuse an image with more pixels than WAGTAILIMAGES_MAX_IMAGE_PIXELS."""
    limit = max_image_pixels()
    if limit is None:
        return
    size = image_size_from_header(file)
    if size is None or too_many_pixels(*size):
        raise ValidationError(
            _(
                "This image has too many pixels: the most the site accepts is %(megapixels)s "
                "megapixels. Make it smaller and upload it again."
            ),
            code="file_too_many_pixels",
            params={"megapixels": f"{limit / 1_000_000:g}"},
        )


# Content

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 (.doc, .xls, .ppt)
ZIP_KINDS = {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
# What must be inside a zip container: a member name prefix (OOXML), or the content of its
# "mimetype" member (OpenDocument, EPUB).
OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
CONTAINER_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "epub": b"application/epub+zip",
}
TEXT_EXTENSIONS = {"txt", "csv"}


def _head(file, size=8192):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def _kind(head):
    kind = filetype.guess(head)
    return kind.extension if kind else None


def _zip_matches(file, extension):
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if extension in OOXML_FOLDERS:
                return "[Content_Types].xml" in names and any(
                    name.startswith(OOXML_FOLDERS[extension]) for name in names
                )
            if "mimetype" not in names:
                return False
            with archive.open("mimetype") as member:
                return member.read(100).strip() == CONTAINER_MIMETYPES[extension]
    except (zipfile.BadZipFile, OSError, KeyError, EOFError):
        return False
    finally:
        file.seek(0)


def _is_text(file):
    """UTF-8 (with or without a byte-order mark), or UTF-16 with one; no NUL character."""
    head = _head(file, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoder = codecs.getincrementaldecoder("utf-16")()
    else:
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        for chunk in file.chunks():
            if "\x00" in decoder.decode(chunk):
                return False
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


def content_matches_extension(file, extension):
    """Whether `file`'s bytes are a file of the type `extension` names (see CONTENT_RULES)."""
    extension = extension.lower()
    if extension in TEXT_EXTENSIONS:
        return _is_text(file)
    head = _head(file)
    kind = _kind(head)
    if extension == "pdf":
        return kind == "pdf"
    if extension in ("doc", "xls", "ppt"):
        return head.startswith(OLE2_SIGNATURE)
    if extension in OOXML_FOLDERS or extension in CONTAINER_MIMETYPES:
        return kind in ZIP_KINDS and _zip_matches(file, extension)
    return False


# Every document extension the site may accept has a rule above (a test holds it).
CONTENT_RULES = {"pdf", "doc", "xls", "ppt", *OOXML_FOLDERS, *CONTAINER_MIMETYPES, *TEXT_EXTENSIONS}


def check_document_content(file):
    """Refuse a document whose content is not what its extension says. Extensions the site
    does not accept at all are left to Wagtail's own extension check and its message."""
    extension = os.path.splitext(file.name)[1][1:].lower()
    if extension not in CONTENT_RULES or content_matches_extension(file, extension):
        return
    if extension in TEXT_EXTENSIONS:
        raise ValidationError(
            _("This file is not plain text. Save it as UTF-8 text and upload it again."),
            code="not_text",
        )
    raise ValidationError(
        _(
            "The content of this file does not match its extension (.%(extension)s). "
            "Upload the file in the format its name says."
        ),
        code="content_does_not_match_extension",
        params={"extension": extension},
    )


# Size, before the body is read

# The namespaces of Wagtail's image and document views (the admin's and the choosers'): every
# request that can carry a file, and the setting that limits it.
UPLOAD_NAMESPACES = {
    "wagtailimages": "WAGTAILIMAGES_MAX_UPLOAD_SIZE",
    "wagtailimages_chooser": "WAGTAILIMAGES_MAX_UPLOAD_SIZE",
    "wagtaildocs": "WAGTAILDOCS_MAX_UPLOAD_SIZE",
    "wagtaildocs_chooser": "WAGTAILDOCS_MAX_UPLOAD_SIZE",
}
# Room for the form's other fields and the multipart framing around the file.
FORM_ALLOWANCE = 100 * 1024


def upload_limit(path):
    """The most bytes a request to `path` may carry, or None when it is not an upload view."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    setting = UPLOAD_NAMESPACES.get(match.namespaces[0] if match.namespaces else "")
    if setting is None:
        return None
    limit = getattr(settings, setting, None)
    return None if limit is None else limit + FORM_ALLOWANCE


class RefuseOversizedUploads:
    """Answers 413 to an upload whose declared length is over the limit, without reading it:
    a 200 MB file is refused at once rather than received in full (31 s on the audit's
    connection) and then refused by the form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("POST", "PUT", "PATCH"):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            limit = upload_limit(request.path_info) if length else None
            if limit is not None and length > limit:
                return HttpResponse(
                    render_to_string(
                        "413.html",
                        {"limit": filesizeformat(limit - FORM_ALLOWANCE)},
                        request=request,
                    ),
                    status=413,
                )
        return self.get_response(request)
