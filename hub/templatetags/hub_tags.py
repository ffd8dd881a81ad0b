"""Site-wide template tags: the navigation and the language switcher."""

from django import template
from django.conf import settings
from django.db.models import Subquery
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


def locale_home(request):
    """The home page of the reader's language for this site, or None (one query, cached)."""
    if hasattr(request, "_hub_locale_home"):
        return request._hub_locale_home
    home = None
    site = Site.find_for_request(request)
    if site is not None:
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        home = (
            Page.objects.live()
            .filter(translation_key=Subquery(root_key), locale__language_code=get_language())
            .first()
        )
    request._hub_locale_home = home
    return home


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages marked "show in menus" under the home page of the reader's language."""
    request = context.get("request")
    if request is None:
        return []
    if not hasattr(request, "_hub_main_menu"):
        home = locale_home(request)
        request._hub_main_menu = (
            list(home.get_children().live().public().in_menu()) if home is not None else []
        )
    return request._hub_main_menu


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    home = locale_home(request) if request is not None else None
    if home is not None:
        return home.get_url(request)
    return f"/{get_language()}/"


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this content in each language it exists in, each named in its own language.

    On a page: its live translations (one query). Elsewhere (search, errors): the same address
    under each language prefix, query string kept.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        for code, _name in settings.LANGUAGES:
            if code in translations:
                url = translations[code].get_url(request)
                links.append(_link(code, url, code == current))
    elif request is not None:
        query = request.META.get("QUERY_STRING", "")
        for code, _name in settings.LANGUAGES:
            url = translate_url(request.path, code)
            if query:
                url = f"{url}?{query}"
            links.append(_link(code, url, code == current))
    return links


def _link(code, url, is_current):
    info = get_language_info(code)
    return {
        "code": code,
        "name": dict(settings.LANGUAGES)[code],
        "url": url,
        "is_current": is_current,
        "dir": "rtl" if info["bidi"] else "ltr",
    }


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """Ancestors between the home page and the current page (one query)."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 3:
        return []
    return list(page.get_ancestors().filter(depth__gt=2).live())
