"""The whole journey: a municipality editor writes, the adviser asks for changes, the editor
fixes them, the adviser approves, and the story is public everywhere it belongs."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry, WorkflowState

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.demo.images import abstract_png
from kb.methods.models import MethodPage
from kb.themes.models import Theme

from .helpers import ADVISER, EDITOR_A, MUNICIPALITY_A, log_in, story_form_data

pytestmark = pytest.mark.django_db

TITLE = "Strykeorkester i bydelshuset"
UNIQUE_WORD = "Fiolinverkstedet"


def upload_image(client, collection, *, consent=True):
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Verksted i bydelshuset",
            "file": SimpleUploadedFile("verksted.png", abstract_png("verksted"), "image/png"),
            "collection": collection.pk,
            "credit": "Foto: Kulturskolen",
            "consent_confirmed": "on" if consent else "",
            "description": "Fargerik illustrasjon",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    return get_image_model().objects.get(title="Verksted i bydelshuset", collection=collection)


def workflow_state(page):
    return WorkflowState.objects.for_instance(page).order_by("-created_at").first()


def test_editor_submits_adviser_requests_changes_then_approves(client):
    municipality = MunicipalityPage.objects.get(number=MUNICIPALITY_A)
    theme = Theme.objects.get(slug="medvirkning")
    method = MethodPage.objects.get(slug="verdenskafe")

    # The editor uploads an image to the municipality's own collection and submits a story.
    log_in(client, EDITOR_A)
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
    to_advisers = [m for m in mail.outbox if "radgiver@example.com" in m.to]
    assert len(to_advisers) == 1
    assert to_advisers[0].subject == f"Til godkjenning: «{TITLE}»"
    assert f"http://testserver/admin/pages/{story.pk}/edit/" in to_advisers[0].body
    assert not [m for m in mail.outbox if "admin@example.com" in m.to]
    mail.outbox.clear()

    # The adviser asks for changes with a comment; it reaches the submitter's inbox.
    client.logout()
    log_in(client, ADVISER)
    task_state = workflow_state(story).current_task_state
    comment = "Kan dere legge til hvor mange som deltok i høst?"
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/reject/{task_state.pk}/", {"comment": comment}
    )
    assert response.status_code == 302
    assert workflow_state(story).status == WorkflowState.STATUS_NEEDS_CHANGES
    (to_editor,) = [m for m in mail.outbox if f"{EDITOR_A}@example.com" in m.to]
    assert to_editor.subject == f"Endringer ønsket: «{TITLE}»"
    assert comment in to_editor.body
    assert f"/admin/pages/{story.pk}/edit/" in to_editor.body
    mail.outbox.clear()

    # The editor fixes it and resubmits.
    client.logout()
    log_in(client, EDITOR_A)
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
    assert [m for m in mail.outbox if "radgiver@example.com" in m.to]
    mail.outbox.clear()

    # The adviser approves, which publishes.
    client.logout()
    log_in(client, ADVISER)
    task_state = workflow_state(story).current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/",
        {"comment": "Flott, takk!"},
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
    assert "40 unge" in story.summary
    (approved,) = [m for m in mail.outbox if f"{EDITOR_A}@example.com" in m.to]
    assert approved.subject == f"Publisert: «{TITLE}»"
    assert "Flott, takk!" in approved.body

    # Public: on the municipality's page, on its theme's page, in search, and the method links back.
    client.logout()
    assert TITLE in client.get(municipality.url).text
    assert TITLE in client.get(theme.get_url()).text
    assert TITLE in client.get(f"/sok/?q={UNIQUE_WORD}").text
    assert TITLE in client.get(method.url).text

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


def test_approval_is_not_offered_while_an_image_lacks_consent(client):
    municipality = MunicipalityPage.objects.get(number=MUNICIPALITY_A)
    log_in(client, EDITOR_A)
    image = upload_image(client, municipality.access.collection, consent=False)
    data = story_form_data("Uten samtykke", slug="uten-samtykke", image=image)
    data["action-submit"] = "1"
    assert (
        client.post(f"/admin/pages/add/cases/casestorypage/{municipality.pk}/", data).status_code
        == 302
    )
    story = CaseStoryPage.objects.get(slug="uten-samtykke")

    client.logout()
    log_in(client, ADVISER)
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
