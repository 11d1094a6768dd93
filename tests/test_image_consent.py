"""An image without a credit and confirmed consent cannot be published."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from kb.core.models import StandardPage

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo():
    return factories.KbImageFactory(title="Elever på scenen", without_consent=True)


@pytest.fixture
def page():
    return factories.StandardPageFactory(body=[factories.paragraph()])


def error_messages(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(item.get_text().split()) for item in soup.select(".messages .error")]


def edit_with_image(client, page, image, action):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield(
                [("image", {"image": image.pk, "alt_text": "Elever spiller", "caption": ""})]
            ),
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)


def live_image_ids(page):
    page = StandardPage.objects.get(pk=page.pk)
    return [block.value["image"].pk for block in page.body if block.block_type == "image"]


def test_publishing_is_refused_without_consent_and_the_draft_is_kept(admin_client, photo, page):
    response = edit_with_image(admin_client, page, photo, "action-publish")

    assert response.status_code == 200
    (message,) = error_messages(response)
    assert "kan ikke publiseres" in message
    assert "«Elever på scenen»" in message
    assert live_image_ids(page) == []  # the live page is unchanged
    draft = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [block.value["image"].pk for block in draft.body] == [photo.pk]  # nothing lost


def test_publishing_works_once_consent_is_confirmed(admin_client, photo, page):
    photo.consent_confirmed = True
    photo.save()
    response = edit_with_image(admin_client, page, photo, "action-publish")

    assert response.status_code == 200
    assert error_messages(response) == []
    assert live_image_ids(page) == [photo.pk]


def test_missing_credit_blocks_publishing_too(admin_client, page):
    photo = factories.KbImageFactory(title="Uten kreditering", without_credit=True)
    response = edit_with_image(admin_client, page, photo, "action-publish")
    assert "«Uten kreditering»" in error_messages(response)[0]
    assert live_image_ids(page) == []


def test_saving_a_draft_with_such_an_image_is_allowed(admin_client, photo, page):
    response = edit_with_image(admin_client, page, photo, "action-save")
    assert response.status_code == 200
    assert error_messages(response) == []
    assert StandardPage.objects.get(pk=page.pk).has_unpublished_changes


def test_publishing_outside_the_editor_is_refused(photo, page):
    """Workflow approval and scheduled publishing call Revision.publish directly."""
    page.body = [("image", {"image": photo, "alt_text": "", "caption": ""})]
    revision = page.save_revision()
    with pytest.raises(ValidationError, match="Elever på scenen"):
        revision.publish()
    assert live_image_ids(page) == []


def test_the_factories_publish_through_the_same_rule(photo):
    with pytest.raises(ValidationError, match="Elever på scenen"):
        factories.StandardPageFactory(body=[factories.image_block(photo)])
    draft = factories.StandardPageFactory(body=[factories.image_block(photo)], draft=True)
    assert not draft.live
