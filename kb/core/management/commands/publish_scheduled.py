"""Wagtail's publish_scheduled, except that a page that may not go live (an image without
credit or valid consent, kb.core.images) is skipped and reported, and the pages after it are
still published. Wagtail's own command stops at the first such page, and every later run
stops there again. The skipped revision stays scheduled: once its images are fixed, the
next run publishes it. Unpublishing expired pages and the dry run are Wagtail's."""

import logging

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.management.commands import publish_scheduled
from wagtail.models import DraftStateMixin, Page, Revision

from kb.core.images import ImageConsentError

logger = logging.getLogger(__name__)


class Command(publish_scheduled.Command):
    help = (
        "Publiserer planlagte sider og avpubliserer utløpte. En side som bruker bilder uten "
        "gyldig samtykke hoppes over og meldes, og resten publiseres."
    )

    def handle(self, *args, **options):
        if options["dryrun"]:
            return super().handle(*args, **options)
        # Wagtail's two steps (wagtail/management/commands/publish_scheduled.py), the second
        # one page at a time.
        now = timezone.now()
        for model in self.scheduled_models():
            expired = model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")
            for obj in list(expired):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
        for revision in due:
            self.publish(revision)

    @staticmethod
    def scheduled_models():
        return [Page] + [
            model
            for model in apps.get_models()
            if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
        ]

    def publish(self, revision):
        try:
            # Atomic: a refused publish leaves the revision scheduled as it was.
            with transaction.atomic():
                revision.publish(log_action="wagtail.publish.scheduled")
        except ImageConsentError as error:
            logger.warning("Scheduled publishing of %s skipped: %s", revision, error.message)
            self.stderr.write(
                f"Hoppet over «{revision.object_str}» (id {revision.object_id}): {error.message}"
            )
