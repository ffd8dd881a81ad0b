"""Replaces wagtail-localize's row buttons in the page explorer
(`wagtail_localize.wagtail_hooks.page_listing_more_buttons`, registered for the hook
`register_page_listing_more_buttons`) with `translation_buttons`, which gives the same
"Translate this page" and "Sync translated pages" buttons without asking the database.

wagtail-localize asks two to four queries per row (is a language missing? is the page a
translation source with translations?). `annotate_translation_state`, a
`construct_explorer_page_queryset` hook, answers both in the explorer's own query for the whole
page of rows; wherever a listing did not ask, wagtail-localize's own function answers.

Wagtail has no public way to unregister a hook, so `replace_upstream_hook` edits its registry.
It imports wagtail-localize's hooks module first, so that its function is registered (and then
removed) whatever the order of INSTALLED_APPS. The same function stays registered for
`register_page_header_buttons` (one page, not a listing).
"""

from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse

# wagtail-localize's own button labels, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as upstream
from wagtail_localize.models import TranslationSource

HOOK = "register_page_listing_more_buttons"
UPSTREAM = upstream.page_listing_more_buttons


def replace_upstream_hook():
    hooks._hooks[HOOK] = [
        (fn, order) for fn, order in hooks._hooks.get(HOOK, []) if fn is not UPSTREAM
    ]


def annotate_translation_state(parent_page, pages, request):
    translated_into = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    return pages.annotate(
        hub_untranslated_locale=Exists(Locale.objects.exclude(id__in=translated_into)),
        hub_sync_source_id=Subquery(source),
    )


def translation_buttons(page, user, next_url=None):
    if not hasattr(page, "hub_untranslated_locale"):
        yield from UPSTREAM(page, user, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page.hub_untranslated_locale:
        yield Button(
            localize_gettext("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.pk]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if page.hub_sync_source_id:
        url = reverse("wagtail_localize:update_translations", args=[page.hub_sync_source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield Button(
            localize_gettext("Sync translated pages"), url, priority=60, icon_name="resubmit"
        )
