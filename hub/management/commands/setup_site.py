from django.core.management.base import BaseCommand
from django.db import transaction

from hub.setup import setup_site


class Command(BaseCommand):
    help = (
        "Bring the database in line with the settings: a locale and a home page for every "
        "language of LANGUAGES, translators, reviewers and a review workflow per language, the "
        "secretariat's and the regional networks' roles. Safe to run again, and on a live site: "
        "it adds what is missing and changes nothing else."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            lines = setup_site()
        for line in lines:
            self.stdout.write(line)
