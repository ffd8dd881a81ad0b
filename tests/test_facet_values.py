"""The listings filter and count multi-valued fields (countries, audiences, approaches, whom a
programme serves) through rows the database indexes (resources.models.facet_values). What a
reader finds follows what is published: an edit published, a draft not yet, a translation,
the pages that existed before the rows did. And sorting by title sets accents aside, in the
database, on SQLite and PostgreSQL alike."""

import datetime
import importlib

from django.apps import apps

from resources.models import FacetValue

from .conftest import publish_translations
from .factories import ProgrammePageFactory, ResourcePageFactory
from .test_listing import get, listed, options


def resource(library, title, **fields):
    fields.setdefault("publication_date", datetime.date(2020, 1, 1))
    return ResourcePageFactory(parent=library, title=title, **fields)


def test_a_published_edit_moves_a_resource_between_countries_a_draft_does_not(client, library):
    page = resource(library, "Return to Ituri", countries=["CD"], audiences=["researchers"])
    assert listed(get(client, "?country=CD")) == ["Return to Ituri"]

    page.countries = ["UG"]
    page.audiences = ["practitioners"]
    revision = page.save_revision()
    assert listed(get(client, "?country=CD")) == ["Return to Ituri"]  # only a draft
    assert listed(get(client, "?country=UG")) == []

    revision.publish()
    assert listed(get(client, "?country=CD")) == []
    assert listed(get(client, "?country=UG&audience=practitioners")) == ["Return to Ituri"]
    assert options(get(client, ""), "country") == {"UG": 1}


def test_a_translation_is_found_by_the_countries_it_shares(client, library, home_pages):
    page = resource(library, "Return to Ituri", countries=["CD"])
    publish_translations(library)
    copies = publish_translations(page)
    copies["fr"].title = "Retour en Ituri"
    copies["fr"].save_revision().publish()
    response = get(client, "?country=CD&available=1", path="/fr/resources/")
    assert listed(response) == ["Retour en Ituri"]
    assert options(response, "country") == {"CD": 1}


def test_programmes_are_found_by_approach_and_whom_they_serve(client, programme_index):
    ProgrammePageFactory(
        parent=programme_index,
        title="Catch-up classes",
        countries=["CO"],
        approaches=["education"],
        serves=["girls"],
    )
    response = get(client, "?approach=education&serves=girls", path="/en/programmes/")
    assert listed(response) == ["Catch-up classes"]
    assert listed(get(client, "?serves=boys", path="/en/programmes/")) == []


def test_the_migration_fills_the_rows_of_existing_pages(client, library):
    resource(library, "Return to Ituri", countries=["CD", "UG"], audiences=["researchers"])
    FacetValue.objects.all().delete()
    assert listed(get(client, "?country=UG")) == []

    migration = importlib.import_module("resources.migrations.0005_facet_values")
    migration.fill(apps, None)
    # and, as the migrations run in order, the listed rows are rewritten from them
    later = importlib.import_module("resources.migrations.0008_listed_values")
    later.fill_after_migrating(apps, None)
    assert listed(get(client, "?country=UG&audience=researchers")) == ["Return to Ituri"]


def test_title_sort_puts_accented_titles_among_their_letters(client, library):
    for title in ["Zones of return", "Éducation des filles", "education at home", "Apprendre"]:
        resource(library, title)
    assert listed(get(client, "?sort=title")) == [
        "Apprendre",
        "education at home",
        "Éducation des filles",
        "Zones of return",
    ]
