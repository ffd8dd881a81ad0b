"""The admin forms of images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail builds every upload form from them, the upload page,
the multiple uploader and the choosers' upload tab alike, so the checks of hub.uploads apply
to every way a file comes in, as form errors.

Kept apart from hub.forms: Wagtail's media forms import the image and document models, which
the page forms must not do while models are still loading.
"""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .uploads import check_document_content, check_image_pixels


class HubImageField(WagtailImageField):
    """Wagtail's image field (`wagtail.images.fields.WagtailImageField`), with its pixel check
    replaced: the size is read from the header (hub.uploads.check_image_pixels) instead of
    through Willow, which decodes the whole image to learn its size."""

    def check_image_pixel_size(self, f):
        check_image_pixels(f)


class HubImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = HubImageField(
                label=field.label, required=field.required, widget=field.widget
            )


class HubDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            check_document_content(file)
        return file
