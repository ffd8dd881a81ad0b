"""Images of children are a safeguarding matter.

Publishing: a page that uses an image marked as showing an identifiable child cannot be
published until that image has a recorded consent reference. Which images a page uses is read
the way Wagtail's reference index reads them, so the rule covers every image field and every
image inside a StreamField, on every page type, without a list to keep.

Rendering: such an image is never rendered for readers, whatever links to it (an image block,
a cover image, a rich-text embed, a page published before consent was withdrawn). Every way
Wagtail turns an image into something a browser can load goes through a rendition
(`get_rendition`, `get_renditions`: the `image`, `picture` and `srcset_image` tags, rich-text
embeds); HubImage answers those with an empty, "withheld" rendition (no address, no alt text)
unless the request is the admin's (`EditorsSeeWithheldImages`), where editors must see the
image to record consent or replace it. Previews are the admin's, so an editor sees the image
there; readers do not. Originals are never public (docs/deploy.md), and the renditions made
before consent was withdrawn are deleted when the image is saved without it.
"""

from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex


def images_lacking_consent(page):
    """The images `page` (as it is in memory) uses that show a child without recorded consent."""
    Image = get_image_model()
    image_type = ContentType.objects.get_for_model(Image)
    image_ids = {
        int(object_id)
        for content_type_id, object_id, *_rest in ReferenceIndex._extract_references_from_object(
            page
        )
        if content_type_id == image_type.pk and str(object_id).isdigit()
    }
    if not image_ids:
        return []
    return [
        image
        for image in Image.objects.filter(pk__in=image_ids, shows_identifiable_child=True)
        if image.lacks_consent
    ]


def consent_error(images):
    titles = ", ".join(f"“{image.title}”" for image in images)
    return ValidationError(
        format_lazy(
            "{} {}",
            _(
                "This page cannot be published: it uses an image of an identifiable child "
                "without a recorded consent reference:"
            ),
            titles,
        ),
        code="safeguarding",
    )


_for_editors = ContextVar("hub_rendering_for_editors", default=False)


def withheld(image):
    """Whether `image` must be left out of what is being rendered: it shows a child without a
    recorded consent reference, and this is not the admin."""
    return bool(getattr(image, "lacks_consent", False)) and not _for_editors.get()


class EditorsSeeWithheldImages:
    """Middleware: requests to the admin (its pages, choosers and previews) render every image;
    everything else, public pages and feeds included, renders withheld images as nothing."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if not request.path_info.startswith(self.admin_prefix):
            return self.get_response(request)
        token = _for_editors.set(True)
        try:
            return self.get_response(request)
        finally:
            _for_editors.reset(token)
