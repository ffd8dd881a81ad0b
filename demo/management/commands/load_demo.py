from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.content import DemoLoader
from resources.models import listed_values

SHOWN = 10  # the reasons shown when the demo is not loaded


class Command(BaseCommand):
    help = (
        "Load the demo content built from the coalition's own text, on an empty site, or "
        "complete the demo on a site that holds it as it left it; any other site is left "
        "alone (demo/ledger.py). Demo logins (whose passwords are public) are made on a DEBUG "
        "site or with --demo-users."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Create the demo logins even though DEBUG is off.",
        )
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Skip the French, Spanish, Arabic and Portuguese translations (faster).",
        )

    def handle(self, *args, demo_users=False, english_only=False, **options):
        loader = DemoLoader(
            stdout=self.stdout,
            translate=not english_only,
            users=settings.DEBUG or demo_users,
        )
        with transaction.atomic():
            created = loader.run()
        if loader.refused:
            self.stdout.write(
                self.style.WARNING(
                    "Demo content: nothing loaded. The demo is loaded only on an empty site, "
                    "or completed on a site that holds it as it left it, and on this one:"
                )
            )
            for change in loader.refused[:SHOWN]:
                self.stdout.write(f"  {change}")
            if len(loader.refused) > SHOWN:
                self.stdout.write("  ...")
            return
        self.stdout.write(
            self.style.SUCCESS(f"Demo content: {len(created)} pages created or filled in.")
        )
        # The listings' rows of the pages just made, rewritten now rather than by a reader's
        # count (resources.models.listed_values).
        listed_values.refresh()
        # Covers for the demo's PDFs saved before covers existed (new ones get theirs on save).
        call_command("make_covers", stdout=self.stdout)
        for username, password, who in loader.logins:
            self.stdout.write(f"Demo login ({who}): {username} / {password}")
