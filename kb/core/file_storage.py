"""Uploaded files on the local disk, in two places: documents under PRIVATE_MEDIA_ROOT, which
no web server serves, everything else (images, renditions) under MEDIA_ROOT, which a web
server may serve as MEDIA_URL. Documents may be members-only, and their names are easy to
guess (documents/<their file name>): Django streams them at /dokumenter/<id>/<name> after
the collection's view restrictions (WAGTAILDOCS_SERVE_METHOD), and serving /media/ whole
would still not reach them.

One storage (Django's default, which Wagtail's document model uses) that puts each file by
its name's first folder, so that every command working through the default storage (the
backups, move_private_media) sees both places as one tree. In object storage the same
names are private in the bucket (kb/core/storage.py)."""

import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage, storages
from django.utils._os import safe_join

# The first folders of the names kept out of MEDIA_ROOT.
PRIVATE_FOLDERS = ("documents",)


def is_private(name):
    first = str(name).replace("\\", "/").lstrip("/").split("/", 1)[0]
    return first in PRIVATE_FOLDERS


class LocalMediaStorage(FileSystemStorage):
    def __init__(self, private_location=None, **kwargs):
        super().__init__(**kwargs)
        self._private_location = private_location

    @property
    def private_location(self):
        # Read at use, so that a test's settings override counts (as MEDIA_ROOT does).
        return os.path.abspath(self._private_location or settings.PRIVATE_MEDIA_ROOT)

    def path(self, name):
        if is_private(name):
            return safe_join(self.private_location, name)
        return super().path(name)

    def _save(self, name, content):
        if not is_private(name):
            return super()._save(name, content)
        # Django's own saving, on a storage rooted at the private folder (it makes the name
        # relative to its root, which for these files is not MEDIA_ROOT).
        private = FileSystemStorage(
            location=self.private_location,
            file_permissions_mode=self.file_permissions_mode,
            directory_permissions_mode=self.directory_permissions_mode,
        )
        return private._save(name, content)

    def listdir(self, path):
        """As on one disk: the top folder lists the private folders too."""
        try:
            directories, files = super().listdir(path)
        except FileNotFoundError:
            if str(path).strip("/.") or not os.path.isdir(self.private_location):
                raise
            directories, files = [], []
        if not str(path).strip("/."):
            directories += [
                folder
                for folder in PRIVATE_FOLDERS
                if folder not in directories
                and os.path.isdir(os.path.join(self.private_location, folder))
            ]
        return directories, files


def move_private_files(storage):
    """Moves the files of the private folders that an older version left under MEDIA_ROOT
    to PRIVATE_MEDIA_ROOT; the names stay, so nothing in the database changes. A file
    already there with the same content is just removed from MEDIA_ROOT; one with other
    content is left in place and reported. Returns (moved, left) as lists of names."""
    public_root = Path(storage.location)
    moved, left = [], []
    for folder in PRIVATE_FOLDERS:
        for source in sorted(path for path in (public_root / folder).rglob("*") if path.is_file()):
            name = source.relative_to(public_root).as_posix()
            target = Path(storage.path(name))
            if target.exists():
                if target.read_bytes() == source.read_bytes():
                    source.unlink()
                    moved.append(name)
                else:
                    left.append(name)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
            moved.append(name)
    return moved, left


@checks.register(checks.Tags.security)
def private_media_outside_served_folders(app_configs, **kwargs):
    """PRIVATE_MEDIA_ROOT inside (or around) a folder a web server serves would undo it."""
    storage = storages["default"]
    if not isinstance(storage, LocalMediaStorage):
        return []
    private = Path(storage.private_location).resolve()
    errors = []
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        served = Path(getattr(settings, name)).resolve()
        if private.is_relative_to(served) or served.is_relative_to(private):
            errors.append(
                checks.Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) må ligge utenfor {name} ({served}), "
                    "ellers kan webserveren dele ut dokumentene.",
                    id="core.E001",
                )
            )
    return errors
