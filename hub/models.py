"""Media models used across the site, and the approval step of the regional workflow.

Images carry alt text as a required field (every image on the site is described for screen
readers) and a credit. Documents carry the language they are written in, so a reader can see
"PDF, English · also in Français" before downloading on a slow connection.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, Task, TaskState


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
        choices=settings.LANGUAGES,
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


class PublisherApprovalTask(Task):
    """A review step approved by whoever may publish the page under review: for a regional
    network's pages, that region's moderators and the secretariat's publishers.

    One task serves every region, so onboarding a region or a coalition adds no workflow,
    and a Latin America moderator cannot approve an Africa page: approving publishes, so it
    needs the same right as publishing.
    """

    class Meta:
        verbose_name = _("approval by the page's publishers")
        verbose_name_plural = _("approvals by the page's publishers")

    @classmethod
    def get_description(cls):
        return _(
            "Approved by those who may publish the page: its region's moderators and the "
            "secretariat's publishers."
        )

    def user_may_approve(self, obj, user):
        if user.is_superuser:
            return True
        return isinstance(obj, Page) and obj.permissions_for_user(user).can_publish()

    def user_can_access_editor(self, obj, user):
        return self.user_may_approve(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_may_approve(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_may_approve(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.user_may_approve(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import CharField
        from django.db.models.functions import Cast
        from wagtail.permissions import page_permission_policy

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        publishable = page_permission_policy.instances_user_has_permission_for(user, "publish")
        return states.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=publishable.annotate(
                key=Cast("pk", output_field=CharField())
            ).values("key"),
        )
