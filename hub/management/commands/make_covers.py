"""Make the covers of PDF documents that have none (saved before covers existed, or whose
rendering failed): `manage.py make_covers`. Documents saved from now on get theirs when saved."""

from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from hub.covers import is_pdf, make_cover


class Command(BaseCommand):
    help = "Make a cover image from the first page of every PDF document that has none."

    def handle(self, *args, **options):
        made = 0
        for document in get_document_model().objects.filter(cover__isnull=True).iterator():
            if is_pdf(document) and make_cover(document) is not None:
                made += 1
        self.stdout.write(f"{made} cover(s) made.")
