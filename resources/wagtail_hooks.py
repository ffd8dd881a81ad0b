from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.menu import PermittedMenuItem
from hub.permissions import may_edit_pages
from hub.setup import HOOK as SETUP_SITE
from hub.setup import summary

from .coalitions import PERMISSION as ONBOARD_PERMISSION
from .coalitions import onboard_view
from .models import Region, Topic
from .roles import ensure_domain_roles
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


@hooks.register("register_reports_menu_item")
def register_overdue_guidance_menu_item():
    return PermittedMenuItem(
        _("Guidance due for review"),
        reverse("overdue_guidance"),
        name="guidance-due",
        icon_name="warning",
        order=650,
        permitted=may_edit_pages,
    )


# Settings › Onboard a coalition (resources/coalitions.py), for those who hold the permission.
@hooks.register("register_admin_urls")
def register_onboarding_url():
    return [path("coalitions/onboard/", onboard_view, name="hub_onboard_coalition")]


@hooks.register("register_settings_menu_item")
def register_onboarding_menu_item():
    return PermittedMenuItem(
        _("Onboard a coalition"),
        reverse("hub_onboard_coalition"),
        name="onboard-coalition",
        icon_name="group",
        order=610,
        permitted=lambda user: user.has_perm(ONBOARD_PERMISSION),
    )


@hooks.register(SETUP_SITE, order=30)
def setup_domain_roles():
    return [summary("Secretariat and regional roles", ensure_domain_roles())]
