"""Existing images with confirmed consent keep it for one year from this migration (nobody
recorded when or by whom it was given): the daily command then warns a month before, and
the editors record the real details when they renew. Images without it stay as they are."""

import datetime

from django.db import migrations
from django.utils import timezone


def one_year_from_now(apps, schema_editor):
    KbImage = apps.get_model("core", "KbImage")
    today = timezone.localdate()
    try:
        until = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        until = today + datetime.timedelta(days=365)
    KbImage.objects.filter(consent_confirmed=True, consent_valid_until__isnull=True).update(
        consent_valid_until=until
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0009_image_consent_validity")]

    operations = [migrations.RunPython(one_year_from_now, migrations.RunPython.noop)]
