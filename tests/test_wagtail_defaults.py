"""Wagtail's default groups and workflow are gone; the real roles come in code."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow

pytestmark = pytest.mark.django_db


def test_default_groups_are_removed():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_default_workflow_is_removed():
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert Page.get_first_root_node().get_workflow() is None


def test_admin_is_in_norwegian(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="nb"' in response.text
    assert "Sider" in response.text
