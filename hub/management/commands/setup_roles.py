from django.core.management.base import BaseCommand
from django.db import transaction

from hub.roles import ensure_translation_roles


class Command(BaseCommand):
    help = (
        "Create (or complete) the site's groups, their permissions and review workflows: "
        "translators and reviewers for every language. Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            names = ensure_translation_roles()
        self.stdout.write(f"Roles ready: {', '.join(names)}")
