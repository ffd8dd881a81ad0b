"""What the index pages (library, programmes, guidance) share: a paginated listing of one
page type in the index's own language, flat in queries whatever its length."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from hub.pages import HubPage
from hub.pagination import paginate


class ListingPage(HubPage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*HubPage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    per_page = 20
    listing_order = ["-first_published_at"]

    class Meta:
        abstract = True

    def listing_model(self):
        raise NotImplementedError

    def get_listing_queryset(self, request):
        return (
            self.listing_model()
            .objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .order_by(*self.listing_order, "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = paginate(request, self.get_listing_queryset(request), self.per_page)
        return context
