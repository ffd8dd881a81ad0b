"""Images of children are a safeguarding matter: a page that uses an image marked as showing an
identifiable child cannot be published until that image has a recorded consent reference.

Which images a page uses is read the way Wagtail's reference index reads them, so the rule
covers every image field and every image inside a StreamField, on every page type, without a
list to keep.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
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
