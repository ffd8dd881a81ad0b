"""The site's languages, each lookup written once.

`settings.LANGUAGES` is the list of languages (code, name in its own script) and
`settings.LANGUAGES_BIDI` the codes written right to left; everything else is derived here:
a language's name and direction, each language's home page, and a page's version in the
reader's language. `manage.py setup_site` brings a database in line with the setting.
"""

from django.conf import settings
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Substr
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
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
    """{locale id: language code} of every locale (cached; a locale is never renamed, and one
    added since is looked up by mark_other_languages)."""
    return cached(
        "locales", "codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


# The whole library in every language ---------------------------------------------------
#
# Listings, directories, search, feeds and the home page show every live item in every
# language: an item that does not exist in the reader's language is shown once, in the
# default (source) language if it exists there, else in another, marked with its language.


def one_per_translation(queryset, locale_id):
    """The pages of `queryset` (any language), one per translation group (translation_key):
    the one in `locale_id` where there is one, else the default language's, else the first
    made (lowest id). Done in the database, as one filter: the result is a queryset of the
    same model that can be filtered, counted, searched and sliced like any other.

    A page is kept when no other page of `queryset` with its translation_key ranks before it.
    """
    chosen = one_per_translation_filter(queryset, locale_id).values("pk")
    # A plain `pk IN (...)`: the search backends accept it (it names no unindexed field).
    return queryset.model._default_manager.filter(pk__in=chosen)


def one_per_translation_filter(queryset, locale_id):
    """one_per_translation() as a filter of `queryset` itself (NOT EXISTS a better-ranked page
    of the same translation_key, found through Wagtail's index on (translation_key, locale)):
    the form the database can walk in another index's order and stop early, e.g. the newest
    few pages by date. Search backends do not accept it; one_per_translation() wraps it."""
    default_id = default_locale_id()
    rank = Case(
        When(locale_id=locale_id, then=Value(0)),
        When(locale_id=default_id, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    ranked = queryset.annotate(_language_rank=rank)
    better = ranked.filter(translation_key=OuterRef("translation_key")).filter(
        Q(_language_rank__lt=OuterRef("_language_rank"))
        | Q(_language_rank=OuterRef("_language_rank"), pk__lt=OuterRef("pk"))
    )
    return ranked.filter(~Exists(better))


def children_of_translations(queryset, page):
    """The pages of `queryset` whose parent is `page` or one of its translations: a regional
    network's coalitions, in whichever language each exists in."""
    parent_paths = Page.objects.filter(translation_key=page.translation_key).values("path")
    return (
        queryset.filter(depth=page.depth + 1)
        .annotate(_parent_path=Substr("path", 1, page.depth * Page.steplen))
        .filter(_parent_path__in=parent_paths)
    )


IN_LANGUAGE = {
    "en": _("In English"),
    "fr": _("In French"),
    "es": _("In Spanish"),
    "ar": _("In Arabic"),
    "pt": _("In Portuguese"),
}

ONLY_IN_LANGUAGE = {
    "en": _("Only in English"),
    "fr": _("Only in French"),
    "es": _("Only in Spanish"),
    "ar": _("Only in Arabic"),
    "pt": _("Only in Portuguese"),
}


def in_language_label(code):
    """ "In English", in the reader's language: the label of an item shown in another
    language. A language added to LANGUAGES later is named in its own script until it has
    its own sentence here."""
    if code in IN_LANGUAGE:
        return IN_LANGUAGE[code]
    return _("In %(language)s") % {"language": language_name(code)}


def only_in_language_label(code):
    """ "Only in French", in the reader's language: the filter keeping the reader's language."""
    if code in ONLY_IN_LANGUAGE:
        return ONLY_IN_LANGUAGE[code]
    return _("Only in %(language)s") % {"language": language_name(code)}


def mark_other_languages(pages, locale_id=None):
    """Give each page not in `locale_id` (the reader's, by default) an `other_language`:
    {"code", "dir", "label"}, which templates use for the title's `lang` and `dir` and the
    visible label ("In English"). No query (the locales' codes are cached)."""
    if locale_id is None:
        locale_id = Locale.get_active().pk
    codes = locale_language_codes()
    for page in pages:
        if page.locale_id != locale_id:
            code = codes.get(page.locale_id) or Locale.objects.get(pk=page.locale_id).language_code
            page.other_language = {
                "code": code,
                "dir": direction(code),
                "label": in_language_label(code),
            }
        else:
            page.other_language = None
    return pages
