from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from resources.coalitions import onboard_coalition


class Command(BaseCommand):
    help = (
        "Onboard a national coalition: its page (a draft) under its region's network, a "
        "collection for its images and documents, and a group that may edit its pages. "
        "Running it again changes nothing; bad arguments change nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="The region's slug, e.g. africa.")
        parser.add_argument("--country", required=True, help="ISO 3166 code, e.g. SL.")
        parser.add_argument("--name", required=True, help="The coalition's name (page title).")
        parser.add_argument(
            "--language",
            default=None,
            help="The language tree to create the page in (default: the site's language).",
        )

    def handle(self, *args, region, country, name, language=None, **options):
        try:
            onboarding = onboard_coalition(region, country, name, language=language)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        for line in onboarding.report():
            self.stdout.write(line)
