"""What a page says about itself to other sites: Open Graph (a link shared in social media
or a chat shows its title, summary and image) and schema.org JSON-LD (search engines read a
method as a HowTo, an event as an Event, a case story as an Article). Each page type builds
its own JSON-LD (`structured_data()`) and names its own image (`social_image`); the
shared pieces are here."""

import json
import logging

from django.conf import settings
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError

from .api_fields import API_IMAGE_SPEC
from .text import plain_text

# The size Open Graph and the large link previews expect (1.91:1).
SHARE_IMAGE_SPEC = API_IMAGE_SPEC
PUBLISHER = "Norsk kulturskoleråd Nordland"
SCHEMA = "https://schema.org"

logger = logging.getLogger(__name__)

# Characters that could end the <script> element or open a comment in it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def share_image(image):
    """The image's share-size rendition (never the original), with its full URL; none for an
    image whose consent is not valid (it leaves the pages, kb/core/images.py), or whose
    file is missing (a database restored before its media): a link preview without an
    image beats a page that does not open."""
    if image is None or not image.consent_is_valid:
        return None
    try:
        # get_renditions(), not get_rendition(), which writes the rendition back to the
        # cache on every view (see KbRendition).
        [rendition] = image.get_renditions(SHARE_IMAGE_SPEC).values()
    except SourceImageIOError:
        logger.warning("Image %s not shared: its file %s is missing", image.pk, image.file.name)
        return None
    return {
        "url": rendition.full_url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": rendition.alt,
    }


def publisher():
    return {"@type": "Organization", "name": PUBLISHER, "url": settings.SITE_URL + "/"}


def with_context(data):
    return {"@context": SCHEMA, **data}


def text(value):
    return plain_text(value)


def json_ld(data):
    """A <script type="application/ld+json"> element with the data, safe to put in HTML."""
    body = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{body}</script>')  # noqa: S308
