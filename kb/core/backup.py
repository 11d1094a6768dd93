"""Backups of the database and the uploaded files (images, documents, renditions) in one
archive, and their restore (`manage.py backup`, `manage.py restore`). The files are read and
written through Django's default storage, so the same commands serve files on the local disk
(MEDIA_ROOT, and PRIVATE_MEDIA_ROOT for the documents: kb/core/file_storage.py) and files in
an S3 bucket (kb/core/storage.py).

The archive is a plain tar file:

    database.dump       PostgreSQL: pg_dump --format=custom (compressed already)
    database.sqlite3    SQLite: a copy made with sqlite3's online backup API
    media/...           every file in the default storage (both local folders, or the bucket)
    manifest.json       written last: time, database vendor, versions, file count, and the
                        SHA-256 of every other member

An archive without its manifest is incomplete (the backup was interrupted); a member whose
checksum differs is corrupt. Restore checks all of it before it changes anything.
"""

import datetime
import hashlib
import io
import json
import os
import platform
import posixpath
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from .file_storage import LocalMediaStorage

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
VENDOR_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
CHUNK = 1024 * 1024
# What a storage raises when it cannot be read or written: the file system's errors, and
# those of object storage (unreachable, refused, no such bucket).
STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)


class BackupError(Exception):
    """Something the person running the command can act on; the message is Norwegian."""


def vendor_name(vendor):
    return VENDOR_NAMES.get(vendor, vendor)


def default_path(now=None):
    now = timezone.localtime(now)
    return Path(settings.BASE_DIR) / "backups" / f"samskapingsbanken-{now:%Y%m%d-%H%M%S}.tar"


def format_size(size):
    """Bytes as a Norwegian reader reads them: "512 B", "3,4 MB"."""
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            text = f"{size:.0f}" if unit == "B" else f"{size:.1f}".replace(".", ",")
            return f"{text} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def files_text(count):
    return "1 fil" if count == 1 else f"{count} filer"


def media_storage():
    """Where the uploaded files are: Django's default storage."""
    return storages["default"]


def storage_description(storage):
    """Where the files are, for a person reading a message: the folder or the bucket."""
    if isinstance(storage, LocalMediaStorage):
        return f"{storage.location} og {storage.private_location}"
    if isinstance(storage, FileSystemStorage):
        return str(storage.location)
    bucket = getattr(storage, "bucket_name", None)
    if bucket:
        location = getattr(storage, "location", "")
        return f"bøtta «{bucket}/{location}»" if location else f"bøtta «{bucket}»"
    return type(storage).__name__


def media_files(storage):
    """Every file in `storage`, as sorted names relative to it."""
    names = []
    folders = [""]
    while folders:
        folder = folders.pop()
        try:
            subfolders, files = storage.listdir(folder)
        except FileNotFoundError:  # MEDIA_ROOT is made by the first upload
            continue
        except STORAGE_ERRORS as error:
            raise BackupError(
                f"Kunne ikke lese filene i {storage_description(storage)}: {error}"
            ) from error
        names += [posixpath.join(folder, name) for name in files]
        folders += [posixpath.join(folder, name) for name in subfolders]
    return sorted(names)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- The database --------------------------------------------------------------------------


def find_program(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"Fant ikke programmet «{name}». Installer PostgreSQL-klienten i samme hovedversjon "
            f"som serveren (Debian/Ubuntu: apt-get install postgresql-client)."
        )
    return path


def postgres_environment(settings_dict):
    """The connection details for pg_dump/pg_restore as libpq's environment variables, so
    the password never appears on a command line."""
    env = os.environ.copy()
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    options = settings_dict.get("OPTIONS", {})
    for option in ("sslmode", "sslrootcert", "sslcert", "sslkey"):
        if options.get(option):
            env[f"PG{option.upper()}"] = str(options[option])
    return env


def run_program(args, env, what):
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{what} feilet:\n{result.stderr.strip()}")
    return result.stdout


def sqlite_path(settings_dict, must_exist=True):
    name = str(settings_dict["NAME"])
    exists = Path(name).is_file() or (not must_exist and Path(name).parent.is_dir())
    if name == ":memory:" or name.startswith("file:") or not exists:
        raise BackupError(f"Finner ikke SQLite-databasen «{name}».")
    return name


def copy_sqlite(source, target):
    """Copies a whole SQLite database with the online backup API (consistent even while
    the site is running; replaces everything in `target`)."""
    source_db = sqlite3.connect(source)
    target_db = sqlite3.connect(target)
    try:
        with target_db:
            source_db.backup(target_db)
    except sqlite3.Error as error:
        raise BackupError(f"Kopieringen av SQLite-databasen feilet: {error}") from error
    finally:
        target_db.close()
        source_db.close()


def dump_database(connection, target):
    """Writes the database to `target`; returns the versions worth recording."""
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        pg_dump = find_program("pg_dump")
        env = postgres_environment(settings_dict)
        client = run_program([pg_dump, "--version"], env, "pg_dump --version").strip()
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            server = cursor.fetchone()[0]
        run_program([pg_dump, "--format=custom", f"--file={target}"], env, "pg_dump")
        return {"postgresql": server, "pg_dump": client}
    if connection.vendor == "sqlite":
        copy_sqlite(sqlite_path(settings_dict), str(target))
        return {"sqlite": sqlite3.sqlite_version}
    raise BackupError(f"Databasen «{connection.vendor}» støttes ikke (bare PostgreSQL og SQLite).")


def restore_database(connection, source):
    """Replaces the database's contents with the dump at `source`."""
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        pg_restore = find_program("pg_restore")
        connection.close()
        run_program(
            [
                pg_restore,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={settings_dict['NAME']}",
                str(source),
            ],
            postgres_environment(settings_dict),
            "pg_restore",
        )
    else:
        # On a new machine the file may not exist yet: the copy makes it.
        target = sqlite_path(settings_dict, must_exist=False)
        connection.close()
        copy_sqlite(str(source), target)


def applied_migrations(connection):
    """The last applied migration of each app."""
    recorded = MigrationExecutor(connection).loader.applied_migrations
    latest = {}
    for app, name in sorted(recorded):
        latest[app] = max(latest.get(app, name), name)
    return latest


def pending_migrations(connection):
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


# --- Backup --------------------------------------------------------------------------------


class _HashingReader:
    """Reads a file for tarfile while computing its SHA-256."""

    def __init__(self, file):
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.digest.update(data)
        return data


def _add_file(tar, path, arcname):
    info = tar.gettarinfo(str(path), arcname=arcname)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    with open(path, "rb") as file:
        reader = _HashingReader(file)
        tar.addfile(info, reader)
    return reader.digest.hexdigest(), info.size


def _add_stored_file(tar, storage, name, arcname):
    info = tarfile.TarInfo(arcname)
    try:
        info.size = storage.size(name)
        info.mtime = int(storage.get_modified_time(name).timestamp())
        with storage.open(name, "rb") as file:
            reader = _HashingReader(file)
            tar.addfile(info, reader)
    except STORAGE_ERRORS as error:
        raise BackupError(
            f"Kunne ikke lese «{name}» fra {storage_description(storage)}: {error}"
        ) from error
    return reader.digest.hexdigest(), info.size


@dataclass
class BackupResult:
    path: Path
    vendor: str
    files: int
    size: int


def versions():
    found = {"python": platform.python_version()}
    for package in ("django", "wagtail"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:  # pragma: no cover
            found[package] = "ukjent"
    return found


def create_backup(output, *, using="default", progress=None):
    """Writes the archive to `output` (first as `output.partial`, renamed when complete).
    `progress(total)` returns an object with advance(text) and finish(), or is None."""
    connection = connections[using]
    vendor = connection.vendor
    storage = media_storage()
    files = media_files(storage)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    bar = progress(len(files) + 1) if progress else None
    checksums = {}
    media_bytes = 0
    try:
        with tempfile.TemporaryDirectory(dir=output.parent) as scratch:
            database_name = DATABASE_FILES.get(vendor, "database")
            dump = Path(scratch) / database_name
            database_versions = dump_database(connection, dump)
            with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
                checksums[database_name], database_bytes = _add_file(tar, dump, database_name)
                if bar:
                    bar.advance("database")
                for name in files:
                    arcname = f"{MEDIA}/{name}"
                    checksums[arcname], size = _add_stored_file(tar, storage, name, arcname)
                    media_bytes += size
                    if bar:
                        bar.advance(name)
                manifest = {
                    "format": FORMAT,
                    "created_at": timezone.now().isoformat(),
                    "vendor": vendor,
                    "database": database_name,
                    "database_name": str(connection.settings_dict["NAME"]),
                    "versions": {**versions(), **database_versions},
                    "migrations": applied_migrations(connection),
                    "media": {
                        "storage": type(storage).__name__,
                        "files": len(files),
                        "bytes": media_bytes,
                    },
                    "checksums": checksums,
                }
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mtime = int(timezone.now().timestamp())
                tar.addfile(info, io.BytesIO(data))
        os.replace(partial, output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if bar:
            bar.finish()
    return BackupResult(output, vendor, len(files), output.stat().st_size)


# --- Restore -------------------------------------------------------------------------------


def _safe_member(name):
    """True for the names a backup writes: the database file, or a relative path below
    media/ without '..' (so a crafted archive cannot write outside the media storage)."""
    path = PurePosixPath(name)
    if name in DATABASE_FILES.values():
        return True
    return (
        not path.is_absolute()
        and len(path.parts) > 1
        and path.parts[0] == MEDIA
        and ".." not in path.parts
        and "" not in path.parts
    )


@dataclass
class Archive:
    path: Path
    manifest: dict
    members: dict = field(default_factory=dict)

    @classmethod
    def open(cls, path):
        """Reads the archive's manifest and checks that every file it lists is there."""
        path = Path(path)
        if not path.is_file():
            raise BackupError(f"Finner ikke sikkerhetskopien «{path}».")
        invalid = f"«{path}» er ikke en gyldig sikkerhetskopi"
        try:
            with tarfile.open(path, "r:") as tar:
                members = {member.name: member for member in tar.getmembers()}
                if MANIFEST not in members:
                    raise BackupError(
                        f"{invalid}: manifest.json mangler (arkivet er ufullstendig, eller "
                        f"det er ikke laget med manage.py backup)."
                    )
                manifest = json.loads(tar.extractfile(members[MANIFEST]).read())
        except (tarfile.TarError, EOFError, OSError) as error:
            raise BackupError(f"{invalid} (skadet eller ikke et tar-arkiv: {error}).") from error
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BackupError(f"{invalid}: manifest.json er skadet.") from error
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError(f"{invalid}: ukjent format på manifest.json.")
        checksums = manifest.get("checksums")
        database = manifest.get("database")
        if not isinstance(checksums, dict) or database not in checksums:
            raise BackupError(f"{invalid}: manifest.json mangler databasen eller sjekksummene.")
        unsafe = [name for name in checksums if not _safe_member(name)]
        if unsafe:
            raise BackupError(f"{invalid}: ugyldig filnavn i arkivet: {unsafe[0]}")
        missing = [name for name in checksums if name not in members or not members[name].isfile()]
        if missing:
            raise BackupError(
                f"Sikkerhetskopien er ufullstendig: {len(missing)} filer mangler i arkivet "
                f"(f.eks. {missing[0]})."
            )
        return cls(path, manifest, {name: members[name] for name in checksums})

    @property
    def vendor(self):
        return self.manifest.get("vendor")

    @property
    def created_at(self):
        try:
            return timezone.localtime(datetime.datetime.fromisoformat(self.manifest["created_at"]))
        except (KeyError, TypeError, ValueError):
            return None

    @property
    def media_names(self):
        return [name for name in self.members if name.startswith(MEDIA + "/")]

    def check_vendor(self, connection):
        if self.vendor != connection.vendor:
            raise BackupError(
                f"Sikkerhetskopien er av en {vendor_name(self.vendor)}-database, men denne "
                f"installasjonen bruker {vendor_name(connection.vendor)}. Sett DATABASE_URL "
                f"til en {vendor_name(self.vendor)}-database for å gjenopprette den."
            )

    def extract(self, target, progress=None):
        """Unpacks every member into `target`, checking each checksum; raises before
        anything outside `target` has changed."""
        target = Path(target)
        checksums = self.manifest["checksums"]
        bar = progress(len(self.members)) if progress else None
        try:
            with tarfile.open(self.path, "r:") as tar:
                for name, member in self.members.items():
                    destination = target / name
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    digest = hashlib.sha256()
                    source = tar.extractfile(member)
                    with open(destination, "wb") as out:
                        while chunk := source.read(CHUNK):
                            digest.update(chunk)
                            out.write(chunk)
                    if digest.hexdigest() != checksums[name]:
                        raise BackupError(
                            f"Sikkerhetskopien er skadet: sjekksummen for «{name}» stemmer ikke."
                        )
                    if bar:
                        bar.advance(name)
        except (tarfile.TarError, EOFError, OSError) as error:
            raise BackupError(
                f"Sikkerhetskopien er skadet og kan ikke pakkes ut: {error}"
            ) from error
        finally:
            if bar:
                bar.finish()


def restore_media(source, storage):
    """Puts the files from `source` (the unpacked media/ folder) into `storage` under their
    own names, replacing files of the same name. Returns how many."""
    count = 0
    for path in sorted(source.rglob("*")):
        if path.is_file():
            name = path.relative_to(source).as_posix()
            try:
                storage.delete(name)
                with open(path, "rb") as file:
                    stored = storage.save(name, File(file, name=name))
            except STORAGE_ERRORS as error:
                raise BackupError(
                    f"Kunne ikke skrive «{name}» til {storage_description(storage)}: {error}"
                ) from error
            if stored != name:
                raise BackupError(f"Filen «{name}» ble lagret som «{stored}».")
            count += 1
    return count
