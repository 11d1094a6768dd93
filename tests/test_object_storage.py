"""Media in object storage (kb/core/storage.py), against moto's S3 server, the stand-in for
the real S3-compatible service (tests/s3_support.py): images and their renditions are
stored in the bucket and served from it to anyone; documents and original images are not,
and members-only documents reach only logged-in visitors, through Django.

Every test runs with the bucket set up each way README.md allows: the documented bucket
policy, the same with the site's files in a folder of the bucket (AWS_LOCATION), and
per-object ACLs (AWS_DEFAULT_ACL=public-read, no policy)."""

import socket
import time

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from kb.core import storage

from . import factories, s3_support

pytestmark = pytest.mark.django_db

SETUPS = {
    "policy": {},
    "policy-in-a-folder": {"location": "samskaping"},
    "acl": {"policy": False, "default_acl": "public-read"},
}
PDF = b"%PDF-1.4\n% Samskapingsbanken testdokument\n"


@pytest.fixture(params=list(SETUPS))
def bucket(request, s3_server, settings):
    options = SETUPS[request.param]
    with s3_support.media_bucket(s3_server, settings, **options) as name:
        yield name, options.get("location", "")


def key(location, name):
    return f"{location}/{name}" if location else name


def picture_urls(html):
    """Every image URL in the story cards' <picture> elements (sources and fallback)."""
    urls = set()
    for picture in BeautifulSoup(html, "html.parser").select("article.card--story picture"):
        for element in picture.select("source, img"):
            urls.update(candidate.split()[0] for candidate in element["srcset"].split(","))
            if element.name == "img":
                urls.add(element["src"])
    return urls


def test_renditions_are_made_from_the_bucket_and_served_from_it(
    client, s3_server, bucket, case_index
):
    """An image uploaded to the bucket, shown on a story's card: its renditions are made
    by reading the original back from the bucket, stored there, and every URL the
    listing gives the browser answers a plain, anonymous GET."""
    name, location = bucket
    image = factories.KbImageFactory()
    factories.CaseStoryPageFactory(image=image)
    original = get_image_model().objects.get(pk=image.pk).file.name
    assert s3_support.keys(s3_server, name) == [key(location, original)]

    response = client.get(case_index.url)
    assert response.status_code == 200
    urls = picture_urls(response.content)
    # Two widths in three formats (kb.core.images.CARD_RENDITIONS).
    assert len(urls) == 6
    prefix = f"{s3_server.endpoint}/{name}/{key(location, 'images/')}"
    assert all(url.startswith(prefix) for url in urls), urls
    types = set()
    for url in urls:
        status, content_type, body = s3_support.anonymous_get(url)
        assert status == 200, url
        assert body
        types.add(content_type)
    assert types == {"image/avif", "image/webp", "image/jpeg"}
    assert len(s3_support.keys(s3_server, name)) == 7  # the original and six renditions

    # The original is not for the public.
    status, _type, _body = s3_support.anonymous_get(default_storage.url(original))
    assert status == 403


def test_members_only_document_needs_a_login(client, s3_server, bucket):
    """The document is in the bucket, but no one gets it from there: the site streams it
    itself, after Wagtail has checked the collection's restriction."""
    name, location = bucket
    document = factories.DocumentFactory(members_only=True)
    assert s3_support.keys(s3_server, name) == [key(location, document.file.name)]
    assert document.url == f"/dokumenter/{document.pk}/{document.filename}"

    status, _type, body = s3_support.anonymous_get(default_storage.url(document.file.name))
    assert status == 403
    assert PDF not in body

    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert s3_server.endpoint not in response["Location"]

    client.force_login(factories.UserFactory())
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(PDF))


def test_password_protected_document_needs_the_password(client, bucket):
    """A collection with a password: the form first, the file after the password."""
    collection = factories.CollectionFactory()
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="konferanse2025",
    )
    document = factories.DocumentFactory(collection=collection)

    response = client.get(document.url)
    assert response.status_code == 200
    assert PDF not in response.content
    assert b'name="password"' in response.content

    client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]),
        {"password": "konferanse2025", "return_url": document.url},
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_public_document_is_streamed_too(s3_server, bucket):
    """Not a redirect to the bucket (Wagtail's default for remote storage), which would
    need the bucket to show documents to anyone."""
    document = factories.DocumentFactory()
    response = Client().get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert get_document_model().objects.get(pk=document.pk).file.name.startswith("documents/")


def test_acl_mode_makes_only_renditions_public(s3_server, settings):
    """With AWS_DEFAULT_ACL=public-read, documents and originals still get the private ACL."""
    all_users = "http://acs.amazonaws.com/groups/global/AllUsers"
    with s3_support.media_bucket(
        s3_server, settings, policy=False, default_acl="public-read"
    ) as name:
        image = factories.KbImageFactory()
        rendition = image.get_rendition("fill-40x30")
        document = factories.DocumentFactory()

        def public(file_name):
            grants = s3_server.client.get_object_acl(Bucket=name, Key=file_name)["Grants"]
            return any(grant["Grantee"].get("URI") == all_users for grant in grants)

        assert public(rendition.file.name)
        assert not public(image.file.name)
        assert not public(document.file.name)


def test_health_checks_the_bucket(client, s3_server, settings):
    with s3_support.media_bucket(s3_server, settings):
        response = client.get("/helse/")
        assert response.status_code == 200
        assert response.json()["checks"]["storage"] == "ok"

    # The bucket is gone (deleted on leaving the block): a lookup of a file would still
    # answer "not found", the check of the bucket does not.
    response = client.get("/helse/")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "feil"


def test_health_fails_when_the_service_does_not_answer(client, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_support.storage_settings(s3_support.unused_endpoint(), "kb-media"),
    }
    response = client.get("/helse/")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "storage": "feil"}


def test_health_gives_up_on_a_service_that_never_answers(client, settings):
    """A service that takes the connection and then says nothing: /helse/ answers 503
    after the check's own timeout (kb.core.storage.HEALTH_TIMEOUT), well before a load
    balancer or gunicorn (30 s) would give up on the request."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # the kernel completes the handshake; nothing ever reads or answers
        host, port = silent.getsockname()
        settings.STORAGES = {
            **settings.STORAGES,
            "default": s3_support.storage_settings(f"http://{host}:{port}", "kb-media"),
        }
        started = time.monotonic()
        response = client.get("/helse/")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "feil"
    assert elapsed < storage.HEALTH_TIMEOUT * 3
