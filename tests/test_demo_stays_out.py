"""`load_demo` leaves a site with content of its own alone: no demo page, no demo login. (The
demo itself, loaded once for its module: tests/test_demo_keeps_editors_work.py.)"""

from wagtail.models import Page

from demo.models import DemoObject
from home.models import StandardPage

from .test_demo_keeps_editors_work import load_demo, state


def test_a_site_with_its_own_content_gets_no_demo(english_home):
    page = StandardPage(title="About the hub", slug="about", introduction="Our own page.")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    before = state()

    out = load_demo("--demo-users")
    assert state() == before
    assert Page.objects.filter(depth__gt=2).count() == 1
    assert not DemoObject.objects.exists()
    assert "nothing loaded" in out
    assert "the page /home/about/ was not made by the demo" in out
    assert "Demo login" not in out


def test_an_edited_home_page_means_a_site_of_its_own(english_home):
    english_home.introduction = "Welcome to our hub."
    english_home.save_revision().publish()

    out = load_demo()
    assert "nothing loaded" in out
    assert "the home page /home/ was edited" in out
    assert Page.objects.filter(depth__gt=2).count() == 0
