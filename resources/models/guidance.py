"""Psycho-social guidance for practitioners, with a review cycle: guidance past its review date
says so to readers, and the admin lists it (Reports › Guidance due for review)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from hub.pages import HubPage, content_and_details_tabs, synchronized

from ..blocks import GuidanceBlock
from ..facets import CountryFacet, MultipleChoiceFacet, ReviewFacet, TopicFacet
from ..fields import MultipleChoiceField
from .facet_values import register
from .listing import ListingPage
from .taxonomy import Audience


class GuidanceIndexPage(ListingPage):
    subpage_types = ["resources.PsychosocialGuidancePage"]

    class Meta:
        verbose_name = _("guidance index")

    @classmethod
    def listing_model(cls):
        return PsychosocialGuidancePage

    @classmethod
    def listing_facets(cls):
        return [
            TopicFacet("topic", _("Topic")),
            MultipleChoiceFacet("audience", _("Audience"), "audiences", Audience.choices),
            CountryFacet("country", _("Country")),
            ReviewFacet("review", _("Review")),
        ]


class GuidanceManager(PageManager):
    def overdue(self, today=None):
        return self.get_queryset().filter(next_review_due__lt=today or timezone.localdate())


class PsychosocialGuidancePage(HubPage):
    override_translatable_fields = synchronized(
        "audiences", "countries", "topics", "last_reviewed", "next_review_due"
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    is_illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Shows readers that this is an example written for the demonstration site."),
    )
    audiences = MultipleChoiceField(_("audiences"), choices=Audience.choices)
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_(
            "The countries this guidance was written for or tried in. Leave empty when it "
            "applies everywhere."
        ),
    )
    topics = ParentalManyToManyField(
        "resources.Topic", verbose_name=_("topics"), blank=True, related_name="guidance"
    )
    body = StreamField(GuidanceBlock(), verbose_name=_("guidance"))
    last_reviewed = models.DateField(_("last reviewed"))
    next_review_due = models.DateField(_("next review due"))
    reviewed_by = models.CharField(
        _("reviewed by"), max_length=255, help_text=_("A role or a panel, e.g. Technical group")
    )

    objects = GuidanceManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("is_illustrative"),
        FieldPanel("body"),
    ]
    details_panels = [
        FieldPanel("audiences"),
        FieldPanel("countries"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
                FieldPanel("reviewed_by"),
            ],
            heading=_("Review"),
        ),
    ]
    edit_handler = content_and_details_tabs(content_panels, details_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("next_review_due"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["resources.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("psycho-social guidance")
        verbose_name_plural = _("psycho-social guidance")
        # The home page's most recently reviewed few (HomePage.featured_guidance): walked
        # backwards to the first three live ones, whatever the size of the site.
        indexes = [
            models.Index(fields=["last_reviewed", "page_ptr"], name="guidance_by_last_reviewed")
        ]

    def clean(self):
        super().clean()
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": _("The next review must come after the last one.")}
            )

    @property
    def is_overdue(self):
        return self.next_review_due < timezone.localdate()


register(PsychosocialGuidancePage, "countries", "audiences")
