"""The page explorer's bulk actions: safeguarded publishing, offered only to those who may act.

- `SafeguardedPublishBulkAction` replaces Wagtail's bulk "Publish"
  (`wagtail.admin.views.pages.bulk_actions.publish.PublishBulkAction`, action type "publish"
  for pages): it leaves out the pages whose latest draft uses an image of an identifiable child
  without a recorded consent reference; they are listed as pages it cannot publish.
- Wagtail offers its four page bulk actions (move, publish, unpublish, delete) to everyone who
  sees the explorer, then answers "no permission" page by page. On this site all four need the
  right to publish somewhere (deleting or moving also needs a grant above the page, and a draft
  translation is a reviewer's, hub/permissions.py). `offers_page_bulk_actions` decides, and the
  template templates/wagtailadmin/pages/listing.html (overriding Wagtail's, same name, which it
  extends) drops the bulk actions' bar and its checkboxes for the others, such as translators.
  Each bulk action still checks every page itself: hiding is not the protection.
"""

from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.permissions import page_permission_policy

from .safeguarding import images_lacking_consent

UPSTREAM_PUBLISH = PublishBulkAction
LISTING_TEMPLATE = "wagtailadmin/pages/listing.html"


class SafeguardedPublishBulkAction(PublishBulkAction):
    def check_perm(self, page):
        return super().check_perm(page) and not images_lacking_consent(
            page.get_latest_revision_as_object()
        )


def offers_page_bulk_actions(user):
    return user.is_superuser or page_permission_policy.user_has_permission(user, "publish")
