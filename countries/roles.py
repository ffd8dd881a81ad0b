"""Who edits a country profile.

The secretariat edits every profile (its grants are on Wagtail's root, resources.roles). The
editors and moderators of the region the country belongs to, and the country's coalition
editors where the coalition was onboarded, edit its profile in every language it exists in;
their changes go through "Regional review", approved by whoever may publish the profile (the
region's moderators, the secretariat's publishers), as for the networks' pages.

The grants are on each profile (a profile's address, /<lang>/countries/<iso>/, has no region in
it): a profile in each language for each country the hub covers, a few rows per group.
Made by `manage.py setup_site`, and when a profile or a translation of it is created.
"""

from django.contrib.auth.models import Group
from wagtail.models import Locale

from hub.roles import assign_workflow, grant_pages
from resources.coalitions import coalition_editors_group_name
from resources.models import Region, RegionalNetworkPage
from resources.roles import (
    EDITOR_PAGE_PERMISSIONS,
    MODERATOR_PAGE_PERMISSIONS,
    ensure_region_roles,
    regional_review_workflow,
    share_grants_with_translations,
)

from .models import CountryPage


def regions_of(code):
    """The regions (default language) that have a network and cover the country `code`."""
    with_network = RegionalNetworkPage.objects.values_list("region__translation_key", flat=True)
    return [
        region
        for region in Region.objects.filter(
            locale=Locale.get_default(), translation_key__in=with_network
        )
        if code in {country.code for country in region.countries}
    ]


def ensure_country_roles(page):
    """The grants and the workflow of the profile `page` (one language's)."""
    code = page.country.code
    groups = []
    for region in regions_of(code):
        editors, moderators, _collection = ensure_region_roles(region)
        grant_pages(editors, page, EDITOR_PAGE_PERMISSIONS)
        grant_pages(moderators, page, MODERATOR_PAGE_PERMISSIONS)
        groups += [editors.name, moderators.name]
    coalition = Group.objects.filter(name=coalition_editors_group_name(code)).first()
    if coalition is not None:
        grant_pages(coalition, page, EDITOR_PAGE_PERMISSIONS)
        groups.append(coalition.name)
    assign_workflow(page, regional_review_workflow())
    return groups


def ensure_all_country_roles():
    names = set()
    for page in CountryPage.objects.all():
        names.update(ensure_country_roles(page))
    return sorted(names)


def extend_country_roles(sender, instance, created, raw=False, **kwargs):
    """post_save of a profile: a new one gets its grants; a new translation too."""
    if not created or raw:
        return
    ensure_country_roles(instance)
    share_grants_with_translations(instance)
