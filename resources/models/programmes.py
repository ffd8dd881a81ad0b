"""Reintegration programmes: who runs them, where, for whom, how, and what was learned."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.blocks import BodyBlock
from hub.i18n import localized_pages
from hub.pages import HubPage, content_and_details_tabs, synchronized

from ..facets import ChoiceFacet, CountryFacet, MultipleChoiceFacet, RegionFacet
from ..fields import MultipleChoiceField
from .facet_values import register
from .listing import ListingPage
from .taxonomy import Region


class ProgrammeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")


class ServedGroup(models.TextChoices):
    GIRLS = "girls", _("Girls")
    BOYS = "boys", _("Boys")


class Approach(models.TextChoices):
    FAMILY_TRACING = "family-tracing", _("Family tracing and reunification")
    COMMUNITY = "community", _("Community-based reintegration")
    EDUCATION = "education", _("Education")
    LIVELIHOODS = "livelihoods", _("Vocational training and livelihoods")
    PSYCHOSOCIAL = "psychosocial", _("Psycho-social support")
    HEALTH = "health", _("Health")
    LEGAL = "legal", _("Legal aid and juvenile justice")
    GIRLS = "girl-specific", _("Girl-specific support")


class ProgrammeIndexPage(ListingPage):
    subpage_types = ["resources.ReintegrationProgrammePage"]

    class Meta:
        verbose_name = _("programme directory")

    @classmethod
    def listing_model(cls):
        return ReintegrationProgrammePage

    @classmethod
    def listing_facets(cls):
        return [
            CountryFacet("country", _("Country")),
            RegionFacet("region", _("Region"), Region),
            ChoiceFacet("status", _("Status"), "status", ProgrammeStatus.choices),
            MultipleChoiceFacet("approach", _("Approach"), "approaches", Approach.choices),
            MultipleChoiceFacet("serves", _("Serves"), "serves", ServedGroup.choices),
        ]


class ReintegrationProgrammePage(HubPage):
    override_translatable_fields = synchronized(
        "countries",
        "status",
        "start_date",
        "end_date",
        "serves",
        "age_min",
        "age_max",
        "children_reached",
        "approaches",
        "contact_email",
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    is_illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Shows readers that this describes an example, not a real programme."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    implementing_organisations = models.TextField(
        _("implementing organisations"), help_text=_("One per line.")
    )
    countries = CountryField(_("countries"), multiple=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ProgrammeStatus.choices, default=ProgrammeStatus.ACTIVE
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    serves = MultipleChoiceField(_("serves"), choices=ServedGroup.choices)
    age_min = models.PositiveSmallIntegerField(
        _("youngest age served"), null=True, blank=True, validators=[MaxValueValidator(30)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("oldest age served"), null=True, blank=True, validators=[MaxValueValidator(30)]
    )
    children_reached = models.PositiveIntegerField(_("children reached"), null=True, blank=True)
    approaches = MultipleChoiceField(_("approaches"), choices=Approach.choices)
    contact_role = models.CharField(
        _("contact role"), max_length=255, blank=True, help_text=_("e.g. Programme coordinator")
    )
    contact_email = models.EmailField(
        _("contact address"),
        blank=True,
        help_text=_("A shared address for the role, not a person's private one."),
    )
    lessons_learned = RichTextField(
        _("lessons learned"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("is_illustrative"),
        FieldPanel("body"),
        FieldPanel("lessons_learned"),
        InlinePanel("linked_resources", label=_("Linked resources"), heading=_("Resources")),
    ]
    details_panels = [
        FieldPanel("implementing_organisations"),
        FieldPanel("countries"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [
                FieldPanel("serves"),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                FieldPanel("children_reached"),
            ],
            heading=_("Who it serves"),
        ),
        FieldPanel("approaches"),
        FieldRowPanel([FieldPanel("contact_role"), FieldPanel("contact_email")]),
    ]
    edit_handler = content_and_details_tabs(content_panels, details_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("implementing_organisations"),
        index.SearchField("lessons_learned"),
        index.FilterField("status"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = [
        "resources.ProgrammeIndexPage",
        "resources.RegionalNetworkPage",
        "resources.NationalCoalitionPage",
    ]
    subpage_types = []

    class Meta:
        verbose_name = _("reintegration programme")
        verbose_name_plural = _("reintegration programmes")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The programme cannot end before it starts.")
        if self.age_min is not None and self.age_max is not None and self.age_max < self.age_min:
            errors["age_max"] = _("The oldest age cannot be below the youngest.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = self.linked_resources.select_related("resource")
        context["linked_resources"] = localized_pages(link.resource for link in links)
        return context

    @property
    def organisations(self):
        return [
            line.strip() for line in self.implementing_organisations.splitlines() if line.strip()
        ]


register(ReintegrationProgrammePage, "countries", "serves", "approaches")


class ProgrammeResource(Orderable):
    page = ParentalKey(
        ReintegrationProgrammePage, related_name="linked_resources", on_delete=models.CASCADE
    )
    resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("linked resource")
        verbose_name_plural = _("linked resources")
