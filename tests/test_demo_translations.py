"""`load_demo` translates the demo content into French, Spanish, Arabic and Portuguese from PO
files (demo/data/translations/) through wagtail-localize's own PO import (demo/translator.py),
completely or not at all, and only once. Every page and taxonomy term of the demo has its PO
file in every language, so a reader finds the whole demo in each."""

import re
from io import StringIO

import polib
import pytest
from django.core.management import call_command
from django.db import connection
from django.utils.text import slugify
from wagtail.models import Locale, Page, PageLogEntry, Revision
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from demo.datafiles import read_toml
from demo.translator import TRANSLATIONS, DemoTranslator, po_files, read_po, translate_demo
from home.models import StandardPage
from resources.models import (
    NationalCoalitionPage,
    PsychosocialGuidancePage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourcePage,
    Topic,
)

from .conftest import demo_for_module, visible_text
from .helpers import OTHER_LANGUAGES

INDEX_SLUGS = ["resources", "programmes", "guidance", "networks", "countries"]
FILES = po_files()  # {(kind, key): {language: path}}
PUBLICATIONS = read_toml("library.toml")["publication"]
PROGRAMMES = read_toml("programmes.toml")["programme"]
NETWORKS = read_toml("networks.toml")["network"]
# Segments whose translation is the English word itself, spelled alike in both languages
# (countries' names as django-countries gives them).
SAME_AS_ENGLISH = {
    "fr": {"Programmes", "Paraguay", "Philippines", "Sierra Leone"},
    "es": {"Colombia", "Indonesia", "Israel", "Nepal", "Paraguay", "Uganda", "Yemen"},
    "pt": {"Israel", "Nepal", "Peru", "Uganda"},
}


GUIDANCE = "home/guidance/psychological-first-aid-for-children-arriving-at-a-transit-centre"


def po_strings(key, code, kind="page"):
    """{English: translation} of the PO file of the page (or snippet) `key` in `code`."""
    return {english: text for (_c, english), text in read_po(FILES[kind, key][code]).items()}


def po_translation(key, code, context):
    """The translation, in the PO file of the page `key`, of the string at `context`."""
    [text] = [t for (c, _english), t in read_po(FILES["page", key][code]).items() if c == context]
    return text


demo_loaded = demo_for_module()


@pytest.fixture
def demo(demo_loaded, db):
    """The demo as load_demo makes it on an empty site; what load_demo printed. (How the
    translator treats a site that is not the demo: tests/test_demo_translator.py.)"""
    return demo_loaded


def facet_labels(response, param):
    facet = next(f for f in response.context["facets"] if f.param == param)
    return {option.label for option in facet.options}


def test_the_po_files_translate_the_same_segments_into_every_language():
    """No database needed: a PO file per page or snippet and language, each translating the
    same English segments in every language, none into nothing nor left in English (but the
    words spelled alike in both languages, SAME_AS_ENGLISH), and inline markup survives
    (wagtail-localize puts it back by position: the same tags, attributes included, in the
    same order)."""
    assert {code for paths in FILES.values() for code in paths} == set(OTHER_LANGUAGES)
    for (kind, key), paths in FILES.items():
        assert set(paths) == set(OTHER_LANGUAGES), (kind, key)
        segments = None
        for code, path in paths.items():
            entries = [e for e in polib.pofile(str(path)) if not e.obsolete]
            assert all(e.msgstr.strip() and not e.fuzzy for e in entries), path
            if segments is None:
                segments = {(e.msgctxt, e.msgid) for e in entries}
            assert {(e.msgctxt, e.msgid) for e in entries} == segments, path
            for entry in entries:
                assert re.findall(r"<[^>]*>", entry.msgid) == re.findall(
                    r"<[^>]*>", entry.msgstr
                ), (path, entry.msgid)
                if entry.msgctxt == "slug":
                    assert re.fullmatch(r"[a-z0-9-]{1,80}", entry.msgstr), (path, entry.msgstr)
                elif entry.msgstr == entry.msgid:
                    assert entry.msgid in SAME_AS_ENGLISH.get(code, ()), (path, entry.msgid)


def test_the_demo_is_translated_into_every_language(client, demo):
    english = Locale.objects.get(language_code="en")
    demo_sources = DemoTranslator().sources(TRANSLATIONS, english)
    sources = [obj for _key, obj, _files in demo_sources]
    pages = [obj for obj in sources if isinstance(obj, Page)]
    # Every page of the demo has its PO files: home, What we do + 3 areas, Achievements,
    # 5 indexes, 14 publications, 4 programmes, 4 guidance pages, 4 networks, 12 coalitions,
    # 14 country profiles.
    assert len(pages) == 63
    assert {page.pk for page in pages} == set(
        Page.objects.filter(locale=english, depth__gt=1).values_list("pk", flat=True)
    )
    assert len(sources) == len(FILES)  # every PO file names a page or term of the demo
    assert "not translated" not in demo  # load_demo reported no problem
    for code in OTHER_LANGUAGES:
        locale = Locale.objects.get(language_code=code)

        # Each page and taxonomy term exists in the language, live, translated, and stays a
        # translation wagtail-localize keeps in sync (its editor opens on it, all strings done).
        for _key, obj, files in demo_sources:
            translations = {english: text for (_c, english), text in read_po(files[code]).items()}
            translated = obj.get_translation_or_none(locale)
            assert translated is not None, (code, str(obj))
            source = TranslationSource.objects.get_for_instance(obj)
            translation = Translation.objects.get(source=source, target_locale=locale)
            assert translation.enabled
            total, done = translation.get_progress()
            assert total == done > 0, (code, str(obj))
            if isinstance(obj, Page):
                assert translated.live, (code, obj.title)
                assert translated.title == translations[obj.title], (code, obj.title)
            else:
                assert translated.name == translations[obj.name]
                assert translated.slug == obj.slug  # filters depend on it
        assert Page.objects.filter(locale=locale).count() == len(pages)

        # The agreed addresses of the index pages; translated ones for the others.
        for slug in INDEX_SLUGS:
            index = Page.objects.get(locale=locale, depth=3, slug=slug)
            assert index.url == f"/{code}/{slug}/"
        slug = po_translation("home/what-we-do", code, "slug")
        what_we_do = StandardPage.objects.get(locale=locale, depth=3, slug=slug)
        assert what_we_do.slug != "what-we-do"
        assert what_we_do.url == f"/{code}/{slug}/"

        # The publications link the language's topics (hub.pages.HubPage.localize_taxonomy)
        # and keep their files; the network its region.
        publications = ResourcePage.objects.filter(locale=locale)
        assert publications.count() == len(PUBLICATIONS) == 14
        for page in publications:
            original = page.get_translation(english)
            topics = list(page.topics.all())
            assert topics and all(t.locale_id == locale.pk for t in topics), page.title
            assert {t.slug for t in topics} == {t.slug for t in original.topics.all()}
            assert [f.document_id for f in page.files.all()] == [
                f.document_id for f in original.files.all()
            ]
        # Each network names its region in the language; each coalition sits under its
        # network's page in the language.
        networks = RegionalNetworkPage.objects.filter(locale=locale)
        assert networks.count() == len(NETWORKS) == 4
        for network in networks:
            original = network.get_translation(english)
            assert network.region.locale == locale
            assert network.region.slug == original.region.slug  # filters depend on it
        coalitions = NationalCoalitionPage.objects.filter(locale=locale)
        assert coalitions.count() == sum(len(n["coalition"]) for n in NETWORKS) == 12
        for coalition in coalitions:
            original = coalition.get_translation(english)
            parent = coalition.get_parent()
            assert parent.locale_id == locale.pk
            assert parent.translation_key == original.get_parent().translation_key
            assert coalition.country == original.country

        # The programmes and guidance too, still marked as illustrative examples.
        for model, data in (
            (ReintegrationProgrammePage, PROGRAMMES),
            (PsychosocialGuidancePage, read_toml("guidance.toml")["guidance"]),
        ):
            translated = model.objects.filter(locale=locale)
            assert translated.count() == model.objects.filter(locale=english).count() == len(data)
            assert all(page.is_illustrative for page in translated)

        # No English is left on a translated page: none of its English segments shows, except
        # those its translation keeps as they are (a name, a number).
        for _key, obj, files in demo_sources:
            if isinstance(obj, Page):
                text = unmarked_text(client.get(obj.get_translation(locale).url))
                left = english_left(files[code], text)
                assert not left, (code, obj.title, left)
    # The same check finds the English on every English page.
    for _key, obj, files in demo_sources:
        if isinstance(obj, Page):
            assert english_left(files["fr"], unmarked_text(client.get(obj.url))), obj.title
    for model in (Region, Topic):
        assert model.objects.count() == 5 * model.objects.filter(locale=english).count()

    # What a French reader sees: the four programmes, in French.
    programmes = client.get("/fr/programmes/")
    text = visible_text(programmes)
    for key in (key for _kind, key in FILES if key.startswith("home/programmes/")):
        assert as_read(po_translation(key, "fr", "title")) in text
    assert {p.title for p in programmes.context["items"]} == {
        p.title for p in ReintegrationProgrammePage.objects.filter(locale__language_code="fr")
    }
    assert programmes.context["items"].paginator.count == len(PROGRAMMES)

    home = client.get("/fr/")
    text = visible_text(home)
    intro = english_intro()
    assert as_read(po_translation("home", "fr", "introduction")) in text
    assert intro not in text
    assert 'href="/fr/que-faisons-nous/recherche-et-surveillance/"' in home.content.decode()

    library = client.get("/fr/resources/")
    assert library.status_code == 200
    titles = {page.title for page in library.context["items"]}
    assert library.context["items"].paginator.count == 14
    assert titles == {
        po_translation(key, "fr", "title")
        for _kind, key in FILES
        if key.startswith("home/resources/")
    }
    topics = facet_labels(library, "topic")
    assert {"Filles", "Réintégration", "Éducation"} <= topics
    assert not topics & set(Topic.objects.filter(locale=english).values_list("name", flat=True))

    girls_in_drc = client.get("/fr/resources/?topic=girls&country=CD")
    assert [p.title for p in girls_in_drc.context["items"]] == [
        po_translation("home/resources/priorities-for-child-soldiers-in-the-drc", "fr", "title"),
        po_translation(
            "home/resources/the-plight-of-girl-soldiers-in-the-democratic-republic-of-congo",
            "fr",
            "title",
        ),
    ]

    guidance = PsychosocialGuidancePage.objects.get(
        locale__language_code="fr", slug=po_translation(GUIDANCE, "fr", "slug")
    )
    text = visible_text(client.get(guidance.url))
    for english_text in (
        "Safety and basic needs come first.",  # a list item of the key messages
        "Make the child safe and comfortable",  # a step
        "Take photographs of the child",  # a don't
    ):
        assert english_text not in text
        assert as_read(po_strings(GUIDANCE, "fr")[english_text]) in text
    assert "suivez la procédure de référencement de votre organisation <b>le jour même</b>" in (
        client.get(guidance.url).content.decode()
    )

    # Arabic reads right to left; the Spanish network names its region in Spanish.
    arabic = client.get("/ar/")
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    assert as_read(po_translation("home", "ar", "introduction")) in visible_text(arabic)
    network = client.get(f"/es/networks/{po_translation('home/networks/africa', 'es', 'slug')}/")
    assert network.status_code == 200
    assert "Red regional de África" in visible_text(network)

    # An Arabic reader finds the four regions, and each its national coalitions, in Arabic.
    networks = visible_text(client.get("/ar/networks/"))
    for n in NETWORKS:
        key = f"home/networks/{n['region']}"
        assert po_translation(key, "ar", "title") in networks
        network = client.get(f"/ar/networks/{po_translation(key, 'ar', 'slug')}/")
        assert '<html lang="ar" dir="rtl">' in network.content.decode()
        text = visible_text(network)
        for c in n["coalition"]:
            assert po_translation(f"{key}/{slugify(c['title'])}", "ar", "title") in text


def unmarked_text(response):
    """The visible text of a page but for what it marks as English inside it: the links to
    its English files (hreflang="en", named by the file's own English title) and any element
    in lang="en" (the page itself aside)."""
    content = response.content.decode()
    content = re.sub(r'<a\b[^>]*\bhreflang="en"[^>]*>.*?</a>', " ", content, flags=re.S)
    content = re.sub(r'<(?!html\b)(\w+)\b[^>]*\blang="en"[^>]*>.*?</\1>', " ", content, flags=re.S)
    return visible_text(content)


def english_left(path, text):
    """The English segments of a page's PO file (`path`) that show in `text`, the visible
    text of its translation. What the translation keeps as it is is allowed (a word spelled
    alike, SAME_AS_ENGLISH; a name in a list, or within the translated name: "Palestine" in
    "Palestine, État de"); the slug is not text on the page. A segment's lines (a list of
    names) are read one by one, as the reader sees them."""

    def lines(string):
        return {visible_text(line) for line in re.split(r"<br\s*/?>", string)} - {""}

    left = set()
    for entry in polib.pofile(str(path)):
        if entry.msgctxt != "slug":
            kept = lines(entry.msgstr)
            left |= {
                line
                for line in lines(entry.msgid) - kept
                if line in text and not any(line in translated for translated in kept)
            }
    return left


def as_read(text):
    """As visible_text shows it: French typography's no-break spaces read as spaces."""
    return text.replace("\xa0", " ")


def english_intro():
    """The home page's introduction (the first paragraph of what-we-do.txt)."""
    [intro] = [
        english for (c, english) in read_po(FILES["page", "home"]["fr"]) if c == "introduction"
    ]
    return intro


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        TranslationSource.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
        Topic.objects.count(),
        Region.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "slug", "path")),
        list(StringTranslation.objects.order_by("pk").values_list("pk", "data")),
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)
def test_the_demos_arabic_pages_about_girls_are_found_without_the_article(client, demo):
    """The demo as `make run` loads it: its Arabic pages say "الفتيات" (the girls); a reader
    types "فتيات" (girls). (Arabic search itself: tests/test_site_search.py.)"""
    response = client.get("/ar/search/", {"q": "فتيات"})
    found = {result.title for result in response.context["search_results"]}
    assert "محنة الفتيات المجندات في جمهورية الكونغو الديمقراطية" in found  # the publication
    assert "دعم الفتيات والأمهات الشابات العائدات إلى ديارهن" in found  # the guidance


def test_running_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", stdout=StringIO())
    assert snapshot() == before
    # Every segment of the demo has its translation in the PO files, in every language (were
    # one missing, the object would stay untranslated and be reported here).
    problems = translate_demo()
    assert not problems, "\n".join(str(p) for p in problems)
    assert snapshot() == before
