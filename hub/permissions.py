"""Page permissions, as Wagtail decides them, with one rule added and one query saved.

Deleting or moving a page also needs a grant above it. A regional network's moderators hold
their rights on the network page itself (in every language): with this rule they can delete
or move a coalition's page inside their region, but not remove the network page their region
hangs from. Those whose grant is above it can: the secretariat's publishers anywhere, and a
language's reviewers in that language's tree (a translated network page, once it has no pages
below it: Wagtail refuses to delete a page with children without "bulk delete").

Those without "publish" (translators, editors) may delete or move only a draft that is not a
translation of another page, nor translated: removing one language's version is a decision
about every language, and a translation's page belongs to the language's reviewers. (Wagtail
lets them delete any draft they could edit.)

Wagtail asks the database, for every row of the page explorer (its Move and Delete buttons),
whether a page that a user without "publish" would delete is live or has live pages below it.
For a live page, or a draft with nothing below it, the page itself answers that; whether it has
other language versions is read from the explorer's own query (`annotate_translated`, a
`construct_explorer_page_queryset` hook in hub/wagtail_hooks.py), elsewhere from the database.
"""

from django.db.models import Exists, OuterRef
from wagtail.models import Page, PagePermissionTester
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
            if self.has_other_languages():
                return False
            if self.page.is_leaf():
                return True  # a draft with nothing below it
        return super().can_delete(ignore_bulk=ignore_bulk)

    def has_other_languages(self):
        known = getattr(self.page, "hub_has_other_languages", None)
        if known is not None:
            return known
        return (
            Page.objects.filter(translation_key=self.page.translation_key)
            .exclude(pk=self.page.pk)
            .exists()
        )

    def has_grant_above(self):
        if self.user.is_superuser:
            return True
        parent_path = self.page.path[: -self.page.steplen]
        return any(
            parent_path.startswith(grant.page.path)
            for grant in self.permission_policy.get_cached_permissions_for_user(self.user)
        )


def annotate_translated(parent_page, pages, request):
    """`construct_explorer_page_queryset`: whether each row has versions in other languages."""
    return pages.annotate(
        hub_has_other_languages=Exists(
            Page.objects.filter(translation_key=OuterRef("translation_key")).exclude(
                pk=OuterRef("pk")
            )
        )
    )
