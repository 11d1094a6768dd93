"""The permission matrix, driven through the real admin URLs: for each role and each action,
the response is what the role allows and nothing more."""

import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.test import Client
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, get_page_models

from kb.cases.models import CaseStoryPage
from kb.core.models import BasePage
from kb.core.page_forms import BasePageForm
from kb.methods.models import MethodIndexPage
from kb.moderation.roles import shared_collection

from . import factories
from .helpers import png_upload, story_form_data

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
    """Two member municipalities, A and B, each with an editor, a live story, a draft and a
    story waiting for moderation; B also has a draft method proposal, and an image and a
    document in its collection. Pages whose publication does not matter are
    only created (publish=False), which is enough for the admin to edit them."""
    a = factories.MunicipalityPageFactory()
    b = factories.MunicipalityPageFactory()
    editor_a = factories.EditorFactory(municipality=a)
    editor_b = factories.EditorFactory(municipality=b)
    submitted_a = factories.CaseStoryPageFactory(parent=a, draft=True, owner=editor_a)
    submitted_a.get_workflow().start(submitted_a, editor_a)
    world = SimpleNamespace(
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
        submitted_a=submitted_a,
        method=factories.MethodPageFactory(publish=False),
        image_b=factories.KbImageFactory(collection=b.access.collection),
        document_b=factories.DocumentFactory(collection=b.access.collection),
    )
    world.submitted_b = factories.CaseStoryPageFactory(parent=b, draft=True, owner=editor_b)
    world.submitted_b.get_workflow().start(world.submitted_b, editor_b)
    # B's drafts, a story and a method proposal, edited last: the page types report names
    # them as the newest of their types.
    world.draft_b = factories.CaseStoryPageFactory(parent=b, draft=True, owner=editor_b)
    world.method_draft_b = factories.MethodPageFactory(draft=True, owner=editor_b)
    for draft in b_drafts(world):
        log(draft, "wagtail.edit", user=editor_b)
    return world


def b_drafts(world):
    """B's story draft is below B's page; B's method proposal is below the methods, where
    every editor may add pages (and so, in Wagtail, see the pages)."""
    return [world.draft_b, world.method_draft_b]


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


def titles_in(response):
    """The text an admin page (or a chooser's answer, HTML inside JSON) shows, for a title to
    be looked for in it; not its attributes, where the search box repeats the query."""
    if response.status_code != 200:
        return ""
    html = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        html = json.loads(html).get("html", "")
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def search_term(page):
    """The first word of the page's title (the factories number their titles)."""
    return page.title.split()[0]


def shows_a_b_draft(text, world):
    return any(draft.title in text for draft in b_drafts(world))


def choose_page_shows_b_draft(client, world):
    parents = [world.b, MethodIndexPage.objects.get()]
    browse = [titles_in(client.get(f"/admin/choose-page/{parent.pk}/")) for parent in parents]
    search = [
        titles_in(client.get("/admin/choose-page/search/", {"q": search_term(draft)}))
        for draft in b_drafts(world)
    ]
    return shows_a_b_draft(" ".join([*browse, *search]), world)


def admin_search_shows_b_draft(client, world):
    # The rows of its results, not the whole page: a search that finds nothing repeats the
    # query in its message.
    rows = []
    for draft in b_drafts(world):
        response = client.get("/admin/pages/search/", {"q": search_term(draft)})
        soup = BeautifulSoup(response.content if ok(response) else b"", "html.parser")
        rows += [row.get_text(" ") for row in soup.select("tbody tr")]
    return shows_a_b_draft(" ".join(" ".join(rows).split()), world)


def admin_api_shows_b_draft(client, world):
    ids = set()
    for parent in [world.b, MethodIndexPage.objects.get()]:
        listing = client.get("/admin/api/main/pages/", {"child_of": parent.pk})
        ids |= {item["id"] for item in listing.json()["items"]} if ok(listing) else set()
    details = [client.get(f"/admin/api/main/pages/{draft.pk}/") for draft in b_drafts(world)]
    return any(draft.pk in ids for draft in b_drafts(world)) or any(map(ok, details))


def site_history_shows_b_draft(client, world):
    return shows_a_b_draft(titles_in(client.get("/admin/reports/site-history/")), world)


def page_types_report_shows_b_draft(client, world):
    return shows_a_b_draft(titles_in(client.get("/admin/reports/page-types-usage/")), world)


def workflow_reports_show_b_submission(client, world):
    reports = ["/admin/reports/workflow/", "/admin/reports/workflow_tasks/"]
    return any(world.submitted_b.title in titles_in(client.get(url)) for url in reports)


def admin_api_shows_b_image(client, world):
    return ok(client.get(f"/admin/api/main/images/{world.image_b.pk}/"))


def admin_api_shows_b_document(client, world):
    listing = client.get("/admin/api/main/documents/")
    ids = [item["id"] for item in listing.json()["items"]] if ok(listing) else []
    detail = client.get(f"/admin/api/main/documents/{world.document_b.pk}/")
    return world.document_b.pk in ids or ok(detail)


def choosers_offer_b_media(client, world):
    """The image and document choosers list B's image and document, or give them by id."""
    listings = [
        titles_in(client.get("/admin/images/chooser/")),
        titles_in(client.get("/admin/documents/chooser/")),
    ]
    chosen = [
        client.get(f"/admin/images/chooser/{world.image_b.pk}/"),
        client.get(f"/admin/documents/chooser/{world.document_b.pk}/"),
    ]
    listed = any(
        item.title in listing for item in [world.image_b, world.document_b] for listing in listings
    )
    return listed or any(map(ok, chosen))


def put_image_on(client, story, image):
    """Saves the story's draft with `image` as its main image, by its id (as a hand-made
    request would: no chooser involved); whether the draft now has it."""
    client.post(
        f"/admin/pages/{story.pk}/edit/",
        story_form_data(story.title, slug=story.slug, image=image),
    )
    saved = CaseStoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    return saved.image_id == image.pk


def put_b_image_on_a_story(client, world):
    return put_image_on(client, world.story_a, world.image_b)


def put_b_image_on_b_story(client, world):
    return put_image_on(client, world.story_b, world.image_b)


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
    choose_page_shows_b_draft,
    admin_search_shows_b_draft,
    admin_api_shows_b_draft,
    site_history_shows_b_draft,
    page_types_report_shows_b_draft,
    workflow_reports_show_b_submission,
    admin_api_shows_b_image,
    admin_api_shows_b_document,
    choosers_offer_b_media,
    put_b_image_on_a_story,
    put_b_image_on_b_story,
]

# What each role may do, in the order of ACTIONS: writing and publishing; then seeing B's
# drafts and media (choose_page_shows_b_draft … choosers_offer_b_media); then using B's
# image on A's story and on B's.
MATRIX = {
    "adviser": [True] * len(ACTIONS),
    "editor_a": [
        *[True, True, False, False, False, False, False, False, True, False],
        *[False] * 9,
        *[False, False],
    ],
    "editor_b": [
        *[False, False, True, True, False, False, False, False, False, True],
        *[True] * 9,
        *[False, True],
    ],
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


def test_an_image_of_another_municipality_is_refused_by_id_with_the_reason(world):
    """Editor A names B's image by its id: the draft is not saved, and the form says why;
    A's own image and one from the shared collection are accepted."""
    client = client_for(world.users["editor_a"])
    story = world.story_a
    response = client.post(
        f"/admin/pages/{story.pk}/edit/",
        story_form_data(story.title, slug=story.slug, image=world.image_b),
    )
    assert response.status_code == 200  # the form again, not a redirect
    errors = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert f"Du har ikke tilgang til bildene «{world.image_b.title}»" in " ".join(errors.split())
    assert not story.revisions.exists()

    own = factories.KbImageFactory(collection=world.a.access.collection)
    shared = factories.KbImageFactory(collection=shared_collection())
    assert put_image_on(client, story, own)
    assert put_image_on(client, story, shared)


def test_an_image_the_page_already_had_stays_usable(world):
    """An adviser put B's image on A's story; A's editor can still save the story."""
    story = world.story_a
    assert put_image_on(client_for(world.users["adviser"]), story, world.image_b)
    editor = client_for(world.users["editor_a"])
    response = editor.post(
        f"/admin/pages/{story.pk}/edit/",
        story_form_data("Ny tittel", slug=story.slug, image=world.image_b),
    )
    assert response.status_code == 302
    assert CaseStoryPage.objects.get(pk=story.pk).get_latest_revision().content["title"] == (
        "Ny tittel"
    )


def test_every_page_type_s_form_refuses_media_by_id():
    """A page type with a form of its own keeps the check (its form extends BasePageForm)."""
    page_types = [model for model in get_page_models() if issubclass(model, BasePage)]
    assert CaseStoryPage in page_types
    for model in page_types:
        assert issubclass(model.get_edit_handler().get_form_class(), BasePageForm), model
