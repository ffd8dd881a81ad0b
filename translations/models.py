"""The translation app's one model: the review step of each language's "Translation review"."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from .approval import CompleteOrExplicitApproval


class TranslationReviewTask(CompleteOrExplicitApproval, GroupApprovalTask):
    """Wagtail's group approval (the language's reviewers, and the secretariat's publishers),
    approving a translation with untranslated text only explicitly (translations/approval.py).
    """

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")

    @classmethod
    def get_description(cls):
        return _(
            "Approved by the language's reviewers. A translation that is not complete is "
            "approved only if the reviewer accepts publishing its untranslated segments in the "
            "source language."
        )
