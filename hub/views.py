"""The site's own error pages."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import get_language
from wagtail.models import Site

from .i18n import home_pages, language_codes, language_link, language_name


def find_in_other_languages(request):
    """If the address the reader asked for is a page in another language's tree (a link shared
    from English, with /fr/ put in front), the live languages that page exists in."""
    language = get_language()
    prefix = f"/{language}/"
    if not request.path.startswith(prefix):
        return []
    components = [part for part in request.path[len(prefix) :].split("/") if part]
    site = Site.find_for_request(request)
    if not components or site is None:
        return []
    homes = home_pages(site).live().exclude(locale__language_code=language).specific()
    for home in homes:
        try:
            found = home.route(request, components).page
        except Http404:
            continue
        translations = {
            page.locale.language_code: page
            for page in found.get_translations(inclusive=True).live().select_related("locale")
        }
        return [
            language_link(code, translations[code].get_url(request), code == language)
            for code in language_codes()
            if code in translations
        ]
    return []


def page_not_found(request, exception=None):
    """The styled 404, in the reader's language. When the page exists in other languages but
    not (at this address) in the reader's, it says so and links to them, rather than serving
    another language's content under this language's address."""
    alternatives = find_in_other_languages(request)
    in_my_language = next((link for link in alternatives if link["is_current"]), None)
    return render(
        request,
        "404.html",
        {
            "alternatives": alternatives,
            "in_my_language": in_my_language,
            "language_name": language_name(get_language()),
        },
        status=404,
    )


def render_without_request(template_name, status):
    """An error page rendered from the template alone: no request context, so no context
    processor touches the session, the user or the database while the database is down."""
    return HttpResponse(loader.get_template(template_name).render(), status=status)


def bad_request(request, exception=None):
    """The styled 400, in the reader's language (hub/bad_characters.py, and Django's own
    refusals such as a disallowed host)."""
    return render_without_request("400.html", 400)


def server_error(request):
    """The styled 500; a 503 asking to come back in a few minutes when the database cannot be
    reached (Django calls this handler while the exception is being handled, so it is at hand).
    """
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        response = render_without_request("503.html", 503)
        response["Retry-After"] = "60"
        return response
    return render_without_request("500.html", 500)
