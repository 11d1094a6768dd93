"""Images with a photo credit and a consent that lasts only while it is valid, and the rule
that no page goes live with an image lacking either.

The rule has one place that every way of publishing passes: ImageConsentMixin.save. Every
path that puts content live (the editor's «Publiser», the one-step publish of a new page,
the admin API, bulk and scheduled publishing, workflow approval, reverting, copying with
«publiser kopier», aliases and their updates) ends by saving the page row as live; the
views and commands only choose how to tell the user (kb.core.wagtail_hooks, the
publish_scheduled command, kb.moderation's approval task).

An image whose consent is withdrawn or has lapsed is not shown on any public page (the
templates ask `consent_is_valid`), its renditions are deleted (nginx serves only
renditions, never the originals) and the page cache is replaced; renewing the consent
brings it back. The daily command `expire_image_consent` withdraws lapsed consent and warns
the people who look after the image."""

import datetime
import secrets

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image
from wagtail.models import Page, ReferenceIndex

# How long a consent lasts when the form leaves the end date empty.
DEFAULT_CONSENT_DAYS = 365


def one_year_after(date):
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date + datetime.timedelta(days=DEFAULT_CONSENT_DAYS)


class ConsentGiver(models.TextChoices):
    PERSON = "person", "Personen selv (15 år eller eldre)"
    GUARDIAN = "guardian", "Foresatte (for barn under 15 år)"
    NOT_NEEDED = "not_needed", "Trengs ikke: bildet viser ingen identifiserbare personer"


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
            "personer. Fjern krysset hvis samtykket trekkes tilbake: bildet forsvinner da "
            "straks fra alle sider på nettstedet, men slettes ikke. Sider med bilder uten "
            "gyldig samtykke kan ikke publiseres."
        ),
    )
    consent_given_by = models.CharField(
        "Samtykke gitt av",
        max_length=20,
        choices=ConsentGiver.choices,
        blank=True,
        help_text=(
            "Hvem som har gitt samtykket. For barn under 15 år er det foresatte som samtykker."
        ),
    )
    consent_purpose = models.CharField(
        "Samtykket gjelder bruk til",
        max_length=255,
        blank=True,
        default="Publisering i Samskapingsbanken",
        help_text="Hva personene har sagt ja til, slik det står i samtykket.",
    )
    consent_given_on = models.DateField(
        "Dato samtykket ble gitt",
        null=True,
        blank=True,
        help_text="Tomt: dagens dato.",
    )
    consent_valid_until = models.DateField(
        "Samtykket gjelder til og med",
        null=True,
        blank=True,
        help_text=(
            "Tomt: ett år fra datoen samtykket ble gitt. Dagen etter forsvinner bildet fra "
            "nettstedet til samtykket er fornyet. Redaktørene i kommunen og rådgiveren får "
            "e-post en måned før og samme dag. Forny ved å sette ny dato (og krysse av på "
            "nytt hvis samtykket er trukket tilbake)."
        ),
    )
    # The end date the month-ahead warning was sent for: a renewed consent gets a warning
    # of its own, and a second run of the daily command sends none.
    consent_reminder_sent_for = models.DateField(null=True, blank=True, editable=False)

    admin_form_fields = (
        *Image.admin_form_fields,
        "credit",
        "consent_confirmed",
        "consent_given_by",
        "consent_purpose",
        "consent_given_on",
        "consent_valid_until",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "bilde"
        verbose_name_plural = "bilder"

    @classmethod
    def from_db(cls, db, field_names, values):
        image = super().from_db(db, field_names, values)
        image._consent_was_valid = image.consent_is_valid
        return image

    def consent_valid_on(self, date):
        if not self.consent_confirmed:
            return False
        if self.consent_given_by == ConsentGiver.NOT_NEEDED:
            return True
        return self.consent_valid_until is not None and self.consent_valid_until >= date

    @property
    def consent_is_valid(self):
        """May the photo be shown today? The public templates ask this."""
        return self.consent_valid_on(timezone.localdate())

    @property
    def publishable(self):
        return bool(self.consent_is_valid and self.credit.strip())

    def clean(self):
        super().clean()
        if not self.consent_confirmed:
            return
        errors = {}
        if not self.consent_given_by:
            errors["consent_given_by"] = "Si hvem som har gitt samtykket."
        if self.consent_given_by == ConsentGiver.NOT_NEEDED:
            if errors:
                raise ValidationError(errors)
            return
        if not self.consent_purpose.strip():
            errors["consent_purpose"] = "Si hva samtykket gjelder."
        today = timezone.localdate()
        if self.consent_given_on is None:
            self.consent_given_on = today
        elif self.consent_given_on > today:
            errors["consent_given_on"] = "Datoen kan ikke være fram i tid."
        if self.consent_valid_until is None:
            self.consent_valid_until = one_year_after(self.consent_given_on)
        if self.consent_valid_until < today:
            errors["consent_valid_until"] = (
                "Samtykket har gått ut. Sett en ny dato når samtykket er fornyet, eller fjern "
                "krysset for samtykke."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        was_valid = getattr(self, "_consent_was_valid", None)
        now_valid = self.consent_is_valid
        self._consent_was_valid = now_valid
        # Saving replaces the content version (kb.core.signals): every cached page and card
        # is read afresh, so the photo goes or comes back at once.
        if was_valid and not now_valid:
            self.withdraw_renditions()

    def withdraw_lapsed_consent(self):
        """The consent ran out: withdrawn (the image stays, and comes back when renewed)."""
        self.consent_confirmed = False
        self.save(update_fields=["consent_confirmed"])
        # Already hidden since the date passed (consent_is_valid), so save() saw no change.
        self.withdraw_renditions()

    def withdraw_renditions(self):
        """Deletes the renditions (derived files, made again when needed; the original is
        kept): each one's post_delete removes its file and its entry in Wagtail's rendition
        cache, so no public rendition URL of the photo keeps working."""
        self.renditions.all().delete()


class KbRendition(AbstractRendition):
    image = models.ForeignKey(KbImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        # A random part in every rendition's name (Wagtail finds renditions in the database,
        # never by name): one made after the consent was withdrawn, such as the admin's
        # thumbnail, cannot be guessed from the URLs the pages showed before.
        stem, _dot, extension = filename.rpartition(".")
        return super().get_upload_to(f"{stem}.{secrets.token_urlsafe(6)}.{extension}")

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


class ImageConsentError(ValidationError):
    """A page may not go live: these images lack a credit or valid consent. Keyed as a
    form-wide error, so Wagtail's admin API answers 400 with the message."""

    def __init__(self, images):
        self.images = images
        titles = ", ".join(f"«{image.title}»" for image in images)
        super().__init__(
            {
                NON_FIELD_ERRORS: [
                    "Siden kan ikke publiseres før disse bildene har kreditering og gyldig "
                    f"samtykke: {titles}. Rediger bildene under Bilder og prøv igjen."
                ]
            }
        )

    @property
    def message(self):
        return self.messages[0]


def check_image_consent(page):
    blocking = images_blocking_publication(page)
    if blocking:
        raise ImageConsentError(blocking)


class ImageConsentMixin:
    """Mixed into every page type. `save` is where the rule is enforced: every way of
    publishing (see the module's docstring) writes the page row as live through it, with
    the content about to go live in memory. `publish` only checks earlier, before
    Wagtail's publish action changes anything else (the revisions' schedule)."""

    def save(self, *args, **kwargs):
        if self.live and kwargs.get("update_fields") is None and self._puts_content_live():
            blocking = images_blocking_publication(self)
            if blocking and self._state.adding:
                # A new page (created with «Publiser», a copy, an alias) has no live
                # content to protect: it is kept as a draft, and nothing is lost.
                self._keep_as_draft()
            elif blocking:
                raise ImageConsentError(blocking)
        return super().save(*args, **kwargs)

    def publish(self, revision, *args, **kwargs):
        check_image_consent(revision.as_object())
        return super().publish(revision, *args, **kwargs)

    def _puts_content_live(self):
        """Does this save publish content, rather than re-save what is live (a move)?"""
        if self._state.adding or self.alias_of_id:
            return True
        stored = (
            Page.objects.filter(pk=self.pk)
            .values("live", "live_revision_id", "last_published_at")
            .first()
        )
        return stored is None or stored != {
            "live": True,
            "live_revision_id": self.live_revision_id,
            "last_published_at": self.last_published_at,
        }

    def _keep_as_draft(self):
        self.live = False
        self.has_unpublished_changes = True
        self.live_revision = None
        self.first_published_at = None
        self.last_published_at = None
