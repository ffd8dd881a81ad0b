from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Region, Topic
from .views import OverdueGuidanceReport


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]
    list_filter = ["locale"]
    search_fields = ["name"]
    # Searched in the database, not the search index: the SQLite index cannot restrict a search
    # to `search_fields` ("no such column: name").
    search_backend_name = None
    ordering = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "description"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]
    search_backend_name = None  # as for regions
    ordering = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 250
    items = (RegionViewSet, TopicViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/guidance-due/", OverdueGuidanceReport.as_view(), name="overdue_guidance"),
        path(
            "reports/guidance-due/results/",
            OverdueGuidanceReport.as_view(results_only=True),
            name="overdue_guidance_results",
        ),
    ]


class OverdueGuidanceMenuItem(MenuItem):
    def is_shown(self, request):
        return OverdueGuidanceReport.user_may_see(request.user)


@hooks.register("register_reports_menu_item")
def register_overdue_guidance_menu_item():
    return OverdueGuidanceMenuItem(
        _("Guidance due for review"),
        reverse("overdue_guidance"),
        name="guidance-due",
        icon_name="warning",
        order=650,
    )
