"""Daily (DAILY_COMMANDS): warns a month before an image's consent runs out, and withdraws
it when it has (the image leaves the site, kb.core.images), each time e-mailing the people
who look after the image: the editors with access to its collection (a municipality's own
collection for its editors) and the advisers (every collection). Idempotent: the month's
warning is recorded against the end date it was sent for, and a withdrawn consent is not
withdrawn again, so a second run the same day sends nothing."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission, Page, ReferenceIndex

from kb.core.images import ConsentGiver

WARNING_DAYS = 30


def recipients(image):
    """The active users in groups that may change images in the image's collection (or
    above it): the municipality's editors for its own collection, the advisers for all.
    Wagtail's permission policy cannot say it for a custom image model (it looks for
    `change_kbimage` among `wagtailimages.image`'s permissions)."""
    change_image = Permission.objects.get(
        content_type__app_label="wagtailimages", codename="change_image"
    )
    groups = GroupCollectionPermission.objects.filter(
        permission=change_image, collection__in=image.collection.get_ancestors(inclusive=True)
    ).values("group")
    users = get_user_model().objects.filter(is_active=True, groups__in=groups).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def live_pages_using(image):
    """The titles of the public pages that show the image (drafts stay out of an e-mail
    that other municipalities' people may not read)."""
    return sorted(
        {
            page.title
            for page, _references in ReferenceIndex.get_grouped_references_to(image)
            if isinstance(page, Page) and page.live
        }
    )


def notify(image, template, subject):
    context = {
        "image": image,
        "pages": live_pages_using(image),
        "link": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailimages:edit", args=[image.pk]),
    }
    message = render_to_string(template, context)
    for address in recipients(image):
        send_mail(subject=subject, message=message, from_email=None, recipient_list=[address])


class Command(BaseCommand):
    help = (
        "Varsler en måned før et bildes samtykke går ut, og trekker tilbake samtykker som har "
        "gått ut (bildet forsvinner fra nettstedet, men slettes ikke). Kan kjøres flere ganger."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        images = (
            get_image_model()
            .objects.filter(consent_confirmed=True, consent_valid_until__isnull=False)
            .exclude(consent_given_by=ConsentGiver.NOT_NEEDED)
        )
        lapsed = images.filter(consent_valid_until__lt=today)
        ending = images.filter(
            consent_valid_until__gte=today,
            consent_valid_until__lte=today + datetime.timedelta(days=WARNING_DAYS),
        ).exclude(consent_reminder_sent_for=F("consent_valid_until"))
        for image in lapsed:
            with transaction.atomic():
                image.withdraw_lapsed_consent()
                notify(
                    image,
                    "core/email/image_consent_lapsed.txt",
                    f"Bildet «{image.title}» er tatt ned: samtykket har gått ut",
                )
            self.stdout.write(f"Samtykket for «{image.title}» har gått ut og er trukket tilbake.")
        for image in ending:
            with transaction.atomic():
                image.consent_reminder_sent_for = image.consent_valid_until
                image.save(update_fields=["consent_reminder_sent_for"])
                notify(
                    image,
                    "core/email/image_consent_ending.txt",
                    f"Samtykket for bildet «{image.title}» går ut "
                    f"{image.consent_valid_until:%d.%m.%Y}",
                )
            self.stdout.write(f"Varslet om at samtykket for «{image.title}» snart går ut.")
