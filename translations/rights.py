"""Who may write a translated page or snippet into what readers see.

One rule for every route that changes a translation's target: writing it as a draft needs the
right to edit the target (as wagtail-localize's editor asks); making it live needs the right to
publish there: "publish" on the page (a language's reviewers, a region's moderators, the
secretariat's publishers), or for a snippet with drafts its model's "publish" permission. A
snippet without drafts (topics, regions) has no draft: editing it is publishing it, so its
"change" permission (the secretariat's) decides both.
"""

from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.edit_translation import user_can_edit_instance


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.specific_deferred.permissions_for_user(user).can_edit()
    return user_can_edit_instance(user, instance)


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.specific_deferred.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.is_superuser or user.has_perm(get_permission_name("publish", type(instance)))
    return may_edit(user, instance)


def is_locked_for(user, instance):
    """Whether `user` may not save `instance` now: in a review step they cannot act on, or
    locked by someone else (Wagtail's editor refuses to save then)."""
    get_lock = getattr(instance, "get_lock", None)
    lock = get_lock() if get_lock else None
    return lock is not None and lock.for_user(user)
