"""The translation workflow in the admin: "Send to review", the dashboard panels of translations
ready to send and of those needing an update, the explorer's "Needs updating", Reports ›
Translation status, and wagtail-localize's adjustments (translations/localize/)."""

from urllib.parse import quote

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from hub.i18n import default_locale_id
from hub.menu import PermittedMenuItem
from hub.permissions import may_edit_pages
from hub.setup import HOOK as SETUP_SITE
from hub.setup import summary

from .localize import (
    content_direction,
    convert_to_alias,
    explorer_buttons,
    machine_translation,
    po_export,
    po_import,
    submit_languages,
    synced_translation,
    translation_editor,
    update_translations,
)
from .outdated import NeedsUpdatingPanel, annotate_outdated, needs_updating_button
from .review import TranslationsToReviewPanel, send_to_review
from .roles import ensure_translation_roles
from .status import TranslationStatusReport


# order=-1: before wagtail-localize's URLs, so that the addresses of the views the hub replaces
# ("Translate this page", "Convert to alias page", "Sync translated pages", "Stop Synced
# translation", the PO files and machine translation) reach its own (translations/localize/).
@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    return [
        *submit_languages.urlpatterns(),
        *po_export.urlpatterns(),
        *po_import.urlpatterns(),
        *machine_translation.urlpatterns(),
        *convert_to_alias.urlpatterns(),
        *synced_translation.urlpatterns(),
        *update_translations.urlpatterns(),
        path("pages/<int:page_id>/send-to-review/", send_to_review, name="hub_send_to_review"),
        path(
            "reports/translation-status/",
            TranslationStatusReport.as_view(),
            name="translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def send_to_review_button(page, user, next_url=None):
    """In the explorer's "More" menu of a translated page (not in the default language),
    for those who may edit it, while it is not already in review."""
    if (
        page.locale_id != default_locale_id()
        and page.permissions_for_user(user).can_edit()
        and not page.workflow_in_progress
    ):
        url = reverse("hub_send_to_review", args=[page.pk])
        yield Button(
            _("Send to review"),
            f"{url}?next={quote(next_url or '')}",
            icon_name="resubmit",
            priority=25,
        )


@hooks.register("construct_homepage_panels")
def add_translations_to_review_panel(request, panels):
    panels.append(TranslationsToReviewPanel(request))
    panels.append(submit_languages.BackgroundSubmissionsPanel(request))
    panels.append(NeedsUpdatingPanel(request))


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return PermittedMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=660,
        permitted=may_edit_pages,
    )


hooks.register("insert_editor_js", content_direction.editor_js)

explorer_buttons.replace_upstream_hook()
hooks.register("register_page_listing_more_buttons", explorer_buttons.translation_buttons)
hooks.register("construct_explorer_page_queryset", explorer_buttons.annotate_translation_state)

translation_editor.replace_upstream_hook()
hooks.register(translation_editor.HOOK, translation_editor.before_edit_page)
hooks.register("construct_page_action_menu", convert_to_alias.hide_menu_item)
hooks.register("construct_page_action_menu", synced_translation.hide_menu_item)

hooks.register("construct_explorer_page_queryset", annotate_outdated)
hooks.register("register_page_listing_buttons", needs_updating_button)


@hooks.register(SETUP_SITE, order=20)
def setup_translation_roles():
    return [summary("Translation roles", ensure_translation_roles())]
