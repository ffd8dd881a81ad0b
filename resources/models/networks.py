"""The coalition's regional networks and national coalitions. Each regional network owns its
subtree: its national coalitions, and the programmes and resources they publish."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import BodyBlock
from hub.forms import HubPageForm
from hub.i18n import children_of_translations, mark_other_languages, one_per_translation
from hub.pages import HubPage, synchronized

from ..blocks import ActivityBlock, FocalPointBlock
from ..facets import TaxonomyFacet
from .taxonomy import Region


class NetworkIndexPage(HubPage):
    override_translatable_fields = synchronized("slug")
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.RegionalNetworkPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        networks = translated_children(RegionalNetworkPage, self, "region")
        # Each region named in the reader's language, also for a network shown in another.
        names = TaxonomyFacet("region", "").term_names(Region)
        for network in networks:
            network.region_name = names.get(network.region.slug, (network.region.name,))[0]
        context["networks"] = networks
        return context


def translated_children(model, parent, *related):
    """The live children of type `model` of `parent` or of any of its translations, once each:
    in the parent's language where they exist in it, else in another (marked)."""
    pages = children_of_translations(model.objects.live().public(), parent)
    pages = one_per_translation(pages, parent.locale_id)
    pages = pages.defer_streamfields().select_related(*related).order_by("title")
    return mark_other_languages(list(pages), parent.locale_id)


class NetworkPage(HubPage):
    """What regional networks and national coalitions share."""

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    about = StreamField(BodyBlock(), verbose_name=_("about"), blank=True)
    members = models.TextField(
        _("members"), blank=True, help_text=_("Member organisations, one per line.")
    )
    focal_points = StreamField(
        [("focal_point", FocalPointBlock())], verbose_name=_("focal points"), blank=True
    )
    activities = StreamField(
        [("activity", ActivityBlock())], verbose_name=_("activities and news"), blank=True
    )

    shared_panels = [
        FieldPanel("summary"),
        FieldPanel("about"),
        FieldPanel("members"),
        FieldPanel("focal_points"),
        FieldPanel("activities"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("about"),
        index.SearchField("members"),
        index.SearchField("activities"),
    ]
    subpage_types = ["resources.ReintegrationProgrammePage", "resources.ResourcePage"]

    class Meta:
        abstract = True

    @property
    def member_list(self):
        return [line.strip() for line in self.members.splitlines() if line.strip()]

    @classmethod
    def tabs(cls, identity_panels):
        return TabbedInterface(
            [
                ObjectList(
                    [*Page.content_panels, *identity_panels, *cls.shared_panels],
                    heading=_("Content"),
                ),
                ObjectList(Page.promote_panels, heading=_("Promote")),
                ObjectList(Page.settings_panels, heading=_("Settings")),
            ]
        )


class RegionalNetworkPageForm(HubPageForm):
    """A network's region is chosen when the network page is made and not changed after:
    the region's editors and moderators hold their rights on this page (hub.roles), so
    moving it to another region would leave them in charge of it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "region" in self.fields:
            self.fields["region"].disabled = True
            self.fields["region"].help_text = _(
                "Set when the network was created. Its region's editors and moderators hold "
                "their rights here; for another region, create another network page."
            )


class RegionalNetworkPage(NetworkPage):
    base_form_class = RegionalNetworkPageForm
    override_translatable_fields = synchronized("countries_covered")
    region = models.ForeignKey(
        "resources.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )
    countries_covered = CountryField(_("countries covered"), multiple=True, blank=True)

    edit_handler = NetworkPage.tabs([FieldPanel("region"), FieldPanel("countries_covered")])
    parent_page_types = ["resources.NetworkIndexPage"]
    subpage_types = ["resources.NationalCoalitionPage", *NetworkPage.subpage_types]

    class Meta:
        verbose_name = _("regional network")
        verbose_name_plural = _("regional networks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["coalitions"] = translated_children(NationalCoalitionPage, self)
        return context


class NationalCoalitionPage(NetworkPage):
    override_translatable_fields = synchronized("country")
    country = CountryField(_("country"))

    edit_handler = NetworkPage.tabs([FieldPanel("country")])
    parent_page_types = ["resources.RegionalNetworkPage"]

    class Meta:
        verbose_name = _("national coalition")
        verbose_name_plural = _("national coalitions")
        permissions = [
            (
                "onboard_coalition",
                _("Can onboard a national coalition (its page, collection and group)"),
            )
        ]
