"""The base's admin: safeguarded bulk publishing and who is offered bulk actions
(hub/bulk_actions.py), the dashboard's "Where you can edit", and whether the explorer's rows
have other language versions (hub/permissions.py)."""

from wagtail import hooks

from .bulk_actions import SafeguardedPublishBulkAction
from .panels import YourPagesPanel
from .permissions import annotate_translated

# order=100: after Wagtail's own, so that it replaces it.
hooks.register("register_bulk_action", SafeguardedPublishBulkAction, order=100)
hooks.register("construct_explorer_page_queryset", annotate_translated)


@hooks.register("construct_homepage_panels")
def add_your_pages_panel(request, panels):
    panels.append(YourPagesPanel(request))
