"""Whole pages cached for anonymous readers (hub/page_cache.py): the next reader gets the page
without a query; what editors publish, translate or rename shows at once; nobody logged in, no
preview and no page with a form or a cookie is ever served from the cache or put in it; browsers
revalidate with a 304. The tests' settings turn the page cache off; these turn it on."""

import datetime
import os
import uuid

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import path
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, PageViewRestriction, Revision, Site

from hub import urls as site_urls
from hub.cache import generation
from hub.models import HubDocument, HubImage, HubRendition
from hub.page_cache import shown_models
from hub.settings.environment import frontend_cache
from resources.models import Region, ResourcePage, Topic

from .conftest import publish_translations, visible_text
from .factories import ResourceIndexPageFactory, ResourcePageFactory
from .helpers import run_in_production, translate_in_localize
from .test_failures import redis_cache


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.HUB_PAGE_CACHE = True


@pytest.fixture
def publication(library):
    girls = Topic.objects.get(locale__language_code="en", slug="girls")
    return ResourcePageFactory(
        parent=library,
        title="Girls in the Kivus",
        publication_date=datetime.date(2008, 6, 1),
        topics=[girls],
        countries=["CD"],
    )


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response


def test_the_second_reader_gets_the_page_without_a_query(client, publication):
    first = get(client, "/en/resources/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(client, "/en/resources/")
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert "Girls in the Kivus" in visible_text(second)
    assert second["Content-Type"] == first["Content-Type"]
    # Every answer still carries the security headers.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"


def test_cached_pages_say_so_to_browsers_and_cdns(client, publication):
    response = get(client, "/en/resources/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=60", "s-maxage=300"}
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")


@pytest.mark.parametrize("cached", [False, True], ids=["rendered", "from the cache"])
def test_a_browser_revalidating_gets_304(client, publication, cached):
    first = get(client, "/en/resources/")
    if cached:
        get(client, "/en/resources/")
    again = client.get("/en/resources/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    since = client.get("/en/resources/", headers={"if-modified-since": first["Last-Modified"]})
    assert since.status_code == 304
    changed = client.get("/en/resources/", headers={"if-none-match": '"something-else"'})
    assert changed.status_code == 200


def test_parameters_in_another_order_are_the_same_page(client, publication):
    get(client, "/en/resources/?topic=girls&country=CD")
    response = get(client, "/en/resources/?country=CD&topic=girls")
    assert response["X-Page-Cache"] == "hit"
    assert "Girls in the Kivus" in visible_text(response)


def test_each_language_and_host_has_its_own_page(client, publication):
    get(client, "/en/resources/")
    assert get(client, "/en/resources/", host="localhost")["X-Page-Cache"] == "miss"


@pytest.mark.parametrize(
    "query",
    ["?utm_source=newsletter", "?topic=girls&made-up=1", "?q=" + "x" * 600],
    ids=["tracking parameter", "unknown parameter", "long query"],
)
def test_addresses_with_unknown_parameters_are_served_not_cached(client, publication, query):
    first = client.get("/en/resources/" + query)
    second = client.get("/en/resources/" + query)
    assert first.status_code == second.status_code
    assert "X-Page-Cache" not in second


def test_every_parameter_of_the_listings_and_search_may_be_cached(
    rf, admin_user, library, programme_index, guidance_index, settings
):
    """HUB_PAGE_CACHE_PARAMETERS is a list: every filter a listing offers (an editor's too) and
    every parameter of the search is on it, so that a new facet cannot leave its addresses
    uncached unnoticed."""
    request = rf.get("/")
    request.user = admin_user
    params = {"q", "sort", "page", "year_from", "year_to", "kind", "available"}
    for index in (library, programme_index, guidance_index):
        listing = index.specific.get_listing(request)
        assert listing.facets
        params |= {facet.param for facet in listing.facets}
    assert "review" in params  # the editors' facet was offered
    assert params <= settings.HUB_PAGE_CACHE_PARAMETERS


def test_query_strings_cannot_fill_the_cache(client, publication, settings):
    settings.HUB_PAGE_CACHE_VARIANTS = 3
    for n in range(5):
        get(client, f"/en/resources/?q=girls{n}")
    assert get(client, "/en/resources/?q=girls2")["X-Page-Cache"] == "hit"
    # Beyond the budget, served and rendered each time.
    assert get(client, "/en/resources/?q=girls4")["X-Page-Cache"] == "miss"
    # Addresses without a query string do not count.
    get(client, "/en/resources/")
    assert get(client, "/en/resources/")["X-Page-Cache"] == "hit"


def test_not_found_is_not_cached(client, library):
    client.get("/en/resources/nothing-here/")
    response = client.get("/en/resources/nothing-here/")
    assert response.status_code == 404
    assert "X-Page-Cache" not in response


def test_publishing_shows_at_once(client, publication):
    get(client, "/en/resources/")
    get(client, publication.url)
    publication.title = "Girls and boys in the Kivus"
    publication.save_revision().publish()
    assert "Girls and boys in the Kivus" in visible_text(get(client, "/en/resources/"))
    assert "Girls and boys in the Kivus" in visible_text(get(client, publication.url))


def test_a_new_page_shows_on_the_cached_listing(client, publication, library):
    get(client, "/en/resources/")
    new = ResourcePageFactory(parent=library, title="Schools in Ituri", live=False)
    assert "Schools in Ituri" not in visible_text(get(client, "/en/resources/"))
    new.save_revision().publish()
    assert "Schools in Ituri" in visible_text(get(client, "/en/resources/"))


def test_unpublishing_and_deleting_remove_the_page(client, publication, library):
    other = ResourcePageFactory(parent=library, title="Schools in Ituri")
    get(client, "/en/resources/")
    get(client, publication.url)
    publication.unpublish()
    assert "Girls in the Kivus" not in visible_text(get(client, "/en/resources/"))
    assert client.get(publication.url).status_code == 404
    get(client, "/en/resources/")
    other.delete()
    assert "Schools in Ituri" not in visible_text(get(client, "/en/resources/"))


def test_a_moved_page_is_no_longer_served_from_its_old_address(client, publication, english_home):
    old_address = publication.url
    get(client, old_address)
    assert get(client, old_address)["X-Page-Cache"] == "hit"
    archive = ResourceIndexPageFactory(parent=english_home, title="Archive", slug="archive")
    publication.move(archive, pos="last-child")
    publication.refresh_from_db()
    # Wagtail's redirect from the old address, not the cached page.
    assert client.get(old_address).headers["Location"] == publication.url
    assert "Girls in the Kivus" in visible_text(get(client, publication.url))


def test_a_publish_forgets_again_when_it_commits(publication, django_capture_on_commit_callbacks):
    """A reader served while a publish is being saved gets the database as it was, and would
    keep that page (and the library's counts) under the new generation: the generations
    change again when the publish commits."""
    counts = "listings:resources.resourcepage"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publication.save_revision().publish()
        during = generation("pages"), generation(counts)
    for callback in callbacks:
        callback()
    after = generation("pages"), generation(counts)
    assert after[0] != during[0]
    assert after[1] != during[1]


def test_a_draft_of_a_live_page_changes_nothing_readers_see(client, publication):
    get(client, publication.url)
    publication.title = "A draft title"
    publication.save_revision()
    assert "A draft title" not in visible_text(get(client, publication.url))


def test_a_published_translation_shows_on_the_cached_listing(
    client, publication, library, admin_user
):
    publish_translations(library)
    translator = admin_user
    listing = get(client, "/fr/resources/")
    assert "Girls in the Kivus" in visible_text(listing)

    translation = translate_in_localize(publication, "fr", translator, "FR")
    translation.save_target(user=translator, publish=False)
    french = ResourcePage.objects.get(
        translation_key=publication.translation_key, locale__language_code="fr"
    )
    assert "FR Girls in the Kivus" not in visible_text(get(client, "/fr/resources/"))
    french.get_latest_revision().publish()
    assert "FR Girls in the Kivus" in visible_text(get(client, "/fr/resources/"))


def test_a_snippet_edit_shows_at_once(client, publication):
    get(client, publication.url)
    assert get(client, publication.url)["X-Page-Cache"] == "hit"
    girls = Topic.objects.get(locale__language_code="en", slug="girls")
    girls.name = "Girls and young women"
    girls.save()
    assert "Girls and young women" in visible_text(get(client, publication.url))


def test_what_pages_show_is_watched():
    """Saving or deleting any of these forgets every cached page (hub/apps.py)."""
    watched = shown_models()
    for model in (Topic, Region, ResourcePage, Redirect, PageViewRestriction, Locale, Site):
        assert issubclass(model, watched)
    for model in (HubImage, HubDocument):
        assert issubclass(model, watched)
    for model in (HubRendition, Revision):
        assert not issubclass(model, watched)


def test_deleting_anything_pages_show_is_heard():
    """Deletions are heard model by model (hub/apps.py): every model pages show, each snippet
    among them (registered after the apps are ready), has its receiver."""
    from django.apps import apps
    from django.db.models.signals import post_delete
    from wagtail.snippets.models import get_snippet_models

    from hub.page_cache import forget_pages

    shown = [m for m in apps.get_models() if issubclass(m, shown_models())]
    assert set(get_snippet_models()) <= set(shown)
    for model in shown:
        receivers = post_delete._live_receivers(model)
        receivers = receivers[0] if isinstance(receivers, tuple) else receivers
        assert forget_pages in receivers, model


def test_a_deleted_page_takes_its_copies_along_in_one_statement(client, publication):
    """Deleting a page deletes its listed rows and facet values (about fifty rows a page)
    without reading them (Django's fast delete: nothing listens to their deletion), and still
    forgets the cached pages that showed it. (Its revisions are read: pages point to them.)"""
    from resources.models import FacetValue, ListedValue, listed_values

    publication.save_revision().publish()
    publication.save_revision().publish()
    listed_values.refresh()
    assert ListedValue.objects.filter(page=publication).exists()
    assert FacetValue.objects.filter(page=publication).exists()
    assert Revision.page_revisions.filter(object_id=str(publication.pk)).count() >= 2
    get(client, "/en/resources/")
    assert get(client, "/en/resources/")["X-Page-Cache"] == "hit"

    with CaptureQueriesContext(connection) as queries:
        publication.delete()
    read = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("SELECT")]
    for table in ("resources_listedvalue", "resources_facetvalue"):
        assert not [sql for sql in read if f'FROM "{table}"' in sql], table
    assert not ListedValue.objects.filter(page_id=publication.pk).exists()
    assert not Revision.page_revisions.filter(object_id=str(publication.pk)).exists()
    assert "Girls in the Kivus" not in visible_text(get(client, "/en/resources/"))


def test_restricting_a_page_hides_the_cached_copy(client, publication):
    get(client, publication.url)
    PageViewRestriction.objects.create(
        page=publication, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get(publication.url)
    assert "Girls in the Kivus" not in visible_text(response) or "X-Page-Cache" not in response
    assert response.get("X-Page-Cache") != "hit"
    # The password form sets a CSRF cookie: never cached, never public.
    again = client.get(publication.url)
    assert "X-Page-Cache" not in again
    assert "private" in again["Cache-Control"]


def test_logged_in_users_are_never_served_a_cached_page(client, admin_client, publication):
    get(client, publication.url)
    response = get(admin_client, publication.url)
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_logged_in_users_do_not_fill_the_cache(client, admin_client, publication):
    get(admin_client, publication.url)
    get(admin_client, "/en/resources/")
    assert get(client, publication.url)["X-Page-Cache"] == "miss"
    assert get(client, "/en/resources/")["X-Page-Cache"] == "miss"


def test_a_message_waiting_bypasses_the_cache(client, publication):
    get(client, "/en/resources/")
    client.cookies["messages"] = "something"
    assert "X-Page-Cache" not in client.get("/en/resources/")


def test_previews_are_neither_served_from_the_cache_nor_cached(client, admin_client, publication):
    get(client, publication.url)
    publication.title = "Previewed title"
    preview = publication.make_preview_request()
    assert "Previewed title" in visible_text(preview)
    assert "X-Page-Cache" not in preview
    edit_preview = f"/admin/pages/{publication.pk}/edit/preview/"
    admin_client.get(edit_preview)
    response = get(client, publication.url)
    assert "Previewed title" not in visible_text(response)
    assert response["X-Page-Cache"] == "hit"


def test_the_admin_is_never_cached(admin_client, publication):
    response = admin_client.get("/admin/")
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]


def form_page(request):
    """A public page with a form: its CSRF token sets a cookie."""
    return HttpResponse(
        Template("<form method=post>{% csrf_token %}</form>").render(RequestContext(request))
    )


def cookie_page(request):
    response = HttpResponse("<p>Remembered.</p>")
    response.set_cookie("choice", "1")
    return response


urlpatterns = [path("form/", form_page), path("cookie/", cookie_page), *site_urls.urlpatterns]


@pytest.mark.parametrize("url", ["/form/", "/cookie/"])
def test_pages_setting_a_cookie_are_not_cached(client, settings, url, db):
    settings.ROOT_URLCONF = __name__
    first = client.get(url)
    assert first.cookies
    client.cookies.clear()
    second = client.get(url)
    assert "X-Page-Cache" not in second
    assert second.cookies  # rendered again, with its own cookie
    assert "private" in second["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/resources/feed/rss/",
        "/en/resources/feed/atom/",
        "/sitemap.xml",
        "/en/search/?q=girls",
    ],
)
def test_public_pages_feeds_and_sitemap_are_cached(client, publication, url):
    first = get(client, url)
    second = get(client, url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content


def test_off_it_caches_nothing(client, publication, settings):
    settings.HUB_PAGE_CACHE = False
    get(client, "/en/resources/")
    response = get(client, "/en/resources/")
    assert "X-Page-Cache" not in response


def test_no_cdn_named_nothing_purged():
    assert frontend_cache({}) == {}


def test_cdns_named_in_the_environment():
    backends = frontend_cache(
        {
            "FRONTEND_CACHE_URL": "http://127.0.0.1:6081",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFLARE_API_TOKEN": "token",
        }
    )
    assert backends["http"]["LOCATION"] == "http://127.0.0.1:6081"
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudflare"]["BEARER_TOKEN"] == "token"


@pytest.mark.parametrize(
    "environ",
    [{"CLOUDFLARE_ZONE_ID": "zone"}, {"CLOUDFLARE_API_TOKEN": "t"}, {"FRONTEND_CACHE_URL": "x"}],
)
def test_half_a_cdn_configuration_is_refused(environ):
    with pytest.raises(ImproperlyConfigured):
        frontend_cache(environ)


def test_production_caches_pages_with_redis_and_purges_the_cdn_it_is_given():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.HUB_PAGE_CACHE, settings.HUB_COUNTS_CACHE, "
        "'wagtail.contrib.frontend_cache' in "
        "settings.INSTALLED_APPS, sorted(settings.WAGTAILFRONTENDCACHE))"
    )
    with_them = run_in_production(
        ["-c", code], REDIS_URL="redis://127.0.0.1:6379/9", FRONTEND_CACHE_URL="http://cache:80"
    )
    assert with_them.stdout.split() == ["True", "True", "True", "['http']"], with_them.stderr
    # Without Redis each worker would keep its own pages and counts: neither is cached.
    without = run_in_production(["-c", code])
    assert without.stdout.split() == ["False", "False", "False", "[]"], without.stderr


def test_with_redis_down_pages_are_rendered_not_failed(client, publication):
    with override_settings(CACHES=redis_cache("hub.cache_backend.DegradingRedisCache")):
        for _ in range(2):
            response = get(client, "/en/resources/")
            assert response["X-Page-Cache"] == "miss"
            assert "Girls in the Kivus" in visible_text(response)


REDIS_FOR_TESTS = os.environ.get("HUB_TEST_REDIS_URL", "redis://127.0.0.1:6379/6")


def test_with_redis_the_page_is_shared_and_forgotten_on_publish(client, publication):
    caches = {
        "default": {
            "BACKEND": "hub.cache_backend.DegradingRedisCache",
            "LOCATION": REDIS_FOR_TESTS,
            "KEY_PREFIX": f"hub-test-{uuid.uuid4().hex}",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(CACHES=caches):
        try:
            cache.set("ping", 1)
            if cache.get("ping") != 1:
                pytest.skip("no Redis at " + REDIS_FOR_TESTS)
            get(client, publication.url)
            assert get(client, publication.url)["X-Page-Cache"] == "hit"
            publication.title = "Girls and boys in the Kivus"
            publication.save_revision().publish()
            response = get(client, publication.url)
            assert response["X-Page-Cache"] == "miss"
            assert "Girls and boys in the Kivus" in visible_text(response)
        finally:
            cache.clear()
