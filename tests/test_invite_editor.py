"""invite_editor: creates or reuses the user, puts them in the right group, e-mails a link."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.test import Client

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def bodo(db):
    return factories.MunicipalityPageFactory(number="1804", title="Bodø")


@pytest.fixture
def narvik(db):
    return factories.MunicipalityPageFactory(number="1806", title="Narvik")


@pytest.fixture
def bindal(db):
    return factories.MunicipalityPageFactory(number="1811", title="Bindal", not_member=True)


def invite(*args):
    output = StringIO()
    call_command("invite_editor", *args, stdout=output)
    return output.getvalue()


def test_invites_a_new_editor_who_can_set_a_password_and_log_in(bodo):
    output = invite(
        "--municipality", "1804", "--email", "Kari@Bodo.example.no", "--name", "Kari Nordmann"
    )
    assert "Opprettet" in output

    user = get_user_model().objects.get(email="Kari@Bodo.example.no")
    assert list(user.groups.all()) == [bodo.access.group]
    assert not user.has_usable_password()

    (message,) = mail.outbox
    assert message.to == ["Kari@Bodo.example.no"]
    assert "Bodø" in message.subject
    assert "Hei Kari" in message.body
    link = re.search(r"http://testserver(/admin/password_reset/\S+)", message.body).group(1)

    # The link really lets them choose a password and log in.
    client = Client()
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    new_password = "Et-langt-og-trygt-passord-2025"
    response = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    # django-axes checks every authenticate() and needs the request it comes with.
    assert Client().login(request=HttpRequest(), username=user.username, password=new_password)


def test_running_twice_does_not_duplicate(bodo):
    invite("--municipality", "1804", "--email", "per@example.no")
    output = invite("--municipality", "1804", "--email", "PER@example.no")
    assert "fantes fra før" in output
    users = get_user_model().objects.filter(email__iexact="per@example.no")
    assert users.count() == 1
    assert list(users.get().groups.all()) == [bodo.access.group]
    assert len(mail.outbox) == 2  # the invitation is simply sent again


def test_an_existing_user_can_edit_for_a_second_municipality(bodo, narvik):
    invite("--municipality", "1804", "--email", "felles@example.no")
    invite("--municipality", "1806", "--email", "felles@example.no")
    user = get_user_model().objects.get(email="felles@example.no")
    assert set(user.groups.all()) == {bodo.access.group, narvik.access.group}


@pytest.mark.parametrize(
    "municipality, email, message",
    [
        ("9999", "ola@example.no", "Fant ingen kommune med nummer «9999»"),
        ("bodø", "ola@example.no", "Fant ingen kommune"),
        ("1804", "ikke-en-adresse", "Ugyldig e-postadresse"),
        ("1804", "", "Ugyldig e-postadresse"),
    ],
)
def test_clear_errors(bodo, municipality, email, message):
    with pytest.raises(CommandError, match=message):
        invite("--municipality", municipality, "--email", email)
    assert not mail.outbox
    assert not get_user_model().objects.filter(email="ola@example.no").exists()


def test_a_municipality_that_is_not_a_member_is_refused(bindal):
    with pytest.raises(CommandError, match="Bindal .1811. er ikke medlemskommune"):
        invite("--municipality", "1811", "--email", "ola@example.no")
    assert not mail.outbox
    assert not get_user_model().objects.filter(email="ola@example.no").exists()
