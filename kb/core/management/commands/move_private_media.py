"""Moves documents an older version stored under MEDIA_ROOT to PRIVATE_MEDIA_ROOT
(kb/core/file_storage.py). Safe to run at every release: a second run finds nothing."""

from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from kb.core.file_storage import LocalMediaStorage, move_private_files


class Command(BaseCommand):
    help = "Flytter dokumenter fra MEDIA_ROOT til PRIVATE_MEDIA_ROOT, der ingen webserver når dem."

    def handle(self, *args, **options):
        storage = storages["default"]
        if not isinstance(storage, LocalMediaStorage):
            self.stdout.write("Filene ligger ikke på lokal disk: ingenting å flytte.")
            return
        moved, left = move_private_files(storage)
        self.stdout.write(f"{len(moved)} filer flyttet til {storage.private_location}.")
        if left:
            raise CommandError(
                "Disse filene finnes allerede med annet innhold i "
                f"{storage.private_location}, og ble latt være: {', '.join(left)}"
            )
