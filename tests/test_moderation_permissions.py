"""The permission matrix, driven through the real admin URLs: for each role and each action,
the response is what the role allows and nothing more."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.demo.images import abstract_png
from kb.methods.models import MethodPage
from kb.moderation.models import MunicipalityAccess

from .helpers import ADVISER, EDITOR_A, EDITOR_B, MUNICIPALITY_A, MUNICIPALITY_B, log_in

pytestmark = pytest.mark.django_db

ANONYMOUS = None


def draft_story(number, slug, owner_username):
    from django.contrib.auth import get_user_model

    municipality = MunicipalityPage.objects.get(number=number)
    template = CaseStoryPage.objects.child_of(municipality).first()
    story = CaseStoryPage(
        title=f"Utkast {slug}",
        slug=slug,
        summary="Et utkast.",
        culture_school="Kulturskolen",
        period_start=template.period_start,
        cooperation_level="samarbeid",
        challenge="<p>Utfordring</p>",
        body=[],
        live=False,
        owner=get_user_model().objects.get(username=owner_username),
    )
    municipality.add_child(instance=story)
    story.save_revision(user=story.owner)
    return story


@pytest.fixture
def world():
    a = MunicipalityPage.objects.get(number=MUNICIPALITY_A)
    b = MunicipalityPage.objects.get(number=MUNICIPALITY_B)
    submitted_a = draft_story(MUNICIPALITY_A, "til-godkjenning-a", EDITOR_A)
    submitted_a.get_workflow().start(submitted_a, submitted_a.owner)
    return {
        "a": a,
        "b": b,
        "story_a": CaseStoryPage.objects.child_of(a).live().first(),
        "story_b": CaseStoryPage.objects.child_of(b).live().first(),
        "draft_a": draft_story(MUNICIPALITY_A, "utkast-a", EDITOR_A),
        "draft_b": draft_story(MUNICIPALITY_B, "utkast-b", EDITOR_B),
        "submitted_a": submitted_a,
        "method": MethodPage.objects.live().first(),
    }


def ok(response):
    return response.status_code == 200


def create_story_under_a(client, world):
    return ok(client.get(f"/admin/pages/add/cases/casestorypage/{world['a'].pk}/"))


def edit_a_story(client, world):
    return ok(client.get(f"/admin/pages/{world['story_a'].pk}/edit/"))


def edit_b_story(client, world):
    return ok(client.get(f"/admin/pages/{world['story_b'].pk}/edit/"))


def view_b_draft(client, world):
    return ok(client.get(f"/admin/pages/{world['draft_b'].pk}/view_draft/"))


def publish(client, world):
    page = world["draft_a"]
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
    return Page.objects.get(pk=page.pk).live


def approve(client, world):
    page = world["submitted_a"]
    task_state = page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {})
    return Page.objects.get(pk=page.pk).live


def edit_a_method(client, world):
    return ok(client.get(f"/admin/pages/{world['method'].pk}/edit/"))


def manage_themes(client, world):
    return ok(client.get("/admin/snippets/themes/theme/")) and ok(
        client.get("/admin/snippets/themes/theme/add/")
    )


def upload_to(client, municipality):
    collection = MunicipalityAccess.objects.get(municipality=municipality).collection
    title = f"Opplasting {collection.pk}"
    client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": SimpleUploadedFile("bilde.png", abstract_png("samling"), "image/png"),
            "collection": collection.pk,
            "credit": "Foto: test",
            "consent_confirmed": "on",
        },
    )
    return get_image_model().objects.filter(title=title, collection=collection).exists()


def upload_to_a(client, world):
    return upload_to(client, world["a"])


def upload_to_b(client, world):
    return upload_to(client, world["b"])


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
    ADVISER: [True, True, True, True, True, True, True, True, True, True],
    EDITOR_A: [True, True, False, False, False, False, False, False, True, False],
    EDITOR_B: [False, False, True, True, False, False, False, False, False, True],
    ANONYMOUS: [False] * len(ACTIONS),
}

CASES = [
    pytest.param(role, action, allowed, id=f"{role or 'anonymous'}-{action.__name__}")
    for role, row in MATRIX.items()
    for action, allowed in zip(ACTIONS, row, strict=True)
]


@pytest.mark.parametrize("role, action, allowed", CASES)
def test_permission_matrix(world, role, action, allowed):
    client = log_in(Client(), role)
    assert action(client, world) is allowed


def proposed_method(title, owner_username):
    from django.contrib.auth import get_user_model

    index = MethodPage.objects.live().first().get_parent()
    method = MethodPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        summary="Forslag.",
        purpose="<p>Formål</p>",
        phase="ideutvikling",
        time_needed="1 time",
        group_size="5",
        steps=[],
        source_title="Egen erfaring",
        live=False,
        owner=get_user_model().objects.get(username=owner_username),
    )
    index.add_child(instance=method)
    return index, method


def test_editors_see_their_own_method_proposals_but_not_others_drafts(world):
    index, own = proposed_method("Forslag fra Bodø", EDITOR_A)
    _index, other = proposed_method("Forslag fra Rana", EDITOR_B)
    listing = log_in(Client(), EDITOR_A).get(f"/admin/pages/{index.pk}/")
    assert listing.status_code == 200
    assert own.title in listing.text
    assert other.title not in listing.text
    assert world["method"].title in listing.text  # live methods are public anyway
    adviser_listing = log_in(Client(), ADVISER).get(f"/admin/pages/{index.pk}/")
    assert other.title in adviser_listing.text


def test_editors_cannot_open_other_municipalities_in_the_explorer(world):
    listing = log_in(Client(), EDITOR_A).get(f"/admin/pages/{world['b'].pk}/")
    assert world["draft_b"].title not in listing.text


def test_the_public_never_sees_a_draft(world):
    assert Client().get(world["draft_b"].url or "/erfaringer/rana/utkast-b/").status_code == 404
