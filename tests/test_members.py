"""Members of Norsk kulturskoleråd: a «Medlemmer» group that may read the members-only
material and nothing in the admin; the site's own login page for that material, behind
the same lock-out as the admin's; and the adviser's invitation screen for members and
municipality editors."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from wagtail.models import GroupCollectionPermission, GroupPagePermission, PageViewRestriction

from kb.moderation.roles import MEMBERS, permissions, setup_roles

from . import factories
from .helpers import soup_of, text

pytestmark = pytest.mark.django_db

LOGIN = "/_util/login/"


@pytest.fixture
def member(db):
    return factories.UserFactory(groups=[Group.objects.get(name=MEMBERS)])


def test_the_members_group_grants_nothing_and_setup_keeps_it_so():
    members = Group.objects.get(name=MEMBERS)
    members.permissions.add(*permissions(["wagtailadmin.access_admin"]))
    setup_roles()
    setup_roles()
    assert Group.objects.filter(name=MEMBERS).count() == 1
    assert not members.permissions.exists()
    assert not GroupPagePermission.objects.filter(group=members).exists()
    assert not GroupCollectionPermission.objects.filter(group=members).exists()


def test_a_member_is_refused_by_the_admin(member):
    client = Client()
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_member_logs_in_on_the_site_and_reads_members_only_material(home, member):
    page = factories.StandardPageFactory(parent=home)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    document = factories.DocumentFactory(members_only=True)
    client = Client()

    refused = client.get(page.url)
    assert refused.status_code == 302
    assert refused["Location"].startswith(f"{LOGIN}?next=")
    assert client.get(document.url)["Location"].startswith(f"{LOGIN}?next=")

    login_page = soup_of(client.get(refused["Location"]))
    assert login_page.find("meta", attrs={"name": "viewport"})
    assert login_page.html["lang"] == "nb"
    assert text(login_page.h1) == "Logg inn for medlemmer"
    assert "bare for medlemmer" in text(login_page.main)
    assert login_page.main.find("a", href="/", string="Tilbake til forsiden")
    assert login_page.find("link", rel="stylesheet")  # the site's own styles
    form = login_page.find("form", action=LOGIN)
    for name in ("username", "password"):
        field = form.find("input", attrs={"name": name})
        assert form.find("label", attrs={"for": field["id"]})

    wrong = client.post(LOGIN, {"username": member.username, "password": "feil", "next": page.url})
    assert "Brukernavnet eller passordet er feil" in text(soup_of(wrong).main)
    response = client.post(
        LOGIN, {"username": member.username, "password": factories.PASSWORD, "next": page.url}
    )
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert client.get(page.url).status_code == 200
    assert client.get(document.url).status_code == 200


def test_the_site_login_is_locked_after_too_many_failures(settings, member):
    settings.AXES_FAILURE_LIMIT = 2
    client = Client()
    for _ in range(2):
        client.post(LOGIN, {"username": member.username, "password": "feil"})
    response = client.post(LOGIN, {"username": member.username, "password": factories.PASSWORD})
    assert response.status_code == 429
    assert "Innlogging midlertidig stengt" in text(BeautifulSoup(response.content, "html.parser"))


def test_the_adviser_invites_an_editor_and_a_member_from_the_admin(adviser_client, municipality):
    form = soup_of(adviser_client.get("/admin/inviter/"))
    assert form.find("input", attrs={"name": "email"})

    response = adviser_client.post(
        "/admin/inviter/",
        {"role": "editor", "municipality": municipality.pk, "email": "kari@example.no"},
        follow=True,
    )
    assert "kari@example.no er invitert som redaktør" in text(soup_of(response))
    editor = get_user_model().objects.get(email="kari@example.no")
    assert editor.groups.filter(pk=municipality.access.group.pk).exists()

    response = adviser_client.post(
        "/admin/inviter/",
        {"role": "member", "email": "ola@example.no", "name": "Ola Nordmann"},
        follow=True,
    )
    assert "ola@example.no er invitert som medlem" in text(soup_of(response))
    member = get_user_model().objects.get(email="ola@example.no")
    assert list(member.groups.values_list("name", flat=True)) == [MEMBERS]
    assert member.first_name == "Ola"
    (to_member,) = [m for m in mail.outbox if m.to == ["ola@example.no"]]
    assert f"http://testserver{LOGIN}" in to_member.body
    assert "/admin/password_reset/" in to_member.body  # a link to set the password


def test_an_editor_invitation_needs_a_municipality(adviser_client):
    response = adviser_client.post("/admin/inviter/", {"role": "editor", "email": "a@example.no"})
    assert "Velg kommunen redaktøren skal skrive for." in text(soup_of(response))
    assert not get_user_model().objects.filter(email="a@example.no").exists()


def test_only_those_who_manage_users_may_invite(adviser_client, editor_client):
    menu = adviser_client.get("/admin/").content.decode()
    assert "/admin/inviter/" in menu
    assert editor_client.get("/admin/inviter/").status_code in (302, 403)
    assert "/admin/inviter/" not in editor_client.get("/admin/").content.decode()
