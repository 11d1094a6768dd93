"""Inviting a municipality editor or a member: the user, the group and an e-mail to set a
password. The `invite_editor` command and the admin's invitation screen (invite_views.py)
both come here."""

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

from .roles import members_group, sync_municipality_access


class InvitationError(Exception):
    pass


def invite_editor(number, email, name=""):
    """Returns (user, created). Raises InvitationError with a message for the person."""
    email = checked_email(email)
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
    user, created = invited_user(email, name)
    user.groups.add(access.group)
    send_invitation(user, municipality)
    return user, created


def invite_member(email, name=""):
    """A member of Norsk kulturskoleråd who may read the members-only material: returns
    (user, created). Raises InvitationError with a message for the person."""
    user, created = invited_user(checked_email(email), name)
    user.groups.add(members_group())
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "user": user,
        "link": password_link(user, login_url=base_url + reverse("wagtailcore_login")),
        "login_link": base_url + reverse("wagtailcore_login"),
        "needs_password": not user.has_usable_password(),
    }
    send_mail(
        subject="Invitasjon: materiale for medlemmer i Samskapingsbanken",
        message=render_to_string("moderation/email/member_invitation.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
    return user, created


def checked_email(email):
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise InvitationError(f"Ugyldig e-postadresse: «{email}».") from error
    return email


def invited_user(email, name):
    """The user with this e-mail address, made (without a password) if there is none."""
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
    return user, created


def password_link(user, login_url):
    """A one-time link to set a password, or the login page for a user who has one."""
    if user.has_usable_password():
        return login_url
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return base_url + reverse("wagtailadmin_password_reset_confirm", args=[uid, token])


def send_invitation(user, municipality):
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "user": user,
        "municipality": municipality,
        "link": password_link(user, login_url=base_url + reverse("wagtailadmin_login")),
        "needs_password": not user.has_usable_password(),
    }
    send_mail(
        subject=f"Invitasjon: skriv erfaringer for {municipality.title} i Samskapingsbanken",
        message=render_to_string("moderation/email/invitation.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
