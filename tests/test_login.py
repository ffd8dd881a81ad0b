"""Signing in to the admin: lockout after repeated wrong passwords (and unlocking), two-step
verification with an authenticator app or recovery codes, password rules, and sessions that
end after two hours without activity."""

import re
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import timezone
from django_otp import user_has_device
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.account import LoginView

from demo.datafiles import read_toml
from hub.two_factor import new_recovery_codes

from .conftest import visible_text

LOGIN = "/admin/login/"
PASSWORD = "a-long-enough-password"


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)


@pytest.fixture
def editor(db):
    """Someone who may use the admin, and nothing more."""
    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    group = Group.objects.create(name="Admin users")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def sign_in(client, password, username="admin", address="203.0.113.7", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


# Lockout (django-axes) ---------------------------------------------------------------------


def test_axes_sees_wagtails_own_login_form():
    """The lockout counts what Wagtail's sign-in view authenticates: if an upgrade moved the
    admin login elsewhere, this fails."""
    assert issubclass(resolve(reverse("wagtailadmin_login")).func.view_class, LoginView)


@override_settings(AXES_ENABLED=True)
def test_five_wrong_passwords_lock_the_username_from_that_address(client, admin_user):
    for _attempt in range(4):
        response = sign_in(client, "wrong-password")
        assert response.status_code == 200  # "invalid", the form again
        assert "Your username and password didn't match" in visible_text(response)
    response = sign_in(client, "wrong-password")
    assert response.status_code == 429  # the fifth locks out
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address) == ("admin", "203.0.113.7")
    assert attempt.failures_since_start == 5

    response = sign_in(client, PASSWORD)  # even the right password, now
    assert response.status_code == 429
    text = visible_text(response)
    assert "Too many failed sign-in attempts" in text
    assert "Try again in 30 minutes" in text
    assert 'name="password"' in response.content.decode()  # Wagtail's own sign-in page
    assert "_auth_user_id" not in client.session

    # The same username from another address is not locked out.
    other = Client()
    assert sign_in(other, PASSWORD, address="198.51.100.20").status_code == 302
    assert "_auth_user_id" in other.session


@override_settings(AXES_ENABLED=True)
def test_the_lockout_passes_after_its_cool_off_time(client, admin_user):
    for _attempt in range(5):
        sign_in(client, "wrong-password")
    assert sign_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=31))
    assert sign_in(client, PASSWORD).status_code == 302


@override_settings(AXES_ENABLED=True)
def test_the_lockout_message_is_in_the_readers_language(client, admin_user):
    for _attempt in range(6):
        response = sign_in(client, "wrong-password", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in visible_text(response)


@override_settings(AXES_ENABLED=True)
def test_behind_the_proxy_the_forwarded_address_is_the_one_locked(client, admin_user):
    for _attempt in range(5):
        sign_in(client, "wrong", address="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.50")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.50"
    # Another reader behind the same proxy is not locked out ...
    response = sign_in(client, PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.51")
    assert response.status_code == 302
    # ... and a header sent by anyone but the proxy is not believed.
    stranger = Client()
    sign_in(stranger, "wrong", address="198.51.100.9", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert AccessAttempt.objects.filter(ip_address="198.51.100.9").exists()


def locked_out(count, start=0):
    for number in range(start, start + count):
        AccessAttempt.objects.create(
            username=f"user{number}",
            ip_address=f"203.0.113.{number + 1}",
            user_agent="test",
            failures_since_start=5,
            get_data="",
            post_data="",
            http_accept="*/*",
            path_info=LOGIN,
        )


UNLOCK_LIST = "/admin/locked-out-logins/"


def test_an_editor_can_neither_see_nor_unlock_locked_out_logins(client, editor):
    locked_out(1)
    client.force_login(editor)
    assert "locked-out-logins" not in client.get("/admin/").content.decode()
    assert client.get(UNLOCK_LIST).status_code in (302, 403)
    attempt = AccessAttempt.objects.get()
    assert client.post(f"{UNLOCK_LIST}{attempt.pk}/unlock/").status_code in (302, 403)
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_a_group_given_the_permission_may_unlock(client, editor):
    editor.groups.first().permissions.add(Permission.objects.get(codename="delete_accessattempt"))
    locked_out(1)
    client.force_login(editor)
    assert client.get(UNLOCK_LIST).status_code == 200
    assert "Locked-out logins" in client.get("/admin/").content.decode()


def test_a_superuser_sees_who_is_locked_out_and_unlocks_with_a_post(admin_user):
    locked_out(2)
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.get(UNLOCK_LIST)
    text = visible_text(response)
    assert "user0" in text and "203.0.113.1" in text and "user1" in text
    attempt = AccessAttempt.objects.get(username="user0")
    url = f"{UNLOCK_LIST}{attempt.pk}/unlock/"
    assert client.get(url).status_code == 405  # POST only
    assert client.post(url).status_code == 403  # without the CSRF token
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    response = client.post(url, {"csrfmiddlewaretoken": token.group(1)}, follow=True)
    assert "“user0” can sign in again from 203.0.113.1" in visible_text(response)
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["user1"]


@override_settings(AXES_ENABLED=True)
def test_an_unlocked_user_can_sign_in_again(client, admin_user):
    for _attempt in range(5):
        sign_in(client, "wrong-password")
    assert sign_in(client, PASSWORD).status_code == 429
    unlocker = Client()
    unlocker.force_login(admin_user)
    unlocker.post(f"{UNLOCK_LIST}{AccessAttempt.objects.get().pk}/unlock/")
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_locked_out_list_costs_the_same_with_3_and_30_entries(client, admin_user):
    client.force_login(admin_user)
    client.get(UNLOCK_LIST)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(UNLOCK_LIST).status_code == 200
        return len(context.captured_queries)

    locked_out(3)
    few = queries()
    locked_out(27, start=3)
    assert queries() == few


# Two-step verification (django-otp) ----------------------------------------------------------


def app_for(user):
    """An authenticator app the user has set up."""
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def code_from(device):
    return f"{totp(device.bin_key, t0=device.t0, step=device.step):06d}"


def test_without_a_verified_session_every_admin_view_sends_to_the_code(client, editor):
    app_for(editor)
    client.force_login(editor)
    for url in ["/admin/", "/admin/pages/", "/admin/images/", "/admin/account/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/admin/two-factor/verify/?next=")


def test_a_wrong_code_is_refused_and_the_right_one_passes(client, editor):
    device = app_for(editor)
    client.force_login(editor)
    response = client.post("/admin/two-factor/verify/", {"code": "000000", "next": "/admin/"})
    assert response.status_code == 200
    assert "This code is not right" in visible_text(response)
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()  # the wrong code made django-otp wait a second before the next
    response = client.post(
        "/admin/two-factor/verify/", {"code": code_from(device), "next": "/admin/pages/"}
    )
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_wrong_codes_in_a_row_are_slowed_down(client, editor):
    app_for(editor)
    client.force_login(editor)
    client.post("/admin/two-factor/verify/", {"code": "000000"})
    response = client.post("/admin/two-factor/verify/", {"code": "111111"})
    assert "Too many wrong codes" in visible_text(response)


def test_a_recovery_code_works_once(editor):
    app_for(editor)
    code = new_recovery_codes(editor)[0]
    first = Client()
    first.force_login(editor)
    assert first.post("/admin/two-factor/verify/", {"code": code.upper()}).status_code == 302
    assert first.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(token=code).count() == 0

    second = Client()
    second.force_login(editor)
    response = second.post("/admin/two-factor/verify/", {"code": code})
    assert "This code is not right" in visible_text(response)
    assert second.get("/admin/").status_code == 302


def test_a_link_back_to_another_site_is_not_followed(client, editor):
    device = app_for(editor)
    client.force_login(editor)
    response = client.post(
        "/admin/two-factor/verify/", {"code": code_from(device), "next": "https://evil.example/"}
    )
    assert response.url == "/admin/"


@override_settings(HUB_REQUIRE_2FA=True)
def test_when_required_a_user_without_an_app_is_taken_to_set_one_up(client, editor):
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/setup/?next=")

    response = client.get(response.url)
    content = response.content.decode()
    svg = content.split("<svg")[1].split("</svg>")[0]
    assert "<path" in svg  # the QR code, drawn here: nothing fetched from elsewhere
    assert "href" not in svg and "<image" not in svg and "otpauth" not in content
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    secret = re.search(r"<code>([A-Z2-7 ]+)</code>", content).group(1).replace(" ", "")
    assert device.config_url.split("secret=")[1].startswith(secret)

    response = client.post("/admin/two-factor/setup/", {"code": "123456"})
    assert "This code is not right" in visible_text(response)
    device.refresh_from_db()
    device.throttle_reset()
    response = client.post("/admin/two-factor/setup/", {"code": code_from(device)})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(codes) == 10
    assert "they are not shown again" in visible_text(response)
    assert client.get("/admin/").status_code == 200  # this session is verified
    device.refresh_from_db()
    assert device.confirmed


@override_settings(HUB_REQUIRE_2FA=True)
def test_when_required_even_the_public_site_asks_for_the_code_first(client, editor, home_pages):
    """A signed-in session also opens private pages and documents."""
    client.force_login(editor)
    assert client.get("/en/").url.startswith("/admin/two-factor/setup/")


def test_in_development_it_is_optional(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    response = client.get("/admin/two-factor/")
    assert "Two-step verification is off" in visible_text(response)


def test_a_password_alone_cannot_replace_the_app(client, editor):
    app_for(editor)
    client.force_login(editor)
    response = client.get("/admin/two-factor/setup/")
    assert response.url.startswith("/admin/two-factor/verify/")
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_the_account_page_offers_new_recovery_codes(client, editor):
    device = app_for(editor)
    old = new_recovery_codes(editor)
    client.force_login(editor)
    client.post("/admin/two-factor/verify/", {"code": code_from(device)})
    assert "Two-step verification" in client.get("/admin/account/").content.decode()
    assert "You have 10 unused recovery codes" in visible_text(client.get("/admin/two-factor/"))
    response = client.post("/admin/two-factor/recovery-codes/")
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(new)


# Passwords ---------------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["hub-demo", "short-pass1", "password1234", "123456789012"])
def test_weak_passwords_are_refused(db, password):
    user = get_user_model()(username="someone", email="someone@example.org")
    with pytest.raises(ValidationError):
        password_validation.validate_password(password, user)


def test_the_demo_passwords_pass_the_rules(db):
    for login in read_toml("users.toml")["user"]:
        username = login["username"]
        user = get_user_model()(username=username, email=f"{username}@example.org")
        password_validation.validate_password(login["password"], user)


# Sessions ----------------------------------------------------------------------------------


def at(start, minutes):
    """The clock, `minutes` after `start` (sessions expire by Django's timezone.now())."""
    return mock.patch("django.utils.timezone.now", return_value=start + timedelta(minutes=minutes))


def test_the_session_ends_after_two_hours_without_activity(client, admin_user):
    client.force_login(admin_user)
    start = timezone.now()
    with at(start, 0):
        assert client.get("/admin/").status_code == 200
    with at(start, 110):
        assert client.get("/admin/pages/").status_code == 200  # activity: two more hours
    with at(start, 220):
        assert client.get("/admin/").status_code == 200
    with at(start, 341):
        response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_the_editors_background_pings_do_not_keep_the_session_alive(client, admin_user):
    client.force_login(admin_user)
    start = timezone.now()
    ping = reverse("wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", "1", 0])
    with at(start, 0):
        assert client.get("/admin/").status_code == 200
    for minutes in (30, 60, 90, 115):
        with at(start, minutes):
            client.post(ping)
    with at(start, 121):
        assert client.get("/admin/").status_code == 302


def test_the_csrf_cookie_ends_with_the_browser_session(client, db):
    response = client.get(LOGIN)
    cookie = response.cookies["csrftoken"]
    assert not cookie["max-age"] and not cookie["expires"]


def test_an_operator_can_reset_someones_two_step_verification(editor):
    app_for(editor)
    new_recovery_codes(editor)
    out = StringIO()
    call_command("reset_two_factor", "editor", stdout=out)
    assert "Removed 2 verification device(s) of editor" in out.getvalue()
    assert not user_has_device(editor, confirmed=None)
