"""Replaces wagtail-localize's "Convert to alias page" view
(`wagtail_localize.views.convert.convert_to_alias`, URL name `wagtail_localize:convert_to_alias`,
at admin/localize/page/<id>/convert_to_alias/) with one that only those who may publish the
page can use, and hides its menu item (`ConvertToAliasPageActionMenuItem`, named
"localize-convert-to-alias", through the `construct_page_action_menu` hook) from the others.

Converting replaces the translated page, live, with a copy of its source and deletes its
translation: what readers see changes at once, without review. wagtail-localize asks only that
the user may edit the page, so a translator could undo a language's published translation in
two clicks. It now needs the right to publish there (translations.rights.may_publish); the
translation editor (translation_editor.py) offers it to them alone. Our URL is registered at the
same address before wagtail-localize's (translations/wagtail_hooks.py), so every link to its
URL name reaches this view.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.models import Page
from wagtail_localize.views import convert

from ..rights import may_publish

UPSTREAM_URL_NAME = "wagtail_localize:convert_to_alias"
UPSTREAM_VIEW = convert.convert_to_alias
MENU_ITEM_NAME = "localize-convert-to-alias"
ROUTE = "localize/page/<int:page_id>/convert_to_alias/"


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if not may_publish(request.user, page):
        raise PermissionDenied
    return UPSTREAM_VIEW(request, page_id)


def hide_menu_item(menu_items, request, context):
    """`construct_page_action_menu`: no "Convert to alias page" for those who may not."""
    page = context.get("page")
    if page is not None and not may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != MENU_ITEM_NAME]


def urlpatterns():
    return [path(ROUTE, convert_to_alias, name="hub_convert_to_alias")]
