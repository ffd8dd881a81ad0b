"""Errors look like the site, speak the reader's language and carry the right status."""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/en/no-such-page/", "en", "Page not found"),
        ("/fr/no-such-page/", "fr", "Page introuvable"),
        ("/ar/no-such-page/", "ar", "الصفحة غير موجودة"),
    ],
)
def test_unknown_page_gives_the_styled_404_in_the_readers_language(
    client, home_pages, path, lang, text
):
    response = client.get(path)
    assert response.status_code == 404
    content = response.content.decode()
    assert re.search(rf'<html lang="{lang}"', content)
    assert f"<h1>{text}</h1>" in content
    assert 'class="site-header"' in content  # the site's own layout, not a bare error
    assert 'href="/static/css/hub.css"' in content


def test_malformed_language_prefix_ends_in_a_404_not_a_500(client, home_pages):
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404


def test_server_error_page_is_styled_and_translated():
    request = RequestFactory().get("/es/")
    with translation.override("es"):
        response = server_error(request)
    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="es" dir="ltr">' in content
    assert "Algo ha fallado" in content
    assert "hub.css" in content
