"""Five languages from day one: every page type answers in every locale, with the right
lang and dir, and "/" sends readers to their own language."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Locale

from home.models import StandardPage
from resources import models as domain

from .conftest import LANGUAGE_CODES

DIRECTION = {"en": "ltr", "fr": "ltr", "es": "ltr", "ar": "rtl", "pt": "ltr"}


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_answers_in_every_language(client, home_pages, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert response.context["page"] == home_pages[code]
    assert html_tag(response) == f'<html lang="{code}" dir="{DIRECTION[code]}">'


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_standard_page_answers_in_every_language(client, standard_pages, code):
    response = client.get(standard_pages[code].url)
    assert response.status_code == 200
    assert response.context["page"] == standard_pages[code]
    assert html_tag(response) == f'<html lang="{code}" dir="{DIRECTION[code]}">'
    assert "We are a coalition." in response.content.decode()


def test_arabic_interface_is_translated_and_right_to_left(client, home_pages):
    content = client.get("/ar/").content.decode()
    assert 'dir="rtl"' in content
    assert "تخطي إلى المحتوى الرئيسي" in content  # the skip link, in Arabic


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("ar", "/ar/"),
        ("es-CO", "/es/"),
        ("pt-BR,pt;q=0.8", "/pt/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_readers_language(client, home_pages, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_language_switcher_links_each_translation_in_its_own_name(client, standard_pages):
    content = client.get(standard_pages["fr"].url).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    for code, name in [("en", "English"), ("es", "Español"), ("ar", "العربية")]:
        assert f'href="{standard_pages[code].url}" hreflang="{code}"' in switcher
        assert name in switcher
    assert '<span aria-current="true" lang="fr" dir="ltr">Français</span>' in switcher


def test_language_switcher_keeps_the_search_query(client, home_pages):
    content = client.get("/fr/search/?q=enfants").content.decode()
    assert 'href="/en/search/?q=enfants"' in content
    assert 'href="/ar/search/?q=enfants"' in content


def test_every_page_type_renders_in_every_language(client, home_pages):
    """One page of each type, translated into each language, answers 200 with its language
    and direction and shows its own title; Arabic is right to left."""
    call_command("load_demo", "--english-only", stdout=StringIO())
    page_types = [
        StandardPage,
        domain.ResourceIndexPage,
        domain.ResourcePage,
        domain.ProgrammeIndexPage,
        domain.ReintegrationProgrammePage,
        domain.GuidanceIndexPage,
        domain.PsychosocialGuidancePage,
        domain.NetworkIndexPage,
        domain.RegionalNetworkPage,
        domain.NationalCoalitionPage,
    ]
    for model in page_types:
        source = model.objects.filter(locale__language_code="en").first()
        assert source is not None, f"load_demo should create a {model.__name__}"
        pages = {"en": source}
        for locale in Locale.objects.exclude(language_code="en"):
            page = source.get_translation_or_none(locale)
            if page is None:
                page = source.copy_for_translation(locale, copy_parents=True)
                page.title = f"{source.title} ({locale.language_code})"
                page.save_revision().publish()
            pages[locale.language_code] = page
        for code, page in pages.items():
            response = client.get(page.url)
            assert response.status_code == 200, (model.__name__, code)
            assert html_tag(response) == f'<html lang="{code}" dir="{DIRECTION[code]}">'
            assert f"<h1>{escape(page.title)}</h1>" in response.content.decode(), (
                model.__name__,
                code,
            )


def test_head_names_every_translation_with_hreflang_and_x_default(client, standard_pages):
    content = client.get(standard_pages["es"].url).content.decode()
    for code in LANGUAGE_CODES:
        assert (
            f'<link rel="alternate" hreflang="{code}" '
            f'href="http://testserver{standard_pages[code].url}">' in content
        )
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://testserver{standard_pages["en"].url}">'
        in content
    )


def test_language_switcher_costs_one_query_whatever_the_number_of_translations(
    client, english_home
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = StandardPage(title="About", slug="about")
    english_home.add_child(instance=page)
    page.save_revision().publish()

    def queries():
        client.get(page.url)
        with CaptureQueriesContext(connection) as context:
            client.get(page.url)
        return len(context.captured_queries)

    alone = queries()
    for locale in Locale.objects.exclude(language_code="en"):
        page.copy_for_translation(locale).save_revision().publish()
    assert queries() == alone
    switcher = client.get(page.url).content.decode().split('class="language-switcher"')[1]
    assert switcher.count("<li>") == 5


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("fr", "Cette page n'est pas encore disponible dans votre langue"),
        ("ar", "هذه الصفحة غير متاحة بلغتك بعد"),
    ],
)
def test_a_page_not_yet_translated_says_so_and_links_to_its_languages(
    client, english_home, code, heading
):
    page = StandardPage(title="Only in English", slug="only-english", introduction="English text")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    response = client.get(f"/{code}/only-english/")
    assert response.status_code == 404
    content = response.content.decode()
    assert f'<html lang="{code}"' in content
    assert heading in content
    assert '<a href="/en/only-english/" hreflang="en" lang="en" dir="ltr">English</a>' in content
    assert "English text" not in content  # never the English content under /fr/


def test_a_translated_page_at_its_english_address_points_to_its_own_address(client, standard_pages):
    page = standard_pages["fr"]
    page.slug = "a-propos"
    page.save_revision().publish()
    content = client.get("/fr/about/").content.decode()
    assert 'href="/fr/a-propos/"' in content
