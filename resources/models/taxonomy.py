"""The words the library is organised by.

Regions and topics are translatable snippets: each language has its own names, while the slug
(the key used in filter URLs) is the same in every language and cannot be changed by a
translator. Countries are ISO 3166 codes, named by django-countries in the reader's language.
Resource types, audiences and the programme vocabularies are fixed lists.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.forms import TranslatableSnippetForm


class ResourceType(models.TextChoices):
    GLOBAL_REPORT = "global-report", _("Global Report")
    COUNTRY_REPORT = "country-report", _("Country report")
    THEMATIC_REPORT = "thematic-report", _("Thematic report")
    BRIEFING = "briefing", _("Briefing paper")
    SUBMISSION = "submission", _("Submission to a UN or regional body")
    ARTICLE = "article", _("Article")
    TOOLKIT = "toolkit", _("Toolkit or manual")
    NEWSLETTER = "newsletter", _("Newsletter")


class Audience(models.TextChoices):
    PRACTITIONERS = "practitioners", _("Practitioners")
    CAREGIVERS = "caregivers", _("Families and caregivers")
    POLICY_MAKERS = "policy-makers", _("Policy-makers")
    RESEARCHERS = "researchers", _("Researchers")
    MEDIA = "media", _("Journalists and media")
    COALITIONS = "coalitions", _("Coalition members")
    GENERAL_PUBLIC = "general-public", _("General public")


class SlugSynchronizedMixin(models.Model):
    """A taxonomy term whose slug is the same in every language (filters depend on it), and
    unique within a language.

    The database holds the uniqueness (a constraint on slug and locale), but the admin's form
    has no locale field, so Django's form validation skips that constraint and a duplicate
    reached the database as an IntegrityError (a server error). `clean` asks first, so the
    editor gets a form error on the slug."""

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    base_form_class = TranslatableSnippetForm

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.slug or self.locale_id is None:
            return
        taken = type(self).objects.filter(slug=self.slug, locale_id=self.locale_id)
        if taken.exclude(pk=self.pk).exists():
            raise ValidationError(
                {
                    "slug": _(
                        "Another %(term)s in this language already has this slug. "
                        "Choose another one."
                    )
                    % {"term": self._meta.verbose_name}
                }
            )


class Region(SlugSynchronizedMixin, TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("countries")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_locale")
        ]

    def __str__(self):
        return self.name


class Topic(SlugSynchronizedMixin, TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_locale")
        ]

    def __str__(self):
        return self.name
