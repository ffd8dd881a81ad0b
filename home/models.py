"""The home page of each language and the general pages under it (About, What we do...)."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import BodyBlock
from hub.i18n import localized_pages, mark_other_languages, one_per_translation_filter
from hub.pages import HubPage

from .blocks import HighlightBlock


class HomePage(HubPage):
    """One per language; the root of that language's tree."""

    introduction = models.TextField(_("introduction"), blank=True)
    highlights = StreamField(
        [("highlight", HighlightBlock())],
        verbose_name=_("highlighted sections"),
        blank=True,
        help_text=_("The areas of work shown on the home page, in order."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("highlights")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from resources.models import ResourcePage

        context = super().get_context(request, *args, **kwargs)
        # The filter form of one_per_translation, so that the database walks the index on
        # publication_date from the newest and stops at the third (resources migration 0006).
        latest = one_per_translation_filter(ResourcePage.objects.live().public(), self.locale_id)
        context["latest_resources"] = mark_other_languages(
            list(latest.defer_streamfields().order_by("-publication_date", "-pk")[:3]),
            self.locale_id,
        )
        return context

    def featured_guidance(self):
        """Up to three guidance pages in this language, due for no review, the most recently
        reviewed first: what a practitioner arriving on the site most likely needs."""
        from resources.models import PsychosocialGuidancePage

        return (
            PsychosocialGuidancePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, next_review_due__gte=datetime.date.today())
            .defer_streamfields()
            .order_by("-last_reviewed", "-pk")[:3]
        )

    def get_highlights(self):
        """(page, summary) pairs for the highlighted sections, in the reader's language."""
        items = [child.value for child in self.highlights if child.value["page"]]
        pages = localized_pages(item["page"] for item in items)
        return [
            (page, item["summary"] or page.search_description)
            for page, item in zip(pages, items, strict=True)
        ]


class StandardPage(HubPage):
    """A general page of text: About, What we do, each area of work, Achievements."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.get_children().live().public()
        return context
