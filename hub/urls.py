from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub import sitemap
from hub.crawlers import favicon, robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.index, name="sitemap"),
    path("sitemap-<str:language>.xml", sitemap.language_sitemap, name="sitemap_language"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

if settings.DEBUG:
    from django.views.static import serve

    # In development, serve image renditions (MEDIA_ROOT/images/) and nothing else of the
    # media: originals (original_images/) are never public, and documents go through
    # Wagtail's serve view (/documents/), which checks who may download them. In production
    # the web server serves the same folder and nothing else (docs/deploy.md).
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}images/(?P<path>.+)$",
            serve,
            {"document_root": Path(settings.MEDIA_ROOT) / "images"},
        )
    ]

# Everything a reader sees carries its language: /en/, /fr/, /es/, /ar/, /pt/.
# "/" itself is redirected by LocaleMiddleware to the reader's language (Accept-Language).
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "hub.views.bad_request"
handler404 = "hub.views.page_not_found"
handler500 = "hub.views.server_error"
