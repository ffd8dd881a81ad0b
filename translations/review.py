"""The step wagtail-localize's translation editor lacks: sending a translation to review.

The editor keeps a translator's work as translated strings and offers only "Publish", which
translators may not do. "Send to review" writes those strings into a draft of the translated
page (a new revision: what readers see does not change, translations/drafts.py) and starts the
review workflow of that language's tree ("Translation review: Français"), so the language's
reviewers find it in their dashboard, under "Awaiting your review". Its screen shows how much
is translated and lists what is not (translations/completeness.py).
It is offered in the translation editor, in the page explorer's "More" menu and in a dashboard
panel listing the translations the user can send. It is refused while the page is locked for
the user (in review, or locked by someone else), as Wagtail's editor refuses to save then.

`submit_for_review` starts or resumes the review, written once: an uploaded PO file on a live
page takes the same way (translations/localize/po_import.py).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from .completeness import of_translation
from .drafts import save_translation_draft


def localize_translation(page):
    """The wagtail-localize translation that produces `page`, if it is one."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


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
    translation = localize_translation(page)
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
        messages.info(
            request,
            _("“%(title)s” is already in review.") % {"title": page.get_admin_display_title()},
        )
        return redirect(next_url)
    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return redirect(next_url)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "translations/send_to_review.html",
            {
                "page": page,
                "workflow": workflow,
                "next": next_url,
                "completeness": of_translation(translation) if translation else None,
            },
        )

    if translation is not None:
        # The translator's strings become a draft revision of the translated page.
        try:
            save_translation_draft(translation, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(next_url)
        page = page.specific_class.objects.get(pk=page.pk)
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
