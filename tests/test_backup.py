"""Backups restore the site as it was (hub/backup.py, `make backup`, `make restore`).

On PostgreSQL, a round trip: a site with pages and their revisions, translations (with
wagtail-localize's strings), a review in progress, users and groups, images and documents is
backed up, restored into another database and folder, and compared table by table and file by
file. On SQLite, the consistent copy is checked on its own."""

import hashlib
import json
import sqlite3
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Workflow, WorkflowState
from wagtail_localize.models import StringTranslation

from hub.backup import backup, read_manifest, restore, sqlite_copy

from .factories import DocumentFactory, ImageFactory
from .helpers import member, translate_in_localize


def checksums(root):
    root = Path(root)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def connect(name):
    config = settings.DATABASES["default"]
    return psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname=name,
        autocommit=True,
    )


def tables_and_rows(name):
    """Every table of the database `name`, with all its rows in a stable order."""
    with connect(name) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' ORDER BY table_name"
            )
        ]
        return {
            table: db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()  # noqa: S608
            for table in tables
        }


@pytest.fixture
def restore_database():
    """An empty database beside the test database, dropped afterwards."""
    name = f"{settings.DATABASES['default']['NAME']}_restore"
    with connect("postgres") as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')
    config = settings.DATABASES["default"]
    port = f":{config['PORT']}" if config["PORT"] else ""
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    yield name, f"postgres://{config['USER']}{password}@{config['HOST']}{port}/{name}"
    with connect("postgres") as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_a_site_worth_keeping(home_pages):
    """Pages with revisions, a translation in progress, a review, people, files."""
    from home.models import StandardPage

    english = home_pages["en"]
    translator = member("translator", "Translators: Français")
    about = StandardPage(title="About us", slug="about", introduction="Who we are.")
    english.add_child(instance=about)
    about.save_revision().publish()
    about.introduction = "Who we are, and what we do."
    about.save_revision(user=translator)
    translate_in_localize(about, "fr", translator, "FR")
    WorkflowState.objects.all().delete()
    Workflow.objects.get(name="Moderators approval").start(about, translator)
    ImageFactory().get_rendition("width-40")
    DocumentFactory()


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="pg_dump and pg_restore need PostgreSQL",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restores_every_table_and_every_file(home_pages, restore_database, tmp_path):
    call_command("setup_site", stdout=StringIO())
    make_a_site_worth_keeping(home_pages)
    assert StringTranslation.objects.exists()
    assert WorkflowState.objects.filter(status="in_progress").exists()

    folder = backup(tmp_path / "backups")
    manifest = read_manifest(folder)
    assert manifest["engine"] == "postgresql"
    assert set(manifest["sha256"]) == {"database.dump", "media.tar.gz"}

    name, url = restore_database
    media = tmp_path / "media-restored"
    call_command("restore", str(folder), database_url=url, media_root=str(media), stdout=StringIO())

    before, after = tables_and_rows(connection.settings_dict["NAME"]), tables_and_rows(name)
    assert before.keys() == after.keys()
    for table in before:
        assert before[table] == after[table], table
    for table in [
        "wagtailcore_page",
        "wagtailcore_revision",
        "wagtail_localize_string",
        "wagtail_localize_stringtranslation",
        "wagtailcore_workflowstate",
        "auth_user",
        "auth_group",
        "auth_user_groups",
        "hub_hubimage",
        "hub_hubrendition",
        "hub_hubdocument",
    ]:
        assert after[table], f"{table} is empty: the comparison proves nothing"
    files = checksums(settings.MEDIA_ROOT)
    assert files and checksums(media) == files
    assert any(name.startswith("documents/") for name in files)
    assert any(name.startswith("images/") for name in files)

    # Into a database that now has tables, and a folder that has files: refused, unchanged.
    with pytest.raises(CommandError, match="is not empty. Nothing was changed"):
        restore(folder, database_url=url, media_root=media)
    assert tables_and_rows(name) == after

    restore(folder, force=True, database_url=url, media_root=media)
    assert tables_and_rows(name) == before
    assert checksums(media) == files
    kept = list(tmp_path.glob("media-restored.before-restore-*"))
    assert len(kept) == 1 and checksums(kept[0]) == files  # the replaced files, kept


def test_a_damaged_backup_is_refused_before_anything_is_touched(tmp_path):
    folder = tmp_path / "hub-20260101-000000"
    folder.mkdir()
    (folder / "database.dump").write_bytes(b"dump")
    (folder / "media.tar.gz").write_bytes(b"tar")
    (folder / "manifest.json").write_text(
        json.dumps(
            {"engine": "postgresql", "sha256": {"database.dump": "0" * 64, "media.tar.gz": "0"}}
        )
    )
    with pytest.raises(CommandError, match="database.dump is missing or damaged"):
        restore(folder, media_root=tmp_path / "media")
    assert not (tmp_path / "media").exists()


def test_sqlite_is_copied_consistently_and_restored_whole(tmp_path):
    site = tmp_path / "db.sqlite3"
    with sqlite3.connect(site) as db:
        db.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT)")
        db.executemany("INSERT INTO page (title) VALUES (?)", [("Home",), ("About",)])
    db.close()
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "a.pdf").write_bytes(b"%PDF-1.4")
    url = f"sqlite:///{site}"

    folder = backup(tmp_path / "backups", database_url=url, media_root=tmp_path / "media")
    assert read_manifest(folder)["engine"] == "sqlite"

    target = tmp_path / "restored.sqlite3"
    with pytest.raises(CommandError, match="is not empty"):
        restore(folder, database_url=url, media_root=tmp_path / "media")
    restore(folder, database_url=f"sqlite:///{target}", media_root=tmp_path / "restored-media")
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT title FROM page ORDER BY id").fetchall() == [
            ("Home",),
            ("About",),
        ]
    db.close()
    assert (tmp_path / "restored-media" / "documents" / "a.pdf").read_bytes() == b"%PDF-1.4"


def test_sqlite_copy_is_the_backup_api_not_a_file_copy(tmp_path):
    """A copy taken while another connection holds a write transaction is still whole."""
    site = tmp_path / "db.sqlite3"
    writer = sqlite3.connect(site)
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    writer.execute("INSERT INTO t VALUES (2)")  # not committed
    sqlite_copy(site, tmp_path / "copy.sqlite3")
    writer.rollback()
    writer.close()
    with sqlite3.connect(tmp_path / "copy.sqlite3") as copy:
        assert copy.execute("SELECT x FROM t").fetchall() == [(1,)]
    copy.close()
