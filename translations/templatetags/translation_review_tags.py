"""Template tags of the translation review screens (translations/approval.py, review.py, the
translation editor)."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from wagtail.models import Page

from hub.i18n import default_locale_id

from ..completeness import of_revision, of_translation
from ..rights import is_locked_for, may_publish
from ..status import OUT_OF_DATE, statuses_of_pages

register = template.Library()


@register.simple_tag
def revision_completeness(revision):
    """What approving `revision` would publish (None: nothing left untranslated)."""
    if revision is None:
        return None
    return of_revision(revision)


@register.simple_tag
def is_in_default_language(obj):
    return getattr(obj, "locale_id", None) == default_locale_id()


@register.simple_tag(takes_context=True)
def translation_editor(context):
    """What the translation editor shows a user about a page's translation, and the actions it
    offers them (translations/localize/translation_editor.py)."""
    request = context["request"]
    translation = context["translation"]
    page = context["instance"]
    user = request.user
    perms = page.permissions_for_user(user)
    publisher = may_publish(user, page)
    workflow = page.get_workflow()
    in_review = page.workflow_in_progress
    locked = is_locked_for(user, page)
    review_actions = []
    if in_review:
        task_state = page.current_workflow_task_state
        task = page.current_workflow_task
        if task_state is not None and task is not None:
            review_actions = [
                {
                    "label": label,
                    "modal": modal,
                    "url": reverse(
                        "wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]
                    ),
                }
                for name, label, modal in task.get_actions(page, user)
            ]
    convert_url = None
    if publisher and page.live:
        source_locale_id = translation.source.locale_id
        if (
            Page.objects.filter(translation_key=page.translation_key, locale_id=source_locale_id)
            .exclude(pk=page.pk)
            .exists()
        ):
            convert_url = reverse("wagtail_localize:convert_to_alias", args=[page.pk])
    editor_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return {
        "completeness": of_translation(translation),
        "outdated": statuses_of_pages([page]).get(page.pk) == OUT_OF_DATE,
        "may_publish": publisher,
        "workflow": workflow,
        "in_review": in_review,
        "locked": locked,
        "lock_message": page.get_lock().get_message(user) if locked else "",
        "may_send": workflow is not None and not in_review and not locked and perms.can_edit(),
        "review_actions": review_actions,
        "convert_url": convert_url,
        "can_unpublish": perms.can_unpublish(),
        "can_delete": perms.can_delete(),
        "editor_url": editor_url,
        "send_url": reverse("hub_send_to_review", args=[page.pk])
        + "?"
        + urlencode({"next": editor_url}),
        "update_url": reverse("hub_update_translation", args=[translation.pk]),
        "stop_url": reverse("wagtail_localize:stop_translation", args=[translation.pk]),
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        "unpublish_url": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "delete_url": reverse("wagtailadmin_pages:delete", args=[page.pk]),
    }
