"""Backups and restores of the whole site: the database and the uploaded files, together.

A backup is one folder, `hub-<UTC time>/`, holding:

- `database.dump`: PostgreSQL's own format (`pg_dump --format=custom`), restored with
  `pg_restore`; or, on SQLite, `database.sqlite3`, a consistent copy made with SQLite's
  online backup API (safe while the site is running, unlike copying the file);
- `media.tar.gz`: MEDIA_ROOT (original images, renditions, documents);
- `manifest.json`: when, from which engine, and the SHA-256 of both files, checked before a
  restore touches anything.

The database is dumped before the files are archived: an upload made in between leaves an
unused file in the archive, never a database row without its file.

A restore refuses to write into a database that already has tables, or into a MEDIA_ROOT that
already has files, unless told to (`force`): then the database's objects are replaced and the
old MEDIA_ROOT is kept beside the new one (`<MEDIA_ROOT>.before-restore-<time>`), so a
mistaken restore loses nothing. It can restore into another database and folder than the
site's (`database_url`, `media_root`): the way to test a backup without touching the site.
`make backup`, `make restore`, and docs/deploy.md ("Backups and restore") for scheduling and
off-site copies.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url
import psycopg
from django.conf import settings
from django.core.management.base import CommandError

DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
MEDIA_FILE = "media.tar.gz"
MANIFEST = "manifest.json"


def database_config(database_url=None):
    """Django's settings of the database to back up or restore: the site's own, or the one
    `database_url` names."""
    if database_url:
        return dj_database_url.parse(database_url)
    return settings.DATABASES["default"]


ENGINES = {"django.db.backends.postgresql": "postgresql", "django.db.backends.sqlite3": "sqlite"}


def engine(config):
    if config["ENGINE"] not in ENGINES:
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {config['ENGINE']}.")
    return ENGINES[config["ENGINE"]]


def postgres_environment(config):
    """libpq's variables for pg_dump and pg_restore: no password on a command line."""
    environment = dict(os.environ)
    for variable, key in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if config.get(key):
            environment[variable] = str(config[key])
    return environment


def run(command, config):
    try:
        subprocess.run(  # noqa: S603 - fixed programs, arguments from settings
            command, env=postgres_environment(config), check=True, capture_output=True, text=True
        )
    except FileNotFoundError as error:
        raise CommandError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)."
        ) from error
    except subprocess.CalledProcessError as error:
        raise CommandError(f"{command[0]} failed: {error.stderr.strip()}") from error


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sqlite_copy(source, destination):
    """Copy the SQLite database `source` to `destination` with SQLite's backup API: a
    consistent copy even while the site writes to it."""
    with sqlite3.connect(source) as reader, sqlite3.connect(destination) as writer:
        reader.backup(writer)
    writer.close()
    reader.close()


def backup(destination, database_url=None, media_root=None):
    """Write a backup folder inside `destination`; returns its path."""
    config = database_config(database_url)
    kind = engine(config)
    media_root = Path(media_root or settings.MEDIA_ROOT)
    folder = Path(destination) / f"hub-{datetime.now(UTC):%Y%m%d-%H%M%S}"
    folder.mkdir(parents=True)
    database_file = folder / DATABASE_FILES[kind]
    if kind == "postgresql":
        run(["pg_dump", "--format=custom", "--no-owner", f"--file={database_file}"], config)
    else:
        sqlite_copy(config["NAME"], database_file)
    with tarfile.open(folder / MEDIA_FILE, "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname=".")
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": kind,
        "sha256": {name: sha256(folder / name) for name in (database_file.name, MEDIA_FILE)},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def read_manifest(folder):
    """The manifest of the backup in `folder`, once every file is checked against it."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise CommandError(f"{folder} is not a backup: no readable {MANIFEST}.") from error
    for name, expected in manifest["sha256"].items():
        if not (folder / name).exists() or sha256(folder / name) != expected:
            raise CommandError(f"{folder / name} is missing or damaged (checksum).")
    return manifest


def database_has_tables(config):
    if engine(config) == "sqlite":
        if not Path(config["NAME"]).exists():
            return False
        with sqlite3.connect(config["NAME"]) as connection:
            count = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        connection.close()
        return count > 0
    with psycopg.connect(
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        dbname=config["NAME"],
    ) as connection:
        return connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]


def restore(folder, force=False, database_url=None, media_root=None):
    """Restore the backup in `folder`; returns what was done, one line each."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    config = database_config(database_url)
    kind = engine(config)
    if manifest["engine"] != kind:
        raise CommandError(
            f"This backup is of a {manifest['engine']} database; the target is {kind}."
        )
    media_root = Path(media_root or settings.MEDIA_ROOT)
    media_in_use = media_root.exists() and any(media_root.iterdir())
    if not force and (database_has_tables(config) or media_in_use):
        raise CommandError(
            f"The database {config['NAME']} or the folder {media_root} is not empty. Nothing "
            "was changed. To replace them, restore again with --force (make restore FORCE=1)."
        )
    done = []
    database_file = folder / DATABASE_FILES[kind]
    if kind == "postgresql":
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={config['NAME']}",
                str(database_file),
            ],
            config,
        )
    else:
        sqlite_copy(database_file, config["NAME"])
    done.append(f"Database {config['NAME']} restored from {database_file}.")
    if media_in_use:
        kept = media_root.with_name(
            f"{media_root.name}.before-restore-{datetime.now(UTC):%Y%m%d-%H%M%S}"
        )
        shutil.move(media_root, kept)
        done.append(f"The previous {media_root} is kept as {kept}.")
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA_FILE, "r:gz") as archive:
        archive.extractall(media_root, filter="data")
    done.append(f"Media restored into {media_root}.")
    return done
