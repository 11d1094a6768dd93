"""The roles, the municipalities' access and the moderation workflow, as code. Every function
here is idempotent: running it again brings the database to the same state."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from kb.cases.models import CaseIndexPage, MunicipalityPage
from kb.methods.models import MethodIndexPage

from .models import AdviserApprovalTask, MunicipalityAccess

ADVISERS = "Rådgivere"
# Images and documents every municipality's editors may use (choose), beside their own.
SHARED_COLLECTION = "Felles bilder og dokumenter"
# Members of Norsk kulturskoleråd: they log in on the site (not in the admin) to read the
# members-only material, which any logged-in user may read; the group grants nothing else.
MEMBERS = "Medlemmer"
WORKFLOW = "Moderering"
APPROVAL_TASK = "Godkjenning av rådgiver"

# On the whole site: the adviser curates everything, but deleting stays with administrators.
ADVISER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# On their own municipality page and below: write and edit, never publish.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
# On the methods index: propose a method as a draft (editors can then edit only their own).
PROPOSE_METHOD_PERMISSIONS = ["add_page"]

MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
ADVISER_MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "themes.add_theme",
    "themes.change_theme",
    "themes.delete_theme",
    "cases.add_boardmember",
    "cases.change_boardmember",
    "cases.delete_boardmember",
    # The case stories' export for the board's annual report.
    "cases.export_casestorypage",
    "core.change_sitecontact",
    "core.change_footerlinks",
    "core.change_sharingsettings",
    # E-mails the worker could not deliver: see them, and send them again.
    "core.view_outgoingemail",
    "core.change_outgoingemail",
    # Pinning recommended results also shows the adviser the search reports.
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    # The words search takes as meaning the same (search.Synonym).
    "search.add_synonym",
    "search.change_synonym",
    "search.delete_synonym",
    "auth.add_user",
    "auth.change_user",
    "auth.view_user",
]
EDITOR_MODEL_PERMISSIONS = ["wagtailadmin.access_admin"]
SHARED_MEDIA_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]


def permissions(labels):
    """The permissions named "app_label.codename", in one query; a missing one is an error
    (a typo here must not silently grant less)."""
    wanted = [tuple(label.split(".")) for label in labels]
    query = Q()
    for app_label, codename in wanted:
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.filter(query).select_related("content_type")
    }
    missing = [".".join(key) for key in wanted if key not in found]
    if missing:
        raise Permission.DoesNotExist(f"Unknown permissions: {', '.join(missing)}")
    return [found[key] for key in wanted]


def page_permissions(codenames):
    return list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    )


def grant_on_page(group, page, codenames):
    granted = GroupPagePermission.objects.filter(group=group, page=page)
    _grant_missing(granted, page_permissions(codenames), group=group, page=page)


def grant_on_collection(group, collection, labels):
    granted = GroupCollectionPermission.objects.filter(group=group, collection=collection)
    _grant_missing(granted, permissions(labels), group=group, collection=collection)


def _grant_missing(granted, wanted, **row):
    """Adds the wanted permissions the rows in `granted` lack (one read, one write)."""
    have = set(granted.values_list("permission_id", flat=True))
    granted.model.objects.bulk_create(
        [granted.model(permission=p, **row) for p in wanted if p.pk not in have]
    )


@transaction.atomic
def setup_roles():
    """The adviser group, the workflow, and every municipality's access."""
    advisers = setup_advisers()
    shared_collection()
    members_group()
    setup_workflow(advisers)
    for municipality in MunicipalityPage.objects.all():
        sync_municipality_access(municipality)
    return advisers


def setup_advisers():
    advisers, _ = Group.objects.get_or_create(name=ADVISERS)
    advisers.permissions.add(*permissions(ADVISER_MODEL_PERMISSIONS))
    for site in Site.objects.all():
        grant_on_page(advisers, site.root_page, ADVISER_PAGE_PERMISSIONS)
    grant_on_collection(advisers, Collection.get_first_root_node(), MEDIA_PERMISSIONS)
    return advisers


def shared_collection():
    """The collection of images and documents all editors may use (made if missing)."""
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=SHARED_COLLECTION).first() or root.add_child(
        name=SHARED_COLLECTION
    )


def members_group():
    """The members' group, with no permission at all: none in the admin, no pages, no
    collections (any it was given by hand are taken away again)."""
    members, _ = Group.objects.get_or_create(name=MEMBERS)
    revoke_all(members)
    return members


def setup_workflow(advisers):
    task = AdviserApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        task = AdviserApprovalTask.objects.create(name=APPROVAL_TASK)
    task.groups.add(advisers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Case stories (below the municipalities) and proposed methods go through moderation.
    for page in [*CaseIndexPage.objects.all(), *MethodIndexPage.objects.all()]:
        attach_workflow(page, workflow)
    return workflow


def attach_workflow(page, workflow=None):
    workflow = workflow or Workflow.objects.get(name=WORKFLOW)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def editor_group_name(municipality):
    return f"Kommuneredaktører {municipality.number} {municipality.title}"


@transaction.atomic
def sync_municipality_access(municipality):
    """A member municipality's editors may write below its page, propose methods and use
    their own collection. When it stops being a member, the group keeps its users but
    loses every permission, so membership can be restored without new invitations."""
    access = MunicipalityAccess.objects.filter(municipality=municipality).first()
    if not municipality.is_member:
        if access is not None:
            revoke_all(access.group)
        return access

    if access is None:
        group, _ = Group.objects.get_or_create(name=editor_group_name(municipality))
        root = Collection.get_first_root_node()
        name = f"Kommune {municipality.number} {municipality.title}"
        collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
        access = MunicipalityAccess.objects.create(
            municipality=municipality, group=group, collection=collection
        )
    group = access.group
    group.permissions.add(*permissions(EDITOR_MODEL_PERMISSIONS))
    grant_on_page(group, municipality, EDITOR_PAGE_PERMISSIONS)
    for methods in MethodIndexPage.objects.all():
        grant_on_page(group, methods, PROPOSE_METHOD_PERMISSIONS)
    grant_on_collection(group, access.collection, MEDIA_PERMISSIONS)
    grant_on_collection(group, shared_collection(), SHARED_MEDIA_PERMISSIONS)
    return access


def revoke_all(group):
    group.permissions.clear()
    GroupPagePermission.objects.filter(group=group).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()


def is_adviser(user):
    return user.is_superuser or user.groups.filter(name=ADVISERS).exists()
