"""The image upload's pixel limit (WAGTAILIMAGES_MAX_IMAGE_PIXELS), with a message an
editor understands, whatever the file claims.

Wagtail checks the pixel count from the file's header, before anything is decoded; a file
whose header claims more than twice Pillow's own limit (about 179 megapixels) makes Pillow
refuse to open it at all (DecompressionBombError), which Wagtail's check does not catch: a
500. Here both give the same message, in the admin's image form and its multiple upload
(both are built on WAGTAILIMAGES_IMAGE_FORM_BASE)."""

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

TOO_MANY_PIXELS = (
    "Bildet har for mange piksler ({size}). Største tillatte er {limit} megapiksler, "
    "som et bilde rett fra et kamera eller en mobil. Gjør bildet mindre (for eksempel "
    "6000 × 4000 piksler) og last det opp på nytt."
)


def megapixels(pixels):
    return f"{pixels / 1_000_000:.0f}"


class LimitedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        if self.max_image_pixels is None:
            return
        try:
            width, height = f.image.get_size()
            frames = f.image.get_frame_count()
        except PILImage.DecompressionBombError as error:
            raise self.too_many_pixels("langt over grensen") from error
        if width * height * frames > self.max_image_pixels:
            size = f"{width:,} × {height:,}".replace(",", " ")
            if frames > 1:
                size += f" i {frames} bilder"
            raise self.too_many_pixels(size)

    def too_many_pixels(self, size):
        return ValidationError(
            TOO_MANY_PIXELS.format(size=size, limit=megapixels(self.max_image_pixels)),
            code="file_too_many_pixels",
        )


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = LimitedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
