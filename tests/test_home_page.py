"""The home page of each language: a search box for the whole site, the guidance a practitioner
most likely needs, and the latest publications, all in the reader's language."""

import datetime
import re

import pytest
from django.contrib.staticfiles import finders

from .conftest import visible_text
from .factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db


def test_the_home_page_has_a_search_box(client, home_pages):
    content = client.get("/fr/").content.decode()
    form = re.search(r'<form class="home-search"[^>]*>.*?</form>', content, re.S).group(0)
    assert 'method="get"' in form and 'action="/fr/search/"' in form
    assert 'type="search" name="q"' in form
    assert "Rechercher des orientations, des programmes et des publications" in visible_text(form)


def test_the_home_page_features_guidance_in_the_readers_language(client, home_pages):
    english = GuidanceIndexPageFactory(parent=home_pages["en"])
    french = GuidanceIndexPageFactory(parent=home_pages["fr"], title="Orientations")
    today = datetime.date.today()
    GuidancePageFactory(parent=english, title="Listening to a child")
    GuidancePageFactory(parent=french, title="Écouter un enfant")
    GuidancePageFactory(
        parent=french,
        title="Ancienne orientation",
        last_reviewed=today - datetime.timedelta(800),
        next_review_due=today - datetime.timedelta(1),
    )
    text = visible_text(client.get("/fr/"))
    assert "Orientations pour les praticiens Écouter un enfant" in text
    assert "Listening to a child" not in text
    assert "Ancienne orientation" not in text  # due for review: not put forward


def test_the_home_page_lists_the_latest_publications_in_the_readers_language(client, home_pages):
    library = ResourceIndexPageFactory(parent=home_pages["fr"], title="Bibliothèque")
    ResourcePageFactory(parent=library, title="Rapport mondial 2008")
    text = visible_text(client.get("/fr/"))
    assert "Dernières publications Rapport mondial 2008" in text


def test_every_page_has_a_logo_and_a_favicon(client, home_pages):
    content = client.get("/ar/").content.decode()
    assert re.search(
        r'<a class="site-name" href="/ar/"><svg class="logo" aria-hidden="true"', content
    )
    for name in ("favicon.svg", "favicon.ico"):
        assert f'<link rel="icon" href="/static/img/{name}"' in content
        assert finders.find(f"img/{name}")
