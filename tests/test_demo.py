"""`load_demo` builds the site from the coalition's own text (demo/data/). That running it
again never undoes anyone's work: tests/test_demo_keeps_editors_work.py."""

import pytest

from home.models import StandardPage

from .conftest import demo_for_module

demo_loaded = demo_for_module("--demo-users", "--english-only")


@pytest.fixture
def demo(demo_loaded, db):
    return demo_loaded


def test_home_page_leads_to_the_three_areas_of_work_and_achievements(client, demo):
    content = client.get("/en/").content.decode()
    for title, url in [
        ("Research and monitoring", "/en/what-we-do/research-and-monitoring/"),
        ("Advocacy and public education", "/en/what-we-do/advocacy-and-public-education/"),
        ("Networking and capacity-building", "/en/what-we-do/networking-and-capacity-building/"),
    ]:
        assert f'<a href="{url}">{title}</a>' in content
    nav = content.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/what-we-do/"' in nav
    assert 'href="/en/achievements/"' in nav


def test_area_pages_carry_the_coalitions_text_without_the_export_artefacts(client, demo):
    content = client.get("/en/what-we-do/research-and-monitoring/").content.decode()
    assert "the council's annual debate" in content
    assert "monitors governments' progress" in content
    assert "''" not in content
    assert "The next Global Report is due to be published in May 2008." in content


def test_achievements_are_a_list(client, demo):
    content = client.get("/en/achievements/").content.decode()
    assert "<li>Forming national coalitions in 35 countries worldwide" in content
    assert content.count("<li>Pla") == 1  # "Playing an instrumental role..."
    page = StandardPage.objects.get(slug="achievements")
    assert page.live and page.show_in_menus


def test_what_we_do_lists_its_areas(client, demo):
    response = client.get("/en/what-we-do/")
    assert response.status_code == 200
    assert [p.title for p in response.context["subpages"]] == [
        "Research and monitoring",
        "Advocacy and public education",
        "Networking and capacity-building",
    ]


def test_demo_admin_can_log_in(client, demo):
    assert client.login(username="admin", password="hub-demo-admin-password")
    assert client.get("/admin/").status_code == 200


def test_demo_lists_are_stored_as_the_editor_stores_them(demo):
    """Every list item has its own id, so wagtail-localize offers each one to translators."""
    from resources.models import PsychosocialGuidancePage

    for page in PsychosocialGuidancePage.objects.filter(locale__language_code="en"):
        for block in page.body.raw_data:
            for value in block["value"].values() if isinstance(block["value"], dict) else []:
                if isinstance(value, list):
                    assert value and all(isinstance(i, dict) and "id" in i for i in value), (
                        page.title
                    )
