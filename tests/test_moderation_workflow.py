"""The whole journey: a municipality editor writes, the adviser asks for changes, the editor
fixes them, the adviser approves, and the story is public everywhere it belongs."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry, WorkflowState

from kb.cases.models import CaseStoryPage

from . import factories
from .helpers import png_upload, story_form_data

pytestmark = pytest.mark.django_db

TITLE = "Strykeorkester i bydelshuset"
UNIQUE_WORD = "Fiolinverkstedet"


def upload_image(client, collection, *, consent=True):
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Verksted i bydelshuset",
            "file": png_upload("verksted.png"),
            "collection": collection.pk,
            "credit": "Foto: Kulturskolen",
            "consent_confirmed": "on" if consent else "",
            "consent_given_by": "guardian" if consent else "",
            "description": "Fargerik illustrasjon",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    return get_image_model().objects.get(title="Verksted i bydelshuset", collection=collection)


def links_to(client, url, target):
    """The texts of the links to `target` on the page at `url`."""
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(link.get_text().split()) for link in soup.find_all("a", href=target)]


def workflow_state(page):
    return WorkflowState.objects.for_instance(page).order_by("-created_at").first()


def recipients(*users):
    """The messages in the outbox sent to any of `users`."""
    return [m for m in mail.outbox if {user.email for user in users} & set(m.to)]


def test_editor_submits_adviser_requests_changes_then_approves(
    client, municipality, editor, adviser
):
    other_adviser = factories.AdviserFactory()
    superuser = factories.SuperuserFactory()
    theme = factories.ThemeFactory()
    method = factories.MethodPageFactory()

    # The editor uploads an image to the municipality's own collection and submits a story.
    client.force_login(editor)
    image = upload_image(client, municipality.access.collection)
    data = story_form_data(
        TITLE,
        slug="strykeorkester",
        summary=f"{UNIQUE_WORD}: unge bygget og spilte sammen.",
        image=image,
        themes=[theme],
        methods=[method],
    )
    data["action-submit"] = "1"
    response = client.post(f"/admin/pages/add/cases/casestorypage/{municipality.pk}/", data)
    assert response.status_code == 302, response.content[:3000]
    story = CaseStoryPage.objects.get(slug="strykeorkester")
    assert not story.live
    assert workflow_state(story).status == WorkflowState.STATUS_IN_PROGRESS

    # The advisers are told, in Norwegian, with a link to the page in the admin.
    for each in (adviser, other_adviser):
        (to_adviser,) = recipients(each)
        assert to_adviser.subject == f"Til godkjenning: «{TITLE}»"
        assert f"http://testserver/admin/pages/{story.pk}/edit/" in to_adviser.body
    assert not recipients(superuser, editor)
    mail.outbox.clear()

    # The adviser asks for changes with a comment; it reaches the submitter's inbox.
    client.logout()
    client.force_login(adviser)
    task_state = workflow_state(story).current_task_state
    comment = "Kan dere legge til hvor mange som deltok i høst?"
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/reject/{task_state.pk}/", {"comment": comment}
    )
    assert response.status_code == 302
    assert workflow_state(story).status == WorkflowState.STATUS_NEEDS_CHANGES
    (to_editor,) = recipients(editor)
    assert to_editor.subject == f"Endringer ønsket: «{TITLE}»"
    assert comment in to_editor.body
    assert f"/admin/pages/{story.pk}/edit/" in to_editor.body
    mail.outbox.clear()

    # The editor fixes it and resubmits.
    client.logout()
    client.force_login(editor)
    data = story_form_data(
        TITLE,
        slug="strykeorkester",
        summary=f"{UNIQUE_WORD}: 40 unge bygget og spilte sammen i høst.",
        image=image,
        themes=[theme],
        methods=[method],
    )
    data["action-submit"] = "1"
    response = client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 302, response.content[:3000]
    assert workflow_state(story).status == WorkflowState.STATUS_IN_PROGRESS
    assert recipients(adviser)
    mail.outbox.clear()

    # The adviser approves, which publishes.
    client.logout()
    client.force_login(adviser)
    task_state = workflow_state(story).current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/",
        {"comment": "Flott, takk!"},
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
    assert "40 unge" in story.summary
    (approved,) = recipients(editor)
    assert approved.subject == f"Publisert: «{TITLE}»"
    assert "Flott, takk!" in approved.body

    # Public: on the municipality's page, on its theme's page, in search, and the method links back.
    client.logout()
    for url in (municipality.url, theme.get_url(), f"/sok/?q={UNIQUE_WORD}", method.url):
        assert TITLE in links_to(client, url, story.url), url

    # Every step is in Wagtail's audit log.
    actions = list(PageLogEntry.objects.filter(page=story).values_list("action", flat=True))
    for action in (
        "wagtail.create",
        "wagtail.workflow.start",
        "wagtail.workflow.reject",
        "wagtail.workflow.resume",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ):
        assert action in actions, (action, actions)


def test_approval_is_not_offered_while_an_image_lacks_consent(
    client, municipality, editor, adviser
):
    client.force_login(editor)
    image = upload_image(client, municipality.access.collection, consent=False)
    data = story_form_data("Uten samtykke", slug="uten-samtykke", image=image)
    data["action-submit"] = "1"
    assert (
        client.post(f"/admin/pages/add/cases/casestorypage/{municipality.pk}/", data).status_code
        == 302
    )
    story = CaseStoryPage.objects.get(slug="uten-samtykke")

    client.logout()
    client.force_login(adviser)
    task_state = workflow_state(story).current_task_state
    response = client.post(f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/", {})
    # Wagtail answers an action that is not offered with its permission-denied redirect.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    story.refresh_from_db()
    assert not story.live
    assert workflow_state(story).status == WorkflowState.STATUS_IN_PROGRESS
    # Asking for changes is still possible.
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/reject/{task_state.pk}/",
        {"comment": "Bekreft samtykke for bildet."},
    )
    assert response.status_code == 302
