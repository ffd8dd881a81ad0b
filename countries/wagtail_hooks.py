from wagtail import hooks

from hub.setup import HOOK as SETUP_SITE
from hub.setup import summary

from .roles import ensure_all_country_roles


@hooks.register(SETUP_SITE, order=40)
def setup_country_roles():
    """After the regional roles (order 30): the profiles' grants and workflow."""
    return [summary("Country profile editors", ensure_all_country_roles())]
