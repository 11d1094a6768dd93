import sys
import tempfile
from functools import partial
from pathlib import Path

from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

from kb.core import backup
from kb.core.models import ContentVersion
from kb.core.progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Restores a backup made with manage.py backup: replaces the whole database and puts "
        "the uploaded files back (under MEDIA_ROOT, or in the S3 bucket). Asks first, unless "
        "--yes."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Sikkerhetskopien (.tar)")
        parser.add_argument(
            "--yes", action="store_true", help="Ikke spør: erstatt databasen og filene"
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Database alias")

    def handle(self, *args, **options):
        connection = connections[options["database"]]
        try:
            archive = backup.Archive.open(options["file"])
            archive.check_vendor(connection)
            if connection.vendor == "postgresql":
                backup.find_program("pg_restore")
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        storage = backup.media_storage()
        if not options["yes"]:
            self.confirm(self.what_is_replaced(archive, connection, storage))

        progress = partial(ProgressBar, self.stdout, label="Pakker ut")
        try:
            with tempfile.TemporaryDirectory() as scratch:
                scratch = Path(scratch)
                archive.extract(scratch, progress)
                backup.restore_database(connection, scratch / archive.manifest["database"])
                files = backup.restore_media(scratch / backup.MEDIA, storage)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        # Pages, renditions, listing options and menus in the cache were read from the
        # database that is gone, and its ids may now name other rows.
        for cache in caches.all():
            cache.clear()

        try:
            pending = backup.pending_migrations(connection)
        except DatabaseError as error:
            raise CommandError(f"Databasen svarer ikke etter gjenopprettingen: {error}") from error
        if pending:
            self.stderr.write(
                "Sikkerhetskopien er fra en eldre versjon av koden: kjør manage.py migrate."
            )
        else:
            # A new content version: what running processes keep of their own under the
            # restored one (settings.CACHES["local"]) is left unused too.
            ContentVersion.bump()
        self.stdout.write(
            self.style.SUCCESS(
                f"Gjenopprettet {backup.vendor_name(connection.vendor)}-databasen og "
                f"{backup.files_text(files)} fra sikkerhetskopien{self.made_at(archive)}."
            )
        )

    @staticmethod
    def made_at(archive):
        created = archive.created_at
        return f" laget {created:%d.%m.%Y kl. %H.%M}" if created else ""

    @staticmethod
    def what_is_replaced(archive, connection, storage):
        settings_dict = connection.settings_dict
        where = settings_dict["NAME"]
        if connection.vendor == "postgresql":
            where = f"{where} på {settings_dict.get('HOST') or 'localhost'}"
        media = (
            f" og filene i {backup.storage_description(storage)} (filer med samme navn overskrives)"
            if archive.media_names
            else ""
        )
        return (
            f"Gjenopprettingen erstatter HELE databasen «{where}» "
            f"({backup.vendor_name(connection.vendor)}){media} med sikkerhetskopien "
            f"{archive.path}{Command.made_at(archive)}. Alt som er endret siden, går tapt."
        )

    def confirm(self, message):
        if not sys.stdin.isatty():
            raise CommandError(f"{message}\nKjør på nytt med --yes for å bekrefte.")
        self.stdout.write(message)
        answer = input("Skriv «ja» for å fortsette: ")
        if answer.strip().lower() != "ja":
            raise CommandError("Avbrutt; ingenting er endret.")
