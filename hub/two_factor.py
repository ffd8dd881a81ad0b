"""Two-step verification for everyone who can reach the admin: a code from an authenticator app
(TOTP), or one of ten single-use recovery codes, after the password.

Built on django-otp (its TOTP and static devices, its throttling of wrong codes, and
`OTPMiddleware`, which tells whether this session has been verified) rather than on
wagtail-2fa: wagtail-2fa 1.8 declares Wagtail 7.0 and up but is tested only to 7.3, and has no
recovery codes.

- `RequireTwoFactorMiddleware`: a signed-in user who may use the admin and has not verified this
  session is sent to "Enter your code" if they have set up verification, or, when
  settings.HUB_REQUIRE_2FA is on (production), to "Set up two-step verification" if they have
  not. Every address is covered, not only the admin's, since a signed-in session also opens
  private pages and documents; only signing in and out and these pages themselves are exempt.
- `setup_view`: the QR code (drawn on the server as SVG, no outside service) and the secret as
  text; the first right code confirms the app and shows the recovery codes, once.
- `verify_view`: a six-digit code checks the app, anything else the recovery codes (each works
  once: django-otp deletes a static token when it is used).
- `status_view` (Account › Two-step verification): is it on, how many recovery codes are left,
  new recovery codes.
"""

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10

# Where a signed-in but unverified user may still go, by URL name.
EXEMPT_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "hub_2fa_verify",
    "hub_2fa_setup",
}


def may_use_admin(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


class RequireTwoFactorMiddleware:
    """After django_otp.middleware.OTPMiddleware (which adds `user.is_verified()`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()
            and may_use_admin(user)
            and url_name(request) not in EXEMPT_URL_NAMES
        ):
            if user_has_device(user):
                return redirect_to_login(request.get_full_path(), reverse("hub_2fa_verify"))
            if settings.HUB_REQUIRE_2FA:
                return redirect_to_login(request.get_full_path(), reverse("hub_2fa_setup"))
        return self.get_response(request)


def next_url(request):
    """Where to go once verified: the `next` the middleware passed on, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


def check_code(user, code, devices):
    """The first of `devices` that accepts `code`, or None; raises ValidationError when the
    devices refuse to check any more codes for now (django-otp's throttling)."""
    for device in devices:
        with transaction.atomic():
            device = type(device).objects.select_for_update().get(pk=device.pk)
            allowed, _info = device.verify_is_allowed()
            if not allowed:
                raise forms.ValidationError(
                    _("Too many wrong codes. Wait a minute, then try again.")
                )
            if device.verify_token(code):
                return device
    return None


def verify(user, code):
    """A six-digit code is checked against the authenticator app; anything else against the
    recovery codes, so that a recovery code never counts as a wrong app code."""
    model = TOTPDevice if code.isdigit() else StaticDevice
    return check_code(user, code, model.objects.devices_for_user(user, confirmed=True))


def verify_view(request):
    user = request.user
    if not user_has_device(user):
        return redirect("hub_2fa_setup" if settings.HUB_REQUIRE_2FA else "wagtailadmin_home")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = verify(user, form.cleaned_data["code"])
        except forms.ValidationError as error:
            form.add_error("code", error)
        else:
            if device is not None:
                otp_login(request, device)
                return redirect(next_url(request))
            form.add_error("code", _("This code is not right. Try the current one."))
    return TemplateResponse(
        request, "hub/two_factor/verify.html", {"form": form, "next": next_url(request)}
    )


def new_recovery_codes(user):
    """Replace the user's recovery codes with new ones and return them (shown once)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="Recovery codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def qr_code_svg(text):
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def spaced(secret):
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def recovery_codes_response(request, codes):
    return TemplateResponse(
        request, "hub/two_factor/recovery_codes.html", {"codes": codes, "next": next_url(request)}
    )


def setup_view(request):
    """Set up an authenticator app. Someone who already has one must verify this session first
    (a stolen password must not be enough to replace it)."""
    user = request.user
    if user_has_device(user) and not user.is_verified():
        return redirect_to_login(request.get_full_path(), reverse("hub_2fa_verify"))
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            confirmed = check_code(user, form.cleaned_data["code"], [device])
        except forms.ValidationError as error:
            form.add_error("code", error)
        else:
            if confirmed is not None:
                with transaction.atomic():
                    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                    confirmed.confirmed = True
                    confirmed.save(update_fields=["confirmed"])
                    codes = new_recovery_codes(user)
                otp_login(request, confirmed)
                return recovery_codes_response(request, codes)
            form.add_error("code", _("This code is not right. Check the app and try again."))
    secret = device.config_url.split("secret=")[1].split("&")[0]
    return TemplateResponse(
        request,
        "hub/two_factor/setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(device.config_url),
            "secret": spaced(secret),
            "next": next_url(request),
            "required": settings.HUB_REQUIRE_2FA,
        },
    )


def status_view(request):
    user = request.user
    app = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    recovery = StaticDevice.objects.devices_for_user(user, confirmed=True).first()
    return TemplateResponse(
        request,
        "hub/two_factor/status.html",
        {
            "page_title": _("Two-step verification"),
            "header_icon": "lock",
            "app": app,
            "codes_left": recovery.token_set.count() if recovery else 0,
            "required": settings.HUB_REQUIRE_2FA,
        },
    )


@require_POST
def new_recovery_codes_view(request):
    user = request.user
    if not TOTPDevice.objects.devices_for_user(user, confirmed=True).exists():
        return redirect("hub_2fa_setup")
    return recovery_codes_response(request, new_recovery_codes(user))
