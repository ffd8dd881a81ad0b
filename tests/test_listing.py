"""Finding things in the listings, as a reader does: the library's facets (topic, country,
region, type, audience, language of the files, years, words), their counts, the filters in
force and how to remove them, sorting, paging; the programme directory's and the guidance
index's facets; and the one mechanism all three listings share."""

import datetime
import html
import re
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from resources.facets import FacetResult, Listing
from resources.models import (
    PsychosocialGuidancePage,
    Region,
    ReintegrationProgrammePage,
    ResourceFile,
    ResourcePage,
    Topic,
    listed_values,
)

from .conftest import visible_text
from .factories import (
    DocumentFactory,
    GuidancePageFactory,
    ProgrammePageFactory,
    ResourcePageFactory,
)

TODAY = datetime.date.today()
DAY = datetime.timedelta(days=1)


def english_topics(*slugs):
    return list(Topic.objects.filter(locale__language_code="en", slug__in=slugs))


def add_resource(library, title, year, topics=(), file_languages=(), **fields):
    page = ResourcePageFactory(
        parent=library,
        title=title,
        publication_date=datetime.date(year, 3, 1),
        topics=english_topics(*topics),
        **fields,
    )
    for language in file_languages:
        ResourceFile.objects.create(page=page, document=DocumentFactory(language=language))
    return page


@pytest.fixture
def publications(library):
    """Five publications that differ in every facet, and a draft that must never count."""
    pages = [
        add_resource(
            library,
            "Girls in the Kivus",
            2008,
            topics=["girls"],
            countries=["CD"],
            resource_type="global-report",
            audiences=["researchers"],
            file_languages=["en"],
        ),
        add_resource(
            library,
            "Girl mothers in Gulu",
            2012,
            topics=["girls"],
            countries=["UG"],
            resource_type="briefing",
            audiences=["practitioners"],
            file_languages=["fr"],
        ),
        add_resource(
            library,
            "Schools in Ituri",
            2015,
            topics=["education"],
            countries=["CD"],
            resource_type="country-report",
            audiences=["practitioners"],
            file_languages=["en"],
        ),
        add_resource(
            library,
            "Back to school in Colombia",
            2019,
            topics=["education"],
            countries=["CO"],
            resource_type="toolkit",
            audiences=["practitioners", "caregivers"],
            file_languages=["es", "en"],
        ),
        add_resource(
            library,
            "Age verification in Sri Lanka",
            2003,
            topics=["prevention-of-recruitment"],
            countries=["LK"],
            resource_type="briefing",
            audiences=["policy-makers"],
            file_languages=["en"],
        ),
    ]
    add_resource(
        library, "Unpublished girls draft", 2020, topics=["girls"], countries=["CD"], live=False
    )
    return {page.title: page for page in pages}


# What a reader sees of a listing -----------------------------------------------------------


def listed(response):
    """The titles of the results shown, in order."""
    return [
        html.unescape(title)
        for title in re.findall(
            r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a></h2>',
            response.content.decode(),
        )
    ]


def options(response, param):
    """{value: count} of the checkboxes offered for one facet."""
    found = re.findall(
        rf'<input type="checkbox" name="{param}" value="([^"]+)"(?: checked)?> [^<]*? '
        r'<span class="count">\((\d+)\)</span>',
        response.content.decode(),
    )
    return {html.unescape(value): int(count) for value, count in found}


def checked(response, param):
    return re.findall(
        rf'<input type="checkbox" name="{param}" value="([^"]+)" checked>',
        response.content.decode(),
    )


def chips(response):
    """{text: link} of the active filters, each link removing that filter."""
    found = re.findall(r'<a href="([^"]*)" class="chip">([^<]*?) <span', response.content.decode())
    return {html.unescape(text): html.unescape(href) for href, text in found}


def result_count(response):
    match = re.search(
        r'<p class="result-count" role="status">([^<]*)</p>', response.content.decode()
    )
    return match.group(1).strip()


def get(client, query, path="/en/resources/"):
    response = client.get(path + query)
    assert response.status_code == 200
    return response


# The library -------------------------------------------------------------------------------


def test_topic_and_country_narrow_the_library_together(client, publications):
    response = get(client, "?topic=girls&country=CD")
    assert listed(response) == ["Girls in the Kivus"]
    assert result_count(response) == "1 publication"
    assert checked(response, "topic") == ["girls"]
    assert checked(response, "country") == ["CD"]


def test_values_of_one_facet_widen_and_different_facets_narrow(client, publications):
    either_topic = get(client, "?topic=girls&topic=education")
    assert set(listed(either_topic)) == {
        "Girls in the Kivus",
        "Girl mothers in Gulu",
        "Schools in Ituri",
        "Back to school in Colombia",
    }
    assert result_count(either_topic) == "4 publications"

    and_country = get(client, "?topic=girls&topic=education&country=CD")
    assert set(listed(and_country)) == {"Girls in the Kivus", "Schools in Ituri"}

    either_country = get(client, "?topic=girls&topic=education&country=CD&country=UG")
    assert set(listed(either_country)) == {
        "Girls in the Kivus",
        "Girl mothers in Gulu",
        "Schools in Ituri",
    }


def test_no_filter_lists_every_live_publication_and_counts_them(client, publications):
    response = get(client, "")
    assert result_count(response) == "5 publications"
    assert "Unpublished girls draft" not in listed(response)
    assert options(response, "topic") == {
        "education": 2,
        "girls": 2,
        "prevention-of-recruitment": 1,
    }
    assert options(response, "country") == {"CO": 1, "CD": 2, "LK": 1, "UG": 1}


def test_each_facet_is_counted_within_the_rest_of_the_selection(client, publications):
    response = get(client, "?topic=girls")
    # Other facets count only the girls publications...
    assert options(response, "country") == {"CD": 1, "UG": 1}
    assert options(response, "type") == {"global-report": 1, "briefing": 1}
    assert options(response, "region") == {"africa": 2}
    # ...while the topic facet ignores its own selection, so a second topic can be added.
    assert options(response, "topic") == {
        "education": 2,
        "girls": 2,
        "prevention-of-recruitment": 1,
    }
    text = visible_text(response)
    assert "Democratic Republic of the Congo (1)" in text
    assert "Colombia" not in text.split("Filter", 1)[1].split("Sort by")[0]

    both = get(client, "?topic=girls&country=CD")
    assert options(both, "topic") == {"girls": 1, "education": 1}
    assert options(both, "country") == {"CD": 1, "UG": 1}

    three = get(client, "?topic=education&country=CD&audience=practitioners")
    assert result_count(three) == "1 publication"
    assert options(three, "topic") == {"education": 1}  # Kivus is in CD, not for practitioners
    assert options(three, "country") == {"CD": 1, "CO": 1}
    assert options(three, "audience") == {"practitioners": 1}


def test_active_filters_are_listed_each_with_a_link_removing_it(client, publications):
    response = get(client, "?topic=girls&topic=education&country=CD")
    active = chips(response)
    assert set(active) == {
        "Topic: Girls",
        "Topic: Education",
        "Country: Democratic Republic of the Congo",
    }
    assert set(listed(response)) == {"Girls in the Kivus", "Schools in Ituri"}

    without_girls = get(client, active["Topic: Girls"])
    assert set(chips(without_girls)) == {
        "Topic: Education",
        "Country: Democratic Republic of the Congo",
    }
    assert listed(without_girls) == ["Schools in Ituri"]

    without_country = get(client, active["Country: Democratic Republic of the Congo"])
    assert set(chips(without_country)) == {"Topic: Girls", "Topic: Education"}
    assert len(listed(without_country)) == 4


def test_removing_a_filter_goes_back_to_the_first_page(client, publications):
    response = get(client, "?topic=girls&country=CD&page=2")
    link = chips(response)["Country: Democratic Republic of the Congo"]
    assert "page=" not in link
    assert link == "?topic=girls"


def test_clear_all_filters_shows_everything(client, publications):
    response = get(client, "?topic=girls&country=CD&year_from=2000&q=Kivus")
    content = response.content.decode()
    clear = re.search(r'<a href="([^"]*)">Clear all filters</a>', content).group(1)
    cleared = get(client, html.unescape(clear))
    assert result_count(cleared) == "5 publications"
    assert chips(cleared) == {}
    assert "Clear all filters" not in cleared.content.decode()


def test_no_results_suggests_which_filter_to_drop(client, publications):
    response = get(client, "?topic=girls&country=CO")
    assert result_count(response) == "0 publications"
    text = visible_text(response)
    assert "Nothing matches all of these filters." in text
    assert "Try removing one:" in text
    suggestions = {
        html.unescape(label): html.unescape(href)
        for href, label in re.findall(
            r'<li><a href="([^"]*)">(without [^<]*)</a></li>', response.content.decode()
        )
    }
    assert suggestions.keys() == {
        "without Topic: Girls (1 result)",
        "without Country: Colombia (2 results)",
    }
    followed = get(client, suggestions["without Country: Colombia (2 results)"])
    assert set(listed(followed)) == {"Girls in the Kivus", "Girl mothers in Gulu"}


def test_no_results_offers_to_drop_the_words(client, publications):
    response = get(client, "?q=zebra&topic=girls")
    assert result_count(response) == "0 publications"
    text = visible_text(response)
    assert "without Words: zebra (2 results)" in text
    # The topic is not worth removing: without it, "zebra" still finds nothing.
    assert "without Topic" not in text


def test_no_results_suggests_dropping_a_year(client, publications):
    response = get(client, "?topic=girls&year_from=2016")
    assert result_count(response) == "0 publications"
    text = visible_text(response)
    assert "without From: 2016 (2 results)" in text
    assert "without Topic: Girls (1 result)" in text
    link = re.search(r'<a href="([^"]*)">without From', response.content.decode()).group(1)
    assert set(listed(get(client, html.unescape(link)))) == {
        "Girls in the Kivus",
        "Girl mothers in Gulu",
    }
    assert "without To: 2000 (5 results)" in visible_text(get(client, "?year_to=2000"))


def test_no_suggestion_when_no_single_filter_is_to_blame(client, publications):
    response = get(client, "?topic=prevention-of-recruitment&country=CO&type=global-report")
    text = visible_text(response)
    assert "Nothing matches all of these filters." in text
    assert "Try removing one:" not in text


def test_words_find_publications_within_the_filters(client, publications):
    assert listed(get(client, "?q=Kivus")) == ["Girls in the Kivus"]
    assert listed(get(client, "?q=Kivus&country=UG")) == []
    response = get(client, "?q=Ituri")
    assert chips(response) == {"Words: Ituri": "?"}


def test_a_change_another_process_made_shows_within_the_page_cache_period(
    client, publications, settings, monkeypatch
):
    """In process memory (no Redis), a publish by another process (the background worker, a
    scheduled publish, another worker) cannot reach this process's cache: its counts are kept
    no longer than a cached page."""
    settings.HUB_PAGE_CACHE_SECONDS = 30
    assert result_count(get(client, "?topic=girls")) == "2 publications"
    # What another process did, unseen by this one's signals: its own record what it changed
    # in the database (resources.models.listed_values), which every process reads.
    kivus = publications["Girls in the Kivus"]
    ResourcePage.objects.filter(pk=kivus.pk).update(live=False)
    listed_values.changed_page(kivus)
    assert result_count(get(client, "?topic=girls&sort=title")) == "2 publications"
    later = time.time() + 31
    monkeypatch.setattr(time, "time", lambda: later)
    assert result_count(get(client, "?topic=girls&sort=title")) == "1 publication"


def test_without_the_counts_cache_every_view_counts(client, many_girls_publications, settings):
    settings.HUB_COUNTS_CACHE = False
    get(client, "")
    with CaptureQueriesContext(connection) as first:
        get(client, "?topic=girls")
    with CaptureQueriesContext(connection) as second:
        get(client, "?topic=girls&page=2")
    assert len(second.captured_queries) == len(first.captured_queries)


def test_words_look_among_the_most_relevant_matches(client, many_girls_publications, monkeypatch):
    # A common word in a large library matches most of it: the listing ranks and counts the
    # most relevant MAX_SEARCH_MATCHES (1,000), rather than load every match on every view.
    monkeypatch.setattr("resources.facets.MAX_SEARCH_MATCHES", 5)
    response = get(client, "?q=girls+report")
    assert result_count(response) == "5 publications"
    assert len(listed(response)) == 5
    assert options(response, "topic") == {"girls": 5}
    # The reader is told, and how to narrow them.
    assert (
        "Your words match more than 5 results: the 5 most relevant are shown and counted."
        in visible_text(response)
    )
    narrower = get(client, "?q=girls+report+20")
    assert listed(narrower) == ["Girls report 20"]
    assert "Your words match more than" not in visible_text(narrower)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (
            "",
            [
                "Back to school in Colombia",
                "Schools in Ituri",
                "Girl mothers in Gulu",
                "Girls in the Kivus",
                "Age verification in Sri Lanka",
            ],
        ),
        (
            "newest",
            [
                "Back to school in Colombia",
                "Schools in Ituri",
                "Girl mothers in Gulu",
                "Girls in the Kivus",
                "Age verification in Sri Lanka",
            ],
        ),
        (
            "oldest",
            [
                "Age verification in Sri Lanka",
                "Girls in the Kivus",
                "Girl mothers in Gulu",
                "Schools in Ituri",
                "Back to school in Colombia",
            ],
        ),
        (
            "title",
            [
                "Age verification in Sri Lanka",
                "Back to school in Colombia",
                "Girl mothers in Gulu",
                "Girls in the Kivus",
                "Schools in Ituri",
            ],
        ),
        (
            "nonsense",
            [
                "Back to school in Colombia",
                "Schools in Ituri",
                "Girl mothers in Gulu",
                "Girls in the Kivus",
                "Age verification in Sri Lanka",
            ],
        ),
    ],
)
def test_sorting(client, publications, sort, expected):
    response = get(client, f"?sort={sort}")
    assert listed(response) == expected


def sort_offered(response):
    select = re.search(r'<select id="listing-sort".*?</select>', response.content.decode(), re.S)
    return re.findall(r'<option value="([^"]+)"( selected)?>', select.group(0))


def test_relevance_is_offered_only_when_words_are_given(client, publications):
    without_words = sort_offered(get(client, ""))
    assert without_words == [("newest", " selected"), ("oldest", ""), ("title", "")]
    with_words = sort_offered(get(client, "?q=school"))
    assert with_words == [
        ("relevance", " selected"),
        ("newest", ""),
        ("oldest", ""),
        ("title", ""),
    ]
    assert sort_offered(get(client, "?q=school&sort=title"))[3] == ("title", " selected")
    # Relevance asked for without words: the default order, and relevance is not offered.
    response = get(client, "?sort=relevance")
    assert [key for key, _selected in sort_offered(response)] == ["newest", "oldest", "title"]
    assert listed(response)[0] == "Back to school in Colombia"


def test_years_narrow_the_library(client, publications):
    response = get(client, "?year_from=2010&year_to=2016")
    assert set(listed(response)) == {"Girl mothers in Gulu", "Schools in Ituri"}
    assert set(chips(response)) == {"From: 2010", "To: 2016"}
    assert 'name="year_from" min="1900" max="2100" inputmode="numeric" value="2010"' in (
        response.content.decode()
    )
    assert set(listed(get(client, "?year_from=2015"))) == {
        "Schools in Ituri",
        "Back to school in Colombia",
    }
    assert set(listed(get(client, "?year_to=2008"))) == {
        "Girls in the Kivus",
        "Age verification in Sri Lanka",
    }
    # Facet counts respect the years too.
    assert options(response, "topic") == {"girls": 1, "education": 1}


def test_region_holds_the_countries_of_the_seeded_region(client, publications):
    africa = get(client, "?region=africa")
    assert set(listed(africa)) == {"Girls in the Kivus", "Girl mothers in Gulu", "Schools in Ituri"}
    assert chips(africa).keys() == {"Region: Africa"}
    assert listed(get(client, "?region=latin-america")) == ["Back to school in Colombia"]
    assert listed(get(client, "?region=southeast-asia")) == ["Age verification in Sri Lanka"]
    assert listed(get(client, "?region=middle-east")) == []
    assert options(get(client, ""), "region") == {
        "africa": 3,
        "latin-america": 1,
        "southeast-asia": 1,
    }


def test_type_and_audience(client, publications):
    assert set(listed(get(client, "?type=briefing"))) == {
        "Girl mothers in Gulu",
        "Age verification in Sri Lanka",
    }
    assert set(listed(get(client, "?audience=caregivers&audience=researchers"))) == {
        "Back to school in Colombia",
        "Girls in the Kivus",
    }
    response = get(client, "?audience=practitioners&type=briefing")
    assert listed(response) == ["Girl mothers in Gulu"]
    assert set(chips(response)) == {"Audience: Practitioners", "Type: Briefing paper"}


def test_language_of_the_files(client, publications):
    response = get(client, "?language=fr")
    assert listed(response) == ["Girl mothers in Gulu"]
    assert chips(response).keys() == {"Language of the files: Français"}
    assert listed(get(client, "?language=es&language=fr")) == [
        "Back to school in Colombia",
        "Girl mothers in Gulu",
    ]
    assert options(get(client, ""), "language") == {"en": 4, "fr": 1, "es": 1}


@pytest.mark.parametrize(
    ("query", "reported"),
    [
        ("topic=unicorns", "Topic: “unicorns”"),
        ("country=XX", "Country: “XX”"),
        ("region=atlantis", "Region: “atlantis”"),
        ("type=poem", "Type: “poem”"),
        ("audience=aliens", "Audience: “aliens”"),
        ("language=tlh", "Language of the files: “tlh”"),
        ("year_from=last-year", "Year: “last-year”"),
        ("year_to=3000", "Year: “3000”"),
    ],
)
def test_unknown_filter_values_are_ignored_and_reported(client, publications, query, reported):
    response = get(client, f"?{query}")
    text = visible_text(response)
    assert "Some filters in the address were not recognised and have been ignored:" in text
    assert reported in text
    assert result_count(response) == "5 publications"
    assert chips(response) == {}


def test_an_unknown_value_does_not_spoil_the_known_ones(client, publications):
    response = get(client, "?topic=girls&topic=unicorns&country=<script>")
    assert set(listed(response)) == {"Girls in the Kivus", "Girl mothers in Gulu"}
    text = visible_text(response)
    assert "Topic: “unicorns”" in text
    assert "Country: “<script>”" in text
    assert "<script>”" not in response.content.decode()
    assert set(chips(response)) == {"Topic: Girls"}


def test_a_clean_address_reports_nothing(client, publications):
    text = visible_text(get(client, "?topic=girls&country=CD&year_from=2000"))
    assert "not recognised" not in text


def test_filters_use_slugs_and_codes_and_survive_the_language_switcher(
    client, library, publications
):
    french = Locale.objects.get(language_code="fr")
    french_library = library.copy_for_translation(french)
    french_library.title = "Bibliothèque"
    french_library.save_revision().publish()
    french_kivus = publications["Girls in the Kivus"].copy_for_translation(french)
    french_kivus.title = "Les filles au Kivu"
    french_kivus.save_revision().publish()

    english = get(client, "?topic=girls&country=CD")
    content = english.content.decode()
    # The form sends slugs and ISO codes, not names.
    assert '<input type="checkbox" name="topic" value="girls" checked> Girls' in content
    assert 'name="country" value="CD" checked> Democratic Republic of the Congo' in content
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    assert 'href="/fr/resources/?topic=girls&amp;country=CD" hreflang="fr"' in switcher

    french_response = get(client, "?topic=girls&country=CD", path="/fr/resources/")
    assert listed(french_response) == ["Les filles au Kivu"]
    assert checked(french_response, "topic") == ["girls"]
    assert checked(french_response, "country") == ["CD"]
    assert "Some filters" not in french_response.content.decode()
    assert "Congo" in visible_text(french_response)


def test_a_country_without_publications_is_still_a_country(client, publications):
    """A valid ISO code is a filter, even where nothing matches it (yet): the reader is told
    there is nothing, not shown everything."""
    response = get(client, "?country=FR")
    assert result_count(response) == "0 publications"
    assert chips(response).keys() == {"Country: France"}
    assert "not recognised" not in visible_text(response)
    assert listed(get(client, "?country=FR&country=UG")) == ["Girl mothers in Gulu"]


def test_switching_language_keeps_a_country_the_other_library_lacks(client, library, publications):
    french = Locale.objects.get(language_code="fr")
    french_library = library.copy_for_translation(french)
    french_library.save_revision().publish()
    publications["Girls in the Kivus"].copy_for_translation(french).save_revision().publish()

    response = get(client, "?country=UG", path="/fr/resources/")
    assert listed(response) == []
    assert checked(response, "country") == ["UG"]
    assert "Ouganda" in visible_text(response)
    assert 'class="notice"' not in response.content.decode()


@pytest.fixture
def many_girls_publications(library):
    for n in range(21):
        add_resource(library, f"Girls report {n:02d}", 2000 + n, topics=["girls"])
    add_resource(library, "Education report", 2021, topics=["education"])


def test_pagination_is_numbered_and_page_links_keep_the_filters(client, many_girls_publications):
    first = get(client, "?topic=girls")
    assert result_count(first) == "21 publications"
    assert len(listed(first)) == 20
    assert listed(first)[0] == "Girls report 20"
    content = first.content.decode()
    assert "Page 1 of 2" in visible_text(first)
    assert '<span aria-current="page">1</span>' in content
    numbered = re.search(r'<a href="([^"]*)" aria-label="Page 2">2</a>', content)
    assert numbered is not None
    assert html.unescape(numbered.group(1)) == "?topic=girls&page=2"
    following = re.search(r'<a rel="next" href="([^"]*)">', content).group(1)
    assert html.unescape(following) == "?topic=girls&page=2"

    second = get(client, html.unescape(numbered.group(1)))
    assert listed(second) == ["Girls report 00"]
    assert "Education report" not in visible_text(second)
    assert chips(second).keys() == {"Topic: Girls"}
    back = re.search(r'<a rel="prev" href="([^"]*)">', second.content.decode()).group(1)
    assert html.unescape(back) == "?topic=girls&page=1"


def test_unfiltered_library_has_two_pages_of_twenty(client, many_girls_publications):
    response = get(client, "?page=2")
    assert result_count(response) == "22 publications"
    assert len(listed(response)) == 2
    assert "Page 2 of 2" in visible_text(response)


def test_paging_and_sorting_a_selection_count_it_once(client, many_girls_publications):
    get(client, "")  # the site's addresses and navigation are cached after the first view
    with CaptureQueriesContext(connection) as first:
        get(client, "?topic=girls")
    with CaptureQueriesContext(connection) as second:
        response = get(client, "?topic=girls&page=2&sort=oldest")
    # The counts of the selection are kept: the next page and another order fetch only
    # their own results (from the listed rows, once sure they are current), without counting.
    assert len(second.captured_queries) == len(first.captured_queries) - 1

    def counting(queries):  # the facets' counts read the listed rows as `v`
        return [q["sql"] for q in queries if '"resources_listedvalue" v ' in q["sql"]]

    assert len(counting(first.captured_queries)) == 1
    assert not counting(second.captured_queries)
    assert result_count(response) == "21 publications"
    assert listed(response) == ["Girls report 20"]


def test_the_counts_follow_what_is_published_unpublished_and_edited(client, publications, library):
    assert result_count(get(client, "?topic=girls")) == "2 publications"
    assert options(get(client, ""), "country") == {"CO": 1, "CD": 2, "LK": 1, "UG": 1}

    added = add_resource(library, "Girls in Bunia", 2021, topics=["girls"], countries=["CD"])
    assert result_count(get(client, "?topic=girls")) == "3 publications"
    assert options(get(client, ""), "country")["CD"] == 3

    publications["Girls in the Kivus"].unpublish()
    assert result_count(get(client, "?topic=girls")) == "2 publications"

    # An edit published: Bunia's publication is about Uganda after all.
    revision = ResourcePage.objects.get(pk=added.pk)
    revision.countries = ["UG"]
    revision.save_revision().publish()
    assert options(get(client, "?topic=girls"), "country") == {"UG": 2}

    # A snippet edit: the Africa region without Uganda.
    africa = Region.objects.get(locale__language_code="en", slug="africa")
    africa.countries = [c.code for c in africa.countries if c.code != "UG"]
    africa.save()
    assert options(get(client, "?topic=girls"), "region") == {}


def test_publishing_a_page_of_another_type_keeps_the_librarys_counts(
    client, many_girls_publications, library, programme_index, monkeypatch
):
    """A listing's counts are left behind when a page of its type is published (or anything
    pages show changes, or a page moves), not when a programme is: the library's next reader
    does not count again. The site's search, which counts pages of every type, does."""
    add_resource(library, "Children of Ituri", 2020)
    counted = []
    count = Listing.query_counts
    monkeypatch.setattr(Listing, "query_counts", lambda self: counted.append(1) or count(self))

    def library_counts():
        get(client, "?topic=girls")
        return len(counted)

    def search_total():
        response = client.get("/en/search/", {"q": "Ituri"})
        return re.search(r"(\d+) results? for", visible_text(response)).group(1)

    assert library_counts() == 1
    assert library_counts() == 1
    assert search_total() == "1"  # not yet counted: one after the programme below
    assert search_total() == "1"

    ProgrammePageFactory(parent=programme_index, title="Catch-up classes in Ituri")
    assert library_counts() == 1
    assert search_total() == "2"

    add_resource(library, "Girls report, new", 2024, topics=["girls"])
    assert library_counts() == 2
    assert result_count(get(client, "?topic=girls")) == "22 publications"

    programme_index.move(library, pos="last-child")
    assert library_counts() == 3

    Topic.objects.get(locale__language_code="en", slug="girls").save()
    assert library_counts() == 4


# The programme directory -------------------------------------------------------------------


@pytest.fixture
def programmes(programme_index):
    for title, status, countries, approaches, serves in [
        ("Catch-up classes in Ituri", "active", ["CD"], ["education"], ["girls", "boys"]),
        ("Girl mothers in Gulu", "completed", ["UG"], ["girl-specific", "psychosocial"], ["girls"]),
        ("Family tracing in Colombia", "planned", ["CO"], ["family-tracing"], ["boys"]),
        (
            "Apprenticeships in Sierra Leone",
            "active",
            ["SL"],
            ["livelihoods", "education"],
            ["boys"],
        ),
    ]:
        ProgrammePageFactory(
            parent=programme_index,
            title=title,
            status=status,
            countries=countries,
            approaches=approaches,
            serves=serves,
        )


def test_programmes_by_status(client, programmes):
    response = get(client, "?status=active", path="/en/programmes/")
    assert listed(response) == ["Apprenticeships in Sierra Leone", "Catch-up classes in Ituri"]
    assert result_count(response) == "2 programmes"
    assert chips(response).keys() == {"Status: Active"}
    # The status facet still offers the others; approaches are counted among active ones.
    assert options(response, "status") == {"planned": 1, "active": 2, "completed": 1}
    assert options(response, "approach") == {"education": 2, "livelihoods": 1}
    assert options(response, "region") == {"africa": 2}


def test_programmes_by_approach_and_whom_they_serve(client, programmes):
    path = "/en/programmes/"
    assert listed(get(client, "?approach=education", path=path)) == [
        "Apprenticeships in Sierra Leone",
        "Catch-up classes in Ituri",
    ]
    assert listed(get(client, "?approach=education&serves=girls", path=path)) == [
        "Catch-up classes in Ituri"
    ]
    assert listed(get(client, "?serves=girls", path=path)) == [
        "Catch-up classes in Ituri",
        "Girl mothers in Gulu",
    ]
    response = get(client, "?approach=psychosocial&approach=family-tracing", path=path)
    assert listed(response) == ["Family tracing in Colombia", "Girl mothers in Gulu"]
    assert set(chips(response)) == {
        "Approach: Psycho-social support",
        "Approach: Family tracing and reunification",
    }


def test_programmes_by_country_and_region(client, programmes):
    path = "/en/programmes/"
    assert listed(get(client, "?country=UG&country=CO", path=path)) == [
        "Family tracing in Colombia",
        "Girl mothers in Gulu",
    ]
    assert listed(get(client, "?region=africa", path=path)) == [
        "Apprenticeships in Sierra Leone",
        "Catch-up classes in Ituri",
        "Girl mothers in Gulu",
    ]
    assert listed(get(client, "?region=latin-america&status=active", path=path)) == []
    response = get(client, "?status=unknown&serves=cats", path=path)
    assert result_count(response) == "4 programmes"
    assert "Status: “unknown”" in visible_text(response)
    assert "Serves: “cats”" in visible_text(response)


# The guidance index ------------------------------------------------------------------------


@pytest.fixture
def guidance(guidance_index):
    GuidancePageFactory(
        parent=guidance_index,
        title="Listening to girls",
        topics=english_topics("girls"),
        audiences=["practitioners"],
        last_reviewed=TODAY - 400 * DAY,
        next_review_due=TODAY - DAY,
    )
    GuidancePageFactory(
        parent=guidance_index,
        title="Talking with families",
        topics=english_topics("family-tracing-and-reunification"),
        audiences=["caregivers"],
    )
    GuidancePageFactory(
        parent=guidance_index,
        title="Girls returning to school",
        topics=english_topics("girls", "education"),
        audiences=["caregivers", "practitioners"],
    )


def test_guidance_by_topic_and_audience(client, guidance):
    path = "/en/guidance/"
    girls = get(client, "?topic=girls", path=path)
    assert listed(girls) == ["Girls returning to school", "Listening to girls"]
    assert result_count(girls) == "2 guidance pages"
    assert options(girls, "audience") == {"practitioners": 2, "caregivers": 1}
    both = get(client, "?topic=girls&audience=caregivers", path=path)
    assert listed(both) == ["Girls returning to school"]
    assert set(chips(both)) == {"Topic: Girls", "Audience: Families and caregivers"}
    assert options(both, "topic") == {
        "girls": 1,
        "education": 1,
        "family-tracing-and-reunification": 1,
    }


def test_review_facet_is_not_offered_to_readers(client, guidance):
    response = get(client, "?review=overdue", path="/en/guidance/")
    assert 'name="review"' not in response.content.decode()
    assert "review" not in [facet.param for facet in response.context["facets"]]
    # The parameter means nothing to a reader: every guidance page is listed.
    assert result_count(response) == "3 guidance pages"
    assert chips(response) == {}


def test_review_facet_lets_an_administrator_find_overdue_guidance(admin_client, guidance):
    path = "/en/guidance/"
    response = get(admin_client, "", path=path)
    assert options(response, "review") == {"overdue": 1, "current": 2}
    overdue = get(admin_client, "?review=overdue", path=path)
    assert listed(overdue) == ["Listening to girls"]
    assert chips(overdue).keys() == {"Review: Review overdue"}
    current = get(admin_client, "?review=current&topic=girls", path=path)
    assert listed(current) == ["Girls returning to school"]


# One mechanism ------------------------------------------------------------------------------


def test_every_listing_is_built_by_the_one_listing_mechanism(
    client, monkeypatch, publications, programmes, guidance
):
    built = []
    original = Listing.context

    def spy(self):
        built.append(self.model)
        return original(self)

    monkeypatch.setattr(Listing, "context", spy)
    for path, model in [
        ("/en/resources/", ResourcePage),
        ("/en/programmes/", ReintegrationProgrammePage),
        ("/en/guidance/", PsychosocialGuidancePage),
    ]:
        response = client.get(path, {"country": "nowhere", "topic": "girls"})
        assert response.status_code == 200
        assert built[-1] is model
        for key in ("facets", "active_filters", "ignored_filters", "items", "sort_options"):
            assert key in response.context, (path, key)
        assert all(isinstance(f, FacetResult) for f in response.context["facets"])
        # The same reading of the address everywhere: "topic" is known where there are
        # topics; an unknown "country" is reported wherever countries are a facet.
        params = [f.param for f in response.context["facets"]]
        if "country" in params:
            assert ("Country", "nowhere") in [
                (str(label), value) for label, value in response.context["ignored_filters"]
            ]
    assert built == [ResourcePage, ReintegrationProgrammePage, PsychosocialGuidancePage]
