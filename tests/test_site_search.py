"""The site search as a reader uses it: every kind of page in the reader's language, each
result saying what it is, narrowing to one kind, numbered pages, editors' picks on top, never a
draft or a closed page; and, on PostgreSQL, words found whatever their ending, in each
language's own way."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from home.models import StandardPage
from hub.page_cache import forget_counts

from .conftest import visible_text
from .factories import (
    GuidancePageFactory,
    NationalCoalitionPageFactory,
    ProgrammePageFactory,
    RegionalNetworkPageFactory,
    ResourcePageFactory,
)

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)


def standard_page(parent, title, slug, **fields):
    page = StandardPage(title=title, slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def results(response):
    """[(kind, title)] of the results shown, in order."""
    assert response.status_code == 200
    return [
        (html.unescape(kind), html.unescape(title))
        for kind, title in re.findall(
            r'<li><p class="meta">([^<]*)</p><h2><a href="[^"]*"[^>]*>([^<]*)</a></h2>',
            response.content.decode(),
        )
    ]


def titles(response):
    return {title for _kind, title in results(response)}


@pytest.fixture
def kivu_pages(home_pages, library, programme_index, guidance_index, network_index):
    """A page of every kind about Kivu in English, and one in French."""
    ResourcePageFactory(parent=library, title="Kivu report")
    ProgrammePageFactory(parent=programme_index, title="Kivu programme")
    GuidancePageFactory(parent=guidance_index, title="Kivu guidance")
    network = RegionalNetworkPageFactory(parent=network_index, title="Kivu network")
    NationalCoalitionPageFactory(parent=network, title="Kivu coalition", country="CD")
    standard_page(home_pages["en"], "Kivu page", "kivu")
    standard_page(home_pages["fr"], "Kivu en français", "kivu-fr")


def test_search_finds_every_kind_of_page_and_says_what_each_is(client, kivu_pages):
    response = client.get("/en/search/", {"q": "Kivu", "available": "1"})
    assert sorted(results(response)) == [
        ("Guidance", "Kivu guidance"),
        ("Network", "Kivu coalition"),
        ("Network", "Kivu network"),
        ("Page", "Kivu page"),
        ("Programme", "Kivu programme"),
        ("Publication", "Kivu report"),
    ]
    assert "6 results for “Kivu”" in visible_text(response)


def test_search_with_available_finds_pages_of_the_readers_language_only(client, kivu_pages):
    only = {"q": "Kivu", "available": "1"}
    assert results(client.get("/fr/search/", only)) == [("Page", "Kivu en français")]
    assert "Kivu en français" not in titles(client.get("/en/search/", only))
    assert results(client.get("/es/search/", only)) == []


def test_search_finds_every_page_once_in_some_language(client, kivu_pages):
    """Without ?available=1, pages missing in the reader's language are found in another."""
    english = {"Kivu guidance", "Kivu coalition", "Kivu network", "Kivu page"}
    english |= {"Kivu programme", "Kivu report"}
    assert titles(client.get("/fr/search/", {"q": "Kivu"})) == english | {"Kivu en français"}
    spanish = client.get("/es/search/", {"q": "Kivu"})
    assert titles(spanish) == english | {"Kivu en français"}
    assert "7 resultados" in visible_text(spanish)


def test_index_pages_are_found_as_pages(client, kivu_pages):
    assert results(client.get("/en/search/", {"q": "Library"})) == [("Page", "Library")]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("resource", {"Kivu report"}),
        ("programme", {"Kivu programme"}),
        ("guidance", {"Kivu guidance"}),
        ("network", {"Kivu network", "Kivu coalition"}),
        ("page", {"Kivu page", "Kivu en français"}),
    ],
)
def test_kind_limits_the_results(client, kivu_pages, kind, expected):
    response = client.get("/en/search/", {"q": "Kivu", "kind": kind})
    assert titles(response) == expected
    assert f'<option value="{kind}" selected>' in response.content.decode()


def kind_choices(response):
    """{kind: text of its choice in the kind filter}; "" is everything."""
    select = response.content.decode().split('id="search-kind"')[1].split("</select>")[0]
    return {
        value: html.unescape(text)
        for value, text in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    }


def test_each_kind_says_how_many_results_it_has(client, kivu_pages):
    """Counted within the other choices (the language), not within the kind chosen: a reader
    narrowed to publications still sees what the other kinds hold."""
    for params in ({"q": "Kivu"}, {"q": "Kivu", "kind": "resource"}):
        assert kind_choices(client.get("/en/search/", params)) == {
            "": "Everything (7 results)",
            "resource": "Publication (1 result)",
            "programme": "Programme (1 result)",
            "guidance": "Guidance (1 result)",
            "network": "Network (2 results)",
            "country": "Country profile (0 results)",
            "page": "Page (2 results)",
        }
    available = kind_choices(client.get("/en/search/", {"q": "Kivu", "available": "1"}))
    assert available["page"] == "Page (1 result)"  # the French page is left out
    assert available[""] == "Everything (6 results)"
    french = kind_choices(client.get("/fr/search/", {"q": "Kivu", "kind": "network"}))
    assert french["network"] == "Réseau (2 résultats)"
    assert french["resource"] == "Publication (1 résultat)"
    arabic = kind_choices(client.get("/ar/search/", {"q": "Kivu"}))
    assert arabic["network"].endswith("(نتيجتان)")  # the Arabic dual


def test_the_counts_are_kept_for_the_other_kinds_until_a_page_is_published(
    client, kivu_pages, home_pages
):
    client.get("/en/search/", {"q": "Kivu"})
    with CaptureQueriesContext(connection) as first:
        client.get("/en/search/", {"q": "Kivu", "kind": "page"})
    forget_counts()
    with CaptureQueriesContext(connection) as counting:
        client.get("/en/search/", {"q": "Kivu", "kind": "page"})
    assert len(first.captured_queries) == len(counting.captured_queries) - 1

    standard_page(home_pages["en"], "Kivu after the war", "kivu-after")
    choices = kind_choices(client.get("/en/search/", {"q": "Kivu", "kind": "page"}))
    assert choices["page"] == "Page (3 results)"
    assert choices[""] == "Everything (8 results)"


def test_kinds_without_results_say_so_and_no_counts_before_a_search(client, kivu_pages):
    choices = kind_choices(client.get("/en/search/", {"q": "Ituri"}))
    assert choices["resource"] == "Publication (0 results)"
    assert set(kind_choices(client.get("/en/search/")).values()) == {
        "Everything", "Publication", "Programme", "Guidance", "Network", "Country profile", "Page"
    }  # fmt: skip


@pytest.mark.parametrize("kind", ["alien", "Resource", "<b>", ""])
def test_unknown_kind_is_ignored(client, kivu_pages, kind):
    response = client.get("/en/search/", {"q": "Kivu", "kind": kind})
    assert len(results(response)) == 7  # the French page too, marked (tests/test_fallback.py)
    assert (
        " selected>"
        not in response.content.decode().split('id="search-kind"')[1].split("</select>")[0]
    )


def test_results_are_paginated_with_numbered_links_keeping_the_search(
    client, english_home, library
):
    for n in range(13):
        standard_page(english_home, f"Kivu note {n:02d}", f"note-{n}")
    ResourcePageFactory(parent=library, title="Kivu report")  # not of the kind asked for
    first = client.get("/en/search/", {"q": "Kivu", "kind": "page"})
    assert len(results(first)) == 10
    assert "13 results for “Kivu”" in visible_text(first)
    assert "Page 1 of 2" in visible_text(first)
    content = first.content.decode()
    link = re.search(r'<a href="([^"]*)" aria-label="Page 2">2</a>', content).group(1)
    assert html.unescape(link) == "?q=Kivu&kind=page&page=2"

    second = client.get("/en/search/" + html.unescape(link))
    assert len(results(second)) == 3
    assert '<ol class="results" start="11">' in second.content.decode()
    assert not titles(first) & titles(second)
    assert "Kivu report" not in titles(first) | titles(second)
    back = re.search(r'<a rel="prev" href="([^"]*)">', second.content.decode()).group(1)
    assert html.unescape(back) == "?q=Kivu&kind=page&page=1"


def test_query_is_echoed_escaped(client, kivu_pages):
    query = 'Kivu <em>"now"</em> & then'
    response = client.get("/en/search/", {"q": query})
    content = response.content.decode()
    assert "<em>" not in content
    assert "“Kivu &lt;em&gt;&quot;now&quot;&lt;/em&gt; &amp; then”" in content
    assert 'value="Kivu &lt;em&gt;&quot;now&quot;&lt;/em&gt; &amp; then"' in content
    assert f"results for “{query}”" in visible_text(response)


def test_drafts_and_password_protected_pages_never_appear(client, english_home, kivu_pages):
    draft = StandardPage(title="Kivu draft", slug="kivu-draft", live=False)
    english_home.add_child(instance=draft)
    members = standard_page(english_home, "Kivu members", "members")
    standard_page(members, "Kivu minutes", "minutes")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    found = titles(client.get("/en/search/", {"q": "Kivu"}))
    assert len(found) == 7
    assert not found & {"Kivu draft", "Kivu members", "Kivu minutes"}
    assert titles(client.get("/en/search/", {"q": "minutes"})) == set()


def picks(response):
    section = re.search(r'<section class="picks".*?</section>', response.content.decode(), re.S)
    return visible_text(section.group(0)) if section else None


@pytest.fixture
def about(english_home):
    return standard_page(english_home, "About the coalition", "about")


def test_editors_pick_is_recommended_for_its_query(client, kivu_pages, about):
    SearchPromotion.objects.create(
        query=Query.get("kivu"), page=about, sort_order=0, description="Start here."
    )
    response = client.get("/en/search/", {"q": "Kivu"})
    assert picks(response) == "Recommended About the coalition Start here."
    assert f'<a href="{about.url}">About the coalition</a>' in response.content.decode()
    # The ordinary results are still there, under the pick.
    assert len(results(response)) == 7
    assert picks(client.get("/en/search/", {"q": "Ituri"})) is None
    assert picks(client.get("/en/search/", {"q": "  KIVU "})) is not None


def test_editors_pick_is_shown_in_the_readers_language(client, kivu_pages, about):
    SearchPromotion.objects.create(query=Query.get("kivu"), page=about, sort_order=0)
    french = about.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "À propos de la coalition"
    french.save_revision().publish()
    response = client.get("/fr/search/", {"q": "Kivu"})
    assert picks(response) is not None
    assert "À propos de la coalition" in picks(response)
    assert f'<a href="{french.url}">' in response.content.decode()


def test_editors_pick_without_a_translation_is_not_shown_in_another_language(
    client, kivu_pages, about
):
    SearchPromotion.objects.create(query=Query.get("kivu"), page=about, sort_order=0)
    assert picks(client.get("/fr/search/", {"q": "Kivu"})) is None


def test_editors_pick_of_an_unpublished_page_is_not_shown(client, kivu_pages, about):
    SearchPromotion.objects.create(query=Query.get("kivu"), page=about, sort_order=0)
    about.unpublish()
    assert picks(client.get("/en/search/", {"q": "Kivu"})) is None


def test_editors_pick_of_an_external_address(client, kivu_pages):
    SearchPromotion.objects.create(
        query=Query.get("kivu"),
        external_link_url="https://example.org/kivu-guide",
        external_link_text="Kivu field guide",
        sort_order=0,
    )
    response = client.get("/en/search/", {"q": "Kivu"})
    assert picks(response) == "Recommended Kivu field guide"
    assert '<a href="https://example.org/kivu-guide">Kivu field guide</a>' in (
        response.content.decode()
    )


# Stemming, in each language (PostgreSQL only) ----------------------------------------------


@postgresql_only
def test_english_words_are_found_whatever_their_ending(client, english_home):
    standard_page(
        english_home,
        "Reintegration of children",
        "reintegration",
        introduction="Community reintegration after release.",
    )
    standard_page(english_home, "Annual accounts", "accounts")
    response = client.get("/en/search/", {"q": "reintegrating"})
    assert titles(response) == {"Reintegration of children"}


@postgresql_only
def test_french_words_are_found_whatever_their_ending(client, home_pages):
    standard_page(
        home_pages["fr"],
        "La réintégration des enfants",
        "reintegration",
        introduction="Après leur sortie des groupes armés.",
    )
    standard_page(home_pages["fr"], "Comptes annuels", "comptes")
    response = client.get("/fr/search/", {"q": "réintégrer"})
    assert titles(response) == {"La réintégration des enfants"}


@postgresql_only
def test_spanish_words_are_found_whatever_their_ending(client, home_pages):
    standard_page(
        home_pages["es"],
        "El niño y la comunidad",
        "nino",
        introduction="Apoyo psicosocial a cada niño.",
    )
    standard_page(home_pages["es"], "Cuentas anuales", "cuentas")
    response = client.get("/es/search/", {"q": "niños"})
    assert titles(response) == {"El niño y la comunidad"}


@postgresql_only
def test_portuguese_words_are_found_whatever_their_ending(client, home_pages):
    standard_page(
        home_pages["pt"],
        "A criança e a comunidade",
        "crianca",
        introduction="Apoio psicossocial a cada criança.",
    )
    standard_page(home_pages["pt"], "Contas anuais", "contas")
    response = client.get("/pt/search/", {"q": "crianças"})
    assert titles(response) == {"A criança e a comunidade"}


# Arabic: the article and the letters joined to it ------------------------------------------

GIRLS = "فتيات"  # "girls"
THE_GIRLS = "الفتيات"  # "the girls", as the demo's Arabic pages write it


@pytest.fixture
def arabic_pages(home_pages):
    """An Arabic page about girls (the demo's guidance page's title and summary), and one not."""
    standard_page(
        home_pages["ar"],
        "دعم الفتيات والأمهات الشابات العائدات إلى ديارهن",
        "girls",
        introduction="كثيراً ما تعود الفتيات والأمهات الشابات دون المرور بأي إجراء رسمي.",
    )
    standard_page(home_pages["ar"], "الحسابات السنوية", "accounts")


@postgresql_only
@pytest.mark.parametrize(
    "query",
    [
        GIRLS,  # without the article
        THE_GIRLS,  # as written
        "للفتيات",  # "for the girls": ل + ال
        "والفتيات",  # "and the girls"
        "الفتيَات",  # with a vowel mark
        "الامهات",  # "the mothers", alef without its hamza
    ],
)
def test_arabic_words_are_found_with_or_without_the_article(client, arabic_pages, query):
    response = client.get("/ar/search/", {"q": query})
    assert titles(response) == {"دعم الفتيات والأمهات الشابات العائدات إلى ديارهن"}


@postgresql_only
def test_an_arabic_word_that_starts_like_the_article_still_finds_itself(client, home_pages):
    standard_page(home_pages["ar"], "الالتزام بحماية الأطفال", "commitment")  # "the commitment"
    standard_page(home_pages["ar"], "التزام المجتمع", "community")  # "commitment", no article
    response = client.get("/ar/search/", {"q": "التزام"})
    assert titles(response) == {"الالتزام بحماية الأطفال", "التزام المجتمع"}


@pytest.mark.skipif(connection.vendor == "postgresql", reason="what SQLite does")
def test_on_sqlite_arabic_words_are_found_only_as_written(client, arabic_pages):
    """SQLite has no Arabic stemming and no normalisation: a word is found only in the form the
    page writes it (README, "Finding things")."""
    assert titles(client.get("/ar/search/", {"q": THE_GIRLS})) == {
        "دعم الفتيات والأمهات الشابات العائدات إلى ديارهن"
    }
    assert titles(client.get("/ar/search/", {"q": GIRLS})) == set()


def test_every_word_is_looked_for_in_the_title_and_the_text_together(client, english_home):
    """A word in the title and another in the summary find the page; a word the page lacks
    does not; on PostgreSQL, a word the language ignores ("the") asks for nothing."""
    standard_page(english_home, "Kivu report", "kivu", introduction="Girls coming home.")
    standard_page(english_home, "Ituri report", "ituri", introduction="Boys coming home.")
    assert titles(client.get("/en/search/", {"q": "Kivu girls"})) == {"Kivu report"}
    assert titles(client.get("/en/search/", {"q": "Kivu boys"})) == set()
    if connection.vendor == "postgresql":
        assert titles(client.get("/en/search/", {"q": "the report"})) == {
            "Kivu report",
            "Ituri report",
        }


# Ranked first, then filtered (PostgreSQL) ---------------------------------------------------


@pytest.fixture
def many_kivu_pages(home_pages):
    """Twelve English pages about Kivu, each naming it a different number of times, with a
    published French translation each (which English readers do not get), one private page and
    two drafts: a search for Kivu matches far more index entries than it may show."""
    english, french = home_pages["en"], Locale.objects.get(language_code="fr")
    for n in range(12):
        page = standard_page(
            english, f"Kivu report {n}", f"kivu-{n}", introduction=" ".join(["Kivu"] * n)
        )
        translation = page.copy_for_translation(french)
        translation.save_revision().publish()
    private = standard_page(english, "Kivu, private", "kivu-private", introduction="Kivu " * 20)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for n in range(2):
        english.add_child(
            instance=StandardPage(
                title=f"Kivu draft {n}", slug=f"kivu-draft-{n}", live=False, introduction="Kivu"
            )
        )


@postgresql_only
@pytest.mark.parametrize(
    "candidates, minimum, ranked_first",
    [(5, 200, True), (1, 4, False)],
    ids=["enough candidates", "too few candidates: upstream's way"],
)
def test_a_page_of_results_is_the_same_ranked_first_or_filtered_first(
    client, many_kivu_pages, monkeypatch, candidates, minimum, ranked_first
):
    """hub/search_backend.py ranks the index entries alone, then keeps the candidates the
    search may show; when they are too few for the page, upstream's filter-then-rank answers.
    Either way the reader gets upstream's hits, in upstream's order, page after page."""
    from hub import search_backend

    monkeypatch.setattr(search_backend, "RANK_FIRST_CANDIDATES", candidates)
    monkeypatch.setattr(search_backend, "RANK_FIRST_MINIMUM", minimum)
    answered = []
    rank_first = search_backend.LocaleWordMatchCompiler.ranked_first

    def spy(self, *args):
        hits = rank_first(self, *args)
        answered.append(hits is not None)
        return hits

    monkeypatch.setattr(search_backend.LocaleWordMatchCompiler, "ranked_first", spy)
    shown = [results(client.get("/en/search/", {"q": "Kivu", "page": n})) for n in (1, 2)]
    assert answered and all(answer is ranked_first for answer in answered)

    monkeypatch.setattr(search_backend.LocaleWordMatchCompiler, "ranked_first", lambda *a: None)
    upstream = [results(client.get("/en/search/", {"q": "Kivu", "page": n})) for n in (1, 2)]
    assert shown == upstream
    assert [len(hits) for hits in shown] == [10, 2]
    assert shown[0][0] == ("Page", "Kivu report 11")  # named most often
    titles_shown = {title for hits in shown for _kind, title in hits}
    assert titles_shown == {f"Kivu report {n}" for n in range(12)}
