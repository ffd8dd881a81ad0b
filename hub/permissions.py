"""Page permissions, as Wagtail decides them, with one rule added.

Deleting or moving a page also needs a grant above it. A regional network's moderators hold
their rights on the network page itself (in every language): with this rule they can delete
or move a coalition's page inside their region, but not remove the network page their region
hangs from, which only the secretariat can. Nothing else changes: Wagtail already refuses to
delete a page with children without "bulk delete".
"""

from wagtail.models import PagePermissionTester


class HubPagePermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and self.has_grant_above()

    def has_grant_above(self):
        if self.user.is_superuser:
            return True
        parent_path = self.page.path[: -self.page.steplen]
        return any(
            parent_path.startswith(grant.page.path)
            for grant in self.permission_policy.get_cached_permissions_for_user(self.user)
        )
