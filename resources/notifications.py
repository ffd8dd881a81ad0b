"""Email to the people who can approve a page when it reaches a "Regional review" step.

Wagtail's own notifier writes to the members of a group approval task's groups; the regional
step has no groups (resources.models.PublisherApprovalTask), so this one writes to whoever may
publish the page: its region's moderators, the secretariat's publishers and, as Wagtail does,
superusers (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier

from .models import PublisherApprovalTask


class PublisherApprovalSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, self.valid_classes) and isinstance(
            instance.task.specific, PublisherApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        page = task_state.workflow_state.content_object
        steplen = page.steplen
        ancestor_paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
        who = Q(
            groups__page_permissions__page__path__in=ancestor_paths,
            groups__page_permissions__permission__codename="publish_page",
        )
        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
            who |= Q(is_superuser=True)
        recipients = get_user_model().objects.filter(who, is_active=True).distinct()
        user = kwargs.get("user")
        if user is not None:
            recipients = recipients.exclude(pk=user.pk)
        return recipients
