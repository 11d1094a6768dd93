from django.core.management.base import BaseCommand

from kb.moderation.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Creates or updates the adviser group, the municipalities' editor groups and "
        "collections, and the moderation workflow. Safe to run at every deploy."
    )

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(
            self.style.SUCCESS("Roller, kommunetilganger og arbeidsflyt er på plass.")
        )
