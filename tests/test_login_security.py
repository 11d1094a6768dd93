"""Guessing passwords does not work: the lock-out on both login forms (django-axes), the
client's address behind the proxy, and the password reset's limits; invited editors who
never chose a password can still ask for a new one; the password forms of protected pages
and documents have a limit on tries."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from kb.core.login_guard import client_ip
from kb.moderation.invitations import invite_editor

from . import factories
from .factories import PASSWORD

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"
MEMBERS_LOGIN = "/_util/login/"
LOCKED_OUT = "Innlogging midlertidig stengt"


def log_in(client, username, password, url=ADMIN_LOGIN, address="203.0.113.5"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, username, times, **kwargs):
    """`times` wrong passwords; the last answer."""
    for _ in range(times):
        response = log_in(client, username, "feil-passord", **kwargs)
    return response


@pytest.mark.parametrize("url", [ADMIN_LOGIN, MEMBERS_LOGIN])
def test_the_right_password_is_refused_after_too_many_failures(settings, url):
    adviser = factories.AdviserFactory()
    client = Client()
    # The form again, with its error, until the limit.
    assert (
        fail(client, adviser.username, settings.AXES_FAILURE_LIMIT - 1, url=url).status_code == 200
    )
    assert AccessAttempt.objects.get().failures_since_start == settings.AXES_FAILURE_LIMIT - 1

    locked = log_in(client, adviser.username, "feil-passord", url=url)
    assert locked.status_code == 429
    assert LOCKED_OUT in locked.content.decode()

    right = log_in(client, adviser.username, PASSWORD, url=url)
    assert right.status_code == 429
    page = right.content.decode()
    assert LOCKED_OUT in page
    assert "15 minutter" in page
    assert "_auth_user_id" not in client.session


def test_the_lock_is_for_that_username_from_that_address_only(settings):
    adviser = factories.AdviserFactory()
    fail(Client(), adviser.username, settings.AXES_FAILURE_LIMIT, address="198.51.100.66")

    # The adviser, from another address, logs in.
    office = Client()
    assert log_in(office, adviser.username, PASSWORD, address="203.0.113.5").status_code == 302
    # Another user from the attacker's address is not locked out either.
    other = factories.AdviserFactory()
    response = log_in(Client(), other.username, PASSWORD, address="198.51.100.66")
    assert response.status_code == 302


def test_after_the_cool_off_the_right_password_works(settings):
    adviser = factories.AdviserFactory()
    client = Client()
    fail(client, adviser.username, settings.AXES_FAILURE_LIMIT)
    assert log_in(client, adviser.username, PASSWORD).status_code == 429

    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert log_in(client, adviser.username, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(adviser.pk)


def test_a_successful_login_clears_the_count(settings):
    adviser = factories.AdviserFactory()
    client = Client()
    fail(client, adviser.username, settings.AXES_FAILURE_LIMIT - 1)
    assert log_in(client, adviser.username, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.exists()
    # So a few more mistakes later do not lock the adviser out.
    fail(Client(), adviser.username, settings.AXES_FAILURE_LIMIT - 1)
    assert log_in(Client(), adviser.username, PASSWORD).status_code == 302


def test_axes_reset_lifts_the_lock(settings):
    from django.core.management import call_command

    adviser = factories.AdviserFactory()
    fail(Client(), adviser.username, settings.AXES_FAILURE_LIMIT)
    call_command("axes_reset_username", adviser.username, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert log_in(Client(), adviser.username, PASSWORD).status_code == 302


def request_from(remote_addr, forwarded=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_the_client_address_behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # nginx appends the address it saw; what the visitor wrote before it is not believed.
    assert client_ip(request_from("127.0.0.1", "203.0.113.5")) == "203.0.113.5"
    assert client_ip(request_from("127.0.0.1", "6.6.6.6, 203.0.113.5")) == "203.0.113.5"
    # A request that did not pass the proxy.
    assert client_ip(request_from("198.51.100.7")) == "198.51.100.7"


def test_without_a_proxy_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("198.51.100.7", "203.0.113.5")) == "198.51.100.7"


def test_a_forged_forwarded_header_does_not_escape_the_lock(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    adviser = factories.AdviserFactory()
    for forged in range(settings.AXES_FAILURE_LIMIT):
        Client().post(
            ADMIN_LOGIN,
            {"username": adviser.username, "password": "feil"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{forged}, 198.51.100.66",
        )
    response = Client().post(
        ADMIN_LOGIN,
        {"username": adviser.username, "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.66",
    )
    assert response.status_code == 429


# --- Password reset --------------------------------------------------------------------------

RESET = "/admin/password_reset/"
TOO_MANY = "for mange ganger"


def ask_reset(email, address="203.0.113.5"):
    return Client().post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_reset_is_limited_per_email_address(settings):
    adviser = factories.AdviserFactory()
    for _ in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL):
        assert ask_reset(adviser.email).status_code == 302
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL

    # From another address too: the limit is the inbox's.
    refused = ask_reset(adviser.email.upper(), address="198.51.100.1")
    assert refused.status_code == 429
    assert TOO_MANY in refused.content.decode()
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL


def test_reset_is_limited_per_client_address(settings):
    settings.PASSWORD_RESET_LIMIT_PER_IP = 4
    for number in range(4):
        assert ask_reset(f"ukjent{number}@example.no").status_code == 302
    refused = ask_reset("enda-en@example.no")
    assert refused.status_code == 429
    assert TOO_MANY in refused.content.decode()
    # Another address may still ask.
    assert ask_reset("enda-en@example.no", address="198.51.100.1").status_code == 302


def test_an_unknown_address_gets_the_same_answer_and_no_mail():
    response = ask_reset("finnes-ikke@example.no")
    assert response.status_code == 302
    assert mail.outbox == []


def test_an_invited_editor_can_ask_for_a_new_password(municipality):
    user, _created = invite_editor(municipality.number, "kari@bodo.example.no", "Kari Nordmann")
    assert not user.has_usable_password()
    mail.outbox.clear()

    assert ask_reset("Kari@bodo.example.no").status_code == 302
    (message,) = mail.outbox
    assert message.to == ["kari@bodo.example.no"]
    link = next(word for word in message.body.split() if "/password_reset/confirm/" in word)
    path = link.split("testserver", 1)[1]

    client = Client()
    form_page = client.get(path, follow=True)
    new_password = "Et-langt-og-trygt-passord-2026"
    response = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_a_disabled_password_outside_the_editor_groups_gets_no_mail():
    user = factories.UserFactory(email="stengt@example.no")
    user.set_unusable_password()
    user.save()
    assert ask_reset("stengt@example.no").status_code == 302
    assert mail.outbox == []


def test_an_editor_who_has_logged_in_and_lost_the_password_gets_no_mail(municipality):
    user, _created = invite_editor(municipality.number, "per@example.no")
    get_user_model().objects.filter(pk=user.pk).update(last_login=timezone.now())
    mail.outbox.clear()
    assert ask_reset("per@example.no").status_code == 302
    assert mail.outbox == []


# The password forms of protected pages and document collections.

TOO_MANY_TRIES = "For mange forsøk med passord"


@pytest.fixture
def protected_page(home):
    page = factories.StandardPageFactory(parent=home)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="riktig-passord"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return page, url


def try_password(client, url, password, address="203.0.113.9"):
    return client.post(url, {"password": password, "return_url": "/"}, REMOTE_ADDR=address)


def test_the_page_password_form_stops_answering_after_too_many_tries(settings, protected_page):
    settings.VIEW_PASSWORD_LIMIT = 3
    page, url = protected_page
    client = Client()
    for _ in range(3):
        response = try_password(client, url, "feil")
        assert response.status_code == 200  # the form again
        assert TOO_MANY_TRIES not in response.content.decode()
    response = try_password(client, url, "riktig-passord")
    assert response.status_code == 429
    assert TOO_MANY_TRIES in response.content.decode()
    # The right password, refused, did not open the page: it still shows the password form.
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.select_one(f'form[action="{url}"]') is not None
    # Another address is not held up.
    assert try_password(Client(), url, "riktig-passord", address="198.51.100.2").status_code == 302


def test_the_right_page_password_within_the_limit_opens_the_page(settings, protected_page):
    settings.VIEW_PASSWORD_LIMIT = 3
    page, url = protected_page
    client = Client()
    try_password(client, url, "feil")
    assert try_password(client, url, "riktig-passord").status_code == 302


def test_the_document_password_form_is_limited_too(settings):
    settings.VIEW_PASSWORD_LIMIT = 2
    collection = factories.CollectionFactory()
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="riktig-passord",
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    client = Client()
    for _ in range(2):
        assert try_password(client, url, "feil").status_code == 200
    assert try_password(client, url, "riktig-passord").status_code == 429
