"""Media models used across the site.

Images carry alt text as a required field (every image on the site is described for screen
readers) and a credit. Documents carry the language they are written in, so a reader can see
"PDF, English · also in Français" before downloading on a slow connection.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .i18n import language_choices


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

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HubDocument(AbstractDocument):
    language = models.CharField(
        _("language"),
        max_length=8,
        # Read from settings.LANGUAGES when a form is built: adding a language is no migration.
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the document is written in."),
    )

    admin_form_fields = (*Document.admin_form_fields, "language")

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
        super().save(*args, **kwargs)

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
