"""The ways in: the editor starts a story in one click (from the dashboard or from their
municipality's public page) and sees the adviser's comment where they work; the adviser
finds the stories waiting at the top of the dashboard and is told when an approval has
published one. No autosave (kb/settings/base.py says why), and every story field has a
help text."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import Client
from wagtail.models import WorkflowState

from kb.cases.models import COOPERATION_LEVEL_EXPLANATIONS, CaseStoryPage, CooperationLevel
from kb.moderation import guidance

from . import factories
from .helpers import soup_of, story_form_data, text

pytestmark = pytest.mark.django_db

COMMENT = "Skriv gjerne hvor mange som deltok i høst."


def submitted_story(municipality, editor):
    story = factories.CaseStoryPageFactory(parent=municipality, draft=True, owner=editor)
    story.get_workflow().start(story, editor)
    return story


def act(client, story, action, comment="", **headers):
    task_state = (
        WorkflowState.objects.for_instance(story)
        .get(status=WorkflowState.STATUS_IN_PROGRESS)
        .current_task_state
    )
    return client.post(
        f"/admin/pages/workflow/action/{story.pk}/{action}/{task_state.pk}/",
        {"comment": comment},
        **headers,
    )


def test_the_editor_starts_a_story_in_one_click_from_the_dashboard(editor_client, editor):
    soup = soup_of(editor_client.get("/admin/"))
    (link,) = [a for a in soup.select("#new-story-section a") if text(a) == "Skriv en ny erfaring"]
    assert link["href"] == f"/admin/pages/add/cases/casestorypage/{editor.municipality.pk}/"
    assert editor_client.get(link["href"]).status_code == 200


def test_the_adviser_has_no_story_button_but_the_review_queue_on_top(
    adviser_client, municipality, editor
):
    story = submitted_story(municipality, editor)
    soup = soup_of(adviser_client.get("/admin/"))
    assert soup.find(id="new-story-section") is None
    sections = [section["id"] for section in soup.select("main section[id$='-section']")]
    assert sections.index("awaiting-review-section") < sections.index("quiet-members-section")
    assert sections.index("awaiting-review-section") < sections.index("published-stories-section")
    assert story.title in text(soup.find(id="awaiting-review-section"))


def test_the_advisers_comment_is_on_the_editors_dashboard_and_edit_form(
    adviser_client, editor_client, municipality, editor
):
    story = submitted_story(municipality, editor)
    assert act(adviser_client, story, "reject", COMMENT).status_code == 302

    panel = soup_of(editor_client.get("/admin/")).find(id="change-requests-section")
    assert COMMENT in text(panel)
    assert panel.find("a", href=f"/admin/pages/{story.pk}/edit/")

    edit_form = soup_of(editor_client.get(f"/admin/pages/{story.pk}/edit/"))
    messages = " ".join(text(m) for m in edit_form.select(".messages li"))
    assert f"ba om endringer: «{COMMENT}»" in messages

    # Once resubmitted, the request is dealt with and leaves the dashboard.
    data = story_form_data(story.title, slug=story.slug)
    data["action-submit"] = "1"
    assert editor_client.post(f"/admin/pages/{story.pk}/edit/", data).status_code == 302
    assert soup_of(editor_client.get("/admin/")).find(id="change-requests-section") is None


@pytest.mark.parametrize("modal", [True, False], ids=["dashboard modal", "plain form"])
def test_approving_says_the_story_is_published_with_a_link(
    adviser_client, municipality, editor, modal
):
    story = submitted_story(municipality, editor)
    headers = {"headers": {"x-requested-with": "XMLHttpRequest"}} if modal else {}
    response = act(adviser_client, story, "approve", "Flott!", **headers)
    assert response.status_code == 200 if modal else 302
    story.refresh_from_db()
    assert story.live
    messages = soup_of(adviser_client.get("/admin/")).select(".messages li")
    (published,) = [m for m in messages if "er godkjent og publisert" in text(m)]
    assert f"«{story.title}»" in text(published)
    assert published.find("a", href=story.get_url())


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_approving_from_the_edit_form_says_so_too(rf, adviser, action):
    """The edit form's own «Godkjenn» (Wagtail's after_edit_page hook, called as the edit
    view calls it once the action is done)."""
    story = factories.CaseStoryPageFactory()
    request = rf.post("/", {"action-workflow-action": "1", "workflow-action-name": action})
    request.user = adviser
    request.session = {}
    request._messages = FallbackStorage(request)
    guidance.announce_approval_from_the_edit_form(request, story)
    said = [BeautifulSoup(str(message), "html.parser") for message in request._messages]
    if action == "approve":
        (message,) = said
        assert text(message).startswith(f"«{story.title}» er godkjent og publisert.")
        assert message.find("a", href=story.get_url())
    else:
        assert said == []


def share_links(client, municipality):
    soup = soup_of(client.get(municipality.url))
    return [a["href"] for a in soup.find_all("a") if text(a) == "Del din erfaring"]


def test_the_municipality_page_invites_its_own_editors_only(settings, municipality, editor):
    settings.PAGE_CACHE_SECONDS = 300  # the link must not reach the cache
    other = Client()
    other.force_login(factories.EditorFactory())  # (publishes a municipality of their own)
    anonymous = Client()
    assert share_links(anonymous, municipality) == []
    own = Client()
    own.force_login(editor)
    assert share_links(own, municipality) == [
        f"/admin/pages/add/cases/casestorypage/{municipality.pk}/"
    ]
    assert share_links(other, municipality) == []
    response = anonymous.get(municipality.url)
    assert response["X-Cache"] == "HIT"
    assert "Del din erfaring" not in response.content.decode()


def test_every_story_field_an_editor_fills_has_a_help_text():
    form_class = CaseStoryPage.get_edit_handler().get_form_class()
    form = form_class()
    missing = [
        name
        for name, field in form.fields.items()
        # Wagtail's: the subscription to comments, and the publishing schedule's dates.
        if name not in ("comment_notifications", "go_live_at", "expire_at")
        and not str(field.help_text or "").strip()
    ]
    assert missing == []
    for formset in ("partners", "results"):
        fields = form.formsets[formset].empty_form.fields
        assert [
            n for n, f in fields.items() if n not in ("ORDER", "DELETE", "id") and not f.help_text
        ] == []


def test_the_cooperation_levels_are_explained_where_they_are_chosen(editor_client, editor):
    url = f"/admin/pages/add/cases/casestorypage/{editor.municipality.pk}/"
    soup = soup_of(editor_client.get(url))
    labels = {
        radio["value"]: text(soup.find("label", attrs={"for": radio["id"]}))
        for radio in soup.select("input[type=radio][name=cooperation_level]")
    }
    assert set(labels) == set(CooperationLevel.values)
    for level in CooperationLevel:
        assert labels[level.value].startswith(level.label)
        assert COOPERATION_LEVEL_EXPLANATIONS[level] in labels[level.value]


def test_the_editor_does_not_autosave(editor_client, municipality, editor):
    story = factories.CaseStoryPageFactory(parent=municipality, draft=True, owner=editor)
    for url in (
        f"/admin/pages/add/cases/casestorypage/{municipality.pk}/",
        f"/admin/pages/{story.pk}/edit/",
    ):
        form = soup_of(editor_client.get(url)).find("form", attrs={"data-edit-form": True})
        assert form is not None, url
        assert not form.has_attr("data-w-autosave-interval-value"), url
