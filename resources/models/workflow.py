"""The approval step of the "Regional review" workflow (resources.roles)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState
from wagtail.permissions import page_permission_policy

from translations.approval import CompleteOrExplicitApproval


class PublisherApprovalTask(CompleteOrExplicitApproval, Task):
    """A review step approved by whoever may publish the page under review: for a regional
    network's pages, that region's moderators and the secretariat's publishers.

    One task serves every region, so onboarding a region or a coalition adds no workflow,
    and a Latin America moderator cannot approve an Africa page: approving publishes, so it
    needs the same right as publishing. A translated page with untranslated text is approved
    only explicitly (translations/approval.py).
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
        return self.with_completeness(
            obj,
            [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ],
        )

    def get_task_states_user_can_moderate(self, user, **kwargs):
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
