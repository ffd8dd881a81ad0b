"""Text in another language than the page's is marked with its `lang` wherever it is shown as
HTML, and its marks never leak where markup is not allowed (hub/language_marks.py)."""

import json

import pytest
from django.http import HttpResponse, JsonResponse
from django.test import RequestFactory

from hub.language_marks import (
    END,
    START,
    LanguageMarksMiddleware,
    mark,
    marked_texts,
    render_marks,
    strip_marks,
)


def test_a_marked_text_becomes_an_element_with_its_language():
    html = f'<p class="lead">{mark("Who we are &amp; why.", "en")}</p>'
    assert render_marks(html) == '<p class="lead"><span lang="en">Who we are &amp; why.</span></p>'


def test_inline_markup_stays_inside_one_element():
    text = mark('Read <a href="/g">the <b>full</b> guide</a> first.', "en")
    html = f"<div>{text}</div>"
    assert render_marks(html) == (
        '<div><span lang="en">Read <a href="/g">the <b>full</b> guide</a> first.</span></div>'
    )


def test_a_text_spanning_blocks_is_marked_run_by_run_and_stays_valid():
    text = mark("<p>One</p>\n<p>Two</p>", "es")
    html = f"<div>{text}</div>"
    assert render_marks(html) == (
        '<div><p><span lang="es">One</span></p>\n<p><span lang="es">Two</span></p></div>'
    )


@pytest.mark.parametrize(
    "template",
    [
        '<img alt="{}">',
        "<title>{} · Hub</title>",
        '<script type="application/json">{{"title": "{}"}}</script>',
        "<textarea>{}</textarea>",
        "<select><option>{}</option></select>",
    ],
)
def test_marks_are_removed_where_markup_is_not_allowed(template):
    html = template.format(mark("Listening", "en"))
    rendered = render_marks(html)
    assert rendered == template.format("Listening")
    assert START not in rendered and END not in rendered


def test_a_mark_cut_off_does_not_spill_over_what_follows():
    cut = mark("A very long English title", "en")[:12]
    rendered = render_marks(f"<h3>{cut}…</h3><p>Texte français</p>")
    assert rendered == "<h3>A very …</h3><p>Texte français</p>"


def test_marks_are_found_and_stripped():
    text = f"Intro {mark('one', 'en')} and {mark('dos', 'es')}"
    assert marked_texts(text) == [("en", "one"), ("es", "dos")]
    assert strip_marks(text) == "Intro one and dos"


def test_the_middleware_renders_html_and_strips_other_text():
    middleware_html = LanguageMarksMiddleware(
        lambda request: HttpResponse(f"<p>{mark('Hello', 'en')}</p>")
    )
    response = middleware_html(RequestFactory().get("/fr/"))
    assert response.content.decode() == '<p><span lang="en">Hello</span></p>'

    middleware_json = LanguageMarksMiddleware(
        lambda request: JsonResponse({"title": mark("Hello", "en")})
    )
    content = middleware_json(RequestFactory().get("/x")).content
    assert json.loads(content) == {"title": "Hello"}

    untouched = HttpResponse(b"%PDF \xee\x80\x80 binary", content_type="application/pdf")
    assert LanguageMarksMiddleware(lambda request: untouched)(None).content.endswith(b"binary")
