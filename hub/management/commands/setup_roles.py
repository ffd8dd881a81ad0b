from django.core.management.base import BaseCommand
from django.db import transaction

from hub.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create (or complete) the site's groups, their permissions and review workflows: "
        "the secretariat, translators and reviewers for every language, and editors and "
        "moderators for every regional network. Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            names = ensure_roles()
        self.stdout.write(f"Roles ready: {', '.join(names)}")
