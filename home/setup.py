"""The home page of every language: the default site's root page and its translations, each
the root of its language's tree (as home/migrations/0002 made them for the first five)."""

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from hub.i18n import home_pages_by_language, language_codes
from hub.setup import summary

from .models import HomePage


def ensure_home_pages():
    """A live home page for each language that has none: titled "Home" in that language
    (from the interface catalogue), empty until it is translated."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    homes = home_pages_by_language(site)
    default = Page.objects.get(pk=site.root_page_id)
    root = default.get_parent()
    made = []
    for code in language_codes():
        if code in homes:
            continue
        with translation.override(code):
            title = _("Home")
        page = HomePage(
            title=title,
            slug=f"home-{code}",
            locale=Locale.objects.get(language_code=code),
            translation_key=default.translation_key,
        )
        root.add_child(instance=page)
        page.save_revision().publish()
        made.append(code)
    return [summary("Home pages", [*homes, *made], made)]
