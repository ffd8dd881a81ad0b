"""The step wagtail-localize's translation editor lacks: sending a translation to review.

The editor keeps a translator's work as translated strings and offers only "Publish", which
translators may not do. "Send to review" writes those strings into a draft of the translated
page and starts the review workflow of that language's tree ("Translation review: Français"),
so the language's reviewers find it in their dashboard, under "Awaiting your review".
It is offered in the page explorer's "More" menu and in a dashboard panel listing the
translations the user can send.

`save_draft` and `submit_for_review` are the two steps, written once: an uploaded PO file on a
live page takes the same way (translations/localize/po_import.py).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationLog


def localize_translation(page):
    """The wagtail-localize translation that produces `page`, if it is one."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


class _Undo(Exception):
    """Rolls back what wagtail-localize wrote to the page itself (see `save_draft`)."""


@transaction.atomic
def save_draft(translation, user):
    """Write the translator's strings into a new draft revision of the translated page, and
    leave what readers see as it is. Returns the page.

    wagtail-localize's `save_target(publish=False)` also saves the page's own row, which is
    what Wagtail serves to readers: on a live page its "draft" would be public at once. So it
    runs inside a transaction that is rolled back, and only the revision it made is kept: its
    content becomes a new revision of the page as it was. The record of the sync
    (TranslationLog, which the status report reads) is written again for that revision.
    """
    page = translation.get_target_instance().specific
    try:
        with transaction.atomic():
            translation.save_target(user=user, publish=False)
            content = Page.objects.get(pk=page.pk).get_latest_revision().content
            raise _Undo
    except _Undo:
        pass
    revision = page.with_content_json(content).save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return page.specific_class.objects.get(pk=page.pk)


def submit_for_review(page, user):
    """Start the review workflow that applies to `page`, or resume it where its reviewer asked
    for changes. Returns the workflow, or None when none applies. A page already in review
    stays there: its reviewer sees its latest draft."""
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return state.workflow
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return workflow


def send_to_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    next_url = next_url or reverse("wagtailadmin_explore", args=[page.get_parent().pk])

    if workflow is None:
        messages.error(
            request, _("No review workflow applies to “%(title)s”.") % {"title": page.title}
        )
        return redirect(next_url)
    if page.workflow_in_progress:
        messages.info(request, _("“%(title)s” is already in review.") % {"title": page.title})
        return redirect(next_url)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "translations/send_to_review.html",
            {"page": page, "workflow": workflow, "next": next_url},
        )

    translation = localize_translation(page)
    if translation is not None:
        # The translator's strings become a draft revision of the translated page.
        page = save_draft(translation, request.user)
    workflow = submit_for_review(page, request.user)
    messages.success(
        request,
        _("“%(title)s” has been sent to %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect(next_url)


class TranslationsToReviewPanel(Component):
    """Dashboard: pages whose translation the user has worked on since the page's last
    revision, and which are not in review yet: "send to review" is one click away."""

    name = "translations_to_review"
    template_name = "translations/translations_to_review_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def pages(self):
        from wagtail.permissions import page_permission_policy

        edits = {
            (str(row["context__object_id"]), row["locale_id"]): row["last"]
            for row in StringTranslation.objects.filter(last_translated_by=self.request.user)
            .values("context__object_id", "locale_id")
            .annotate(last=Max("updated_at"))
            .order_by("-last")[:50]
        }
        if not edits:
            return []
        editable = page_permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        candidates = editable.filter(translation_key__in={key for key, _locale in edits})
        pages = []
        # Workflow states prefetched: `workflow_in_progress` would otherwise ask for each page.
        for page in candidates.select_related("locale").prefetch_workflow_states():
            last_edit = edits.get((str(page.translation_key), page.locale_id))
            saved = page.latest_revision_created_at
            if last_edit and (saved is None or last_edit > saved) and not page.workflow_in_progress:
                pages.append(page)
        return pages[:10]

    def get_context_data(self, parent_context):
        return {"pages": self.pages(), "csrf_token": parent_context.get("csrf_token")}
