"""Deletes django-axes' records of failed logins once they no longer count: an attempt older
than the lock-out's cool-off (AXES_COOLOFF_TIME) locks nobody out, and the record holds a
user name and an IP address. django-axes cleans them only when someone tries to log in;
this runs daily (DAILY_COMMANDS), so that they do not stay after a quiet spell."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Sletter registrerte mislykkede innlogginger som ikke lenger teller for utestenging."

    def handle(self, *args, **options):
        threshold = timezone.now() - settings.AXES_COOLOFF_TIME
        deleted = sum(
            model.objects.filter(attempt_time__lt=threshold).delete()[0]
            for model in (AccessAttempt, AccessFailureLog, AccessLog)
        )
        self.stdout.write(f"{deleted} gamle innloggingsforsøk slettet.")
