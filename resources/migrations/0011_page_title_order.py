"""An index in the order listings sort titles by on PostgreSQL (resources.facets.by_title: the
ICU root collation, then the id), on Wagtail's page table: a listing sorted by title reads its
first pages by walking it, rather than sorting every page it shows (the library sorted by
title at 50,000 publications: about 100 ms to 2). Nothing on SQLite, which sorts with a
collation of its own."""

from django.db import migrations

INDEX = "hub_page_title_order"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        pages = schema_editor.quote_name(apps.get_model("wagtailcore", "Page")._meta.db_table)
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS {INDEX} ON {pages} ((title COLLATE "und-x-icu"), id)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0010_listed_counts"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create, drop)]
