from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.content import DemoLoader
from demo.users import ensure_demo_users
from hub.setup import setup_site


class Command(BaseCommand):
    help = (
        "Load the demo content built from the coalition's own text. Idempotent: what exists "
        "is left alone. Demo logins (whose passwords are public) are created on a DEBUG site "
        "or with --demo-users."
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
        with transaction.atomic():
            created = DemoLoader(stdout=self.stdout, translate=not english_only).run()
            setup_site()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content: {len(created)} pages created or filled in.")
        )
        if settings.DEBUG or demo_users:
            for username, password, who in ensure_demo_users():
                self.stdout.write(f"Demo login ({who}): {username} / {password}")
