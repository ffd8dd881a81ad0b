"""Addresses carrying control characters are refused with a clear 400, before anything queries.

A NUL byte in a page path (`/en/%00/`) or a query value (`?q=%00`) cannot be stored in or
compared by PostgreSQL: the page lookup, the redirect lookup and search each failed with a 500
(the outside audit's fuzzing found nothing else). No person types a control character into an
address, so the request is answered "bad request" in the reader's language, on every database.

Invalid UTF-8 needs nothing here: Django re-percent-encodes it in the path (`/en/%C0%AF/` looks
for the slug "%C0%AF" and finds nothing: a 404) and replaces it in query values (ignored by the
listings like any unknown value).
"""

import re

from .views import bad_request

CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def has_control_characters(request):
    if CONTROL.search(request.path):
        return True
    return any(
        CONTROL.search(key) or any(CONTROL.search(value) for value in values)
        for key, values in request.GET.lists()
    )


class RejectControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request):
            return bad_request(request)
        return self.get_response(request)
