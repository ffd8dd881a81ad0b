"""`make run` runs `load_demo` on every start: it fills an empty site, or completes the demo as
it left it, and never undoes anyone's work (demo/ledger.py): a deleted page is not made again,
a renamed one not made twice, an edited one not overwritten, and a site with content of its own
gets no demo at all."""

import shutil
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from demo.content import DemoLoader
from demo.models import DemoObject
from demo.translator import TRANSLATIONS
from home.models import StandardPage
from resources.models import PsychosocialGuidancePage

from .conftest import demo_for_module, visible_text


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", "--english-only", *args, stdout=out)
    return out.getvalue()


demo_loaded = demo_for_module("--english-only", "--demo-users")


@pytest.fixture
def demo(demo_loaded, db):
    """The demo as load_demo leaves it on an empty site (a site with content of its own:
    tests/test_demo_stays_out.py)."""


def state():
    """What a second run must leave as it is: every page, where it is and at which revision,
    every revision, and every user."""
    return (
        list(Page.objects.order_by("pk").values_list("pk", "slug", "path", "latest_revision_id")),
        Revision.objects.count(),
        sorted(get_user_model().objects.values_list("username", flat=True)),
    )


def test_a_second_run_on_the_untouched_demo_changes_nothing(demo):
    before = state()
    out = load_demo("--demo-users")
    assert state() == before
    assert "Demo content: 0 pages created or filled in." in out
    assert "Demo login (site administrator): admin / hub-demo-admin-password" in out


def test_a_deleted_demo_page_is_not_made_again(client, demo):
    page = Page.objects.get(
        url_path="/home/guidance/talking-with-children-about-their-experiences/"
    )
    page.delete()
    before = state()

    out = load_demo()
    assert state() == before
    assert (
        client.get("/en/guidance/talking-with-children-about-their-experiences/").status_code == 404
    )
    assert "nothing loaded" in out
    assert "page:home/guidance/talking-with-children-about-their-experiences was deleted" in out


def test_a_renamed_demo_page_is_not_made_twice(client, demo):
    page = StandardPage.objects.get(slug="achievements")
    page.slug = "what-we-have-achieved"
    page.save_revision().publish()
    before = state()

    out = load_demo()
    assert state() == before
    assert StandardPage.objects.filter(title="Achievements").count() == 1
    assert client.get("/en/achievements/").status_code == 404
    assert client.get("/en/what-we-have-achieved/").status_code == 200
    assert "'Achievements' (page:home/achievements) was edited" in out


def test_an_edited_demo_page_is_not_overwritten(client, demo):
    page = PsychosocialGuidancePage.objects.get(
        slug="supporting-girls-and-young-mothers-coming-home"
    )
    page.summary = "Rewritten by the psycho-social technical group."
    revision = page.save_revision()
    revision.publish()

    load_demo()
    page.refresh_from_db()
    assert page.latest_revision_id == revision.pk
    assert page.revisions.count() == 2
    assert "Rewritten by the psycho-social technical group." in visible_text(client.get(page.url))


def test_a_demo_page_moved_without_being_edited_is_found_where_it_is(demo):
    """A move makes no revision: the demo is still as it left it, so it may complete itself,
    and finds its page by id, under its new parent, rather than making another."""
    page = StandardPage.objects.get(slug="achievements")
    page.move(StandardPage.objects.get(slug="what-we-do"), pos="last-child")
    before = Page.objects.count()

    assert "Demo content: 0 pages created or filled in." in load_demo()
    assert Page.objects.count() == before
    assert StandardPage.objects.get(slug="achievements").url_path == (
        "/home/what-we-do/achievements/"
    )


def test_a_deleted_demo_login_is_not_made_again(client, demo):
    get_user_model().objects.get(username="translator-fr").delete()

    out = load_demo("--demo-users")
    assert not get_user_model().objects.filter(username="translator-fr").exists()
    assert "translator-fr" not in out
    assert "Demo login (French reviewer): reviewer-fr / hub-demo-password" in out


def test_the_untouched_demo_is_completed_with_the_translations_it_lacks(demo, tmp_path):
    """After --english-only, or once a PO file is added to demo/data: only what is new is made;
    nothing the demo made before changes."""
    achievements = "fr/pages/home/achievements.po"
    (tmp_path / achievements).parent.mkdir(parents=True)
    shutil.copy(TRANSLATIONS / achievements, tmp_path / achievements)
    english = list(
        Page.objects.filter(locale__language_code="en").values_list("pk", "latest_revision_id")
    )

    created = DemoLoader(translations=tmp_path).run()
    french = StandardPage.objects.get(locale=Locale.objects.get(language_code="fr"), depth=3)
    assert created == [french]
    assert french.live and french.title == "Réalisations"
    assert DemoObject.objects.filter(key="page:home/achievements@fr", object_id=french.pk).exists()
    assert (
        list(
            Page.objects.filter(locale__language_code="en").values_list("pk", "latest_revision_id")
        )
        == english
    )
    # Complete now: a second run changes nothing.
    before = state()
    assert DemoLoader(translations=tmp_path).run() == []
    assert state() == before
