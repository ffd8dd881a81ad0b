"""/sitemap.xml: every live, public page in every language, each with its translations as
hreflang alternates (and x-default, the default language's version), at the site's public
address (hub/base_url.py).

Wagtail's own sitemap lists the descendants of the site's root page, which is the English
home page: the other languages' trees are its siblings, so they would be missing.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view
from wagtail.models import Page

from .base_url import page_full_url
from .i18n import home_pages


class MultilingualSitemap(Sitemap):
    def live_pages(self):
        homes = home_pages(self.get_wagtail_site()).values_list("path", flat=True)
        in_site = Q()
        for path in homes:
            in_site |= Q(path__startswith=path)
        return Page.objects.live().public().filter(in_site).select_related("locale")

    def items(self):
        return self.live_pages().order_by("path")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = {}
        for other in self.live_pages().filter(
            translation_key__in={p.translation_key for p in pages}
        ):
            translations.setdefault(other.translation_key, []).append(other)
        urls = []
        for item in pages:
            versions = sorted(translations.get(item.translation_key, []), key=lambda t: t.path)
            alternates = [
                {"location": page_full_url(t, self.request), "lang_code": t.locale.language_code}
                for t in versions
            ]
            default = [a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
            if default:
                alternates.append({"location": default[0]["location"], "lang_code": "x-default"})
            urls.append(
                {
                    "item": item,
                    "location": page_full_url(item, self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    # A page in one language only has no alternates; x-default is not one.
                    "alternates": alternates if len(versions) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def sitemap(request):
    return wagtail_sitemap_view(request, sitemaps={"pages": MultilingualSitemap})
