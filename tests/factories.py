"""Test data built the way editors build it."""

import datetime

import factory
from django.core.files.base import ContentFile
from wagtail.images.tests.utils import get_test_image_file
from wagtail_factories import PageFactory

from hub.models import HubDocument, HubImage
from resources.models import (
    GuidanceIndexPage,
    NationalCoalitionPage,
    NetworkIndexPage,
    ProgrammeIndexPage,
    PsychosocialGuidancePage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
)


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Teachers and caseworkers meeting in a community centre"
    credit = "Coalition archive"
    file = factory.LazyFunction(get_test_image_file)

    class Meta:
        model = HubImage


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Report {n}")
    language = "en"
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4 test", name="report.pdf"))

    class Meta:
        model = HubDocument


# Pages of the domain. Each is added under `parent` (required) as a live page, the way the
# site's tree holds it; the defaults are the least a reader's page needs.


class ResourceIndexPageFactory(PageFactory):
    title = "Library"
    slug = "resources"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    summary = "What the publication is about."
    publication_date = datetime.date(2020, 5, 4)
    resource_type = ResourceType.COUNTRY_REPORT

    class Meta:
        model = ResourcePage


class ProgrammeIndexPageFactory(PageFactory):
    title = "Programmes"
    slug = "programmes"

    class Meta:
        model = ProgrammeIndexPage


class ProgrammePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Programme {n}")
    summary = "How children return home."
    implementing_organisations = "Coalition partner"
    countries = ["UG"]

    class Meta:
        model = ReintegrationProgrammePage


class GuidanceIndexPageFactory(PageFactory):
    title = "Guidance"
    slug = "guidance"

    class Meta:
        model = GuidanceIndexPage


class GuidancePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Guidance {n}")
    summary = "How to listen to a child."
    body = factory.LazyFunction(
        lambda: [{"type": "key_messages", "value": {"heading": "", "messages": ["Listen."]}}]
    )
    last_reviewed = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(30))
    next_review_due = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(300))
    reviewed_by = "Technical group"

    class Meta:
        model = PsychosocialGuidancePage


class NetworkIndexPageFactory(PageFactory):
    title = "Networks"
    slug = "networks"

    class Meta:
        model = NetworkIndexPage


class RegionalNetworkPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Regional network {n}")
    summary = "Coalitions of the region working together."
    region = factory.LazyFunction(
        lambda: Region.objects.get(slug="africa", locale__language_code="en")
    )

    class Meta:
        model = RegionalNetworkPage


class NationalCoalitionPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"National coalition {n}")
    summary = "Organisations of one country working together."
    country = "UG"

    class Meta:
        model = NationalCoalitionPage
