"""`make bench`: the generator keeps Wagtail's tree valid and its pages reach readers and
search; the timing returns a row per page (demo/bench.py)."""

import gc
from io import StringIO

from django.core.management import call_command
from wagtail.models import Page

from demo.bench import generate, public_pages, time_pages
from resources.models import ResourcePage

from .conftest import visible_text


def test_generated_library_is_a_valid_tree_seen_by_readers_and_search(client, home_pages):
    added = generate(30)
    assert added == {
        "ResourcePage": 30 + 6 * 4,  # every fifth also in fr, es, ar, pt
        "ReintegrationProgrammePage": 1 + 4,
        "PsychosocialGuidancePage": 1 + 4,
    }
    # What `manage.py fixtree` checks: paths, depth, numchild, orphans.
    assert all(not problems for problems in Page.find_problems())
    # Growing is incremental: asking for 40 adds ten more, still a valid tree.
    assert generate(40)["ResourcePage"] == 10 + 2 * 4
    assert all(not problems for problems in Page.find_problems())

    first = ResourcePage.objects.get(locale__language_code="en", slug="bench-resource-0")
    library = client.get("/en/resources/?sort=title")
    assert library.status_code == 200
    assert "40 publications" in visible_text(library)
    assert first.title in visible_text(library) or "bench-resource-" in library.content.decode()
    page = client.get(first.url)
    assert page.status_code == 200
    assert first.title in page.content.decode()

    french = ResourcePage.objects.get(locale__language_code="fr", slug="bench-resource-0")
    assert french.translation_key == first.translation_key
    assert client.get(french.url).status_code == 200

    found = client.get("/en/search/", {"q": "benchmark"})
    assert found.status_code == 200
    assert "bench-resource-" in found.content.decode()


def test_timing_gives_a_row_per_page(home_pages):
    generate(5)
    pages = [p for p in public_pages() if p[0] in {"floor (trivial view)", "library", "home"}]
    try:
        rows = time_pages(pages, runs=2, budget=0.5)
    finally:
        gc.unfreeze()  # time_pages warms as gunicorn's master: not this process's other tests
    assert [row["name"] for row in rows] == ["floor (trivial view)", "home", "library"]
    for row in rows:
        assert set(row) == {
            "name", "url", "status", "median_ms", "p95_ms", "queries", "kb", "runs",
            "fresh_median_ms", "fresh_p95_ms", "fresh_queries", "cached_median_ms",
            "cached_p95_ms",
        }  # fmt: skip
        assert row["status"] == 200
        assert row["p95_ms"] >= row["median_ms"] > 0
        # The same address answered from the page cache, as the next anonymous reader gets it.
        assert row["cached_p95_ms"] >= row["cached_median_ms"] > 0
    floor, home, library = rows
    assert floor["queries"] == 0
    assert library["queries"] > 0 and library["kb"] > floor["kb"]
    # The first view after a publish looks for listed rows to rewrite (resources.models.
    # listed_values) and counts the library again. The publish rewrites its own rows when it
    # commits, which a test's transaction never does: here the view rewrites them too.
    assert library["fresh_queries"] > library["queries"] + 2
    assert home["fresh_queries"] == home["queries"]


def test_the_admin_timing_prints_a_row_per_view(home_pages, django_user_model):
    django_user_model.objects.create_superuser("bench-admin", "admin@example.org", "x")
    generate(5)
    out = StringIO()
    call_command("bench_admin", runs=1, budget=0.5, stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("| page | status | median ms | p95 ms | queries | KB | runs |")
    assert [line.split(" | ")[1] for line in lines[2:]] == ["200"] * 8
    assert any(line.startswith("| translation status, last page |") for line in lines)
