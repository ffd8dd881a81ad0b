"""The translation app's models: the review step of each language's "Translation review", and
the page subtrees submitted for translation in the background."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page

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


class TranslationSubmission(models.Model):
    """A page subtree submitted for translation that is translated in the background: too many
    pages for one request ("Translate this page" with its subpages, translations/localize/
    submit_languages.py). It records what was asked and how far the task has got, for the
    submitter's progress page."""

    QUEUED = "queued"
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"
    STATUS_CHOICES = [
        (QUEUED, _("Waiting to start")),
        (RUNNING, _("Translating")),
        (FINISHED, _("Finished")),
        (FAILED, _("Stopped")),
    ]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    page = models.ForeignKey(Page, null=True, on_delete=models.SET_NULL, related_name="+")
    page_title = models.CharField(max_length=255)
    locale_ids = models.JSONField(default=list)
    page_ids = models.JSONField(default=list)  # the subpages, in tree order, when submitted
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # [{"page": id, "title": ..., "error": ...}] for each page not translated
    errors = models.JSONField(default=list)
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default=QUEUED)
    message = models.TextField(blank=True)  # why a submission stopped
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("translation submission")
        verbose_name_plural = _("translation submissions")

    def __str__(self):
        return f"{self.page_title} ({self.done}/{self.total})"

    @property
    def is_over(self):
        return self.status in (self.FINISHED, self.FAILED)

    @property
    def percent(self):
        return self.done * 100 // self.total if self.total else 100
