"""Images on public pages are described by the image's description (Wagtail's alt text),
not by its title in the admin, which is a filing name."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from . import factories

pytestmark = pytest.mark.django_db


def alt_texts(url):
    response = Client().get(url)
    assert response.status_code == 200
    return [img["alt"] for img in BeautifulSoup(response.content, "html.parser").select("main img")]


def test_a_storys_main_image_is_described_by_its_description():
    image = factories.KbImageFactory(title="IMG_4711", description="Tre elever spiller fiolin")
    story = factories.CaseStoryPageFactory(image=image)
    assert "Tre elever spiller fiolin" in alt_texts(story.url)
    assert "IMG_4711" not in alt_texts(story.url)


def test_an_image_block_without_its_own_alt_text_uses_the_description():
    image = factories.KbImageFactory(title="IMG_4712", description="Koret synger i gymsalen")
    story = factories.CaseStoryPageFactory(body=[factories.image_block(image, alt_text="")])
    assert "Koret synger i gymsalen" in alt_texts(story.url)
