"""`manage.py setup_site` brings a database in line with settings.LANGUAGES: a sixth language is
the setting, its catalogue and this one command. And the command, which `make run` runs every
time, never puts back a permission an administrator has revoked."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import GroupPagePermission, Locale, WorkflowPage

from home.models import HomePage
from hub.i18n import language_codes
from hub.models import HubDocument
from translations.roles import reviewers_group_name, translators_group_name

SIXTH = ("sw", "Kiswahili")


def setup_site():
    out = StringIO()
    call_command("setup_site", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(home_pages):
    """A migrated database with the demo content (and its roles), as `make run` leaves it."""
    call_command("load_demo", "--english-only", stdout=StringIO())


@pytest.fixture
def with_sixth_language(settings):
    languages = [*settings.LANGUAGES, SIXTH]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        yield


def test_a_sixth_language_is_the_setting_and_one_command(client, demo, with_sixth_language):
    assert not Locale.objects.filter(language_code="sw").exists()
    output = setup_site()
    assert "(new: sw)" in output

    locale = Locale.objects.get(language_code="sw")
    home = HomePage.objects.get(locale=locale)
    english_home = HomePage.objects.get(locale__language_code="en")
    assert home.live and home.translation_key == english_home.translation_key

    translators = Group.objects.get(name=translators_group_name("sw"))
    reviewers = Group.objects.get(name=reviewers_group_name("sw"))
    assert translators.name == "Translators: Kiswahili"
    assert GroupPagePermission.objects.filter(group=translators, page=home).exists()
    assert GroupPagePermission.objects.filter(
        group=reviewers, page=home, permission__codename="publish_page"
    ).exists()
    assert home.get_workflow().name == "Translation review: Kiswahili"
    # The secretariat's publishers approve every review, the new language's too.
    review_step = home.get_workflow().tasks.get().specific
    assert set(review_step.groups.values_list("name", flat=True)) == {
        "Reviewers: Kiswahili",
        "Secretariat publishers",
    }

    # Readers find it: /sw/ answers, and every page's switcher offers it.
    response = client.get("/sw/")
    assert response.status_code == 200
    assert response.context["page"].pk == home.pk
    english = client.get("/en/").content.decode()
    assert '<a href="/sw/" hreflang="sw" lang="sw" dir="ltr">Kiswahili</a>' in english

    # A document can say it is written in the new language: no migration needed.
    assert ("sw", "Kiswahili") in HubDocument._meta.get_field("language").choices

    # Running it again changes nothing.
    counts = (Locale.objects.count(), HomePage.objects.count(), Group.objects.count())
    assert "(new:" not in setup_site()
    assert (Locale.objects.count(), HomePage.objects.count(), Group.objects.count()) == counts


def test_a_language_written_right_to_left_gets_its_direction(client, home_pages, settings):
    languages = [*settings.LANGUAGES, ("fa", "فارسی")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        setup_site()
        content = client.get("/fa/").content.decode()
    assert '<html lang="fa" dir="rtl">' in content


def test_the_setting_orders_the_languages_the_default_first(settings):
    settings.LANGUAGES = [("fr", "Français"), ("en", "English")]
    assert language_codes() == ["en", "fr"]


def test_setup_never_restores_what_an_administrator_revoked(demo, home_pages):
    french_translators = Group.objects.get(name=translators_group_name("fr"))
    revoked = GroupPagePermission.objects.filter(group=french_translators, page=home_pages["fr"])
    assert revoked.count() == 2  # add and change
    revoked.delete()
    secretariat = Group.objects.get(name="Secretariat editors")
    secretariat.permissions.remove(Permission.objects.get(codename="onboard_coalition"))
    WorkflowPage.objects.filter(page=home_pages["ar"]).delete()
    africa = Group.objects.get(name="Africa network moderators")
    publish = GroupPagePermission.objects.filter(group=africa, permission__codename="publish_page")
    assert publish.exists()
    publish.delete()

    setup_site()
    call_command("load_demo", "--english-only", stdout=StringIO())

    assert not GroupPagePermission.objects.filter(
        group=french_translators, page=home_pages["fr"]
    ).exists()
    assert not secretariat.permissions.filter(codename="onboard_coalition").exists()
    assert not WorkflowPage.objects.filter(page=home_pages["ar"]).exists()
    assert not GroupPagePermission.objects.filter(
        group=africa, permission__codename="publish_page"
    ).exists()
    # What was not revoked is still there.
    assert GroupPagePermission.objects.filter(
        group=africa, permission__codename="add_page"
    ).exists()
