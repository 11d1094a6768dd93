"""Documents are stored outside MEDIA_ROOT (PRIVATE_MEDIA_ROOT), so a web server that serves
/media/ whole still cannot hand out a members-only document; Django serves them at
/dokumenter/ after the collection's view restrictions."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from kb.core.file_storage import private_media_outside_served_folders

from . import factories

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% Samskapingsbanken testdokument\n"


@pytest.fixture
def media_roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)


def test_a_document_is_stored_outside_media_root(media_roots):
    media_root, private_root = media_roots
    document = factories.DocumentFactory(members_only=True)
    stored = Path(document.file.path)
    assert stored.is_relative_to(private_root)
    assert stored.read_bytes() == PDF
    assert not stored.is_relative_to(media_root)
    assert not list(media_root.rglob("*.pdf"))
    # Images stay where a web server may serve their renditions.
    assert Path(factories.KbImageFactory().file.path).is_relative_to(media_root)


def test_the_serve_view_serves_public_documents_and_asks_for_a_login_for_members_only(
    media_roots,
):
    public = factories.DocumentFactory()
    members_only = factories.DocumentFactory(members_only=True)

    response = Client().get(public.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF

    response = Client().get(members_only.url)
    assert response.status_code == 302
    assert "next=" in response["Location"]

    member = Client()
    member.force_login(factories.UserFactory())
    response = member.get(members_only.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_move_private_media_moves_old_documents_once(media_roots):
    media_root, private_root = media_roots
    old = media_root / "documents" / "gammel.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(PDF)
    kept = media_root / "images" / "bilde.fill-10x10.png"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"png")

    out = StringIO()
    call_command("move_private_media", stdout=out)
    assert "1 filer flyttet" in out.getvalue()
    assert (private_root / "documents" / "gammel.pdf").read_bytes() == PDF
    assert not old.exists()
    assert kept.exists()

    out = StringIO()
    call_command("move_private_media", stdout=out)
    assert "0 filer flyttet" in out.getvalue()


def test_move_private_media_leaves_a_file_whose_name_is_taken_and_says_so(media_roots):
    media_root, private_root = media_roots
    for root, content in [(media_root, b"old"), (private_root, PDF)]:
        (root / "documents").mkdir(parents=True)
        (root / "documents" / "program.pdf").write_bytes(content)
    with pytest.raises(CommandError, match="documents/program.pdf"):
        call_command("move_private_media", stdout=StringIO())
    assert (media_root / "documents" / "program.pdf").read_bytes() == b"old"
    assert (private_root / "documents" / "program.pdf").read_bytes() == PDF


def test_a_private_folder_inside_media_root_is_an_error(media_roots, settings):
    media_root, _private_root = media_roots
    assert private_media_outside_served_folders(None) == []
    settings.PRIVATE_MEDIA_ROOT = media_root / "private"
    [error] = private_media_outside_served_folders(None)
    assert error.id == "core.E001"
    assert "må ligge utenfor MEDIA_ROOT" in error.msg
