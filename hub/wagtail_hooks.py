"""The base's admin: safeguarded bulk publishing and who is offered bulk actions
(hub/bulk_actions.py), the dashboard's "Where you can edit", whether the explorer's rows have
other language versions (hub/permissions.py), the explorer reading its page of rows before
annotating them (hub/explorer_pages.py), two-step verification (Account › Two-step
verification), Settings › Locked-out logins, and who may download a document."""

from django.contrib.auth.models import Permission
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import lockout, two_factor
from .bulk_actions import SafeguardedPublishBulkAction
from .documents import may_download
from .explorer_pages import read_page_first
from .menu import PermittedMenuItem
from .panels import YourPagesPanel
from .permissions import annotate_translated

# order=100: after Wagtail's own, so that it replaces it.
hooks.register("register_bulk_action", SafeguardedPublishBulkAction, order=100)
hooks.register("construct_explorer_page_queryset", annotate_translated)
# order=1000: after every other app's annotations (hub/explorer_pages.py).
hooks.register("construct_explorer_page_queryset", read_page_first, order=1000)


@hooks.register("construct_homepage_panels")
def add_your_pages_panel(request, panels):
    panels.append(YourPagesPanel(request))


@hooks.register("register_admin_urls")
def register_login_urls():
    return [
        path("two-factor/", two_factor.status_view, name="hub_2fa"),
        path("two-factor/verify/", two_factor.verify_view, name="hub_2fa_verify"),
        path("two-factor/setup/", two_factor.setup_view, name="hub_2fa_setup"),
        path(
            "two-factor/recovery-codes/",
            two_factor.new_recovery_codes_view,
            name="hub_2fa_new_recovery_codes",
        ),
        path(
            "locked-out-logins/",
            lockout.LockedOutLoginsView.as_view(),
            name="hub_locked_out_logins",
        ),
        path("locked-out-logins/<int:pk>/unlock/", lockout.unlock_view, name="hub_unlock_login"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("hub_2fa"),
        "label": _("Two-step verification"),
        "help_text": _("Set up your authenticator app, or make new recovery codes."),
    }


@hooks.register("register_settings_menu_item")
def locked_out_logins_menu_item():
    return PermittedMenuItem(
        _("Locked-out logins"),
        reverse("hub_locked_out_logins"),
        name="locked-out-logins",
        icon_name="lock",
        order=620,
        permitted=lockout.may_unlock,
    )


@hooks.register("register_permissions")
def unlock_permission():
    """Settings › Groups can give "unlock logins" (axes' delete access attempt) to a group."""
    app_label, codename = lockout.PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


@hooks.register("before_serve_document", order=10)  # after the collections' restrictions
def refuse_documents_no_visible_page_uses(document, request):
    """hub.documents: a document is served to whoever may see a live page that uses it, or
    may edit it; to anyone else it does not exist."""
    if not may_download(request, document):
        raise Http404
