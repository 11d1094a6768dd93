"""Responsive images: every public image is a <picture> with AVIF and WebP sources in a few
widths and a JPEG <img> fallback that keeps its size attributes and its alt text."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection
from django.template import Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext

from home.models import FeaturedStory
from kb.core.images import CARD_RENDITIONS, KbRendition
from kb.demo.images import abstract_png

from . import factories
from .factories import image_block

pytestmark = pytest.mark.django_db

BLOCK_ALT = "Elever og lærere spiller sammen på scenen"


@pytest.fixture
def demo_image():
    """Like the demo content's images: a 1200×800 PNG of flat shapes. Its renditions are made
    on first render (a few tenths of a second for AVIF at this size, so few tests use it)."""
    return factories.KbImageFactory(
        file=ContentFile(abstract_png("workshop"), name="demo-workshop.png")
    )


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def widths(srcset):
    """The widths named in a srcset ("a.avif 400w, b.avif 800w" → [400, 800])."""
    return [int(candidate.split()[-1].removesuffix("w")) for candidate in srcset.split(",")]


def check_picture(picture, expected_widths, fallback_size):
    """AVIF first, then WebP, each with every width; the <img> is the smallest JPEG, with
    width and height (no layout shift), a srcset of the same widths and `sizes`."""
    sources = picture.find_all("source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    for source, extension in zip(sources, [".avif", ".webp"], strict=True):
        assert widths(source["srcset"]) == expected_widths
        assert all(
            candidate.split()[0].endswith(extension) for candidate in source["srcset"].split(",")
        )
        assert source["sizes"]
    img = picture.find("img")
    assert img["src"].endswith(".jpg")
    assert (int(img["width"]), int(img["height"])) == fallback_size
    assert widths(img["srcset"]) == expected_widths
    assert img["sizes"] == sources[0]["sizes"]
    return img


def test_story_page_shows_its_images_as_pictures(client, demo_image):
    """The hero (above the fold: loaded at once) and an image block in the body (lazy), each
    with its own alt text, from the same renditions."""
    story = factories.CaseStoryPageFactory(
        image=demo_image, body=[image_block(demo_image, alt_text=BLOCK_ALT)]
    )
    hero, block = soup(client, story.url).select("article figure picture")

    img = check_picture(hero, [400, 800, 1200], (400, 266))
    # The image's description (its alt text in Wagtail), not its title in the admin.
    assert img["alt"] == demo_image.description != demo_image.title
    assert not img.has_attr("loading")

    img = check_picture(block, [400, 800, 1200], (400, 266))
    assert img["alt"] == BLOCK_ALT
    assert img["loading"] == "lazy"


def test_image_block_without_alt_text_uses_the_image_title(client):
    image = factories.KbImageFactory()  # small: only the alt text matters here
    story = factories.CaseStoryPageFactory(image=None, body=[image_block(image, alt_text="")])
    (img,) = soup(client, story.url).select("article figure picture img")
    assert img["alt"] == image.title


def test_story_card_shows_a_decorative_picture(client, demo_image):
    factories.CaseStoryPageFactory(image=demo_image)
    (picture,) = soup(client, "/erfaringer/").select(".card--story picture")
    img = check_picture(picture, [400, 800], (400, 225))
    assert img["alt"] == ""
    assert img["loading"] == "lazy"
    assert "card__image" in img["class"]


def test_modern_formats_are_smaller_than_the_png_for_a_demo_image(demo_image):
    """What the site served before (a PNG of the original's format, resized) against the
    AVIF and WebP of the same width."""
    renditions = demo_image.get_renditions(
        *(f"width-800|format-{fmt}" for fmt in ("png", "webp", "avif"))
    )
    png, webp, avif = (rendition.file.size for rendition in renditions.values())
    assert avif < png / 2
    assert webp < png / 2


def test_card_renditions_match_the_card_template():
    """The listings prefetch CARD_RENDITIONS: if the template asked for other specs, every
    card would look its renditions up on its own."""
    template = (settings.BASE_DIR / "templates" / "includes" / "story_card.html").read_text()
    assert "format-{avif,webp,jpeg} fill-{400x225,800x450}" in template
    assert [
        f"format-{fmt}|fill-{size}"
        for fmt in ("avif", "webp", "jpeg")
        for size in ("400x225", "800x450")
    ] == CARD_RENDITIONS


@pytest.mark.parametrize("url", ["/erfaringer/", "/"])
def test_cards_load_their_renditions_together_without_the_cache(client, home, url):
    """With the rendition cache empty (a restarted server), the listings and the home page
    still read all their cards' renditions in one query."""
    municipality = factories.MunicipalityPageFactory()

    def queries_with(count):
        stories = [
            factories.CaseStoryPageFactory(parent=municipality, image=factories.KbImageFactory())
            for _ in range(count)
        ]
        home.featured_stories = [FeaturedStory(page=story) for story in stories]
        home.save_revision().publish()
        client.get(url)  # makes the renditions
        for each in caches.all():  # the cards too, kept in the process's own cache
            each.clear()
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    assert queries_with(4) == queries_with(1)


def test_renditions_read_from_the_cache_are_not_written_back(client, monkeypatch):
    """A page viewed again reads its pictures' renditions from the cache and writes none
    back (Wagtail 7.4 wrote them all back on every view: a pickling, or a Redis round trip,
    per picture)."""
    story = factories.CaseStoryPageFactory(image=factories.KbImageFactory())
    client.get(story.url)  # makes the renditions and caches them
    written = []
    backend = KbRendition.cache_backend
    monkeypatch.setattr(backend, "set", lambda key, *args, **kwargs: written.append(key))
    monkeypatch.setattr(backend, "set_many", lambda data, *args, **kwargs: written.append(data))
    assert "<picture>" in client.get(story.url).content.decode()
    assert written == []


def picture_urls(client, url):
    """Every image file URL in the page's <main> (each <img> and each <source>'s srcset)."""
    main = soup(client, url).find("main")
    urls = [img["src"] for img in main.find_all("img")]
    for source in main.find_all("source"):
        urls += [part.split()[0] for part in source["srcset"].split(",")]
    return urls


def test_a_story_viewed_again_reads_no_renditions(client, monkeypatch):
    """The hero's and the body's <picture> are kept between two publishes
    (kb/core/templatetags/picture_tags.py): a second view looks no rendition up, in the
    cache or the database, and shows the same HTML."""
    image = factories.KbImageFactory()
    story = factories.CaseStoryPageFactory(image=image, body=[image_block(image)])
    first = client.get(story.url).content
    looked_up = []
    monkeypatch.setattr(
        KbRendition.cache_backend, "get_many", lambda keys, **kwargs: looked_up.append(keys)
    )
    with CaptureQueriesContext(connection) as queries:
        assert client.get(story.url).content == first
    assert looked_up == []
    assert not [query for query in queries if "rendition" in query["sql"]]
    assert first.count(b"<picture>") == 2


def test_a_kept_picture_shows_the_renditions_there_are(client):
    """Deleting renditions (as Wagtail's purge command does, or a consent withdrawn)
    replaces the content version, as saving the image does: the page then names the
    renditions made afresh, never a deleted file."""
    image = factories.KbImageFactory()
    story = factories.CaseStoryPageFactory(image=image, body=[image_block(image)])
    before = picture_urls(client, story.url)

    image.renditions.all().delete()
    after = picture_urls(client, story.url)
    assert set(after).isdisjoint(before)  # each rendition's name has a random part
    stored = {rendition.url for rendition in KbRendition.objects.filter(image=image)}
    assert set(after) <= stored


def test_the_kept_picture_tag_refuses_the_as_form():
    """kb's {% picture %} has no `as variable` form (Wagtail's has): a template using it
    fails when it is loaded, not with a rendition of a spec called «as»."""
    with pytest.raises(TemplateSyntaxError):
        Template("{% load picture_tags %}{% picture image width-400 as pic %}")
