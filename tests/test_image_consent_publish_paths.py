"""Every way of publishing a page refuses an image without valid consent (the rule is in
kb.core.images.ImageConsentMixin.save): the page does not go live, its live content stays as
it was, and the user gets a Norwegian message, never a server error."""

import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from kb.cases.models import CaseStoryPage
from kb.core.images import ImageConsentError
from kb.core.models import StandardPage

from . import factories
from .helpers import story_form_data

pytestmark = pytest.mark.django_db

REFUSED = "kan ikke publiseres"


@pytest.fixture
def photo():
    """Consent withdrawn (the editor unticked it)."""
    return factories.KbImageFactory(title="Elever på scenen", without_consent=True)


@pytest.fixture
def page():
    """A live page without images."""
    return factories.StandardPageFactory(title="Om kulturskolen", body=[factories.paragraph()])


def withdraw(image):
    image.consent_confirmed = False
    image.save()


def messages_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(item.get_text().split()) for item in soup.select(".messages li")]


def live_image_ids(page):
    page = StandardPage.objects.get(pk=page.pk)
    return [block.value["image"].pk for block in page.body if block.block_type == "image"]


def draft_with_image(page, image):
    """A new revision of `page` that adds `image` (saved, not published)."""
    page = StandardPage.objects.get(pk=page.pk)
    page.body = [factories.paragraph(), factories.image_block(image)]
    return page.save_revision()


def form_data(title, slug, image, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "",
            "body": streamfield(
                [("image", {"image": image.pk, "alt_text": "Elever spiller", "caption": ""})]
            ),
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def test_one_step_publish_of_a_new_page_keeps_it_a_draft(adviser_client, photo, home):
    data = form_data("Ny side", "ny-side", photo, "action-publish")
    response = adviser_client.post(
        f"/admin/pages/add/core/standardpage/{home.pk}/", data, follow=True
    )

    assert response.status_code == 200
    (message,) = [text for text in messages_of(response) if REFUSED in text]
    assert "«Elever på scenen»" in message
    page = StandardPage.objects.get(slug="ny-side")
    assert not page.live and page.live_revision is None
    assert [block.value["image"].pk for block in page.get_latest_revision_as_object().body] == [
        photo.pk
    ]
    assert adviser_client.get("/ny-side/").status_code == 404


def test_admin_api_publish_answers_400_with_the_message(adviser_client, photo, page):
    draft_with_image(page, photo)
    response = adviser_client.post(
        f"/admin/api/main/pages/{page.pk}/action/publish/", "{}", content_type="application/json"
    )

    assert response.status_code == 400
    assert "«Elever på scenen»" in json.dumps(response.json(), ensure_ascii=False)
    assert REFUSED in json.dumps(response.json(), ensure_ascii=False)
    assert live_image_ids(page) == []


def test_publish_page_revision_action_raises_the_message(photo, page):
    revision = draft_with_image(page, photo)
    with pytest.raises(ImageConsentError, match="Elever på scenen"):
        PublishPageRevisionAction(revision).execute()
    assert live_image_ids(page) == []
    assert StandardPage.objects.get(pk=page.pk).live_revision_id != revision.pk


def live_page_whose_image_lost_consent():
    image = factories.KbImageFactory(title="Korøvelse")
    page = factories.StandardPageFactory(
        title="Koret", slug="koret", body=[factories.image_block(image)]
    )
    withdraw(image)
    return page, image


def copy_form(home, **extra):
    return {
        "new_title": "Koret (kopi)",
        "new_slug": "koret-kopi",
        "new_parent_page": home.pk,
        **extra,
    }


def test_publish_copies_keeps_the_copy_a_draft(adviser_client, home):
    page, _image = live_page_whose_image_lost_consent()
    response = adviser_client.post(
        f"/admin/pages/{page.pk}/copy/", copy_form(home, publish_copies="on"), follow=True
    )

    assert response.status_code == 200
    copy = StandardPage.objects.get(slug="koret-kopi")
    assert not copy.live
    assert any(
        "lagret som utkast" in text and "«Korøvelse»" in text for text in messages_of(response)
    )


def test_an_alias_of_such_a_page_stays_a_draft(adviser_client, home):
    page, _image = live_page_whose_image_lost_consent()
    response = adviser_client.post(
        f"/admin/pages/{page.pk}/copy/", copy_form(home, alias="on"), follow=True
    )

    assert response.status_code == 200
    alias = StandardPage.objects.get(alias_of=page)
    assert not alias.live
    assert any("«Korøvelse»" in text for text in messages_of(response))


def test_aliases_are_not_updated_when_the_source_may_not_publish(photo, page, home):
    alias = page.create_alias(parent=home, update_slug="om-kulturskolen-alias")
    assert alias.live
    with pytest.raises(ImageConsentError):
        draft_with_image(page, photo).publish()
    alias = StandardPage.objects.get(pk=alias.pk)
    assert alias.live and [block.block_type for block in alias.body] == ["paragraph"]


def test_bulk_publish_publishes_none_and_says_which(adviser_client, photo):
    blocked = factories.StandardPageFactory(
        title="Med bilde", body=[factories.image_block(photo)], draft=True
    )
    fine = factories.StandardPageFactory(title="Uten bilde", draft=True)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={blocked.pk}&id={fine.pk}&next=/admin/pages/"
    response = adviser_client.post(url, {"include_descendants": ""}, follow=True)

    assert response.status_code == 200
    (message,) = [text for text in messages_of(response) if "Ingen sider ble publisert" in text]
    assert "«Med bilde» («Elever på scenen»)" in message
    assert not Page.objects.get(pk=blocked.pk).live
    assert not Page.objects.get(pk=fine.pk).live


def test_bulk_publish_without_such_images_still_works(adviser_client):
    draft = factories.StandardPageFactory(title="Uten bilde", draft=True)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}&next=/admin/pages/"
    response = adviser_client.post(url, {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    assert Page.objects.get(pk=draft.pk).live


def schedule(page, hours_ago):
    revision = page.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(hours=hours_ago)
    revision.save()
    return revision


def test_scheduled_publishing_skips_and_reports_the_page_and_goes_on(photo):
    blocked = factories.StandardPageFactory(
        title="Med bilde", body=[factories.image_block(photo)], draft=True
    )
    fine = factories.StandardPageFactory(title="Uten bilde", draft=True)
    blocked_revision = schedule(blocked, hours_ago=2)  # first in line
    schedule(fine, hours_ago=1)
    stdout, stderr = io.StringIO(), io.StringIO()

    call_command("publish_scheduled", stdout=stdout, stderr=stderr)

    assert Page.objects.get(pk=fine.pk).live
    assert not Page.objects.get(pk=blocked.pk).live
    assert "Hoppet over «Med bilde»" in stderr.getvalue()
    assert "«Elever på scenen»" in stderr.getvalue()
    blocked_revision.refresh_from_db()
    assert blocked_revision.approved_go_live_at is not None  # still scheduled

    # Once consent is given, the next run publishes it.
    photo.consent_confirmed = True
    photo.save()
    call_command("publish_scheduled", stdout=stdout, stderr=stderr)
    assert Page.objects.get(pk=blocked.pk).live


def test_reverting_to_a_revision_with_the_image_and_publishing_is_refused(adviser_client, page):
    image = factories.KbImageFactory(title="Korøvelse")
    old = draft_with_image(page, image)
    old.publish()
    current = StandardPage.objects.get(pk=page.pk)
    current.body = [factories.paragraph()]
    current.save_revision().publish()
    withdraw(image)

    data = form_data(page.title, page.slug, image, "action-publish")
    response = adviser_client.post(
        f"/admin/pages/{page.pk}/revisions/{old.pk}/revert/", data, follow=True
    )

    assert response.status_code == 200
    assert any(REFUSED in text and "«Korøvelse»" in text for text in messages_of(response))
    assert live_image_ids(page) == []


def story_in_moderation(editor, image):
    story = factories.CaseStoryPageFactory(
        parent=editor.municipality, image=image, draft=True, owner=editor
    )
    story.get_workflow().start(story, editor)
    return story


def test_approving_in_the_editor_does_not_publish(adviser_client, editor):
    image = factories.KbImageFactory(title="Korøvelse")
    story = story_in_moderation(editor, image)
    withdraw(image)

    data = story_form_data(story.title, slug=story.slug, image=image)
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    response = adviser_client.post(f"/admin/pages/{story.pk}/edit/", data, follow=True)

    assert response.status_code == 200
    assert any("ikke godkjent" in text and "«Korøvelse»" in text for text in messages_of(response))
    story = CaseStoryPage.objects.get(pk=story.pk)
    assert not story.live
    assert story.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_approving_new_content_with_such_an_image_is_undone(adviser, editor, photo):
    """The form can ask to approve together with content the task has not seen."""
    story = story_in_moderation(editor, image=None)
    story = CaseStoryPage.objects.get(pk=story.pk)
    story.image = photo
    story.save_revision(user=adviser)
    task = story.current_workflow_task
    task.on_action(story.current_workflow_task_state, adviser, "approve")

    story = CaseStoryPage.objects.get(pk=story.pk)
    assert not story.live
    assert story.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
