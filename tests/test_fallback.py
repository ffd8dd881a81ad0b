"""The whole library in every language: an item that does not exist in the reader's language
is still listed, once, in the language it exists in (the default language first), with that
language's `lang` on its title and a label naming it in the reader's language; ?available=1
keeps only the reader's language; counts agree with what is shown; the switcher shows every
language on every page and marks those the page lacks."""

import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from .conftest import visible_text
from .factories import (
    GuidancePageFactory,
    NationalCoalitionPageFactory,
    ProgrammePageFactory,
    RegionalNetworkPageFactory,
    ResourcePageFactory,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM = "{http://www.w3.org/2005/Atom}"


def translate(page, code, **fields):
    """A published copy of `page` in language `code` (its parent must exist there)."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def indexes(library, programme_index, guidance_index, network_index):
    """The library, programme directory, guidance and networks in every language."""
    for index in (library, programme_index, guidance_index, network_index):
        for code in ("fr", "es", "ar", "pt"):
            translate(index, code)
    return {"library": library, "programmes": programme_index, "guidance": guidance_index}


@pytest.fixture
def english_only(indexes, library, programme_index, guidance_index, network_index):
    """One page of each kind, in English only."""
    return {
        "resource": ResourcePageFactory(
            parent=library, title="Girls coming home", countries=["UG"]
        ),
        "programme": ProgrammePageFactory(parent=programme_index, title="Gulu livelihoods"),
        "guidance": GuidancePageFactory(parent=guidance_index, title="Listening to girls"),
        "network": RegionalNetworkPageFactory(parent=network_index, title="Africa network"),
    }


def card_link(content, title):
    """The <a ...> tag of the card titled `title`."""
    match = re.search(r"<a [^>]*>" + re.escape(title) + "</a>", content)
    assert match, f"{title} is not linked"
    return match.group(0)


@pytest.mark.parametrize(
    ("path", "title", "key"),
    [
        ("/fr/resources/", "Girls coming home", "resource"),
        ("/fr/programmes/", "Gulu livelihoods", "programme"),
        ("/fr/guidance/", "Listening to girls", "guidance"),
        ("/ar/networks/", "Africa network", "network"),
    ],
)
def test_listings_show_english_only_items_marked_with_their_language(
    client, english_only, path, title, key
):
    response = client.get(path)
    assert response.status_code == 200
    content = response.content.decode()
    link = card_link(content, title)
    assert 'lang="en"' in link and 'dir="ltr"' in link and 'hreflang="en"' in link
    assert f'href="{english_only[key].url}"' in link
    label = {"fr": "En anglais", "ar": "بالإنجليزية"}[path[1:3]]
    assert f"{title} {label}" in visible_text(response)


def test_listing_counts_the_items_it_shows(client, english_only, library):
    french_library = library.get_translation(Locale.objects.get(language_code="fr"))
    ResourcePageFactory(parent=french_library, title="Les filles au Kivu", countries=["CD"])
    response = client.get("/fr/resources/")
    assert response.context["items"].paginator.count == 2
    text = visible_text(response)
    assert "2 publications" in text
    facets = {facet.param: facet for facet in response.context["facets"]}
    countries = {o.key: o.count for o in facets["country"].options if o.count}
    assert countries == {"UG": 1, "CD": 1}
    available = facets["available"].options[0]
    assert (available.label, available.count) == ("Uniquement en français", 1)
    assert "Uniquement en français (1)" in text


def test_available_keeps_only_the_readers_language(client, english_only, library):
    french_library = library.get_translation(Locale.objects.get(language_code="fr"))
    ResourcePageFactory(parent=french_library, title="Les filles au Kivu")
    response = client.get("/fr/resources/?available=1")
    assert [p.title for p in response.context["items"]] == ["Les filles au Kivu"]
    text = visible_text(response)
    assert "1 publication" in text and "Girls coming home" not in text
    assert 'name="available" value="1" checked' in response.content.decode()
    for path in ("/fr/programmes/?available=1", "/fr/guidance/?available=1"):
        only = client.get(path)
        assert only.context["items"].paginator.count == 0
        assert "Gulu livelihoods" not in visible_text(only)
        assert "Listening to girls" not in visible_text(only)


@pytest.mark.parametrize("value", ["abc", "0", "1" * 300, ""])
def test_bad_available_values_are_ignored(client, english_only, value):
    response = client.get("/fr/resources/", {"available": value})
    assert response.status_code == 200
    assert response.context["items"].paginator.count == 1
    assert client.get("/fr/search/", {"q": "girls", "available": value}).status_code == 200


def test_a_control_character_in_available_is_a_bad_request(client, english_only):
    assert client.get("/fr/resources/", {"available": "\x00"}).status_code == 400


def test_a_translated_item_appears_once_in_the_readers_language(client, english_only):
    resource = english_only["resource"]
    translate(resource, "fr", title="Le retour des filles")
    french = client.get("/fr/resources/")
    assert [p.title for p in french.context["items"]] == ["Le retour des filles"]
    assert "En anglais" not in visible_text(french)
    spanish = client.get("/es/resources/")  # not in Spanish: the English source, once
    assert [p.title for p in spanish.context["items"]] == ["Girls coming home"]
    assert "Girls coming home En inglés" in visible_text(spanish)


def test_an_arabic_only_item_is_marked_right_to_left(client, indexes, library):
    arabic_library = library.get_translation(Locale.objects.get(language_code="ar"))
    ResourcePageFactory(parent=arabic_library, title="عودة الفتيات")
    response = client.get("/fr/resources/")
    link = card_link(response.content.decode(), "عودة الفتيات")
    assert 'lang="ar"' in link and 'dir="rtl"' in link
    assert "عودة الفتيات En arabe" in visible_text(response)


def test_search_finds_english_only_pages_in_french(client, english_only):
    response = client.get("/fr/search/", {"q": "Gulu"})
    content = response.content.decode()
    link = card_link(content, "Gulu livelihoods")
    assert 'lang="en"' in link and f'href="{english_only["programme"].url}"' in link
    assert "Gulu livelihoods En anglais" in visible_text(response)
    assert response.context["paginator"].count == 1
    only = client.get("/fr/search/", {"q": "Gulu", "available": "1"})
    assert only.context["paginator"].count == 0
    assert "Gulu livelihoods" not in visible_text(only)


def test_feeds_carry_english_only_items_with_their_language(client, english_only):
    rss = client.get("/fr/resources/feed/rss/")
    assert rss.status_code == 200
    channel = ET.fromstring(rss.content).find("channel")  # noqa: S314 (our own output)
    assert [item.findtext("title") for item in channel.iter("item")] == [
        "Girls coming home (En anglais)"
    ]
    atom = ET.fromstring(client.get("/fr/resources/feed/atom/").content)  # noqa: S314
    assert atom.get(XML_LANG) == "fr"
    entry = atom.find(f"{ATOM}entry")
    assert entry.get(XML_LANG) == "en"
    only = client.get("/fr/resources/feed/rss/?available=1")
    assert b"Girls coming home" not in only.content


def test_home_page_shows_the_latest_publications_in_any_language(client, english_only):
    response = client.get("/fr/")
    link = card_link(response.content.decode(), "Girls coming home")
    assert 'lang="en"' in link
    assert "Girls coming home En anglais" in visible_text(response)


def test_a_regional_network_lists_coalitions_missing_in_its_language(client, english_only):
    network = english_only["network"]
    coalition = NationalCoalitionPageFactory(parent=network, title="Uganda coalition")
    french_network = translate(network, "fr", title="Réseau Afrique")
    response = client.get(french_network.url)
    link = card_link(response.content.decode(), "Uganda coalition")
    assert 'lang="en"' in link and f'href="{coalition.url}"' in link
    assert "Uganda coalition En anglais" in visible_text(response)
    french_coalition = translate(coalition, "fr", title="Coalition ougandaise")
    assert french_coalition.get_parent().pk == french_network.pk
    text = visible_text(client.get(french_network.url))
    assert "Coalition ougandaise" in text and "Uganda coalition" not in text


def test_switcher_on_an_english_only_page_marks_the_missing_languages(client, english_only):
    response = client.get(english_only["resource"].url)
    content = response.content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    assert switcher.count("<li>") == 5
    assert '<span aria-current="true" lang="en" dir="ltr">English</span>' in switcher
    for code, note in [
        ("fr", "(pas disponible dans cette langue : sa page d’accueil)"),
        ("ar", "(غير متاحة بهذه اللغة: صفحتها الرئيسية)"),
    ]:
        link = re.search(rf'<a class="language-missing" href="/{code}/"[^>]*>.*?</a>', switcher)
        assert link, code
        assert f'lang="{code}"' in link.group(0) and note in link.group(0)
    # hreflang alternates name only the languages the page exists in
    assert 'hreflang="fr"' not in content.split("</head>")[0]
