from functools import partial
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError

from kb.core import backup
from kb.core.progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Makes a backup of the database (pg_dump on PostgreSQL, sqlite3's backup API on "
        "SQLite) and every uploaded file (under MEDIA_ROOT, or in the S3 bucket), in one .tar "
        "file. Restore it with manage.py restore."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            type=Path,
            help="Filen som skal skrives (standard: backups/samskapingsbanken-<tidspunkt>.tar)",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Database alias")

    def handle(self, *args, **options):
        output = options["output"] or backup.default_path()
        if output.exists():
            raise CommandError(f"Filen «{output}» finnes allerede; velg et annet navn.")
        try:
            result = backup.create_backup(
                output,
                using=options["database"],
                progress=partial(ProgressBar, self.stdout, label="Sikkerhetskopi"),
            )
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(f"Databasen svarer ikke: {error}") from error
        database = f"{backup.vendor_name(result.vendor)}-databasen"
        files = backup.files_text(result.files)
        size = backup.format_size(result.size)
        self.stdout.write(
            self.style.SUCCESS(
                f"Sikkerhetskopi lagret i {result.path}: {database} og {files} ({size})."
            )
        )
