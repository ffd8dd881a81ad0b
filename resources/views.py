from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .models import PsychosocialGuidancePage


class OverdueGuidanceReport(ReportView):
    """Reports › Guidance due for review: guidance whose review date has passed, most
    overdue first, limited to the pages the user may edit."""

    page_title = _("Guidance due for review")
    header_icon = "warning"
    index_url_name = "overdue_guidance"
    index_results_url_name = "overdue_guidance_results"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    columns = [
        TitleColumn("title", label=_("Title"), url_name="wagtailadmin_pages:edit"),
        Column("locale", label=_("Language")),
        DateColumn("next_review_due", label=_("Review was due")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        Column("reviewed_by", label=_("Reviewed by")),
    ]
    list_export = ["title", "locale", "next_review_due", "last_reviewed", "reviewed_by"]
    export_headings = {
        "next_review_due": _("Review was due"),
        "last_reviewed": _("Last reviewed"),
        "reviewed_by": _("Reviewed by"),
    }

    def get_queryset(self):
        editable = page_permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return (
            PsychosocialGuidancePage.objects.overdue()
            .filter(pk__in=editable.values("pk"))
            .select_related("locale")
            .defer_streamfields()
            .order_by("next_review_due", "title")
        )
