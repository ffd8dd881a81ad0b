"""What a web worker would otherwise load on its first request: the URL patterns, the interface
catalogue of every language, the site's templates compiled, and Wagtail's hooks. gunicorn
(gunicorn.conf.py, `preload_app`) loads the application and calls `warm()` once in its master
process, before it starts the workers: each worker, and each one that replaces it after
`max_requests`, starts with all of it in memory (shared until written), instead of spending
seconds on its first reader. Nothing here touches the database.

Then everything loaded is moved out of the garbage collector's sight (`gc.freeze()`, as
Python's documentation advises before forking): a worker's full collections no longer walk the
hundreds of thousands of objects of Django, Wagtail and the site's code, which made one request
in a few tens of milliseconds slower at random, and they no longer write to the pages the
workers share with the master.
"""

import gc
import logging

from django.conf import settings
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver, reverse
from django.utils import translation
from wagtail import hooks

logger = logging.getLogger(__name__)


def warm(close_connections=True):
    """Load it all; `close_connections=False` where the process itself goes on serving
    (make bench), not forking."""
    resolver = get_resolver()
    resolver.reverse_dict  # noqa: B018 - imports every URLconf and view module
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Search")
            reverse("wagtail_serve", args=("",))
    hooks.search_for_hooks()
    compiled = 0
    for directory in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(directory.rglob("*.html")):
            try:
                get_template(str(path.relative_to(directory)))
                compiled += 1
            except (TemplateDoesNotExist, TemplateSyntaxError):
                logger.warning("Template not compiled in advance: %s", path)
    # Nothing above should have connected, but a connection must never be shared with the
    # workers forked from this process.
    if close_connections:
        connections.close_all()
    gc.collect()
    gc.freeze()
    return compiled
