"""Regions and topics: the coalition's own list from the start, managed as snippets, translated
with wagtail-localize while the slug stays the same in every language, and pages of a language
linked to the terms of that language."""

import datetime
import re

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from resources.models import Region, ResourcePage, Topic

from .factories import ResourceIndexPageFactory, ResourcePageFactory

TOPIC_SLUGS = {
    "reintegration",
    "psycho-social-support",
    "girls",
    "sexual-exploitation",
    "displacement",
    "juvenile-justice",
    "education",
    "family-tracing-and-reunification",
    "livelihoods",
    "prevention-of-recruitment",
    "monitoring-and-reporting",
}


def locale(code):
    return Locale.objects.get(language_code=code)


def translate_term(term, code, **strings):
    """Translate a snippet the way a translator does in wagtail-localize: the source's strings
    get translations (`strings`: field name -> text), then the translation is created."""
    source, _created = TranslationSource.get_or_create_from_instance(term)
    for segment in StringSegment.objects.filter(source=source).select_related("context"):
        if segment.context.path in strings:
            StringTranslation.objects.create(
                translation_of_id=segment.string_id,
                locale=locale(code),
                context=segment.context,
                data=strings[segment.context.path],
            )
    translated, _created = source.create_or_update_translation(locale(code), fallback=True)
    return translated


def test_migration_seeds_four_regions_in_english(db):
    regions = Region.objects.all()
    assert [(r.name, r.slug) for r in regions] == [
        ("Africa", "africa"),
        ("Latin America", "latin-america"),
        ("Middle East", "middle-east"),
        ("Southeast Asia", "southeast-asia"),
    ]
    assert {r.locale.language_code for r in regions} == {"en"}
    africa = regions.get(slug="africa")
    assert "CD" in [c.code for c in africa.countries]
    assert "Democratic Republic of the Congo" in [c.name for c in africa.countries]


def test_migration_seeds_eleven_topics_in_english(db):
    topics = Topic.objects.all()
    assert topics.count() == 11
    assert {t.slug for t in topics} == TOPIC_SLUGS
    assert {t.locale.language_code for t in topics} == {"en"}
    assert len({t.translation_key for t in topics}) == 11
    girls = topics.get(slug="girls")
    assert girls.name == "Girls"
    assert "girl mothers" in girls.description


def test_topic_listing_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/resources/topic/")
    assert response.status_code == 200
    content = response.content.decode()
    for name in ("Reintegration", "Juvenile justice", "Monitoring and reporting"):
        assert name in content
    assert "family-tracing-and-reunification" in content


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("girls", "Girls", "Education"),
        ("justice", "Juvenile justice", "Livelihoods"),
        ("apprenticeships", "Livelihoods", "Girls"),  # in the description
    ],
)
def test_topic_search_in_the_admin(admin_client, query, found, not_found):
    response = admin_client.get("/admin/snippets/resources/topic/", {"q": query})
    assert response.status_code == 200
    names = [topic.name for topic in response.context["object_list"]]
    assert found in names
    assert not_found not in names


def test_region_listing_and_search_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/resources/region/")
    assert response.status_code == 200
    content = response.content.decode()
    for name in ("Africa", "Latin America", "Middle East", "Southeast Asia"):
        assert name in content
    found = admin_client.get("/admin/snippets/resources/region/", {"q": "latin"})
    assert [r.name for r in found.context["object_list"]] == ["Latin America"]


def test_seeded_regions_are_found_by_the_chooser(admin_client):
    response = admin_client.get("/admin/snippets/choose/resources/region/", {"q": "latin"})
    assert response.status_code == 200
    assert [r.name for r in response.context["results"]] == ["Latin America"]


def test_search_still_works_once_editors_add_terms(admin_client):
    Topic.objects.create(name="Mine action", slug="mine-action", locale=locale("en"))
    response = admin_client.get("/admin/snippets/resources/topic/", {"q": "mine"})
    assert response.status_code == 200
    assert [t.name for t in response.context["object_list"]] == ["Mine action"]


def test_editor_adds_a_topic_through_the_admin(admin_client):
    response = admin_client.post(
        "/admin/snippets/resources/topic/add/",
        {"name": "Mine action", "slug": "mine-action", "description": "", "locale": "en"},
    )
    assert response.status_code == 302
    assert Topic.objects.get(slug="mine-action").locale.language_code == "en"


@pytest.mark.parametrize(
    ("model", "data"),
    [
        ("topic", {"name": "Girls again", "slug": "girls", "description": ""}),
        ("region", {"name": "Africa again", "slug": "africa"}),
    ],
)
def test_a_slug_taken_in_the_language_is_a_form_error(admin_client, model, data):
    def terms():
        return [*Topic.objects.values_list("pk", "name"), *Region.objects.values_list("pk", "name")]

    before = terms()

    added = admin_client.post(f"/admin/snippets/resources/{model}/add/?locale=en", data)

    assert added.status_code == 200
    assert added.context["form"].errors["slug"] == [
        f"Another {model} in this language already has this slug. Choose another one."
    ]
    assert terms() == before


def test_editing_a_term_into_another_terms_slug_is_a_form_error(admin_client):
    girls = Topic.objects.get(slug="girls")
    education = Topic.objects.get(slug="education")

    response = admin_client.post(
        f"/admin/snippets/resources/topic/edit/{education.pk}/",
        {"name": education.name, "slug": "girls", "description": education.description},
    )

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert Topic.objects.get(pk=education.pk).slug == "education"
    assert Topic.objects.get(pk=girls.pk).slug == "girls"


def test_the_same_slug_in_another_language_is_allowed(admin_client):
    """A translation has its source's slug: only one term per slug within a language."""
    response = admin_client.post(
        "/admin/snippets/resources/topic/add/?locale=fr",
        {"name": "Filles", "slug": "girls", "description": ""},
    )
    assert response.status_code == 302
    assert Topic.objects.filter(slug="girls").count() == 2


def test_slug_is_synchronised_and_not_overridable_by_translators(db):
    for model in (Region, Topic):
        fields = {field.field_name: field for field in get_translatable_fields(model)}
        assert isinstance(fields["slug"], SynchronizedField)
        term = model.objects.first()
        assert not fields["slug"].is_overridable(term)
        assert fields["name"].is_translated(term)


def test_translating_a_topic_keeps_its_slug(db):
    girls = Topic.objects.get(slug="girls")
    source, _created = TranslationSource.get_or_create_from_instance(girls)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert paths == {"name", "description"}  # nothing for a translator to change in the slug
    assert not source.overridablesegment_set.filter(context__path="slug").exists()

    filles = translate_term(girls, "fr", name="Filles")
    assert (filles.name, filles.slug, filles.translation_key) == (
        "Filles",
        "girls",
        girls.translation_key,
    )
    assert filles.locale.language_code == "fr"


def test_translating_a_region_keeps_its_slug_and_countries(db):
    africa = Region.objects.get(slug="africa")
    afrique = translate_term(africa, "fr", name="Afrique")
    assert (afrique.name, afrique.slug) == ("Afrique", "africa")
    assert list(afrique.countries) == list(africa.countries)


@pytest.fixture
def french_topics(db):
    """French translations of "Girls" and "Education"; "Livelihoods" stays untranslated."""
    return {
        "girls": translate_term(Topic.objects.get(slug="girls"), "fr", name="Filles"),
        "education": translate_term(Topic.objects.get(slug="education"), "fr", name="Éducation"),
    }


def english_topics(*slugs):
    return list(Topic.objects.filter(locale__language_code="en", slug__in=slugs))


def test_french_page_saved_with_english_topics_links_the_french_ones(home_pages, french_topics):
    library = ResourceIndexPageFactory(parent=home_pages["fr"], title="Bibliothèque")
    page = ResourcePageFactory(
        parent=library, topics=english_topics("girls", "education", "livelihoods")
    )
    page = ResourcePage.objects.get(pk=page.pk)
    linked = {(t.slug, t.locale.language_code, t.name) for t in page.topics.all()}
    assert linked == {
        ("girls", "fr", "Filles"),
        ("education", "fr", "Éducation"),
        ("livelihoods", "en", "Livelihoods"),  # no French term yet: the link is kept
    }


def test_english_page_keeps_its_english_topics(library, french_topics):
    page = ResourcePageFactory(parent=library, topics=english_topics("girls", "education"))
    page = ResourcePage.objects.get(pk=page.pk)
    assert {(t.slug, t.locale.language_code) for t in page.topics.all()} == {
        ("girls", "en"),
        ("education", "en"),
    }


def test_translated_page_links_the_topics_of_its_language(client, library, french_topics):
    page = ResourcePageFactory(
        parent=library,
        title="Girls and education",
        topics=english_topics("girls", "education", "livelihoods"),
        publication_date=datetime.date(2020, 1, 1),
    )
    library.copy_for_translation(locale("fr")).save_revision().publish()
    french = page.copy_for_translation(locale("fr"))
    french.save_revision().publish()
    french = ResourcePage.objects.get(pk=french.pk)
    assert {(t.slug, t.locale.language_code) for t in french.topics.all()} == {
        ("girls", "fr"),
        ("education", "fr"),
        ("livelihoods", "en"),
    }
    # The English page is untouched, and the French one names the French topics.
    assert {t.locale.language_code for t in page.topics.all()} == {"en"}
    content = client.get(french.url).content.decode()
    topics = re.search(r"<dd>([^<]*Filles[^<]*)</dd>", content).group(1)
    assert set(topics.split(", ")) == {
        "Éducation",
        "Filles",
        "Livelihoods",
    }


def test_page_form_offers_the_topics_of_the_pages_language(admin_client, home_pages, french_topics):
    library = ResourceIndexPageFactory(parent=home_pages["fr"], title="Bibliothèque")
    page = ResourcePageFactory(parent=library)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    offered = response.context["form"].fields["topics"].queryset
    assert {t.name for t in offered} == {"Filles", "Éducation"}
    add = admin_client.get(f"/admin/pages/add/resources/resourcepage/{library.pk}/")
    assert {t.name for t in add.context["form"].fields["topics"].queryset} == {
        "Filles",
        "Éducation",
    }
    english_library = ResourceIndexPageFactory(parent=home_pages["en"])
    add = admin_client.get(f"/admin/pages/add/resources/resourcepage/{english_library.pk}/")
    assert {t.slug for t in add.context["form"].fields["topics"].queryset} == TOPIC_SLUGS
