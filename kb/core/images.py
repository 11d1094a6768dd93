"""Images with a photo credit and a consent confirmation, and the rule that a page using an
image without confirmed consent cannot be published."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image
from wagtail.models import ReferenceIndex


class KbImage(AbstractImage):
    credit = models.CharField(
        "Fotograf / kreditering",
        max_length=255,
        blank=True,
        help_text="Vises sammen med bildet, for eksempel «Foto: Kari Nordmann».",
    )
    consent_confirmed = models.BooleanField(
        "Samtykke er innhentet",
        default=False,
        help_text=(
            "Kryss av når alle identifiserbare personer på bildet har gitt samtykke "
            "(foresatte for barn under 15 år), eller når bildet ikke viser identifiserbare "
            "personer. Sider med bilder uten dette kan ikke publiseres."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "consent_confirmed")

    class Meta(AbstractImage.Meta):
        verbose_name = "bilde"
        verbose_name_plural = "bilder"

    @property
    def publishable(self):
        return bool(self.consent_confirmed and self.credit.strip())


class KbRendition(AbstractRendition):
    image = models.ForeignKey(KbImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def __setstate__(self, state):
        # Read from Wagtail's rendition cache, so get_renditions() need not write it back:
        # Wagtail 7.4 marks only prefetched renditions so, and wrote every <picture>'s
        # renditions back to the cache on each view (fixed upstream in wagtail#14541).
        super().__setstate__(state)
        self._from_cache = True


# The renditions a story card's <picture> uses (templates/includes/story_card.html: the same
# specs in the same order), so a listing loads them for all its cards in one query.
CARD_RENDITIONS = Filter.expand_spec(["format-{avif,webp,jpeg}", "fill-{400x225,800x450}"])


def prefetch_card_renditions(queryset, image_path="image"):
    """`queryset` with the card renditions of the image at `image_path` loaded in one query
    (Wagtail's find_existing_renditions looks there first), instead of one lookup per card
    when the renditions are not in the cache."""
    renditions = KbRendition.objects.filter(filter_spec__in=CARD_RENDITIONS)
    return queryset.prefetch_related(Prefetch(f"{image_path}__renditions", queryset=renditions))


def images_blocking_publication(page):
    """Images used anywhere on the page (fields, StreamFields, inline panels) that lack a
    credit or a consent confirmation. Reads the page as it is in memory, so it checks the
    revision about to be published, not the live version."""
    image_model = get_image_model()
    image_type_id = ReferenceIndex._get_base_content_type(image_model).id
    image_ids = {
        object_id
        for content_type_id, object_id, _model_path, _content_path in (
            # Wagtail's own reference extraction: it already knows every place a page can
            # hold a reference (foreign keys, StreamField blocks, child relations).
            ReferenceIndex._extract_references_from_object(page)
        )
        if content_type_id == image_type_id
    }
    if not image_ids:
        return []
    return [
        image
        for image in image_model.objects.filter(pk__in=image_ids).order_by("title")
        if not image.publishable
    ]


def check_image_consent(page):
    blocking = images_blocking_publication(page)
    if blocking:
        titles = ", ".join(f"«{image.title}»" for image in blocking)
        raise ValidationError(
            "Siden kan ikke publiseres før disse bildene har kreditering og bekreftet "
            f"samtykke: {titles}. Rediger bildene under Bilder og prøv igjen."
        )


class ImageConsentMixin:
    """Mixed into every page type: publishing from a workflow, a schedule or code goes
    through Page.publish, so the rule holds there too (the editor views use the
    before_publish_page hook in wagtail_hooks.py for a friendly message)."""

    def publish(self, revision, *args, **kwargs):
        check_image_consent(revision.as_object())
        return super().publish(revision, *args, **kwargs)
