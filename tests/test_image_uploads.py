"""Uploads have a pixel limit (WAGTAILIMAGES_MAX_IMAGE_PIXELS, 50 megapixels): an image with
more pixels is refused with a Norwegian message before anything decodes it, in the admin's
upload form and its multiple upload, however few bytes it has (a "pixel bomb": a PNG of
30 000 × 30 000 pixels is 109 kB). Pillow's own limit (kb.core.image_uploads) follows the
same setting, and its error becomes the same message, never a 500.

The PNGs are built from their header (tests.helpers.png_with_size): a few hundred bytes
that claim any size."""

import json

import pytest
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.models import Collection

from .helpers import png_upload, png_with_size

pytestmark = pytest.mark.django_db

TOO_MANY = "har for mange piksler"


def add_image(client, upload):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Stort bilde",
            "file": upload,
            "collection": Collection.get_first_root_node().pk,
            "credit": "Foto: test",
            "consent_confirmed": "on",
            "consent_given_by": "person",
        },
    )


def add_multiple(client, upload):
    return client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload, "collection": Collection.get_first_root_node().pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


BOMBS = [(30_000, 30_000), (11_000, 11_000), (8_200, 6_200)]


@pytest.mark.parametrize("width, height", BOMBS)
def test_the_upload_form_refuses_too_many_pixels_with_a_message(adviser_client, width, height):
    response = add_image(adviser_client, png_with_size(width, height))
    assert response.status_code == 200
    text = " ".join(response.content.decode().split())
    assert TOO_MANY in text
    assert "Største tillatte er 50 megapiksler" in text
    if width * height < 150_000_000:  # Pillow opened it: the size is named
        assert f"{width:,} × {height:,}".replace(",", " ") in text
    assert not get_image_model().objects.filter(title="Stort bilde").exists()


@pytest.mark.parametrize("width, height", BOMBS)
def test_the_multiple_upload_refuses_too_many_pixels_with_a_message(adviser_client, width, height):
    response = add_multiple(adviser_client, png_with_size(width, height))
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert TOO_MANY in answer["error_message"]
    assert not get_image_model().objects.exists()


def test_a_camera_sized_image_is_within_the_limit(adviser_client):
    # 8 160 × 6 120: a 50-megapixel phone or camera's full size.
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS >= 8_160 * 6_120
    response = add_image(adviser_client, png_with_size(8_160, 6_120))
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Stort bilde").width == 8_160


def test_an_ordinary_image_is_still_accepted(adviser_client):
    response = add_image(adviser_client, png_upload("ok.png"))
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Stort bilde").exists()
