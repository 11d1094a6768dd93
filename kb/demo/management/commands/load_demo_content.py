from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from kb.demo.loader import DEMO_PASSWORD, DEMO_USERS, DemoContentError, DemoLoader
from kb.demo.reader import CONTENT_DIR


class Command(BaseCommand):
    help = (
        "Builds the demo site from kb/demo/content: themes, methods, the 41 municipalities "
        "of Nordland, example case stories, conferences and an admin account. Safe to run "
        "again: it only adds what is missing. Mistakes in the files stop it before anything "
        "is written, with the file and the field named."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (the demo admin password is public).",
        )
        parser.add_argument(
            "--content",
            default=CONTENT_DIR,
            help="Folder with the content files (default: kb/demo/content).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Demoinnhold lastes bare når DEBUG er på, fordi demo-passordet er offentlig. "
                "Bruk --force hvis du virkelig vil."
            )
        try:
            created = DemoLoader(self.stdout, content_dir=options["content"]).run()
        except DemoContentError as error:
            raise CommandError(str(error)) from None
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demoinnhold klart: {created} nye objekter."))
        else:
            self.stdout.write(
                self.style.SUCCESS("Demoinnholdet var allerede på plass; ingenting endret.")
            )
        self.stdout.write(
            f"\nDemobrukere for /admin/ og innlogging for medlemmer (passord for alle: "
            f"{DEMO_PASSWORD}):"
        )
        for username, description, _role in DEMO_USERS:
            self.stdout.write(f"  {username:<15} {description}")
