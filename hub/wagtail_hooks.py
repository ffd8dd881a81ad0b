from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from .safeguarding import images_lacking_consent


@hooks.register("register_bulk_action", order=100)  # after Wagtail's own, so it replaces it
class SafeguardedPublishBulkAction(PublishBulkAction):
    """Bulk publishing leaves out the pages whose latest draft uses an image of an identifiable
    child without a recorded consent reference; they are listed as pages it cannot publish."""

    def check_perm(self, page):
        return super().check_perm(page) and not images_lacking_consent(
            page.get_latest_revision_as_object()
        )
