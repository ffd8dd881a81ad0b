"""Dashboard: "Your pages", the places in the tree where the user's groups may edit.

A regional editor's rights sit on their network page in each language, which Wagtail's
explorer reaches only from the root of all languages; this panel links straight to each."""

from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission

LIMIT = 20


class YourPagesPanel(Component):
    name = "your_pages"
    template_name = "hub/your_pages_panel.html"
    order = 80

    def __init__(self, request):
        self.request = request

    def pages(self):
        user = self.request.user
        if user.is_superuser:
            return []
        grants = (
            GroupPagePermission.objects.filter(
                group__user=user, permission__codename__in=["add_page", "change_page"]
            )
            .exclude(page__depth=1)  # the whole site: the explorer already starts there
            .select_related("page__locale")
            .order_by("page__path")
        )
        pages = {}
        for grant in grants:
            pages.setdefault(grant.page_id, grant.page)
        return list(pages.values())[:LIMIT]

    def get_context_data(self, parent_context):
        return {"pages": self.pages()}
