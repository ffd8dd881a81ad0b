"""Page permissions, as Wagtail decides them, with one rule added and one query saved.

Deleting or moving a page also needs a grant above it. A regional network's moderators hold
their rights on the network page itself (in every language): with this rule they can delete
or move a coalition's page inside their region, but not remove the network page their region
hangs from. Those whose grant is above it can: the secretariat's publishers anywhere, and a
language's reviewers in that language's tree (a translated network page, once it has no pages
below it: Wagtail refuses to delete a page with children without "bulk delete").

Wagtail asks the database, for every row of the page explorer (its Move and Delete buttons),
whether a page that a user without "publish" would delete is live or has live pages below it.
For a live page, or a draft with nothing below it, the page itself answers that.
"""

from wagtail.models import PagePermissionTester
from wagtail.permissions import page_permission_policy


def may_edit_pages(user):
    """Whether `user` may add, edit or publish pages anywhere: who sees the editors' reports."""
    return page_permission_policy.user_has_any_permission(user, ["add", "change", "publish"])


class HubPagePermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        if not self.user.is_active:
            return False
        if self.user.is_superuser:
            return super().can_delete(ignore_bulk=ignore_bulk)
        if self.page_is_root or not self.has_grant_above():
            return False
        if "change" in self.permissions and "publish" not in self.permissions:
            if self.page.live:
                return False  # deleting a live page would unpublish it
            if self.page.is_leaf():
                return True  # a draft with nothing below it
        return super().can_delete(ignore_bulk=ignore_bulk)

    def has_grant_above(self):
        if self.user.is_superuser:
            return True
        parent_path = self.page.path[: -self.page.steplen]
        return any(
            parent_path.startswith(grant.page.path)
            for grant in self.permission_policy.get_cached_permissions_for_user(self.user)
        )
