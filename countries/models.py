"""Country profiles: /<lang>/countries/ and /<lang>/countries/<iso>/.

A CountryPage holds the coalition's monitoring of one country as dated observations (inline
rows, `Observation`), each with its reporting period, its value and its source. A new report
adds observations; none is overwritten, so the profile shows the latest of each indicator and
how it changed from one reporting period to the next. Values, dates and codes are the same in
every language (synchronised); summaries and source titles are translated.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.forms import HubPageForm
from hub.pages import HubPage, synchronized

from .vocabulary import RATIFIED, RECRUITMENT, VALUES, Indicator, Status

__all__ = ["RATIFIED", "RECRUITMENT", "VALUES", "Indicator", "Status"]


class CountryIndexPage(RoutablePageMixin, HubPage):
    """/<lang>/countries/: the profiles grouped by region, filtered by monitoring values, a
    comparison table for one indicator, and the observations as CSV and JSON."""

    override_translatable_fields = synchronized("slug", "data_licence")
    introduction = models.TextField(_("introduction"), blank=True)
    data_licence = models.CharField(
        _("licence of the data"),
        max_length=255,
        default="Creative Commons Attribution 4.0 International (CC BY 4.0)",
        help_text=_("Stated with the downloads of the observations."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("data_licence")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.CountryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("country index")

    @path("", name="index")
    def index_view(self, request):
        return self.render(request)

    @path("observations/<str:extension>/", name="download")
    def download_view(self, request, extension):
        from .views import download

        return download(self, request, extension)

    def get_context(self, request, *args, **kwargs):
        from .views import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


class CountryPageForm(HubPageForm):
    """A profile's address is its country's code, in lower case (/fr/countries/cd/), the same
    in every language; one profile per country."""

    def clean(self):
        cleaned_data = super().clean()
        country = cleaned_data.get("country")
        if country:
            slug = str(country).lower()
            cleaned_data["slug"] = slug
            parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
            if parent is not None and not Page._slug_is_available(slug, parent, self.instance):
                self.add_error("country", _("This country already has a profile."))
        return cleaned_data


class CountryPage(HubPage):
    base_form_class = CountryPageForm
    override_translatable_fields = synchronized("slug", "country", "is_illustrative")
    country = CountryField(_("country"))
    is_illustrative = models.BooleanField(
        _("illustrative values"),
        default=False,
        help_text=_(
            "Shows readers that the values are examples, not facts about the country, "
            "where they are not taken from the coalition's own reports."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("country"),
        FieldPanel("is_illustrative"),
        InlinePanel("observations", label=_("Observation"), heading=_("Observations")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("observations_text")]
    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country profile")
        verbose_name_plural = _("country profiles")

    def full_clean(self, *args, **kwargs):
        if self.country:
            self.slug = str(self.country).lower()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if self.country:
            self.slug = str(self.country).lower()
        return super().save(*args, **kwargs)

    @property
    def observations_text(self):
        """What search finds a profile by: its country's names and its summaries."""
        rows = self.observations.all()
        return " ".join([str(self.country.name), *(o.summary for o in rows if o.summary)])

    def get_context(self, request, *args, **kwargs):
        from .views import profile_context

        if self.pk and not getattr(request, "is_preview", False):
            # Loaded once, with their documents, for the page and for HubPage's look at its
            # content (hub.language_marks), which would otherwise load them again.
            self.observations = list(self.observations.select_related("source_document"))
            self._observations_loaded = True
        context = super().get_context(request, *args, **kwargs)
        context.update(profile_context(self, request))
        return context


class Observation(TranslatableMixin, Orderable):
    """One value of one indicator for one reporting period, and where it comes from."""

    # Derived by wagtail-localize (text translated, the rest synchronised), except these:
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in ("named_groups", "source_publisher", "source_resource", "source_document")
    ]

    page = ParentalKey(CountryPage, related_name="observations", on_delete=models.CASCADE)
    indicator = models.CharField(_("indicator"), max_length=32, choices=Indicator.choices)
    period_start = models.DateField(_("reporting period from"))
    period_end = models.DateField(_("reporting period to"))
    status = models.CharField(_("value"), max_length=16, choices=Status.choices, blank=True)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    ratified_on = models.DateField(_("ratified or acceded on"), null=True, blank=True)
    minimum_age = models.PositiveSmallIntegerField(
        _("declared minimum age of voluntary recruitment"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(30)],
    )
    named_groups = models.TextField(
        _("groups named by the source"), blank=True, help_text=_("One per line.")
    )
    released = models.PositiveIntegerField(_("children released"), null=True, blank=True)
    reintegrated = models.PositiveIntegerField(_("children reintegrated"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    source_title = models.CharField(_("source title"), max_length=255)
    source_publisher = models.CharField(_("source publisher"), max_length=255, blank=True)
    source_date = models.DateField(_("source date"), null=True, blank=True)
    source_url = models.URLField(_("source link"), blank=True)
    source_resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("source in the library"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("source document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldPanel("status"),
        FieldRowPanel(
            [FieldPanel("signed_on"), FieldPanel("ratified_on"), FieldPanel("minimum_age")]
        ),
        FieldPanel("named_groups"),
        FieldRowPanel([FieldPanel("released"), FieldPanel("reintegrated")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("source_title"),
                FieldRowPanel([FieldPanel("source_publisher"), FieldPanel("source_date")]),
                FieldPanel("source_url"),
                FieldPanel("source_resource"),
                FieldPanel("source_document"),
            ],
            heading=_("Source"),
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        indexes = [models.Index(fields=["page", "indicator", "period_end"])]

    def __str__(self):
        return f"{self.get_indicator_display()} {self.period_start}–{self.period_end}"

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The reporting period cannot end before it starts.")
        indicator = self.indicator
        fits = VALUES.get(indicator)
        if fits is not None:
            if indicator == Indicator.SUMMARY:
                if self.status:
                    errors["status"] = _("A summary of the period has no value; leave it empty.")
                if not self.summary.strip():
                    errors["summary"] = _("Write the summary of the period.")
            elif not self.status:
                errors["status"] = _("Choose the value observed.")
            elif self.status not in fits:
                errors["status"] = _("“%(value)s” does not fit “%(indicator)s”.") % {
                    "value": Status(self.status).label,
                    "indicator": Indicator(indicator).label,
                }
        only = {
            "signed_on": [Indicator.PROTOCOL],
            "ratified_on": [Indicator.PROTOCOL],
            "minimum_age": [Indicator.PROTOCOL],
            "named_groups": list(RECRUITMENT),
            "released": [Indicator.DDR],
            "reintegrated": [Indicator.DDR],
        }
        for name, indicators in only.items():
            value = getattr(self, name)
            if value not in (None, "") and indicator not in indicators and name not in errors:
                errors[name] = _("This does not apply to “%(indicator)s”; leave it empty.") % {
                    "indicator": Indicator(indicator).label if indicator in Indicator else "?"
                }
        if self.signed_on and self.ratified_on and self.ratified_on < self.signed_on:
            errors.setdefault(
                "ratified_on", _("The ratification cannot come before the signature.")
            )
        if self.ratified_on and self.status and self.status not in RATIFIED:
            errors.setdefault(
                "ratified_on", _("A date of ratification needs the value “Ratified” or “Acceded”.")
            )
        if self.named_groups.strip() and self.status and self.status != Status.REPORTED:
            errors.setdefault(
                "named_groups", _("Groups are named only where recruitment was reported.")
            )
        if errors:
            raise ValidationError(errors)

    @property
    def group_list(self):
        return [line.strip() for line in self.named_groups.splitlines() if line.strip()]

    @property
    def value_label(self):
        """The value as a reader reads it: "Ratified (2001-…), minimum age 18"."""
        return Status(self.status).label if self.status else ""
