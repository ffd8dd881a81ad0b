"""Complete or explicit: a translation with untranslated text is approved only knowingly.

Mixed into the review steps that approve translated pages (translations.models.
TranslationReviewTask, the "Translation review" of each language, and the regional networks'
step, resources.models.PublisherApprovalTask). While the revision under review holds text left
in the source language (marked by translations/drafts.py), the step offers no plain "Approve":
only "Approve with untranslated text", whose screen shows the percentage translated and lists
the untranslated fields, and which needs the reviewer to tick that they accept publishing those
segments in the source language (they are then marked with its `lang` on the page,
hub.language_marks). The acceptance is recorded in the approval's comment. `on_action` checks
again, so that a request crafted around the screen is refused too.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm

from hub.i18n import language_name

from .completeness import of_revision, revision_has_marks

APPROVE = "approve"
APPROVE_UNTRANSLATED = "approve-untranslated"
APPROVAL_TEMPLATE = "translations/approve_modal.html"


class ApproveUntranslatedForm(TaskStateCommentForm):
    accept_untranslated = forms.BooleanField(
        required=True,
        label=_("Publish the untranslated segments in the source language"),
        help_text=_(
            "Readers will see them in the source language, marked as such for their browsers "
            "and screen readers, until they are translated and approved."
        ),
        error_messages={
            "required": _(
                "Tick this box to approve with untranslated text, or request changes instead."
            )
        },
    )


class CompleteOrExplicitApproval:
    """For a Task subclass: see the module's docstring. A subclass that defines its own
    `get_actions` passes its actions through `with_completeness`."""

    def get_actions(self, obj, user):
        return self.with_completeness(obj, super().get_actions(obj, user))

    def with_completeness(self, obj, actions):
        if not any(name == APPROVE for name, _label, _modal in actions):
            return actions
        if not self.revision_under_review_has_untranslated_text(obj):
            return actions
        return [action for action in actions if action[0] != APPROVE] + [
            (APPROVE_UNTRANSLATED, _("Approve with untranslated text"), True)
        ]

    def revision_under_review_has_untranslated_text(self, obj):
        task_state = getattr(obj, "current_workflow_task_state", None)
        return task_state is not None and revision_has_marks(task_state.revision)

    def get_form_for_action(self, action):
        if action == APPROVE_UNTRANSLATED:
            return ApproveUntranslatedForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action in (APPROVE, APPROVE_UNTRANSLATED):
            return APPROVAL_TEMPLATE
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == APPROVE and revision_has_marks(task_state.revision):
            raise PermissionDenied(gettext("This revision has untranslated text."))
        if action_name == APPROVE_UNTRANSLATED:
            if kwargs.get("accept_untranslated") is not True:
                raise PermissionDenied(gettext("Publishing untranslated text was not accepted."))
            completeness = of_revision(task_state.revision)
            count = len(completeness.untranslated) if completeness else 0
            languages = completeness.source_language.split(", ") if completeness else []
            note = gettext(
                "Approved with %(count)s segment(s) published in %(language)s, untranslated."
            ) % {
                "count": count,
                "language": ", ".join(str(language_name(code)) for code in languages),
            }
            comment = kwargs.get("comment") or ""
            return super().on_action(
                task_state, user, APPROVE, comment=f"{note}\n{comment}".strip()
            )
        return super().on_action(task_state, user, action_name, **kwargs)
