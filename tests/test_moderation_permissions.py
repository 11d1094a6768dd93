"""The permission matrix, driven through the real admin URLs: for each role and each action,
the response is what the role allows and nothing more."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page

from . import factories
from .helpers import png_upload

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module, in a transaction rolled back at its end. Each test runs in
    pytest-django's own transaction (a savepoint inside this one) and is rolled back to it,
    so what one cell of the matrix changes (a publication, an upload) no other cell sees."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def build_world():
    """Two member municipalities, A and B, each with an editor, a live story and a draft;
    A also has a story waiting for moderation. Pages whose publication does not matter are
    only created (publish=False), which is enough for the admin to edit them."""
    a = factories.MunicipalityPageFactory()
    b = factories.MunicipalityPageFactory()
    editor_a = factories.EditorFactory(municipality=a)
    editor_b = factories.EditorFactory(municipality=b)
    submitted_a = factories.CaseStoryPageFactory(parent=a, draft=True, owner=editor_a)
    submitted_a.get_workflow().start(submitted_a, editor_a)
    return SimpleNamespace(
        a=a,
        b=b,
        users={
            "adviser": factories.AdviserFactory(),
            "editor_a": editor_a,
            "editor_b": editor_b,
            "anonymous": None,
        },
        story_a=factories.CaseStoryPageFactory(parent=a, publish=False),
        story_b=factories.CaseStoryPageFactory(parent=b, publish=False),
        draft_a=factories.CaseStoryPageFactory(parent=a, draft=True, owner=editor_a),
        draft_b=factories.CaseStoryPageFactory(parent=b, draft=True, owner=editor_b),
        submitted_a=submitted_a,
        method=factories.MethodPageFactory(publish=False),
    )


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def ok(response):
    return response.status_code == 200


def create_story_under_a(client, world):
    return ok(client.get(f"/admin/pages/add/cases/casestorypage/{world.a.pk}/"))


def edit_a_story(client, world):
    return ok(client.get(f"/admin/pages/{world.story_a.pk}/edit/"))


def edit_b_story(client, world):
    return ok(client.get(f"/admin/pages/{world.story_b.pk}/edit/"))


def view_b_draft(client, world):
    return ok(client.get(f"/admin/pages/{world.draft_b.pk}/view_draft/"))


def publish(client, world):
    page = world.draft_a
    assert not Page.objects.get(pk=page.pk).live
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
    return Page.objects.get(pk=page.pk).live


def approve(client, world):
    page = world.submitted_a
    task_state = page.current_workflow_task_state
    assert task_state is not None
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {})
    return Page.objects.get(pk=page.pk).live


def edit_a_method(client, world):
    return ok(client.get(f"/admin/pages/{world.method.pk}/edit/"))


def manage_themes(client, world):
    return ok(client.get("/admin/snippets/themes/theme/")) and ok(
        client.get("/admin/snippets/themes/theme/add/")
    )


def upload_to(client, municipality):
    collection = municipality.access.collection
    title = f"Opplasting {collection.pk}"
    client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": png_upload(),
            "collection": collection.pk,
            "credit": "Foto: test",
            "consent_confirmed": "on",
            "consent_given_by": "person",
        },
    )
    return get_image_model().objects.filter(title=title, collection=collection).exists()


def upload_to_a(client, world):
    return upload_to(client, world.a)


def upload_to_b(client, world):
    return upload_to(client, world.b)


ACTIONS = [
    create_story_under_a,
    edit_a_story,
    edit_b_story,
    view_b_draft,
    publish,
    approve,
    edit_a_method,
    manage_themes,
    upload_to_a,
    upload_to_b,
]

# What each role may do, in the order of ACTIONS.
MATRIX = {
    "adviser": [True, True, True, True, True, True, True, True, True, True],
    "editor_a": [True, True, False, False, False, False, False, False, True, False],
    "editor_b": [False, False, True, True, False, False, False, False, False, True],
    "anonymous": [False] * len(ACTIONS),
}

CASES = [
    pytest.param(role, action, allowed, id=f"{role}-{action.__name__}")
    for role, row in MATRIX.items()
    for action, allowed in zip(ACTIONS, row, strict=True)
]


@pytest.mark.parametrize("role, action, allowed", CASES)
def test_permission_matrix(world, role, action, allowed):
    client = client_for(world.users[role])
    assert action(client, world) is allowed


def listed_titles(response):
    """The titles of the pages in an admin explorer listing."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = soup.select("table.listing td.title .title-wrapper span[id]")
    return {" ".join(title.get_text().split()) for title in titles}


def test_editors_see_their_own_method_proposals_but_not_others_drafts(world, method_index):
    own = factories.MethodPageFactory(draft=True, owner=world.users["editor_a"])
    other = factories.MethodPageFactory(draft=True, owner=world.users["editor_b"])
    url = f"/admin/pages/{method_index.pk}/"

    listing = listed_titles(client_for(world.users["editor_a"]).get(url))
    assert own.title in listing
    assert other.title not in listing
    assert world.method.title in listing  # live methods are public anyway

    adviser_listing = listed_titles(client_for(world.users["adviser"]).get(url))
    assert {own.title, other.title, world.method.title} <= adviser_listing


def test_editors_cannot_open_other_municipalities_in_the_explorer(world):
    url = f"/admin/pages/{world.b.pk}/"
    listing = listed_titles(client_for(world.users["editor_a"]).get(url))
    assert world.draft_b.title not in listing
    # B's own editor does see it there.
    assert world.draft_b.title in listed_titles(client_for(world.users["editor_b"]).get(url))


def test_the_public_never_sees_a_draft(world):
    assert Client().get(world.story_b.url).status_code == 200  # its live sibling is served
    assert Client().get(world.draft_b.url).status_code == 404
    assert client_for(world.users["editor_b"]).get(world.draft_b.url).status_code == 404
