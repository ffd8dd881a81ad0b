from urllib.parse import quote, urlencode

from django.urls import path, reverse

# wagtail-localize's own button labels, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail_localize import wagtail_hooks as localize_hooks  # registers its hooks now

from .cache import cached
from .coalitions import PERMISSION as ONBOARD_PERMISSION
from .coalitions import onboard_view
from .panels import YourPagesPanel
from .review import SubmitPageTranslationView, TranslationsToReviewPanel, send_to_review
from .safeguarding import images_lacking_consent


@hooks.register("register_bulk_action", order=100)  # after Wagtail's own, so it replaces it
class SafeguardedPublishBulkAction(PublishBulkAction):
    """Bulk publishing leaves out the pages whose latest draft uses an image of an identifiable
    child without a recorded consent reference; they are listed as pages it cannot publish."""

    def check_perm(self, page):
        return super().check_perm(page) and not images_lacking_consent(
            page.get_latest_revision_as_object()
        )


# order=-1: before wagtail-localize's URLs, whose hooks are registered first (imported above).
@hooks.register("register_admin_urls", order=-1)
def register_review_urls():
    return [
        path("pages/<int:page_id>/send-to-review/", send_to_review, name="hub_send_to_review"),
        # In place of wagtail-localize's own view at the same address, so that "Translate
        # this page" offers only the languages the user may write in.
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="hub_submit_page_translation",
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


def default_locale_id():
    return cached("locales", "default", lambda: Locale.get_default().pk)


@hooks.register("construct_homepage_panels")
def add_translations_to_review_panel(request, panels):
    panels.append(TranslationsToReviewPanel(request))
    panels.append(YourPagesPanel(request))


# Reports › Translation status (hub/translation_status.py).
@hooks.register("register_admin_urls")
def register_translation_status_urls():
    from .translation_status import TranslationStatusReport

    return [
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


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    from .translation_status import TranslationStatusMenuItem

    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=660,
    )


# Settings › Onboard a coalition (hub/coalitions.py), for those who hold the permission.
@hooks.register("register_admin_urls")
def register_onboarding_url():
    return [path("coalitions/onboard/", onboard_view, name="hub_onboard_coalition")]


class PermittedMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_settings_menu_item")
def register_onboarding_menu_item():
    return PermittedMenuItem(
        _("Onboard a coalition"),
        reverse("hub_onboard_coalition"),
        name="onboard-coalition",
        icon_name="group",
        order=610,
        permission=ONBOARD_PERMISSION,
    )


# wagtail-localize's "Translate this page" and "Sync translated pages" in each explorer row
# ask the database two to four times per row (is a language missing? is the page a
# translation source with translations?). The explorer's query answers both for the whole
# page of rows (below); its row buttons are replaced by ones that read those answers, and
# fall back to wagtail-localize's own wherever a listing did not ask.
hooks._hooks["register_page_listing_more_buttons"] = [
    (fn, order)
    for fn, order in hooks._hooks.get("register_page_listing_more_buttons", [])
    if fn is not localize_hooks.page_listing_more_buttons
]


@hooks.register("construct_explorer_page_queryset")
def annotate_translation_state(parent_page, pages, request):
    from django.db.models import Exists, OuterRef, Subquery
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

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


@hooks.register("register_page_listing_more_buttons")
def translation_buttons(page, user, next_url=None):
    if not hasattr(page, "hub_untranslated_locale"):
        yield from localize_hooks.page_listing_more_buttons(page, user, next_url=next_url)
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
