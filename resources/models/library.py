"""The library: the coalition's reports, briefings, articles and toolkits, each with its files."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from hub.pages import HubPage

from ..fields import MultipleChoiceField
from .listing import ListingPage
from .taxonomy import Audience, ResourceType


class ResourceIndexPage(ListingPage):
    subpage_types = ["resources.ResourcePage"]
    listing_order = ["-publication_date", "title"]

    class Meta:
        verbose_name = _("library")

    def listing_model(self):
        return ResourcePage


class ResourcePage(HubPage):
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    publication_date = models.DateField(_("publication date"))
    resource_type = models.CharField(_("type"), max_length=32, choices=ResourceType.choices)
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    topics = ParentalManyToManyField(
        "resources.Topic", verbose_name=_("topics"), blank=True, related_name="resources"
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    audiences = MultipleChoiceField(_("audiences"), choices=Audience.choices)
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("files", label=_("Files"), heading=_("Files")),
    ]
    details_panels = [
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("resource_type")]),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("authors")]),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries"),
                FieldPanel("audiences"),
            ],
            heading=_("Classification"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("publisher"),
        index.SearchField("authors"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = [
        "resources.ResourceIndexPage",
        "resources.RegionalNetworkPage",
        "resources.NationalCoalitionPage",
    ]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["citation"] = self.citation(request)
        return context

    @property
    def year(self):
        return self.publication_date.year

    def citation(self, request=None):
        """A reference a reader can paste: who, when, what, published by whom, where."""
        parts = [self.authors or self.publisher or _("Coalition")]
        parts.append(f"({self.year})")
        text = " ".join(str(p) for p in parts) + f". {self.title}."
        if self.publisher and self.authors:
            text += f" {self.publisher}."
        return f"{text} {self.get_full_url(request)}"


class ResourceFile(Orderable):
    """One downloadable file of a resource; its language comes from the document."""

    page = ParentalKey(ResourcePage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
