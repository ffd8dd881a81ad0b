from wagtail import hooks

from hub.setup import HOOK as SETUP_SITE

from .setup import ensure_home_pages

hooks.register(SETUP_SITE, ensure_home_pages, order=10)
