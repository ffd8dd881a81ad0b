"""The page explorer reads the ids of its page of rows, then annotates only those rows
(hub/explorer_pages.py): the rows, their order and their buttons are those Wagtail shows, and
the annotated query no longer skips thousands of rows with LIMIT ... OFFSET."""

import inspect

from django.db import connection
from django.db.models import Exists, OuterRef
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.models import Locale, Page

from home.models import StandardPage
from hub.explorer_pages import read_page_first

from .bulk import bulk_add_children


def test_runs_last_among_the_hooks_wagtails_explorer_runs_before_paginating():
    assert "construct_explorer_page_queryset" in inspect.getsource(
        ExplorableIndexView.search_queryset
    )
    assert hooks.get_hooks("construct_explorer_page_queryset")[-1] is read_page_first


def annotated(parent):
    others = Page.objects.filter(translation_key=OuterRef("translation_key")).exclude(
        pk=OuterRef("pk")
    )
    return Page.objects.child_of(parent).annotate(translated=Exists(others)).order_by("path")


def test_a_slice_is_the_same_rows_in_the_same_order_with_their_annotations(english_home):
    bulk_add_children(
        english_home, StandardPage, 12, lambda n: {"title": f"Page {n:02d}", "introduction": ""}
    )
    french = StandardPage.objects.get(slug="standardpage-7").copy_for_translation(
        Locale.objects.get(language_code="fr")
    )
    expected = [(page.pk, page.translated) for page in annotated(english_home)[5:10]]
    assert any(translated for _pk, translated in expected)

    pages = read_page_first(english_home, annotated(english_home), None)
    with CaptureQueriesContext(connection) as queries:
        rows = list(pages[5:10])
    assert [(page.pk, page.translated) for page in rows] == expected
    assert french.pk not in [pk for pk, _translated in expected]
    ids_query, rows_query = [query["sql"].upper() for query in queries.captured_queries]
    assert "OFFSET" in ids_query and "EXISTS" not in ids_query
    assert "EXISTS" in rows_query and "OFFSET" not in rows_query
    assert rows_query.endswith('ORDER BY "WAGTAILCORE_PAGE"."PATH" ASC')  # no LIMIT

    # Unsliced, counted, or ordered by an annotation: read as before, in one query.
    assert len(list(pages)) == pages.count() == len(annotated(english_home))
    ordered = pages.order_by("-translated", "path")
    with CaptureQueriesContext(connection) as queries:
        first = list(ordered[:1])
    assert len(queries.captured_queries) == 1 and first[0].translated


def test_the_explorers_second_page_shows_the_rows_after_the_first(admin_client, english_home):
    bulk_add_children(
        english_home, StandardPage, 55, lambda n: {"title": f"Page {n:02d}", "introduction": ""}
    )
    children = list(Page.objects.child_of(english_home).order_by("path"))
    response = admin_client.get(f"/admin/pages/{english_home.pk}/", {"p": 2})
    assert response.status_code == 200
    shown = [page.pk for page in response.context["page_obj"].object_list]
    assert shown == [page.pk for page in children[50:]]
    content = response.content.decode()
    assert children[-1].title in content and children[0].title not in content
    assert "Translate this page" in content  # the rows' annotations reached their buttons
