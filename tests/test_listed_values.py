"""The listings count from listed rows (resources.models.listed_values): for every language, the
page each listing shows there, with its facets' values, rewritten on the way to a count for
the translation groups that changed. Whatever an editor does that changes what a listing shows,
the rows rewritten group by group are the rows a full rewrite gives, and every count is the
count of the pages themselves (the listing's base, as before the rows existed)."""

import datetime
import itertools

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction

from resources.models import (
    GuidanceIndexPage,
    ListedChange,
    ListedCount,
    ListedValue,
    ProgrammeIndexPage,
    PsychosocialGuidancePage,
    ReintegrationProgrammePage,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
    Topic,
    listed_values,
)

from .conftest import publish_translations
from .factories import (
    DocumentFactory,
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
    ResourcePageFactory,
)
from .test_listing import get, listed, options

SELECTIONS = [
    "",
    "?topic=girls",
    "?country=CD",
    "?region=africa",
    "?topic=girls&country=CD",
    "?topic=girls&country=CD&country=CO&region=africa",
    "?type=country-report&audience=practitioners",
    "?language=fr&available=1",
    "?approach=education&status=active",
    "?serves=girls&country=CO",
]


def rows():
    return sorted(
        ListedValue.objects.values_list("locale_id", "content_type_id", "field", "code", "page_id")
    )


def counts(index, query, listed_rows):
    """(total, facet counts, the first hundred pages in order) of `index`'s listing for
    `query`, from the listed rows or from its pages, as a reader sees them."""
    request = RequestFactory().get(f"/{query}")
    request.user = AnonymousUser()
    with translation.override(index.locale.language_code):
        listing = index.get_listing(request)
        if not listed_rows:
            listing.listed = None
        assert listing.counts_listed_rows() == listed_rows
        total, facets = listing.query_counts()
        shown = listing.ordered_page(100)
    # A value counted 0 is one not counted: a reader sees neither.
    facets = {param: {k: n for k, n in c.items() if n} for param, c in facets.items()}
    return total, facets, shown


def summed():
    """The listed rows' summed counts (a listing's counts with nothing selected)."""
    return sorted(
        ListedCount.objects.values_list("locale_id", "content_type_id", "field", "code", "count")
    )


def grouped():
    """The same, counted from the rows."""
    return sorted(
        ListedValue.objects.values_list("locale_id", "content_type_id", "field", "code")
        .annotate(n=Count("pk"))
        .values_list("locale_id", "content_type_id", "field", "code", "n")
    )


def assert_rows_hold():
    """The rows rewritten group by group are those of a full rewrite, and every listing in every
    language counts from them what its pages give."""
    listed_values.refresh()
    assert not ListedChange.objects.exists()
    incremental = rows()
    assert summed() == grouped()  # kept summed change by change
    listed_values.changed_everything()
    listed_values.refresh()
    assert rows() == incremental
    assert summed() == grouped()
    indexes = itertools.chain(
        ResourceIndexPage.objects.all(),
        ProgrammeIndexPage.objects.all(),
        GuidanceIndexPage.objects.all(),
    )
    for index in indexes:
        for query in SELECTIONS:
            assert counts(index, query, True) == counts(index, query, False), (index, query)


@pytest.fixture
def indexes(library, english_home):
    programmes = ProgrammeIndexPageFactory(parent=english_home)
    guidance = GuidanceIndexPageFactory(parent=english_home)
    for index in (library, programmes, guidance):
        publish_translations(index)
    return library, programmes, guidance


def publication(library, title, topics=(), files=(), **fields):
    fields.setdefault("publication_date", datetime.date(2021, 3, 1))
    page = ResourcePageFactory(parent=library, title=title, **fields)
    page.topics.set(Topic.objects.filter(locale=page.locale, slug__in=topics))
    for document in files:
        ResourceFile.objects.create(page=page, document=document)
    page.save_revision().publish()
    return page


def test_what_editors_do_keeps_the_listed_rows_those_of_a_full_rewrite(indexes):
    library, programmes, guidance = indexes
    french_report = DocumentFactory(language="fr")
    kivus = publication(
        library,
        "Girls in the Kivus",
        topics=["girls"],
        files=[french_report],
        countries=["CD"],
        audiences=["practitioners"],
    )
    colombia = publication(library, "Return in Colombia", topics=["education"], countries=["CO"])
    ProgrammePageFactory(
        parent=programmes, title="Catch-up classes", countries=["CO"], serves=["girls"]
    )
    GuidancePageFactory(parent=guidance, title="Listening first", countries=["CD"])
    assert_rows_hold()

    # A translation is shown in its language, the English page in the others.
    copies = publish_translations(kivus)
    copies["fr"].title = "Les filles au Kivu"
    copies["fr"].save_revision().publish()
    assert_rows_hold()

    # Withdrawn in French: the English page is shown there again.
    copies["fr"].unpublish()
    assert_rows_hold()

    # A draft changes nothing; its publication does.
    colombia.countries = ["CD"]
    revision = colombia.save_revision()
    assert_rows_hold()
    revision.publish()
    assert_rows_hold()

    # A private section hides what is beneath it, then shows it again.
    restriction = PageViewRestriction.objects.create(page=library, restriction_type="login")
    assert_rows_hold()
    hidden = Page.objects.descendant_of(library).values("pk")
    assert not ListedValue.objects.filter(page__in=hidden).exists()
    assert counts(library, "", True)[0] == 1  # a translation of the Kivus, in another library
    restriction.delete()
    assert_rows_hold()

    # A topic renamed is counted by its new address; a document's language by its new one.
    girls = Topic.objects.get(locale=library.locale, slug="girls")
    girls.slug = "girls-and-young-women"
    girls.save()
    french_report.language = "es"
    french_report.save()
    assert_rows_hold()

    # Deleted: gone from every language; a section with what is beneath it.
    Page.objects.get(pk=colombia.pk).delete()
    assert_rows_hold()
    programmes.delete()
    assert_rows_hold()
    assert not ListedCount.objects.filter(
        content_type__model="reintegrationprogrammepage", field=""
    ).exists()

    # A language added gets its rows.
    Locale.objects.create(language_code="de")
    assert_rows_hold()
    assert ListedValue.objects.filter(locale__language_code="de").exists()


def test_a_reader_sees_a_publish_in_the_next_count(client, indexes):
    library = indexes[0]
    publication(library, "Girls in the Kivus", topics=["girls"], countries=["CD"])
    assert options(get(client, ""), "country") == {"CD": 1}
    page = publication(library, "Return in Colombia", countries=["CO"])
    assert options(get(client, ""), "country") == {"CD": 1, "CO": 1}
    page.unpublish()
    assert listed(get(client, "?country=CO")) == []
    assert options(get(client, ""), "country") == {"CD": 1}


def test_moving_a_page_under_a_private_section_takes_it_out_of_the_listing(
    client, indexes, english_home
):
    library = indexes[0]
    page = publication(library, "Girls in the Kivus", countries=["CD"])
    private = ResourcePageFactory(parent=english_home, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert listed(get(client, "?country=CD")) == ["Girls in the Kivus"]
    Page.objects.get(pk=page.pk).move(private, pos="last-child")
    assert listed(get(client, "?country=CD")) == []
    assert options(get(client, ""), "country") == {}


def test_the_first_count_after_the_rows_are_emptied_rewrites_them(client, indexes):
    """As after the migration that made them (0008): every group is recorded, and the next
    count rewrites them all."""
    publication(indexes[0], "Girls in the Kivus", countries=["CD"])
    listed_values.refresh()
    ListedValue.objects.all().delete()
    listed_values.changed_everything()
    assert listed(get(client, "?country=CD")) == ["Girls in the Kivus"]
    assert ListedValue.objects.filter(page__title="Girls in the Kivus").exists()


def test_a_search_or_years_count_the_pages_themselves(indexes):
    """The words' matches and the years are the base's: those selections count the pages."""
    library = indexes[0]
    publication(library, "Girls in the Kivus", countries=["CD"])
    for query in ("?q=Kivus", "?year_from=2020", "?year_to=2022&country=CD"):
        request = RequestFactory().get(f"/{query}")
        request.user = AnonymousUser()
        listing = library.get_listing(request)
        assert not listing.counts_listed_rows()
        assert listing.query_counts()[0] == 1


def test_every_listing_has_its_listed_rows():
    assert listed_values.listing_pages() == {
        ResourcePage: ResourceIndexPage,
        ReintegrationProgrammePage: ProgrammeIndexPage,
        PsychosocialGuidancePage: GuidanceIndexPage,
    }


def test_a_reader_leaves_a_large_change_to_the_worker_and_counts_the_pages(
    client, indexes, settings
):
    """More changed groups than a reader rewrites (a large section moved or restricted, a new
    language, many publishes since the last count) are left to the background worker, which
    the reader enqueues (once a minute at most); meanwhile a reader's counts are the pages'
    own, right, only slower."""
    library = indexes[0]
    publication(library, "Girls in the Kivus", countries=["CD"])
    assert options(get(client, ""), "country") == {"CD": 1}
    settings.HUB_LISTED_REWRITE_IN_REQUEST = 0

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    listing = library.get_listing(request)
    assert listing.counts_listed_rows()
    publication(library, "Return in Colombia", countries=["CO"])
    assert not listing.listed.refresh()  # left to the worker, enqueued: the tests' runs at once
    assert not ListedChange.objects.exists()
    assert ListedValue.objects.filter(page__title="Return in Colombia").exists()

    publication(library, "Education in Lebanon", countries=["LB"])
    assert not listing.listed.refresh()  # enqueued a moment ago: not again
    assert ListedChange.objects.exists()
    assert not ListedValue.objects.filter(page__title="Education in Lebanon").exists()
    page = get(client, "")
    assert options(page, "country") == {"CD": 1, "CO": 1, "LB": 1}
    assert "Education in Lebanon" in listed(page)  # the pages', not the rows'

    listed_values.rewrite_listed_rows.call()  # what the worker runs
    assert not ListedChange.objects.exists()
    assert listing.listed.refresh()
    assert_rows_hold()


def test_recording_a_large_change_enqueues_the_rewrite(indexes, settings):
    """The tests' background backend runs a task when it is enqueued: the rows are rewritten
    as soon as the large change is recorded."""
    settings.HUB_LISTED_REWRITE_IN_REQUEST = 1
    library = indexes[0]
    for title in ("Girls in the Kivus", "Return in Colombia"):
        publication(library, title, countries=["CD"])
    assert ListedChange.objects.exists()  # each publish, one group: left for a reader
    listed_values.changed_pages(Page.objects.descendant_of(library))  # two groups
    assert not ListedChange.objects.exists()
    assert ListedValue.objects.filter(page__title="Return in Colombia").exists()


def test_a_publish_rewrites_its_rows_when_it_commits(
    client, indexes, django_capture_on_commit_callbacks
):
    """The publisher's request rewrites the group it changed as its transaction commits, so
    that the next reader's count only counts."""
    library = indexes[0]
    publication(library, "Girls in the Kivus", countries=["CD"])
    listed_values.refresh()
    with django_capture_on_commit_callbacks(execute=True):
        page = publication(library, "Return in Colombia", countries=["CO"])
    assert not ListedChange.objects.exists()
    assert ListedValue.objects.filter(page=page, field="countries", code="CO").exists()
    assert options(get(client, ""), "country") == {"CD": 1, "CO": 1}


def test_saving_a_draft_or_locking_a_page_records_nothing(indexes):
    """Drafts and locks change nothing a listing shows: no rows to rewrite, no work for the
    editor's save."""
    page = publication(indexes[0], "Girls in the Kivus", countries=["CD"])
    listed_values.refresh()
    page.countries = ["CO"]
    page.save_revision()
    page.locked = True
    page.save(update_fields=["locked"])
    assert not ListedChange.objects.exists()
    page.get_latest_revision().publish()
    assert ListedChange.objects.exists()
