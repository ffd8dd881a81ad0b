from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import connections

from hub.backup import restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: the database and MEDIA_ROOT. Refuses to "
        "write into a database that has tables or a MEDIA_ROOT that has files, unless --force. "
        "Stop the site first. See docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup's folder (hub-<time>/).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database's content, and move the current MEDIA_ROOT aside.",
        )
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead of the site's (to test a backup).",
        )
        parser.add_argument("--media-root", help="Restore the files into this folder instead.")

    def handle(self, *args, **options):
        connections.close_all()
        for line in restore(
            options["backup"],
            force=options["force"],
            database_url=options["database_url"],
            media_root=options["media_root"],
        ):
            self.stdout.write(line)
        if not options["database_url"]:
            # What the cache holds (navigation, site addresses) describes the old database.
            try:
                cache.clear()
            except Exception as error:  # noqa: BLE001 - the restore is done; say so and go on
                self.stderr.write(f"The cache could not be cleared ({error}); clear it by hand.")
            else:
                self.stdout.write("Cache cleared.")
