"""Onboarding a national coalition in one step.

`onboard_coalition()` makes, under the region's network page, the coalition's page (a draft for
the coalition to fill in and send to review), a collection for its images and documents inside
the region's, and a "<Country> coalition editors" group that may add and edit the coalition's
pages (in every language they come to exist in) and use its collection. Running it again
changes nothing; bad arguments are refused before anything is written.

Used by `python manage.py add_coalition` and by the admin's Settings › Onboard a coalition.
"""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries
from wagtail.admin import messages
from wagtail.models import Locale

from hub.roles import ADMIN_ACCESS, ensure_collection, ensure_group, grant_media, grant_pages

from .models import NationalCoalitionPage, Region, RegionalNetworkPage
from .roles import EDITOR_PAGE_PERMISSIONS, ensure_region_roles

PERMISSION = "resources.onboard_coalition"


@dataclass
class Onboarding:
    page: object
    collection: object
    group: object
    made: list = field(default_factory=list)  # what did not exist before, in words

    def report(self):
        lines = [
            _("Page: “%(title)s” (%(state)s), %(url)s")
            % {
                "title": self.page.title,
                "state": _("live") if self.page.live else _("draft"),
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            },
            _("Collection: %(path)s") % {"path": collection_path(self.collection)},
            _("Group: “%(name)s”: adds and edits the coalition's pages, uses its collection")
            % {"name": self.group.name},
        ]
        if self.made:
            lines.append(_("Made now: %(things)s") % {"things": ", ".join(self.made)})
        else:
            lines.append(_("All of it was already there: nothing changed."))
        return lines


def collection_path(collection):
    return " › ".join(c.name for c in collection.get_ancestors(inclusive=True)[1:])


def country_name(code):
    """In the site's default language, as group and collection names are."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(countries.name(code))


def coalition_editors_group_name(country):
    return f"{country_name(country)} coalition editors"


def find_network(region_slug, language):
    """The region (in the site's default language) and its network page in `language`."""
    region = Region.objects.filter(slug=region_slug, locale=Locale.get_default()).first()
    if region is None:
        known = ", ".join(
            Region.objects.filter(locale=Locale.get_default()).values_list("slug", flat=True)
        )
        raise ValidationError(
            _("There is no region “%(slug)s”. Regions: %(known)s.")
            % {"slug": region_slug, "known": known},
            code="region",
        )
    locale = Locale.objects.filter(language_code=language).first()
    network = (
        RegionalNetworkPage.objects.filter(
            region__translation_key=region.translation_key, locale=locale
        ).first()
        if locale
        else None
    )
    if network is None:
        raise ValidationError(
            _("%(region)s has no regional network page in %(language)s yet.")
            % {"region": region.name, "language": language},
            code="region",
        )
    return region, network


def validate(region_slug, country, name, language):
    """Everything that can be wrong with the request, before anything is written."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Give the coalition a name."), code="name")
    if len(name) > 255:
        raise ValidationError(_("The name is longer than 255 characters."), code="name")
    country = (country or "").strip().upper()
    if country not in dict(countries):
        raise ValidationError(
            _("“%(code)s” is not an ISO 3166 country code (for example SL, CO, LB).")
            % {"code": country},
            code="country",
        )
    region, network = find_network(region_slug, language)
    if country not in region.countries:
        raise ValidationError(
            _(
                "%(country)s is not among the countries of %(region)s. "
                "Add it to the region first (Snippets › Regions)."
            )
            % {"country": countries.name(country), "region": region.name},
            code="country",
        )
    elsewhere = (
        NationalCoalitionPage.objects.filter(country=country, locale_id=network.locale_id)
        .exclude(path__startswith=network.path)
        .first()
    )
    if elsewhere is not None:
        raise ValidationError(
            _("%(country)s already has a coalition page elsewhere: “%(title)s”.")
            % {"country": countries.name(country), "title": elsewhere.title},
            code="country",
        )
    return region, network, country, name


def unique_slug(parent, name, country):
    base = slugify(name, allow_unicode=True) or country.lower()
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def onboard_coalition(region_slug, country, name, language=None, user=None):
    """Make (or find) a national coalition's page, collection and group; see the module."""
    language = language or settings.LANGUAGE_CODE
    region, network, country, name = validate(region_slug, country, name, language)
    made = []
    region_collection = ensure_region_roles(region)[2]

    page = NationalCoalitionPage.objects.child_of(network).filter(country=country).first()
    if page is None:
        local_region = region.get_translation_or_none(network.locale) or region
        with translation.override(language):
            summary = _(
                "The national coalition in %(country)s, a member of the %(region)s network."
            ) % {"country": countries.name(country), "region": local_region.name}
        page = NationalCoalitionPage(
            title=name,
            slug=unique_slug(network, name, country),
            country=country,
            summary=summary,
            owner=user,
            live=False,
        )
        network.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        made.append(_("the page"))

    collection_name = country_name(country)
    if not region_collection.get_children().filter(name=collection_name).exists():
        made.append(_("the collection"))
    collection = ensure_collection(collection_name, region_collection)

    group_name = coalition_editors_group_name(country)
    if not Group.objects.filter(name=group_name).exists():
        made.append(_("the group"))
    group = ensure_group(group_name, ADMIN_ACCESS)
    for member in page.get_translations(inclusive=True):
        grant_pages(group, member, EDITOR_PAGE_PERMISSIONS)
    grant_media(group, collection, ["choose", "add", "change"])
    return Onboarding(page=page, collection=collection, group=group, made=made)


class OnboardingForm(forms.Form):
    region = forms.ChoiceField(label=gettext_lazy("Region"))
    country = forms.ChoiceField(label=gettext_lazy("Country"))
    name = forms.CharField(
        label=gettext_lazy("Name of the coalition"),
        max_length=255,
        help_text=gettext_lazy("As it should appear as the page's title."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keys = RegionalNetworkPage.objects.values_list("region__translation_key", flat=True)
        regions = Region.objects.filter(translation_key__in=keys, locale=Locale.get_default())
        self.fields["region"].choices = [("", "---------")] + [
            (region.slug, region.name) for region in regions
        ]
        self.fields["country"].choices = [("", "---------"), *countries]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            validate(data["region"], data["country"], data["name"], settings.LANGUAGE_CODE)
        except ValidationError as error:
            field_name = error.code if error.code in self.fields else None
            self.add_error(field_name, error)
        return data


def onboard_view(request):
    """Settings › Onboard a coalition (the secretariat's)."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = OnboardingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            onboarding = onboard_coalition(
                form.cleaned_data["region"],
                form.cleaned_data["country"],
                form.cleaned_data["name"],
                user=request.user,
            )
        except ValidationError as error:  # changed by someone else meanwhile
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("“%(title)s” is ready. Add the coalition's people to the group “%(group)s”.")
                % {"title": onboarding.page.title, "group": onboarding.group.name},
            )
            return redirect("wagtailadmin_pages:edit", onboarding.page.pk)
    return TemplateResponse(
        request,
        "resources/onboard_coalition.html",
        {"form": form, "page_title": _("Onboard a coalition"), "header_icon": "group"},
    )
