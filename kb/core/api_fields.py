"""Serializer fields the page models use in their `api_fields` (the public API, kb/api):
rich text as the HTML a page shows (Wagtail's API would give the stored form, with
`<a linktype="page" id="3">` instead of links), a StreamField as the HTML its blocks render
(images as renditions, never the original file), and the themes a page is tagged with."""

from rest_framework.fields import Field
from wagtail.images.api.fields import ImageRenditionField
from wagtail.rich_text import expand_db_html

# The one rendition of a page's main image the API gives: the Open Graph size.
API_IMAGE_SPEC = "fill-1200x630|format-jpeg"


class ConsentedImageRenditionField(ImageRenditionField):
    """The rendition, or null for an image whose consent is not valid: such an image leaves
    the API as it leaves the pages (kb/core/images.py)."""

    def to_representation(self, image):
        if not image.consent_is_valid:
            return None
        return super().to_representation(image)


class RichTextHTMLField(Field):
    def to_representation(self, value):
        return expand_db_html(value) if value else ""


class RenderedStreamField(Field):
    """The StreamField as the page renders it (each block's template)."""

    def to_representation(self, value):
        return str(value.render_as_block()) if value else ""


class ThemesField(Field):
    def to_representation(self, value):
        return [{"slug": theme.slug, "name": theme.name} for theme in value.all()]
