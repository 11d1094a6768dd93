"""Wagtail's default groups and workflow are gone; the real roles come in code."""

import json

import pytest
from bs4 import BeautifulSoup
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
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "nb"
    assert soup.title.get_text().startswith("Kontrollpanel")
    # The sidebar is drawn by JavaScript from these props; the page explorer is "Sider".
    props = soup.find("script", id="wagtail-sidebar-props").string
    labels = [item.get("label") for item in walk(json.loads(props))]
    assert "Sider" in labels


def walk(value):
    """Every dict inside a JSON value."""
    if isinstance(value, dict):
        yield value
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            yield from walk(item)
