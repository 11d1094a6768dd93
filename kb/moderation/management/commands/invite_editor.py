from django.core.management.base import BaseCommand, CommandError

from kb.moderation.invitations import InvitationError, invite_editor


class Command(BaseCommand):
    help = (
        "Invites an editor for a member municipality: creates or reuses the user, adds them "
        "to the municipality's group and e-mails a link to set a password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipality", required=True, help="Kommunenummer, f.eks. 1804")
        parser.add_argument("--email", required=True, help="E-postadressen til redaktøren")
        parser.add_argument("--name", default="", help="Fullt navn (valgfritt)")

    def handle(self, *args, **options):
        try:
            user, created = invite_editor(
                options["municipality"], options["email"], options["name"]
            )
        except InvitationError as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Opprettet brukeren {user.email} og sendte invitasjon.")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"{user.email} fantes fra før; sendte invitasjonen på nytt.")
            )
