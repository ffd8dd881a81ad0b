import datetime
import json
import platform
import time
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Locale, Page

from demo.bench import comparison_table, counts, generate, markdown_table, time_pages
from demo.models import DemoObject

MARK = "bench:database"  # the ledger entry that says "this database is a benchmark's"


def database_state():
    """ "empty" (nothing, or nothing below the home pages), "bench" (made by this command) or
    "other" (someone's content: never touched)."""
    tables = connection.introspection.table_names()
    if "wagtailcore_page" not in tables:
        return "empty"
    if "demo_demoobject" in tables and DemoObject.objects.filter(key=MARK).exists():
        return "bench"
    if Page.objects.filter(depth__gt=2).exists():
        return "other"
    return "empty"


class Command(BaseCommand):
    help = (
        "Generate a library of each size given (resources, programmes, guidance, in every "
        "language) and time every public page in process, DEBUG off: median and p95 ms, "
        "queries, KB. Works only on an empty database or one it made (demo/bench.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
        parser.add_argument("--runs", type=int, default=20, help="Timed runs per page (most).")
        parser.add_argument(
            "--budget",
            type=float,
            default=10.0,
            help="Seconds per page before stopping (>=3 runs).",
        )
        parser.add_argument(
            "--output", default="", help="JSON file (default artifacts/bench-<db>-<time>.json)."
        )

    def handle(self, *args, sizes, runs, budget, output, **options):
        state = database_state()
        name = settings.DATABASES["default"]["NAME"]
        if state == "other":
            raise CommandError(
                f"{name} holds pages this command did not make: the benchmark only writes to an "
                "empty database or one it made. Give it its own (make bench uses bench.sqlite3, "
                "or DATABASE_URL=postgres://.../hub_bench)."
            )
        call_command("migrate", interactive=False, verbosity=0)
        if state == "empty":
            self.stdout.write("Setting up the site and loading the demo (once)...")
            call_command("setup_site", stdout=self.stdout)
            call_command("load_demo", stdout=self.stdout)
            DemoObject.objects.create(
                key=MARK,
                content_type=ContentType.objects.get_for_model(Locale),
                object_id=Locale.get_default().pk,
            )
        results, report = {}, []
        for size in sorted(sizes):
            self.stdout.write(f"Generating {size:,} resources...")
            started = time.perf_counter()
            added = generate(size, stdout=self.stdout)
            generated_s = round(time.perf_counter() - started, 1)
            self.stdout.write(f"  in {generated_s} s; timing every public page...")
            rows = time_pages(runs=runs, budget=budget)
            results[size] = rows
            report.append(
                {
                    "size": size,
                    "added": added,
                    "generate_s": generated_s,
                    "counts": counts(),
                    "rows": rows,
                }
            )
            self.stdout.write(f"\n### {size:,} resources ({connection.vendor})\n")
            self.stdout.write(markdown_table(rows) + "\n")
        if len(results) > 1:
            self.stdout.write(f"\n### Median (p95) ms and queries by size ({connection.vendor})\n")
            self.stdout.write(comparison_table(results) + "\n")
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = Path(
            output or settings.BASE_DIR / "artifacts" / f"bench-{connection.vendor}-{stamp}.json"
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(
                {
                    "date": stamp,
                    "database": connection.vendor,
                    "python": platform.python_version(),
                    "django": django.get_version(),
                    "wagtail": wagtail.__version__,
                    "machine": platform.machine(),
                    "sizes": report,
                },
                indent=2,
            )
        )
        self.stdout.write(f"\nWritten to {path}")
