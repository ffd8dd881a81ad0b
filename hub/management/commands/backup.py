import os

from django.conf import settings
from django.core.management.base import BaseCommand

from hub.backup import backup


class Command(BaseCommand):
    help = (
        "Back up the site: the database (pg_dump's custom format, or a consistent copy of "
        "SQLite) and MEDIA_ROOT, into a new folder hub-<time>/ inside --to (default: the "
        "BACKUP_DIR environment variable, or backups/). See docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--to",
            default=os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "backups",
            help="The folder to write the backup into.",
        )

    def handle(self, *args, **options):
        folder = backup(options["to"])
        self.stdout.write(str(folder))
