from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from kb.demo.loader import DEMO_PASSWORD, DEMO_USERS, DemoLoader


class Command(BaseCommand):
    help = (
        "Builds the demo site: themes, methods, the 41 municipalities of Nordland, example "
        "case stories, conferences and an admin account. Safe to run again: it only adds "
        "what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (the demo admin password is public).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Demoinnhold lastes bare når DEBUG er på, fordi demo-passordet er offentlig. "
                "Bruk --force hvis du virkelig vil."
            )
        created = DemoLoader(self.stdout).run()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demoinnhold klart: {created} nye objekter."))
        else:
            self.stdout.write(
                self.style.SUCCESS("Demoinnholdet var allerede på plass; ingenting endret.")
            )
        self.stdout.write(f"\nDemobrukere for /admin/ (passord for alle: {DEMO_PASSWORD}):")
        for username, description, _role in DEMO_USERS:
            self.stdout.write(f"  {username:<15} {description}")
