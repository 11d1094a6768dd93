"""The admin speaks Norwegian on every screen of the editor's and the adviser's journeys:
each screen's visible text is compared with the English originals of Wagtail's and
Django's catalogs (tests/admin_language.py) that no Norwegian catalog translates."""

import json

import pytest
from django.core import mail
from django.test import Client

from kb.cases.models import CaseStoryPage

from . import factories
from .admin_language import english_on, untranslated
from .helpers import png_upload, story_form_data

pytestmark = pytest.mark.django_db


class Screens:
    """The HTML of each screen visited, by name."""

    def __init__(self):
        self.html = {}

    def visit(self, name, client, url, data=None, **kwargs):
        if data is None:
            response = client.get(url, **kwargs)
        else:
            response = client.post(url, data, follow=True, **kwargs)
        assert response.status_code == 200, (name, response.status_code)
        content = response.content.decode()
        if response["Content-Type"].startswith("application/json"):
            content = json.loads(content).get("html", "")
        self.html[name] = content
        return response


def journey_screens():
    screens = Screens()
    municipality = factories.MunicipalityPageFactory()
    editor = factories.EditorFactory(municipality=municipality)
    adviser = factories.AdviserFactory()
    theme = factories.ThemeFactory()

    anonymous = Client()
    screens.visit("login", anonymous, "/admin/login/")
    screens.visit("password reset", anonymous, "/admin/password_reset/")
    screens.visit(
        "password reset sent", anonymous, "/admin/password_reset/", {"email": editor.email}
    )

    writer = Client()
    writer.force_login(editor)
    screens.visit("editor dashboard", writer, "/admin/")
    create_url = f"/admin/pages/add/cases/casestorypage/{municipality.pk}/"
    screens.visit("create story", writer, create_url)
    invalid = story_form_data("", slug="")
    invalid["action-submit"] = "1"
    screens.visit("create story, invalid", writer, create_url, invalid)
    screens.visit("image upload", writer, "/admin/images/multiple/add/")
    screens.visit("image add", writer, "/admin/images/add/")
    screens.visit(
        "image added",
        writer,
        "/admin/images/add/",
        {
            "title": "Verksted",
            "file": png_upload(),
            "collection": municipality.access.collection.pk,
            "credit": "Foto: Kulturskolen",
            "consent_confirmed": "on",
            "consent_given_by": "guardian",
            "description": "Barn bygger fioliner",
        },
    )
    image = factories.KbImage.objects.get(title="Verksted")
    screens.visit("image edit", writer, f"/admin/images/{image.pk}/")
    screens.visit("image chooser", writer, "/admin/images/chooser/")
    screens.visit("document upload", writer, "/admin/documents/multiple/add/")
    data = story_form_data("Kor i skolegården", slug="kor", image=image, themes=[theme])
    data["action-submit"] = "1"
    screens.visit("story submitted", writer, create_url, data)
    story = CaseStoryPage.objects.get(slug="kor")
    screens.visit("edit story", writer, f"/admin/pages/{story.pk}/edit/")
    screens.visit("history", writer, f"/admin/pages/{story.pk}/history/")
    screens.visit("workflow history", writer, f"/admin/pages/{story.pk}/workflow_history/")
    screens.visit("explorer", writer, f"/admin/pages/{municipality.pk}/")

    reviewer = Client()
    reviewer.force_login(adviser)
    screens.visit("adviser dashboard", reviewer, "/admin/")
    task_state = story.current_workflow_task_state
    action = f"/admin/pages/workflow/action/{story.pk}/%s/{task_state.pk}/"
    screens.visit("request changes form", reviewer, action % "reject")
    screens.visit("approve form", reviewer, action % "approve")
    screens.visit("review edit", reviewer, f"/admin/pages/{story.pk}/edit/")
    screens.visit(
        "changes requested",
        reviewer,
        action % "reject",
        {"comment": "Skriv gjerne hvor mange som deltok."},
    )
    screens.visit("editor dashboard after review", writer, "/admin/")
    screens.visit("edit after review", writer, f"/admin/pages/{story.pk}/edit/")
    screens.visit("history after review", writer, f"/admin/pages/{story.pk}/history/")
    screens.visit("resubmitted", writer, f"/admin/pages/{story.pk}/edit/", data)
    story.refresh_from_db()
    task_state = story.current_workflow_task_state
    action = f"/admin/pages/workflow/action/{story.pk}/%s/{task_state.pk}/"
    screens.visit("approved", reviewer, action % "approve", {"comment": "Flott!"})
    screens.visit("published story edit", reviewer, f"/admin/pages/{story.pk}/edit/")
    screens.visit("story export", reviewer, "/admin/reports/erfaringer/")
    screens.visit("users", reviewer, "/admin/users/")
    screens.visit("add user", reviewer, "/admin/users/new/")
    screens.visit("invite", reviewer, "/admin/inviter/")
    screens.visit("methods booklet", reviewer, "/admin/metodehefte/")
    screens.visit(
        "invited",
        reviewer,
        "/admin/inviter/",
        {"role": "member", "email": "medlem@example.no", "name": "Ola Nordmann"},
    )
    (invitation,) = [m for m in mail.outbox if m.to == ["medlem@example.no"]]
    link = next(word for word in invitation.body.split() if "/password_reset/" in word)
    screens.visit("set password", Client(), link.removeprefix("http://testserver"), follow=True)
    screens.visit("members' login", anonymous, "/_util/login/")
    return screens


@pytest.fixture(scope="module")
def screens(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            yield journey_screens()
            transaction.set_rollback(True)


def test_every_screen_of_the_journeys_is_in_norwegian(screens):
    english = {name: english_on(html) for name, html in screens.html.items()}
    assert not {name: found for name, found in english.items() if found}


def test_the_check_finds_english_and_passes_norwegian():
    exact, patterns = untranslated()
    english = sorted(exact)[0]
    assert english_on(f"<main><p>{english}</p><p>Be om endringer</p></main>") == [english]
    # A sentence with a value in it, as the templates fill it in.
    pattern = next(p for p in patterns if p.pattern.count("(.+?)") == 1)
    sentence = pattern.pattern.strip("^$").replace("(.+?)", "Kari").replace("\\", "")
    assert english_on(f'<button aria-label="{sentence}">x</button>') == [sentence]
    assert english_on("<p>Alle med redigeringstilgang kan redigere denne (side)</p>") == []
