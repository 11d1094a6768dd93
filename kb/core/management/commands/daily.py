"""The daily housekeeping, one command for cron or a systemd timer (README «Deployment»):
each of DAILY_COMMANDS in turn (the search log's clean-up, the tasks a stopped worker left
running, the finished task results, images' lapsed consent, scheduled publishing, the old
failed logins). Every step may run again at any time without harm, so a missed or a
repeated day does no damage; a step that fails is reported and the others still run, and
the command then exits with an error for the scheduler to notice."""

import logging

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger(__name__)

# Without the database backend (TASKS_BACKEND=immediate) no task result is kept: there is
# nothing for these to do, and prune_db_task_results refuses to run.
NEEDS_TASK_DATABASE = {"requeue_stalled_tasks", "prune_db_task_results"}


def tasks_in_database():
    return settings.TASKS["default"]["BACKEND"] == settings.TASK_BACKENDS["database"]


class Command(BaseCommand):
    help = (
        "Daglig vedlikehold: rydder søkeloggen, legger bakgrunnsoppgaver som ble stående "
        "i køen igjen, rydder ferdige bakgrunnsoppgaver og gamle innloggingsforsøk, "
        "varsler om og trekker tilbake bildesamtykker som går ut, publiserer planlagte sider."
    )

    def handle(self, *args, **options):
        failed = []
        for command in settings.DAILY_COMMANDS:
            name, *arguments = command
            self.stdout.write(f"{name} …")
            if name in NEEDS_TASK_DATABASE and not tasks_in_database():
                self.stdout.write("  Ingen oppgavekø i databasen (TASKS_BACKEND=immediate).")
                continue
            try:
                call_command(name, *arguments, stdout=self.stdout, stderr=self.stderr)
            except Exception:
                logger.exception("The daily step %s failed", name)
                failed.append(name)
        if failed:
            raise CommandError(f"Feilet: {', '.join(failed)} (se loggen); resten ble gjort.")
        self.stdout.write(self.style.SUCCESS("Daglig vedlikehold er gjort."))
