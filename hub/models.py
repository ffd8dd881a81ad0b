"""Media models used across the site.

Images carry alt text as a required field (every image on the site is described for screen
readers) and a credit. Documents carry the language they are written in, so a reader can see
"PDF, English · also in Français" before downloading on a slow connection.

Both are stored under random names (hub.uploads), and an image of a child without a recorded
consent reference renders as nothing outside the admin (hub.safeguarding).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    SourceImageIOError,
)

from .cdn import purge_image_on_commit
from .covers import delete_unless_used, make_cover
from .i18n import language_choices
from .safeguarding import withheld
from .uploads import document_upload_to, random_upload_name, too_many_pixels


class HubImage(AbstractImage):
    # Wagtail's own `description` is what it offers as alt text; here it is required.
    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe the image for people who cannot see it. "
            "Do not name children or say where they can be found."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    shows_identifiable_child = models.BooleanField(
        _("shows an identifiable child"),
        default=False,
        help_text=_(
            "Tick if a child could be recognised from this image (face, name, school, home). "
            "Pages using it cannot be published until a consent reference is recorded."
        ),
    )
    consent_reference = models.CharField(
        _("consent reference"),
        max_length=255,
        blank=True,
        help_text=_("Where the signed consent is filed, e.g. a case or form number."),
    )

    admin_form_fields = (
        *Image.admin_form_fields,
        "credit",
        "shows_identifiable_child",
        "consent_reference",
    )

    @property
    def lacks_consent(self):
        return self.shows_identifiable_child and not self.consent_reference.strip()

    def get_upload_to(self, filename):
        return random_upload_name("original_images", filename)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.lacks_consent:
            # Renditions made while the image could be shown (their files are deleted with
            # them), and a CDN's copies of them and of the pages showing them (hub.cdn).
            purge_image_on_commit(self)
            self.renditions.all().delete()

    def get_rendition(self, filter):
        if withheld(self):
            return HubRendition.withheld_for(self, filter)
        return super().get_rendition(filter)

    def get_renditions(self, *filters):
        if withheld(self):
            return {
                getattr(spec, "spec", spec): HubRendition.withheld_for(self, spec)
                for spec in filters
            }
        return super().get_renditions(*filters)

    def generate_rendition_file(self, filter, *, source=None):
        # Images come in through the admin's pixel check (hub.uploads); one that came in any
        # other way and is over the limit is not decoded: templates show it as not found.
        if too_many_pixels(self.width, self.height):
            raise SourceImageIOError(f"Image {self.pk} has more pixels than the site decodes.")
        return super().generate_rendition_file(filter, source=source)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    # True on the unsaved stand-in that HubImage returns for an image it must not show: it
    # renders as nothing and has no address.
    withheld = False

    @classmethod
    def withheld_for(cls, image, filter):
        spec = filter.spec if isinstance(filter, Filter) else str(filter)
        rendition = cls(image=image, filter_spec=spec, width=0, height=0)
        rendition.withheld = True
        return rendition

    @property
    def url(self):
        return "" if self.withheld else super().url

    @property
    def alt(self):
        return "" if self.withheld else super().alt

    def img_tag(self, extra_attributes=None):
        return "" if self.withheld else super().img_tag(extra_attributes)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HubDocument(AbstractDocument):
    file = models.FileField(upload_to=document_upload_to, verbose_name=_("file"))
    language = models.CharField(
        _("language"),
        max_length=8,
        # Read from settings.LANGUAGES when a form is built: adding a language is no migration.
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the document is written in."),
    )

    # The first page of a PDF, made when its file is saved (hub.covers); an image of the
    # library like any other, so an editor can withhold it (hub.safeguarding).
    cover = models.ForeignKey(
        HubImage,
        verbose_name=_("cover"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    admin_form_fields = (*Document.admin_form_fields, "language")

    @classmethod
    def from_db(cls, db, field_names, values):
        document = super().from_db(db, field_names, values)
        document._saved_file = document.__dict__.get("file")
        return document

    def clean(self):
        # Wagtail checks the extension even when the form has already refused the file (too
        # big, or missing), adding a puzzling "File extension “” is not allowed".
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        # Record the size on every save (not only through the admin form), so that listings
        # can say "PDF, 2.1 MB" without opening the file.
        if self.file and self.file_size is None:
            self.file_size = self.file.size
        new_file = bool(self.file) and self.file.name != str(getattr(self, "_saved_file", "") or "")
        super().save(*args, **kwargs)
        if new_file:
            self._saved_file = self.file.name
            make_cover(self)

    def delete(self, *args, **kwargs):
        cover = self.cover
        result = super().delete(*args, **kwargs)
        if cover is not None:
            delete_unless_used(cover)
        return result

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class SetupGrant(models.Model):
    """A permission, grant or workflow assignment the site's setup has made (hub.roles).

    `manage.py setup_site` runs on every `make run` and whenever a language is added. It makes
    each grant at most once: a grant recorded here and no longer in place was revoked by an
    administrator, and stays revoked."""

    key = models.CharField(max_length=255, unique=True)
    made_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("grant made by the site's setup")
        verbose_name_plural = _("grants made by the site's setup")

    def __str__(self):
        return self.key
