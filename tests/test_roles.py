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
    before = state()
    call_command("setup_roles", stdout=StringIO())
    call_command("setup_roles", stdout=StringIO())
    assert state() == before


def test_every_member_municipality_has_a_group_and_a_collection():
    members = MunicipalityPage.objects.filter(is_member=True)
    assert MunicipalityAccess.objects.count() == members.count() == 41
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
    municipality = MunicipalityPage.objects.get(number="1804")
    group = municipality.access.group

    municipality.is_member = False
    municipality.save_revision().publish()
    assert not GroupPagePermission.objects.filter(group=group).exists()
    assert not GroupCollectionPermission.objects.filter(group=group).exists()
    assert not group.permissions.exists()

    municipality.is_member = True
    municipality.save_revision().publish()
    assert GroupPagePermission.objects.filter(group=group, page=municipality).count() == 2
    assert group.permissions.filter(codename="access_admin").exists()


def test_a_municipality_that_becomes_a_member_gets_its_group():
    municipality = MunicipalityPage.objects.get(number="1811")
    municipality.is_member = False
    municipality.save_revision().publish()
    MunicipalityAccess.objects.filter(municipality=municipality).delete()
    Group.objects.filter(name="Kommuneredaktører 1811 Bindal").delete()

    municipality.is_member = True
    municipality.save_revision().publish()
    assert MunicipalityAccess.objects.get(municipality=municipality).group.name == (
        "Kommuneredaktører 1811 Bindal"
    )
