"""Replaces wagtail-localize's "Stop Synced translation" view
(`wagtail_localize.views.edit_translation.stop_translation`, URL name
`wagtail_localize:stop_translation`, at admin/localize/translate/<id>/disable/) and guards its
"Start Synced translation" (`restart_translation`, reached by posting
"localize-restart-translation" to the page editor: translation_editor.py passes it here, and
its menu item `RestartTranslationPageActionMenuItem` is hidden through
`construct_page_action_menu`). Both now need the right to publish the translated page or
snippet (translations.rights.may_publish).

Stopping hands the page over to Wagtail's editor, detached from its source; starting again puts
the translation's strings back in charge, and the next write replaces whatever was edited by
hand in between. Either decides which text a language's readers will get, so it is the
language's reviewers' (or the secretariat's) decision; wagtail-localize asks only for the right
to edit.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from ..rights import may_publish

UPSTREAM_URL_NAME = "wagtail_localize:stop_translation"
UPSTREAM_STOP = edit_translation.stop_translation
UPSTREAM_RESTART = edit_translation.restart_translation
RESTART_ACTION = "localize-restart-translation"
ROUTE = "localize/translate/<int:translation_id>/disable/"


def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not may_publish(request.user, translation.get_target_instance()):
        raise PermissionDenied
    return UPSTREAM_STOP(request, translation_id)


def restart_translation(request, page):
    """The page editor's "Start Synced translation" (posted as RESTART_ACTION), or None when
    the page has no stopped translation (wagtail-localize then ignores the request too)."""
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=False
    ).first()
    if translation is None:
        return None
    if not may_publish(request.user, page):
        raise PermissionDenied
    return UPSTREAM_RESTART(request, translation, page)


def hide_menu_item(menu_items, request, context):
    """`construct_page_action_menu`: no "Start Synced translation" for those who may not."""
    page = context.get("page")
    if page is not None and not may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != RESTART_ACTION]


def urlpatterns():
    return [path(ROUTE, stop_translation, name="hub_stop_translation")]
