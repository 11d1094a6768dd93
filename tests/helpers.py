"""Shared test helpers: data built once for a test module, the admin form data for a case
story, an image file to upload, and the task worker run by hand."""

import io
import struct
import zlib
from unittest import mock

import PIL.Image
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# The real host the site is set up for by the `real_site` fixture (tests/conftest.py).
REAL_SITE_URL = "https://samskaping.example.no"


def built_once_for_the_module(name, make):
    """Two fixtures for a test module whose tests share their data (one such pair a
    module): `name` gives each test a fresh copy ({key: object read again}) of the objects
    make() returns, which are made once for the module (a page costs about 0.1 s) and rolled
    back after its last test. Being module-scoped, they are made before any test's own
    transaction begins; each test runs in its own transaction inside theirs, so what a test
    changes is undone after it. Assign both to module names:
    `content_made_once, content = built_once_for_the_module("content", make_content)`."""

    @pytest.fixture(scope="module", name="data_made_once")
    def made_once(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            yield make()
            transaction.set_rollback(True)

    @pytest.fixture(name=name)
    def fresh_copies(db, data_made_once):
        return {key: type(obj).objects.get(pk=obj.pk) for key, obj in data_made_once.items()}

    return made_once, fresh_copies


def story_form_data(
    title, *, slug, summary="Kort oppsummering.", image=None, themes=(), methods=()
):
    """What the page editor posts for a case story, as the admin form names its fields."""
    body = [("paragraph", rich_text("<p>Vi prøvde noe nytt sammen med biblioteket.</p>"))]
    if image is not None:
        body.append(("image", {"image": image.pk, "alt_text": "Verksted", "caption": ""}))
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "image": image.pk if image is not None else "",
            "culture_school": "Kulturskolen",
            "period_start": "2025-01-15",
            "period_end": "",
            "for_youth": "on",
            "cooperation_level": "samskaping",
            "partners": inline_formset([{"name": "Biblioteket", "sector": "offentlig"}]),
            "challenge": rich_text("<p>Få unge brukte tilbudet.</p>"),
            "body": streamfield(body),
            "results": inline_formset(
                [
                    {
                        "target_group": "Ungdom 13–16 år",
                        "intended_change": "Flere deltar",
                        "indicator": "Antall deltakere",
                        "baseline": "5",
                        "result": "25",
                        "measured_at": "2025-06-01",
                    }
                ]
            ),
            "lessons_learned": rich_text("<p>Start med ungdommenes egne spørsmål.</p>"),
            "contact_name": "",
            "contact_email": "",
            "comments": inline_formset([]),
        }
    )
    data["themes"] = [theme.pk for theme in themes]
    data["methods_used"] = [method.pk for method in methods]
    return data


def png_upload(name="bilde.png"):
    """A small PNG, as a browser uploads it in the image form."""
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), "image/png")


def png_with_size(width, height, name="stort.png"):
    """A PNG that says it is `width` × `height` pixels (black and white), in a few hundred
    bytes: a valid header and the start of its image data. Enough for everything that reads
    only the header, as the upload's checks must."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    data = zlib.compress(b"\x00" * (1 + (width + 7) // 8) * 4)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    return SimpleUploadedFile(name, png, "image/png")


def run_queued_tasks():
    """Runs the tasks waiting in the database queue as `manage.py db_worker --batch` does
    (its Worker loop, claim, run and record), and returns how many ran. The loop's
    connection housekeeping is left out: inside a test's transaction it would close the
    connection."""
    finished = DBTaskResult.objects.exclude(status__in=["READY", "RUNNING"])
    before = finished.count()
    with mock.patch.object(db_worker, "close_old_connections"):
        worker = db_worker.Worker(
            queue_names=["*"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
        )
        worker.run()
    return finished.count() - before


def pango_missing():
    """Why PDFs cannot be drawn here (WeasyPrint without Pango), or "" when they can."""
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        return f"WeasyPrint needs Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0): {error}"
    return ""


def needs_pango():
    """The PDF tests skip, with the reason, where Pango is missing; under CI they fail."""
    import os

    import pytest

    reason = pango_missing()
    if reason and os.environ.get("CI"):
        pytest.fail(f"CI draws PDFs: {reason}")
    if reason:
        pytest.skip(reason)


def soup_of(response):
    """The page of a 200 response, parsed."""
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    """An element's text as a person reads it: its words, single-spaced."""
    return " ".join(element.get_text().split())
