"""The base's admin: safeguarded bulk publishing, and the dashboard's "Where you can edit"."""

from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from .panels import YourPagesPanel
from .safeguarding import images_lacking_consent


@hooks.register("register_bulk_action", order=100)  # after Wagtail's own, so it replaces it
class SafeguardedPublishBulkAction(PublishBulkAction):
    """Replaces Wagtail's bulk "Publish" (`wagtail.admin.views.pages.bulk_actions.publish.
    PublishBulkAction`, action type "publish" for pages): it leaves out the pages whose latest
    draft uses an image of an identifiable child without a recorded consent reference; they are
    listed as pages it cannot publish."""

    def check_perm(self, page):
        return super().check_perm(page) and not images_lacking_consent(
            page.get_latest_revision_as_object()
        )


@hooks.register("construct_homepage_panels")
def add_your_pages_panel(request, panels):
    panels.append(YourPagesPanel(request))
