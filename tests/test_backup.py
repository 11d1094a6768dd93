"""`manage.py backup` and `manage.py restore`: a round trip brings back the pages, their
revisions, workflow states, users, groups, permissions, images and documents with their
files; a broken archive, another database vendor or a missing --yes change nothing.

The round trips need committed data (pg_dump and sqlite3's backup API read the database
through their own connections) and replace the whole database, so they cannot run inside
the transaction every other test is rolled back in, nor on the test database itself (a
transactional test flushes it afterwards, and the base site the other tests rely on would
be gone). They run on a scratch copy of the test database instead (`scratch_database`):
PostgreSQL copies it with CREATE DATABASE … TEMPLATE (well under a second), SQLite with the
backup API; the default connection points there for the test, and the copy is dropped
afterwards. MEDIA_ROOT is a temporary folder, so the shared test media stay untouched; the
round trip runs once more with the files in a bucket of the stand-in S3 server
(tests/s3_support.py).
"""

import hashlib
import io
import json
import subprocess
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowState,
)

from kb.core import backup
from kb.core.models import ContentVersion

from . import factories, s3_support


def copy_test_database(tmp_path):
    """A scratch copy of the test database's committed data (the base site); returns its
    name and a function that drops it."""
    original = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        scratch = str(tmp_path / "scratch.sqlite3")
        backup.copy_sqlite(original, scratch)
        return scratch, lambda: None
    # wt_backup_gw0_roundtrip when the suite runs against `wt_backup` (test_wt_backup_gw0).
    scratch = f"{original.removeprefix('test_')}_roundtrip"[:63]
    env = backup.postgres_environment(connection.settings_dict)

    def execute(sql):
        with connection._nodb_cursor() as cursor:
            cursor.execute(sql)

    # CREATE DATABASE … TEMPLATE would need the test database to have no connections, but
    # the test's transaction holds one: copy it with pg_dump and pg_restore instead.
    dump = tmp_path / "base.dump"
    subprocess.run(
        [backup.find_program("pg_dump"), "--format=custom", f"--file={dump}"], env=env, check=True
    )
    execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    execute(f'CREATE DATABASE "{scratch}"')
    subprocess.run(
        [
            backup.find_program("pg_restore"),
            "--no-owner",
            "--exit-on-error",
            f"--dbname={scratch}",
            str(dump),
        ],
        env=env,
        check=True,
    )
    return scratch, lambda: execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


@pytest.fixture
def scratch_database(db, tmp_path, settings):
    """For the test, the default connection is a new one to a scratch copy of the test
    database, and MEDIA_ROOT a temporary folder (see the module's docstring). The test's
    own transaction stays open, untouched, on the original connection, and is rolled back
    as usual once the original is put back."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    original = connections["default"]
    scratch, drop = copy_test_database(tmp_path)
    copy = type(original)({**original.settings_dict, "NAME": scratch}, "default")
    connections["default"] = copy
    try:
        yield scratch
    finally:
        copy.close()
        connections["default"] = original
        drop()


def media_tree():
    """Every file in the media storage (MEDIA_ROOT or the bucket) with the SHA-256 of its
    bytes."""
    tree = {}
    for name in backup.media_files(default_storage):
        with default_storage.open(name, "rb") as file:
            tree[name] = hashlib.sha256(file.read()).hexdigest()
    return tree


def snapshot():
    """What a restore must bring back, as plain values."""
    user_model = get_user_model()
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "id",
                "path",
                "title",
                "slug",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "live_revision_id",
                "first_published_at",
                "owner_id",
            )
        ),
        "revisions": list(
            Revision.objects.order_by("id").values_list(
                "id", "object_id", "user_id", "created_at", "approved_go_live_at"
            )
        ),
        "revision_content": {r.id: r.content for r in Revision.objects.all()},
        "workflow_states": list(
            WorkflowState.objects.order_by("id").values_list(
                "id",
                "object_id",
                "status",
                "requested_by_id",
                "current_task_state__status",
                "current_task_state__task__name",
            )
        ),
        "users": list(
            user_model.objects.order_by("id").values_list(
                "id", "username", "email", "password", "is_superuser", "first_name"
            )
        ),
        "memberships": list(
            user_model.groups.through.objects.order_by("id").values_list("user_id", "group_id")
        ),
        "groups": [
            (group.id, group.name, sorted(group.permissions.values_list("codename", flat=True)))
            for group in Group.objects.order_by("id")
        ],
        "page_permissions": list(
            GroupPagePermission.objects.order_by("id").values_list(
                "group__name", "page_id", "permission__codename"
            )
        ),
        "collection_permissions": list(
            GroupCollectionPermission.objects.order_by("id").values_list(
                "group__name", "collection__name", "permission__codename"
            )
        ),
        "images": list(
            get_image_model()
            .objects.order_by("id")
            .values_list("id", "title", "file", "credit", "consent_confirmed", "collection_id")
        ),
        "renditions": list(
            get_image_model()
            .get_rendition_model()
            .objects.order_by("id")
            .values_list("id", "image_id", "filter_spec", "file")
        ),
        "documents": list(
            get_document_model()
            .objects.order_by("id")
            .values_list("id", "title", "file", "file_hash", "collection_id")
        ),
    }


def build_content():
    """Published pages with revisions, a story waiting in the moderation workflow, people
    in groups with page and collection permissions, an image and a document with files."""
    municipality = factories.MunicipalityPageFactory()
    editor = factories.EditorFactory(municipality=municipality)
    adviser = factories.AdviserFactory()
    factories.SuperuserFactory()
    method = factories.MethodPageFactory()
    method.title = "Verdenskafé, andre utgave"
    method.save_revision(user=adviser).publish(user=adviser)
    factories.CaseStoryPageFactory(parent=municipality, detailed=True)
    waiting = factories.CaseStoryPageFactory(parent=municipality, draft=True, owner=editor)
    waiting.get_workflow().start(waiting, editor)
    image = factories.KbImageFactory(collection=municipality.access.collection)
    image.get_rendition("fill-40x30")
    factories.DocumentFactory(members_only=True)
    return method, waiting


def destroy_content():
    """What the backup must survive: pages, users, a group, images, documents and files
    gone, and something new that was not there."""
    for page in Page.objects.filter(depth__gt=3).order_by("-depth"):
        if Page.objects.filter(pk=page.pk).exists():
            page.delete()
    get_user_model().objects.all().delete()
    Group.objects.filter(name__startswith="Kommuneredaktører").delete()
    get_image_model().objects.all().delete()
    get_document_model().objects.all().delete()
    for name in backup.media_files(default_storage):
        default_storage.delete(name)
    factories.MethodPageFactory(title="Skrevet etter sikkerhetskopien")


def round_trip(tmp_path):
    method, waiting = build_content()
    before = snapshot()
    files_before = media_tree()
    assert len(files_before) >= 4  # the story's image, the image and its rendition, the PDF
    assert WorkflowState.objects.for_instance(waiting).get().status == "in_progress"
    assert Revision.objects.for_instance(method).count() == 2

    archive = tmp_path / "kopi.tar"
    version = ContentVersion.current()
    out = io.StringIO()
    call_command("backup", output=archive, stdout=out)
    assert "Sikkerhetskopi lagret" in out.getvalue()
    assert f"{len(files_before)} filer" in out.getvalue()

    destroy_content()
    assert snapshot() != before
    assert media_tree() == {}

    cache.set("side-lest-fra-den-gamle-databasen", "utdatert")
    out = io.StringIO()
    call_command("restore", archive, yes=True, stdout=out)
    assert f"og {len(files_before)} filer" in out.getvalue()
    # Nothing read from the replaced database is served from the cache afterwards.
    assert cache.get("side-lest-fra-den-gamle-databasen") is None
    # Nor from what other processes keep under the restored content version.
    assert ContentVersion.current() != version

    assert snapshot() == before
    assert media_tree() == files_before
    # The restored site works: the page is found and its revision and workflow are back.
    assert Page.objects.get(pk=method.pk).specific.title == "Verdenskafé, andre utgave"
    assert not Page.objects.filter(title="Skrevet etter sikkerhetskopien").exists()
    assert WorkflowState.objects.for_instance(waiting).get().status == "in_progress"
    return archive


def test_round_trip(scratch_database, tmp_path, settings):
    """On SQLite in `make test`, on PostgreSQL (pg_dump, pg_restore) in `make test-postgres`."""
    archive = round_trip(tmp_path)
    restored = Path(settings.PRIVATE_MEDIA_ROOT) / "documents" / "materiale.pdf"
    assert restored.read_bytes().startswith(b"%PDF")
    assert not (Path(settings.MEDIA_ROOT) / "documents").exists()
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert names[0] == backup.DATABASE_FILES[connection.vendor]
    assert names[-1] == "manifest.json"
    assert manifest["vendor"] == connection.vendor
    assert manifest["media"] == {
        "storage": "LocalMediaStorage",
        "files": len(names) - 2,
        "bytes": manifest["media"]["bytes"],
    }
    assert set(manifest["checksums"]) == set(names) - {"manifest.json"}
    assert manifest["versions"]["wagtail"].startswith("7.")
    assert manifest["migrations"]["wagtailcore"]
    if connection.vendor == "postgresql":
        assert manifest["versions"]["postgresql"]
        assert manifest["versions"]["pg_dump"].startswith("pg_dump (PostgreSQL)")


def test_round_trip_with_media_in_s3(scratch_database, s3_server, s3_media, tmp_path):
    """The files are read from the bucket into the archive and written back to it."""
    archive = round_trip(tmp_path)
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        names = tar.getnames()
    assert manifest["media"]["storage"] == "MediaStorage"
    media_names = sorted(name.removeprefix("media/") for name in names[1:-1])
    assert media_names == s3_support.keys(s3_server, s3_media)
    assert "documents/materiale.pdf" in media_names
    # Asked first, the restore names the bucket whose files it replaces.
    with pytest.raises(CommandError, match=f"filene i bøtta «{s3_media}»"):
        call_command("restore", archive, stdout=io.StringIO())


# --- Archives that must not be restored --------------------------------------------------


def make_archive(path, *, vendor=None, members=None, manifest=True, checksums=None):
    """A hand-made archive: `members` maps names to bytes; the manifest lists their
    checksums (or `checksums`)."""
    vendor = vendor or connection.vendor
    database = backup.DATABASE_FILES.get(vendor, "database")
    members = members if members is not None else {database: b"database", "media/a.txt": b"a"}
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if manifest:
            data = json.dumps(
                {
                    "format": backup.FORMAT,
                    "created_at": "2025-03-01T09:15:00+00:00",
                    "vendor": vendor,
                    "database": database,
                    "checksums": checksums if checksums is not None else sums,
                }
            ).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def restore_fails(path, **options):
    with pytest.raises(CommandError) as error:
        call_command("restore", path, stdout=io.StringIO(), **options)
    return str(error.value)


@pytest.fixture
def untouched(db, settings, tmp_path):
    """A user and a media folder that a refused restore must leave as they were."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.txt").write_bytes(b"original")
    user = factories.UserFactory()
    yield
    assert get_user_model().objects.filter(pk=user.pk).exists()
    assert (tmp_path / "media" / "a.txt").read_bytes() == b"original"


def test_missing_file(untouched, tmp_path):
    assert "Finner ikke sikkerhetskopien" in restore_fails(tmp_path / "finnes-ikke.tar", yes=True)


def test_not_an_archive(untouched, tmp_path):
    path = tmp_path / "tull.tar"
    path.write_bytes(b"dette er ikke et tar-arkiv" * 100)
    assert "ikke en gyldig sikkerhetskopi" in restore_fails(path, yes=True)


def test_archive_without_manifest_is_incomplete(untouched, tmp_path):
    path = make_archive(tmp_path / "uten.tar", manifest=False)
    assert "manifest.json mangler" in restore_fails(path, yes=True)


def test_truncated_archive(untouched, tmp_path):
    database = backup.DATABASE_FILES[connection.vendor]
    path = make_archive(tmp_path / "hel.tar", members={database: bytes(range(256)) * 400})
    data = path.read_bytes()
    cut = tmp_path / "avkuttet.tar"
    cut.write_bytes(data[: len(data) // 2])
    message = restore_fails(cut, yes=True)
    assert "ikke en gyldig sikkerhetskopi" in message or "ufullstendig" in message


def test_member_missing_from_archive(untouched, tmp_path):
    database = backup.DATABASE_FILES[connection.vendor]
    path = make_archive(
        tmp_path / "mangler.tar",
        members={database: b"database"},
        checksums={database: "0" * 64, "media/borte.png": "0" * 64},
    )
    assert "ufullstendig" in restore_fails(path, yes=True)


def test_wrong_checksum(untouched, tmp_path):
    database = backup.DATABASE_FILES[connection.vendor]
    path = make_archive(
        tmp_path / "skadet.tar",
        members={database: b"database", "media/a.txt": b"endret"},
        checksums={database: hashlib.sha256(b"database").hexdigest(), "media/a.txt": "0" * 64},
    )
    assert "sjekksummen for «media/a.txt» stemmer ikke" in restore_fails(path, yes=True)


def test_path_outside_media_is_refused(untouched, tmp_path):
    database = backup.DATABASE_FILES[connection.vendor]
    path = make_archive(
        tmp_path / "lur.tar", members={database: b"database", "media/../../utenfor.txt": b"x"}
    )
    assert "ugyldig filnavn" in restore_fails(path, yes=True)


def test_wrong_vendor(untouched, tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    path = make_archive(tmp_path / "annen.tar", vendor=other)
    message = restore_fails(path, yes=True)
    assert f"av en {backup.vendor_name(other)}-database" in message


def test_refuses_without_yes(untouched, tmp_path):
    path = make_archive(tmp_path / "gyldig.tar")
    message = restore_fails(path)
    assert "erstatter HELE databasen" in message
    assert "--yes" in message


def test_asks_on_a_terminal(untouched, tmp_path, monkeypatch):
    path = make_archive(tmp_path / "gyldig.tar")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "nei")
    assert "Avbrutt; ingenting er endret" in restore_fails(path)


@pytest.mark.postgres
def test_missing_pg_restore(untouched, tmp_path, monkeypatch):
    path = make_archive(tmp_path / "gyldig.tar")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert "Fant ikke programmet «pg_restore»" in restore_fails(path, yes=True)


def test_backup_refuses_to_overwrite(db, tmp_path):
    path = tmp_path / "finnes.tar"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="finnes allerede"):
        call_command("backup", output=path, stdout=io.StringIO())


def test_format_size():
    assert backup.format_size(512) == "512 B"
    assert backup.format_size(3_400_000) == "3,4 MB"
