"""Time the admin views that grow with the library, logged in as a superuser, DEBUG off: the
library's page explorer (first and last page, English and French), admin page search and
Reports › Translation status (first and last page, and filtered). Read-only: it runs against
any database with a library, such as one `make bench` made (demo/bench.py)."""

import math

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.test.utils import override_settings
from wagtail.models import Page

from demo.bench import markdown_table, measure, timing_row
from resources.models import ResourceIndexPage

EXPLORER_PAGE_SIZE = 50  # Wagtail's explorer
REPORT_PAGE_SIZE = 100  # translations/status.py


def admin_pages():
    library = ResourceIndexPage.objects.filter(locale__language_code="en").first()
    french = ResourceIndexPage.objects.filter(locale__language_code="fr").first()
    if library is None or french is None:
        raise CommandError("No English or French library in this database.")
    last = max(1, math.ceil(library.numchild / EXPLORER_PAGE_SIZE))
    french_last = max(1, math.ceil(french.numchild / EXPLORER_PAGE_SIZE))
    report = "/admin/reports/translation-status/"
    rows = Page.objects.filter(depth__gt=1).count() * 4
    report_last = max(1, math.ceil(rows / REPORT_PAGE_SIZE))
    return [
        ("explorer: library, first page", f"/admin/pages/{library.pk}/"),
        ("explorer: library, last page", f"/admin/pages/{library.pk}/?p={last}"),
        ("explorer: French library, first page", f"/admin/pages/{french.pk}/"),
        ("explorer: French library, last page", f"/admin/pages/{french.pk}/?p={french_last}"),
        ("admin page search", "/admin/pages/search/?q=reintegration"),
        ("translation status", report),
        ("translation status, last page", f"{report}?p={report_last}"),
        ("translation status, fr, missing", f"{report}?locale=fr&status=missing"),
    ]


class Command(BaseCommand):
    help = "Time the admin's explorer, page search and translation status report."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--budget", type=float, default=20.0)

    def handle(self, *args, runs, budget, **options):
        user = get_user_model().objects.filter(is_superuser=True, is_active=True).first()
        if user is None:
            raise CommandError("No active superuser in this database.")
        cache.clear()
        rows = []
        with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
            client = Client()
            client.force_login(user)
            for name, url in admin_pages():
                rows.append(timing_row(name, url, *measure(client, url, runs, budget)))
        self.stdout.write(markdown_table(rows))
