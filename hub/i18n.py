"""The site's languages, each lookup written once.

`settings.LANGUAGES` is the list of languages (code, name in its own script) and
`settings.LANGUAGES_BIDI` the codes written right to left; everything else is derived here:
a language's name and direction, each language's home page, and a page's version in the
reader's language. `manage.py setup_site` brings a database in line with the setting.
"""

from django.conf import settings
from django.db.models import Subquery
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from .cache import cached


def language_codes():
    """The codes of the site's languages, the default language first."""
    codes = [code for code, _name in settings.LANGUAGES]
    return sorted(codes, key=lambda code: code != settings.LANGUAGE_CODE)


def language_choices():
    """(code, name) of every language: the choices of a document's language."""
    return list(settings.LANGUAGES)


def language_name(code):
    """A language's name in that language, as a reader looks for it: "fr" -> "Français"."""
    return dict(settings.LANGUAGES).get(code, code)


def is_rtl(code):
    return (code or "").split("-")[0] in settings.LANGUAGES_BIDI


def direction(code):
    """ "rtl" or "ltr", for a `dir` attribute."""
    return "rtl" if is_rtl(code) else "ltr"


def language_order(code):
    """Sort key putting languages in the order of the setting (unknown ones last)."""
    codes = [c for c, _name in settings.LANGUAGES]
    return (codes.index(code) if code in codes else len(codes), code)


def language_link(code, url, is_current):
    """A link to a version of the page in language `code`, for the switcher and hreflang."""
    return {
        "code": code,
        "name": language_name(code),
        "url": url,
        "is_current": is_current,
        "is_default": code == settings.LANGUAGE_CODE,
        "dir": direction(code),
    }


def home_pages(site=None):
    """The home page of each language of `site` (the default site if None): its root page and
    the root page's translations, as a queryset of pages (not specific, any live status)."""
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Page.objects.none()
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    return Page.objects.filter(translation_key=Subquery(root_key))


def home_pages_by_language(site=None):
    """{language code: home page} of `site` (the default site if None)."""
    return {page.locale.language_code: page for page in home_pages(site).select_related("locale")}


def home_page_for_request(request, language=None):
    """The live home page of the reader's language (or `language`) for the request's site."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return home_pages(site).live().filter(locale__language_code=language or get_language()).first()


def localized_pages(pages):
    """The live translations, in the active language, of `pages`, in one query.

    A page without a live translation stays as it is, so a link never breaks.
    """
    pages = list(pages)
    if not pages:
        return []
    locale = Locale.get_active()
    translations = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            locale=locale, translation_key__in=[p.translation_key for p in pages]
        )
    }
    return [translations.get(p.translation_key, p) for p in pages]


def default_locale_id():
    """The id of the default language's locale (cached: asked for every row of the explorer)."""
    return cached("locales", "default", lambda: Locale.get_default().pk)


def locale_language_codes():
    """{locale id: language code} (cached: asked for every link to a page in a listing)."""
    return cached(
        "locales", "codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
