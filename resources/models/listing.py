"""What the index pages (library, programmes, guidance) share: a filtered, counted and
paginated listing of one page type, every item once, in the index's own language where it
exists in it and in another otherwise (hub.i18n.one_per_translation), built by the one
mechanism in resources/facets.py. Each index page says which facets and sorts it offers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from hub.i18n import one_per_translation
from hub.pages import HubPage, synchronized

from ..facets import AvailabilityFacet, Listing, Sort, by_title
from . import listed_values


class ListingPage(HubPage):
    override_translatable_fields = synchronized("slug")
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    per_page = 20
    listing_date_field = None

    class Meta:
        abstract = True

    @classmethod
    def listing_model(cls):
        raise NotImplementedError

    @classmethod
    def listing_facets(cls):
        return []

    def listing_sorts(self):
        return [Sort("title", _("Title"), by_title)]

    def listed_public_pages(self):
        """Every live, public page of the listed type, wherever it is in the tree (a
        coalition's programme under its network page appears too). public() reads the view
        restrictions: once per view, shared by both forms of the listing's pages below."""
        return self.listing_model().objects.live().public()

    def listing_queryset(self, public):
        """The pages `public` (listed_public_pages) once each: in this index's language where
        it exists in it, else in another (hub.i18n.one_per_translation)."""
        return one_per_translation(public, self.locale_id)

    def listing_base_queryset(self, public):
        """listing_queryset(), in the form the database reads fastest (no `pk IN`)."""
        return listed_values.listed_pages(self.listing_model(), self.locale_id, public=public)

    def get_listing(self, request):
        public = self.listed_public_pages()
        return Listing(
            request,
            self.listing_queryset(public),
            [AvailabilityFacet(self.locale_id), *self.listing_facets()],
            self.listing_sorts(),
            self.per_page,
            date_field=self.listing_date_field,
            locale_id=self.locale_id,
            base_queryset=self.listing_base_queryset(public),
            listed=listed_values.Listed(self.listing_model()),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_listing(request).context())
        return context
