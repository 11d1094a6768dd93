"""Roles, groups, collections and the workflow are set up by code, idempotently."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Workflow

from kb.cases.models import CaseIndexPage, MunicipalityPage
from kb.methods.models import MethodIndexPage
from kb.moderation.models import MunicipalityAccess
from kb.moderation.roles import ADVISERS, WORKFLOW

from . import factories

pytestmark = pytest.mark.django_db


def state():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        sorted(
            Permission.objects.filter(group__isnull=False).values_list("group__name", "codename")
        ),
        Workflow.objects.count(),
    )


def test_setup_roles_is_idempotent():
    factories.MunicipalityPageFactory(number="1804", title="Bodø")
    factories.MunicipalityPageFactory(number="1811", title="Bindal", not_member=True)
    before = state()
    assert {ADVISERS, "Kommuneredaktører 1804 Bodø"} <= set(before[0])
    call_command("setup_roles", stdout=StringIO())
    call_command("setup_roles", stdout=StringIO())
    assert state() == before


def test_every_member_municipality_has_a_group_and_a_collection():
    created = [
        factories.MunicipalityPageFactory(number="1804", title="Bodø"),
        factories.MunicipalityPageFactory(number="1833", title="Rana"),
        factories.MunicipalityPageFactory(number="1806", title="Narvik"),
    ]
    bindal = factories.MunicipalityPageFactory(number="1811", title="Bindal", not_member=True)
    members = MunicipalityPage.objects.filter(is_member=True)
    assert MunicipalityAccess.objects.count() == members.count() == len(created)
    assert not MunicipalityAccess.objects.filter(municipality=bindal).exists()
    access = MunicipalityAccess.objects.get(municipality__number="1804")
    assert access.group.name == "Kommuneredaktører 1804 Bodø"
    assert access.collection.name == "Kommune 1804 Bodø"


def test_the_workflow_covers_case_stories_and_methods_only():
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert set(workflow.workflow_pages.values_list("page__pk", flat=True)) == {
        CaseIndexPage.objects.get().pk,
        MethodIndexPage.objects.get().pk,
    }
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [ADVISERS]


def test_ending_membership_disables_the_group_and_restoring_it_enables_it():
    municipality = factories.MunicipalityPageFactory(number="1804", title="Bodø")
    group = municipality.access.group
    editor = factories.EditorFactory(municipality=municipality)
    assert GroupPagePermission.objects.filter(group=group, page=municipality).count() == 2

    municipality.is_member = False
    municipality.save_revision().publish()
    assert not GroupPagePermission.objects.filter(group=group).exists()
    assert not GroupCollectionPermission.objects.filter(group=group).exists()
    assert not group.permissions.exists()
    assert list(editor.groups.all()) == [group]  # the users stay

    municipality.is_member = True
    municipality.save_revision().publish()
    assert GroupPagePermission.objects.filter(group=group, page=municipality).count() == 2
    assert GroupCollectionPermission.objects.filter(
        group=group, collection=municipality.access.collection
    ).exists()
    assert group.permissions.filter(codename="access_admin").exists()


def test_a_municipality_that_becomes_a_member_gets_its_group():
    municipality = factories.MunicipalityPageFactory(number="1811", title="Bindal", not_member=True)
    assert not MunicipalityAccess.objects.filter(municipality=municipality).exists()
    assert not Group.objects.filter(name="Kommuneredaktører 1811 Bindal").exists()

    municipality.is_member = True
    municipality.save_revision().publish()
    access = MunicipalityAccess.objects.get(municipality=municipality)
    assert access.group.name == "Kommuneredaktører 1811 Bindal"
    assert access.collection.name == "Kommune 1811 Bindal"
