"""The library: the coalition's reports, briefings, articles and toolkits, each with its files."""

import hashlib

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.blocks import BodyBlock
from hub.cache import cached
from hub.covers import CARD_RENDITION
from hub.pages import HubPage, content_and_details_tabs, synchronized

from ..facets import (
    ChoiceFacet,
    CountryFacet,
    FileLanguageFacet,
    MultipleChoiceFacet,
    RegionFacet,
    Sort,
    TopicFacet,
    by_title,
    newest,
    oldest,
)
from ..fields import MultipleChoiceField
from .facet_values import register
from .listing import ListingPage
from .taxonomy import Audience, Region, ResourceType


class ResourceIndexPage(RoutablePageMixin, ListingPage):
    subpage_types = ["resources.ResourcePage"]
    listing_date_field = "publication_date"

    @path("", name="listing")
    def listing_view(self, request):
        return self.render(request)

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request, kind):
        """RSS (feed/rss/) or Atom (feed/atom/) of the listing, with the same filters."""
        from ..feeds import LibraryFeed

        if kind not in LibraryFeed.feed_types:
            raise Http404
        return LibraryFeed(self, self.get_listing(request), kind)(request)

    class Meta:
        verbose_name = _("library")

    @classmethod
    def listing_model(cls):
        return ResourcePage

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        attach_covers(context["items"].object_list, CARD_RENDITION)
        return context

    @classmethod
    def listing_facets(cls):
        return [
            TopicFacet("topic", _("Topic")),
            CountryFacet("country", _("Country")),
            RegionFacet("region", _("Region"), Region),
            ChoiceFacet("type", _("Type"), "resource_type", ResourceType.choices),
            MultipleChoiceFacet("audience", _("Audience"), "audiences", Audience.choices),
            FileLanguageFacet("language", _("Language of the files")),
        ]

    def listing_sorts(self):
        return [
            Sort("newest", _("Newest first"), newest("publication_date")),
            Sort("oldest", _("Oldest first"), oldest("publication_date")),
            Sort("title", _("Title"), by_title),
        ]


class ResourcePage(HubPage):
    override_translatable_fields = synchronized(
        "publication_date", "resource_type", "countries", "audiences", "topics"
    )
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
    edit_handler = content_and_details_tabs(content_panels, details_panels)
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
        # The newest first (home, feeds): read from this index's end, not sorted.
        indexes = [
            models.Index(fields=["publication_date", "page_ptr"], name="resource_by_date"),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["citation"] = self.citation(request)
        return context

    @property
    def cover(self):
        """The cover an editor chose, else the first page of the first of its PDFs."""
        if not hasattr(self, "_cover"):
            # From the page as it is in memory, so that a preview shows its draft's files.
            made = (f.document.cover for f in self.files.all() if f.document.cover_id)
            self._cover = self.cover_image or next(made, None)
        return self._cover

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


register(ResourcePage, "countries", "audiences")


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


def attach_covers(pages, rendition):
    """Give each resource page its `cover` (see ResourcePage.cover) with its `rendition`
    fetched: which image each page shows is cached until a page is published or a document
    gets a new cover (the "pages" namespace of hub.cache), then two queries fetch the images
    and their renditions, whatever the number of pages, and none when no page has a cover."""
    pages = list(pages)
    if not pages:
        return
    pks = sorted(page.pk for page in pages)
    key = "covers:" + hashlib.sha256(",".join(map(str, pks)).encode()).hexdigest()
    cover_ids = cached("pages", key, lambda: cover_image_ids(pks))
    images = {}
    if cover_ids:
        images = get_image_model().objects.filter(pk__in=set(cover_ids.values()))
        images = {image.pk: image for image in images.prefetch_renditions(rendition)}
    for page in pages:
        page._cover = images.get(cover_ids.get(page.pk))


def cover_image_ids(page_pks):
    """{page pk: image pk} of the pages among `page_pks` that have a cover: the one an editor
    chose, else the cover of the first PDF among its files."""
    chosen = dict(
        ResourcePage.objects.filter(pk__in=page_pks, cover_image__isnull=False).values_list(
            "pk", "cover_image_id"
        )
    )
    made = (
        ResourceFile.objects.filter(page_id__in=page_pks, document__cover__isnull=False)
        .exclude(page_id__in=list(chosen))
        .order_by("-sort_order", "-pk")
        .values_list("page_id", "document__cover_id")
    )
    covers = dict(made)  # the first file, in the editor's order, comes last and stays
    return {**covers, **chosen}
