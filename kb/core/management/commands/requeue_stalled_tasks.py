"""Puts back in the queue the tasks a stopped worker left marked as running. django-tasks-db's
worker marks a task as running when it claims it; stopped (a deploy, a restart) between the
claim and the run, it leaves the task so, and no worker takes it again
(RealOrangeOne/django-tasks-db#61): a page would stay out of the search index, an e-mail
wait for an adviser to send it again. Every task of the site takes seconds (an e-mail at
most EMAIL_TIMEOUT per try), so one still marked as running after STALLED_AFTER has no
worker. Run daily (DAILY_COMMANDS); running it again changes nothing."""

import datetime
import logging

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

STALLED_AFTER = datetime.timedelta(hours=1)


class Command(BaseCommand):
    help = "Legger bakgrunnsoppgaver som har stått som påbegynt i over en time, i køen igjen."

    def handle(self, *args, **options):
        stalled = DBTaskResult.objects.running().filter(
            started_at__lt=timezone.now() - STALLED_AFTER
        )
        for task in stalled:
            logger.warning(
                "Task %s (%s) was left running by worker %s since %s; queued again",
                task.pk,
                task.task_path,
                ", ".join(task.worker_ids),
                task.started_at.isoformat(),
            )
        # Only those still marked as running: one a worker has finished meanwhile stays done.
        requeued = stalled.update(status=TaskResultStatus.READY, started_at=None)
        tasks = "bakgrunnsoppgave" if requeued == 1 else "bakgrunnsoppgaver"
        self.stdout.write(f"{requeued} {tasks} som ble stående som påbegynt, er lagt i køen igjen.")
