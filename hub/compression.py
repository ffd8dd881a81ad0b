"""Pages, feeds and the sitemap reach readers gzip-compressed when their browser accepts it.

What it adjusts: Django's `GZipMiddleware` (django.middleware.gzip), which compresses every
response it sees, downloads included. Here only text is compressed (HTML, XML, feeds, JSON,
CSS, JavaScript, SVG): documents (PDF, office files) are compressed already, so compressing
them again costs the server CPU for nothing and takes away their Content-Length, so that a
reader's browser could no longer show how much of a download is left.

BREACH: since Django 4.2 the middleware pads each response's gzip header with up to 100 random
bytes ("Heal The Breach"), so that an attacker cannot read a secret in a page (a CSRF token)
from the sizes of compressed responses. The compression is done here, in Django, rather than
by the proxy for that reason (nginx's gzip has no such padding); docs/deploy.md says so.

Static files never come here: WhiteNoise answers them before this middleware, from the Brotli
and gzip copies written by `collectstatic`.

One adjustment to Wagtail: `wagtail.utils.sendfile.sendfile`, which serves documents, sets
`Content-Encoding` to the encoding `mimetypes` guesses from the file's name, None for nearly
every file (a PDF, a Word file), and Django writes that as the text "None": a download then
claims an encoding no client knows. Such a header is removed here (the test that checks this
calls Wagtail's function by name, so that an upgrade that fixes it is noticed).
"""

from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/javascript",
    "image/svg+xml",
)


class CompressTextMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if response.get("Content-Encoding") == "None":  # wagtail.utils.sendfile.sendfile
            del response["Content-Encoding"]
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        if not content_type.startswith(COMPRESSIBLE):
            return response
        return super().process_response(request, response)
