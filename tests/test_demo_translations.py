"""`load_demo` translates the demo content into French, Spanish, Arabic and Portuguese through
wagtail-localize (demo/translations.py), completely or not at all, and only once."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, PageLogEntry, Revision
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from demo.domain import NETWORKS, PROGRAMMES, PUBLICATIONS
from demo.translations import TRANSLATIONS, DemoTranslator, demo_objects, translate_demo
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

from .conftest import visible_text
from .helpers import OTHER_LANGUAGES

FR = TRANSLATIONS["fr"]
INDEX_SLUGS = ["resources", "programmes", "guidance", "networks"]


@pytest.fixture
def demo(home_pages):
    call_command("load_demo", stdout=StringIO())


def facet_labels(response, param):
    facet = next(f for f in response.context["facets"] if f.param == param)
    return {option.label for option in facet.options}


def test_the_dicts_translate_the_same_segments_into_every_language():
    """No database needed: every language translates the same English segments, none into
    nothing, and inline markup survives (wagtail-localize puts it back by position)."""
    assert set(TRANSLATIONS) == set(OTHER_LANGUAGES)
    english = set(FR)
    for code, strings in TRANSLATIONS.items():
        assert set(strings) == english, code
        for source, text in strings.items():
            assert isinstance(text, str) and text.strip(), (code, source)
            assert re.findall(r"</?\w+>", source) == re.findall(r"</?\w+>", text), (code, source)
    slugs = [slug for slug in english if re.fullmatch(r"[a-z0-9-]+", slug)]
    for code in OTHER_LANGUAGES:
        for slug in slugs:
            assert re.fullmatch(r"[a-z0-9-]{1,80}", TRANSLATIONS[code][slug]), (code, slug)


def test_the_demo_is_translated_into_every_language(client, demo):
    english = Locale.objects.get(language_code="en")
    sources = list(demo_objects(english))
    pages = [obj for obj in sources if isinstance(obj, Page)]
    assert len(pages) == 26  # home, What we do + 3 areas, Achievements, 4 indexes, 14 + 1 + 1
    for code in OTHER_LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        strings = TRANSLATIONS[code]

        # Each page and taxonomy term exists in the language, live, translated, and stays a
        # translation wagtail-localize keeps in sync (its editor opens on it, all strings done).
        for obj in sources:
            translated = obj.get_translation_or_none(locale)
            assert translated is not None, (code, str(obj))
            source = TranslationSource.objects.get_for_instance(obj)
            translation = Translation.objects.get(source=source, target_locale=locale)
            assert translation.enabled
            total, done = translation.get_progress()
            assert total == done > 0, (code, str(obj))
            if isinstance(obj, Page):
                assert translated.live, (code, obj.title)
                assert translated.title == strings[obj.title], (code, obj.title)
            else:
                assert translated.name == strings[obj.name]
                assert translated.slug == obj.slug  # filters depend on it
        assert Page.objects.filter(locale=locale).count() == 26

        # The agreed addresses of the index pages; translated ones for the others.
        for slug in INDEX_SLUGS:
            index = Page.objects.get(locale=locale, depth=3, slug=slug)
            assert index.url == f"/{code}/{slug}/"
        what_we_do = StandardPage.objects.get(locale=locale, depth=3, slug=strings["what-we-do"])
        assert what_we_do.slug != "what-we-do"
        assert what_we_do.url == f"/{code}/{strings['what-we-do']}/"

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
        network = RegionalNetworkPage.objects.get(locale=locale)
        assert network.region.locale == locale
        assert network.region.slug == "africa"

        # The rest stays in English: the notice "not yet translated" is for them.
        assert not ReintegrationProgrammePage.objects.filter(locale=locale).exists()
        assert not NationalCoalitionPage.objects.filter(locale=locale).exists()
        assert PsychosocialGuidancePage.objects.filter(locale=locale).count() == 1
        assert RegionalNetworkPage.objects.filter(locale=locale).count() == 1
    assert ReintegrationProgrammePage.objects.filter(locale=english).count() == len(PROGRAMMES)
    assert RegionalNetworkPage.objects.filter(locale=english).count() == len(NETWORKS)
    for model in (Region, Topic):
        assert model.objects.count() == 5 * model.objects.filter(locale=english).count()

    # What a French reader sees.
    home = client.get("/fr/")
    text = visible_text(home)
    assert as_read(FR[english_intro()]) in text
    assert english_intro() not in text
    assert 'href="/fr/que-faisons-nous/recherche-et-surveillance/"' in home.content.decode()

    library = client.get("/fr/resources/")
    assert library.status_code == 200
    titles = {page.title for page in library.context["items"]}
    assert library.context["items"].paginator.count == 14
    assert titles == {FR[title] for title, *_rest in PUBLICATIONS}
    topics = facet_labels(library, "topic")
    assert {"Filles", "Réintégration", "Éducation"} <= topics
    assert not topics & set(Topic.objects.filter(locale=english).values_list("name", flat=True))

    girls_in_drc = client.get("/fr/resources/?topic=girls&country=CD")
    assert [p.title for p in girls_in_drc.context["items"]] == [
        FR["Priorities for child soldiers in the DRC"],
        FR["The plight of girl soldiers in the Democratic Republic of Congo"],
    ]

    guidance = PsychosocialGuidancePage.objects.get(locale__language_code="fr")
    text = visible_text(client.get(guidance.url))
    for english_text in (
        "Safety and basic needs come first.",  # a list item of the key messages
        "Make the child safe and comfortable",  # a step
        "Take photographs of the child",  # a don't
    ):
        assert english_text not in text
        assert as_read(FR[english_text]) in text
    assert "suivez la procédure de référencement de votre organisation <b>le jour même</b>" in (
        client.get(guidance.url).content.decode()
    )

    # Arabic reads right to left; the Spanish network names its region in Spanish.
    arabic = client.get("/ar/")
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    assert as_read(TRANSLATIONS["ar"][english_intro()]) in visible_text(arabic)
    network = client.get(f"/es/networks/{TRANSLATIONS['es']['africa']}/")
    assert network.status_code == 200
    assert "Red regional de África" in visible_text(network)


def as_read(text):
    """As visible_text shows it: French typography's no-break spaces read as spaces."""
    return text.replace("\xa0", " ")


def english_intro():
    return next(key for key in FR if key.startswith("The Coalition works") and key.endswith(":"))


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


def test_running_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", stdout=StringIO())
    assert snapshot() == before
    # Every segment of the demo has its translation in the dicts, in every language (were one
    # missing, the object would stay untranslated and be reported here).
    problems = translate_demo()
    assert not problems, "\n".join(str(p) for p in problems)
    assert snapshot() == before


def test_a_string_missing_from_the_dicts_means_no_translation_rather_than_english(
    english_home,
):
    page = StandardPage(title="About us", slug="about", introduction="Who we are.")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    french = Locale.objects.get(language_code="fr")

    translator = DemoTranslator()
    assert translator.translate(page, french) is None
    [problem] = translator.problems
    assert problem.language == "fr"
    assert set(problem.strings) == {"About us", "about", "Who we are."}
    assert page.get_translation_or_none(french) is None
    assert not Translation.objects.exists()
