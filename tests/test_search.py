"""Site search: the reader's language only, paginated, and the same cost at any size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import StandardPage
from hub.page_cache import forget_counts


def add_pages(home, count, start=0):
    for n in range(start, start + count):
        page = StandardPage(
            title=f"Reintegration note {n}", slug=f"note-{n}", introduction="reintegration"
        )
        home.add_child(instance=page)


def test_search_finds_pages_of_the_readers_language_only(client, home_pages):
    add_pages(home_pages["en"], 2)
    fr = StandardPage(title="Réintégration des enfants", slug="reintegration-fr")
    home_pages["fr"].add_child(instance=fr)
    response = client.get("/en/search/", {"q": "reintegration", "available": "1"})
    titles = {p.title for p in response.context["search_results"]}
    assert titles == {"Reintegration note 0", "Reintegration note 1"}
    fr_titles = {
        p.title
        for p in client.get("/fr/search/?q=Réintégration&available=1").context["search_results"]
    }
    assert fr_titles == {"Réintégration des enfants"}


def test_search_never_shows_drafts(client, home_pages):
    add_pages(home_pages["en"], 1)
    draft = StandardPage(title="Reintegration draft", slug="draft", live=False)
    home_pages["en"].add_child(instance=draft)
    titles = [p.title for p in client.get("/en/search/?q=reintegration").context["search_results"]]
    assert titles == ["Reintegration note 0"]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999", ""])
def test_bad_page_numbers_are_kind(client, home_pages, page):
    add_pages(home_pages["en"], 12)
    response = client.get("/en/search/", {"q": "reintegration", "page": page})
    assert response.status_code == 200


def test_query_is_echoed_safely(client, home_pages):
    response = client.get("/en/search/", {"q": '<script>alert("x")</script>'})
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content


def test_search_costs_the_same_with_few_or_many_pages(client, home_pages):
    def queries():
        client.get("/en/search/", {"q": "reintegration"})  # warm the site's cached addresses
        forget_counts()  # the first view after a publish counts the hits again
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/en/search/", {"q": "reintegration", "page": 2})
        assert response.status_code == 200
        return len(ctx.captured_queries)

    add_pages(home_pages["en"], 15)
    few = queries()
    add_pages(home_pages["en"], 60, start=15)
    many = queries()
    assert many == few
    assert Page.objects.filter(title__startswith="Reintegration note").count() == 75


@pytest.mark.parametrize(
    ("page", "expected"), [("0", 1), ("-3", 1), ("abc", 1), ("2", 2), ("999", 2)]
)
def test_page_numbers_out_of_range_land_on_the_nearest_page(client, home_pages, page, expected):
    add_pages(home_pages["en"], 12)
    response = client.get("/en/search/", {"q": "reintegration", "page": page})
    assert response.context["search_results"].number == expected
