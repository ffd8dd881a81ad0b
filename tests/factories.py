"""Test data built the way editors build it."""

import factory
from django.core.files.base import ContentFile
from wagtail.images.tests.utils import get_test_image_file

from hub.models import HubDocument, HubImage


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
