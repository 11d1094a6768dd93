"""Inviting a municipality editor: the user, the group and an e-mail to set a password."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from kb.cases.models import MunicipalityPage

from .roles import sync_municipality_access


class InvitationError(Exception):
    pass


def invite_editor(number, email, name=""):
    """Returns (user, created). Raises InvitationError with a message for the person."""
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise InvitationError(f"Ugyldig e-postadresse: «{email}».") from error
    municipality = MunicipalityPage.objects.filter(number=str(number).strip()).first()
    if municipality is None:
        raise InvitationError(
            f"Fant ingen kommune med nummer «{number}». Kommunenumre har fire sifre, "
            "for eksempel 1804 for Bodø."
        )
    if not municipality.is_member:
        raise InvitationError(
            f"{municipality.title} ({municipality.number}) er ikke medlemskommune. Marker "
            "kommunen som medlem og publiser siden før du inviterer redaktører."
        )
    access = sync_municipality_access(municipality)

    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        first_name, _, last_name = name.strip().partition(" ")
        user = user_model(
            username=email.lower(), email=email, first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
    user.groups.add(access.group)
    send_invitation(user, municipality)
    return user, created


def send_invitation(user, municipality):
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if user.has_usable_password():
        link = base_url + reverse("wagtailadmin_login")
    else:
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        link = base_url + reverse("wagtailadmin_password_reset_confirm", args=[uid, token])
    context = {
        "user": user,
        "municipality": municipality,
        "link": link,
        "needs_password": not user.has_usable_password(),
    }
    send_mail(
        subject=f"Invitasjon: skriv erfaringer for {municipality.title} i Samskapingsbanken",
        message=render_to_string("moderation/email/invitation.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
