"""The site's addresses plus a trivial view, for `make bench` only (demo/bench.py): the floor
every page's time is read against, the cost of the middleware and the test client alone."""

from django.http import HttpResponse
from django.urls import path

from hub import urls as site_urls


def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *site_urls.urlpatterns]

handler400 = site_urls.handler400
handler404 = site_urls.handler404
handler500 = site_urls.handler500
