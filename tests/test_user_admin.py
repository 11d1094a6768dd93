"""Advisers manage users but cannot make anyone a superuser, nor edit, delete or change the
password of a superuser (kb/moderation/users.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from kb.moderation.users import SUPERUSER_ONLY

from . import factories
from .factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Et-helt-nytt-og-langt-passord-2026"


def new_user_data(**extra):
    return {
        "username": "ny.bruker",
        "email": "ny.bruker@example.no",
        "first_name": "Ny",
        "last_name": "Bruker",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        **extra,
    }


def edit_data(user, **extra):
    return {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
        **extra,
    }


def test_the_adviser_is_not_offered_the_superuser_box(adviser_client, editor):
    for url in [
        reverse("wagtailusers_users:add"),
        reverse("wagtailusers_users:edit", args=[editor.pk]),
    ]:
        page = adviser_client.get(url)
        assert page.status_code == 200
        assert 'name="is_superuser"' not in page.content.decode()


def test_an_adviser_cannot_create_a_superuser(adviser_client):
    response = adviser_client.post(
        reverse("wagtailusers_users:add"), new_user_data(is_superuser="on")
    )
    assert response.status_code == 302
    created = get_user_model().objects.get(username="ny.bruker")
    assert not created.is_superuser


def test_an_adviser_cannot_promote_a_user_or_themselves(adviser, adviser_client, editor):
    for user in [editor, adviser]:
        response = adviser_client.post(
            reverse("wagtailusers_users:edit", args=[user.pk]),
            edit_data(user, is_superuser="on"),
        )
        assert response.status_code == 302
        user.refresh_from_db()
        assert not user.is_superuser


def test_an_adviser_cannot_open_or_change_a_superuser(adviser_client):
    superuser = factories.SuperuserFactory()
    url = reverse("wagtailusers_users:edit", args=[superuser.pk])

    page = adviser_client.get(url, follow=True)
    assert page.redirect_chain[-1][0] == reverse("wagtailusers_users:index")
    assert SUPERUSER_ONLY in page.content.decode()

    response = adviser_client.post(
        url,
        edit_data(superuser, password1=NEW_PASSWORD, password2=NEW_PASSWORD, is_active=""),
    )
    assert response.status_code == 302
    superuser.refresh_from_db()
    assert superuser.check_password(PASSWORD)
    assert superuser.is_active

    delete = adviser_client.post(reverse("wagtailusers_users:delete", args=[superuser.pk]))
    assert delete.status_code in {302, 403}
    assert get_user_model().objects.filter(pk=superuser.pk).exists()


def test_a_superuser_can_still_grant_superuser_status(editor):
    client = Client()
    client.force_login(factories.SuperuserFactory())
    url = reverse("wagtailusers_users:edit", args=[editor.pk])
    assert 'name="is_superuser"' in client.get(url).content.decode()
    response = client.post(url, edit_data(editor, is_superuser="on"))
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.is_superuser
