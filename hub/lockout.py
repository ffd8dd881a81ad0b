"""Locking out password guessing, and unlocking: the parts of django-axes the site adjusts.

django-axes counts failed logins per username and address (settings: AXES_*). The site adds:

- `client_ip`: the reader's address. Behind the reverse proxy every request comes from the
  proxy; the address the proxy saw is the last one it appended to X-Forwarded-For, believed
  only when the request comes from one of settings.TRUSTED_PROXIES (anyone can send the header).
- `lockout_response`: instead of axes' bare text, Wagtail's own sign-in page with the reason and
  the cool-off time, in the reader's language, answered "429 Too Many Requests".
- `LockedOutLoginsView`: Settings › Locked-out logins, for superusers and whoever holds
  axes' "delete access attempt" permission (the project has no django.contrib.admin, where axes
  would list them): who is locked out, from where, until when, and an Unlock button (POST).
"""

import ipaddress
import math

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.account import LoginView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

# The permission that lets a non-superuser unlock logins (Settings › Groups › Other permissions).
PERMISSION = "axes.delete_accessattempt"


def may_unlock(user):
    return user.has_perm(PERMISSION)


def client_ip(request):
    """The reader's IP address: the last X-Forwarded-For entry when a trusted proxy forwarded
    the request, REMOTE_ADDR otherwise."""
    remote = request.META.get("REMOTE_ADDR")
    if remote in settings.TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass
    return remote


def cool_off_minutes():
    return math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)


def lockout_message():
    minutes = cool_off_minutes()
    return ngettext(
        "Too many failed sign-in attempts for this account from your address. Try again in "
        "%(minutes)s minute, or ask an administrator to unlock it.",
        "Too many failed sign-in attempts for this account from your address. Try again in "
        "%(minutes)s minutes, or ask an administrator to unlock it.",
        minutes,
    ) % {"minutes": minutes}


class LockedOutLoginView(LoginView):
    """Wagtail's sign-in page, empty, whatever was posted (posting it again would count as one
    more failure), with the lockout message above the form."""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("data", None)
        kwargs.pop("files", None)
        return kwargs

    def post(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(), status=429)


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: called by axes' middleware for a locked-out login attempt."""
    messages.error(request, lockout_message())
    response = LockedOutLoginView.as_view()(request)
    response.render()
    return response


def locked_out_attempts():
    """The username and address pairs locked out now, most recent first."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")


class LockedOutLoginsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Locked-out logins")
    header_icon = "lock"
    template_name = "hub/locked_out_logins.html"
    # More than this many at once is an attack, not a list to read: the newest are shown.
    limit = 200

    def dispatch(self, request, *args, **kwargs):
        if not may_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attempts = list(
            locked_out_attempts().only(
                "username", "ip_address", "attempt_time", "failures_since_start"
            )[: self.limit]
        )
        for attempt in attempts:
            attempt.locked_until = attempt.attempt_time + settings.AXES_COOLOFF_TIME
        context["attempts"] = attempts
        return context


@require_POST
def unlock_view(request, pk):
    """Unlock one username and address pair (all its recorded failures are forgotten)."""
    if not may_unlock(request.user):
        raise PermissionDenied
    attempt = AccessAttempt.objects.filter(pk=pk).first()
    if attempt is not None:
        reset(ip=attempt.ip_address, username=attempt.username)
        messages.success(
            request,
            _("“%(username)s” can sign in again from %(address)s.")
            % {"username": attempt.username, "address": attempt.ip_address},
        )
    return redirect("hub_locked_out_logins")
