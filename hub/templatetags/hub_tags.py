"""Site-wide template tags: the navigation, the language switcher, the site's address for
emails, what a page says about itself to search engines and link previews (canonical link,
description, Open Graph), and whether an image may be shown."""

from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, to_locale
from wagtail.models import Page, Site

from hub import base_url
from hub.cache import cached
from hub.i18n import (
    direction,
    home_page_for_request,
    home_pages,
    language_codes,
    language_link,
    language_name,
    locale_language_codes,
)
from hub.safeguarding import withheld as image_withheld

register = template.Library()


@register.simple_tag
def admin_base_url():
    """The address links in emails start with (hub/base_url.py)."""
    return base_url.admin_base_url()


@register.filter
def withheld(image):
    """`{% if not image|withheld %}`: leave out a figure and its caption when the image is a
    child's without recorded consent (hub.safeguarding; the image itself renders as nothing
    anyway)."""
    return image_withheld(image)


def site_navigation(request):
    """{"home_url", "items"} for the reader's language: the home page and the pages marked
    "show in menus" under it. Cached until a page is published, unpublished, moved or
    deleted (hub.cache), so that pages do not pay for it on every view."""
    if request is None:
        return {"home_url": f"/{get_language()}/", "items": []}
    if not hasattr(request, "_hub_navigation"):
        site = Site.find_for_request(request)
        key = f"{site.pk if site else 0}:{get_language()}"

        def build():
            home = home_page_for_request(request)
            if home is None:
                return {"home_url": f"/{get_language()}/", "items": []}
            items = home.get_children().live().public().in_menu()
            return {
                "home_url": home.get_url(request),
                "items": [
                    {"title": item.title, "url": item.get_url(request), "path": item.path}
                    for item in items
                ],
            }

        request._hub_navigation = cached("pages", key, build)
    return request._hub_navigation


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages marked "show in menus" under the home page of the reader's language."""
    return site_navigation(context.get("request"))["items"]


@register.simple_tag(takes_context=True)
def home_url(context):
    return site_navigation(context.get("request"))["home_url"]


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this content in each language it exists in, each named in its own language,
    keeping the query string (a listing's filters use slugs and ISO codes, which mean the
    same in every language).

    On a page: its live translations (one query). Elsewhere (search, errors): the same address
    under each language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    if request is not None and hasattr(request, "_hub_language_links"):
        return request._hub_language_links  # the head and the header share one query
    current = get_language()
    query = request.GET.urlencode() if request is not None else ""
    suffix = f"?{query}" if query else ""
    links = []
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        for code in language_codes():
            if code in translations:
                url = translations[code].get_url(request) + suffix
                links.append(language_link(code, url, code == current))
    elif request is not None:
        for code in language_codes():
            links.append(
                language_link(code, translate_url(request.path, code) + suffix, code == current)
            )
    if request is not None:
        for link in links:
            link["absolute_url"] = base_url.absolute_url(link["url"], request)
        request._hub_language_links = links
    return links


def language_home_urls(request):
    """{language code: URL of its live home page} for the request's site (cached like the
    navigation, until a page changes)."""
    site = Site.find_for_request(request)

    def build():
        homes = home_pages(site).live().select_related("locale") if site else []
        return {home.locale.language_code: home.get_url(request) for home in homes}

    return cached("pages", f"{site.pk if site else 0}:language-homes", build)


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """The switcher: every language of the site, on every page. A language the page exists
    in links to that version (language_links); one it lacks is marked `is_missing` and links
    to that language's home page, with a note in that language for screen readers."""
    links = language_links(context)
    request = context.get("request")
    if request is None or not isinstance(context.get("page"), Page):
        return links
    present = {link["code"]: link for link in links}
    homes = None
    switcher = []
    for code in language_codes():
        if code in present:
            switcher.append(present[code])
            continue
        if homes is None:
            homes = language_home_urls(request)
        link = language_link(code, homes.get(code, f"/{code}/"), False)
        link["is_missing"] = True
        with translation.override(code):
            link["missing_note"] = gettext("(not available in this language: its home page)")
        switcher.append(link)
    return switcher


@register.filter(name="language_name")
def language_name_filter(code):
    """A language's name in that language: {{ document.language|language_name }}."""
    return language_name(code)


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """Ancestors between the home page and the current page (one query)."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 3:
        return []
    return list(page.get_ancestors().filter(depth__gt=2).live())


# Open Graph wants language_TERRITORY; the territory of the variant most readers use.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR", "pt": "pt_PT"}
DESCRIPTION_LENGTH = 300


def open_graph_locale(code):
    return OPEN_GRAPH_LOCALES.get(code) or to_locale(code)


def page_image(page):
    """The image a page is shown with in link previews: its cover or image, if it may be shown."""
    for name in ("cover_image", "image"):
        image = getattr(page, name, None)
        if image is not None and hasattr(image, "get_rendition") and not image_withheld(image):
            return image
    return None


def listing_page_query(context):
    """ "?page=N" for a later page of a listing that nothing else narrows or orders, which is
    its own page for search engines (each page of a series names itself, not the first); ""
    for the first page, and for filtered, searched or sorted ones, whose address names the
    listing itself."""
    request = context.get("request")
    items = context.get("items")
    number = getattr(items, "number", None)
    if request is None or not isinstance(number, int) or number < 2:
        return ""
    if set(request.GET) != {"page"}:
        return ""
    return f"?page={number}"


@register.simple_tag(takes_context=True)
def page_meta(context):
    """{"canonical", "description", "title", "type", "locale", "locale_alternates", "image"}
    of the page being shown: absolute addresses from the site's public address
    (hub/base_url.py; a later page of a listing with its number), the description from the
    page's search description or summary, else the site's own, in the reader's language."""
    request = context.get("request")
    page = context.get("page")
    is_page = isinstance(page, Page) and bool(page.pk)
    if is_page:
        canonical = base_url.page_full_url(page, request) + listing_page_query(context)
    elif request is not None:
        canonical = base_url.absolute_url(request.path, request)
    else:
        canonical = ""
    description = ""
    if is_page:
        for name in ("search_description", "summary", "introduction"):
            description = (getattr(page, name, "") or "").strip()
            if description:
                break
    if not description:
        description = gettext(
            "Guidance, programmes and publications on the reintegration of children "
            "formerly associated with armed forces and armed groups, and on their "
            "psycho-social support."
        )
    code = get_language()
    alternates = [
        open_graph_locale(link["code"]) for link in language_links(context) if link["code"] != code
    ]
    image = None
    picture = page_image(page) if is_page else None
    if picture is not None:
        rendition = picture.get_rendition("width-800")
        image = {
            "url": base_url.absolute_url(rendition.url, request),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.alt,
        }
    return {
        "canonical": canonical,
        "description": Truncator(" ".join(description.split())).chars(DESCRIPTION_LENGTH),
        "type": "website" if not is_page or page.depth <= 3 else "article",
        "locale": open_graph_locale(code),
        "locale_alternates": alternates,
        "image": image,
    }


@register.simple_tag
def other_language_attrs(item, link=False):
    """` lang="en" dir="ltr"` on the title (or text) of an item shown in another language than
    the reader's, and `hreflang` too on a link to it (`link=True`); nothing when it is in the
    reader's language. Listings mark their items (hub.i18n.mark_other_languages); any other
    page is compared by its locale (a further-reading link falling back to its source)."""
    other = getattr(item, "other_language", None)
    if other:
        code, text_direction = other["code"], other["dir"]
    elif isinstance(item, Page) and not hasattr(item, "other_language"):
        code = locale_language_codes().get(item.locale_id) or item.locale.language_code
        if code == get_language():
            return ""
        text_direction = direction(code)
    else:
        return ""
    if link:
        return format_html(' lang="{0}" dir="{1}" hreflang="{0}"', code, text_direction)
    return format_html(' lang="{}" dir="{}"', code, text_direction)
