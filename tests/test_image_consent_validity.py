"""Consent lasts only while it is valid: who gave it, for what, until when. An image whose
consent is withdrawn or has lapsed leaves every public page and its rendition files go;
renewing brings it back; the daily command warns a month before and on the day, once."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from kb.core.images import KbImage, KbRendition, one_year_after
from kb.core.models import ContentVersion

from . import factories
from .helpers import png_upload

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days(n):
    return TODAY() + datetime.timedelta(days=n)


def picture_sources(client, url):
    """The image file URLs on the public page at `url` (every <img> and <source>)."""
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    urls = [img["src"] for img in main.find_all("img")]
    for source in main.find_all("source"):
        urls += [part.split()[0] for part in source["srcset"].split(",")]
    return urls


def stored_rendition_files(image):
    return [rendition.file.name for rendition in KbRendition.objects.filter(image=image)]


@pytest.fixture
def run_daily_consent_check(django_capture_on_commit_callbacks):
    """The command, with what waits for the commit (e-mail, file deletion) done."""

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("expire_image_consent", stdout=io.StringIO())

    return run


@pytest.fixture
def story(municipality):
    image = factories.KbImageFactory(title="Korøvelse", collection=municipality.access.collection)
    return factories.CaseStoryPageFactory(parent=municipality, image=image)


def test_a_lapsed_consent_takes_the_image_off_and_renewal_brings_it_back(
    client, story, run_daily_consent_check
):
    image = story.image
    url = story.url
    assert picture_sources(client, url)  # shown while consent is valid
    files = stored_rendition_files(image)
    assert files and all(default_storage.exists(name) for name in files)

    # The day after the last valid day: gone from the page at once, before the daily run.
    KbImage.objects.filter(pk=image.pk).update(consent_valid_until=days(-1))
    assert picture_sources(client, url) == []
    assert picture_sources(client, story.get_parent().url) == []  # the story card too

    version = ContentVersion.current()
    run_daily_consent_check()
    image.refresh_from_db()
    assert not image.consent_confirmed  # withdrawn, not deleted
    assert KbRendition.objects.filter(image=image).count() == 0
    assert not any(default_storage.exists(name) for name in files)  # rendition URLs 404
    assert default_storage.exists(image.file.name)  # the original is kept
    assert ContentVersion.current() != version  # the page cache is read afresh

    # Renewed in the admin: the photo is back.
    admin = factories.AdviserFactory()
    client.force_login(admin)
    response = client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "collection": image.collection_id,
            "credit": image.credit,
            "consent_confirmed": "on",
            "consent_given_by": "guardian",
            "consent_purpose": "Publisering i Samskapingsbanken",
            "consent_given_on": TODAY().isoformat(),
            "consent_valid_until": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    client.logout()
    image.refresh_from_db()
    assert image.consent_valid_until == one_year_after(TODAY())
    assert picture_sources(client, url)


def test_unticking_consent_removes_the_image_and_its_renditions_at_once(
    client, story, django_capture_on_commit_callbacks
):
    image = story.image
    assert picture_sources(client, story.url)
    files = stored_rendition_files(image)
    version = ContentVersion.current()

    with django_capture_on_commit_callbacks(execute=True):
        image.consent_confirmed = False
        image.save()

    assert picture_sources(client, story.url) == []
    assert not any(default_storage.exists(name) for name in files)
    assert ContentVersion.current() != version


def test_a_rendition_made_after_withdrawal_has_a_name_nobody_saw(
    django_capture_on_commit_callbacks,
):
    image = factories.KbImageFactory()
    before = image.get_rendition("max-165x165").file.name
    with django_capture_on_commit_callbacks(execute=True):
        image.consent_confirmed = False
        image.save()
    after = KbImage.objects.get(pk=image.pk).get_rendition("max-165x165").file.name

    assert after != before and after.startswith("images/")
    assert not default_storage.exists(before)


def image_form(image, **values):
    return {
        "title": image.title,
        "collection": image.collection_id,
        "credit": "Foto: Kari Nordmann",
        "consent_confirmed": "on",
        "consent_given_by": "person",
        "consent_purpose": "Publisering i Samskapingsbanken",
        "consent_given_on": "",
        "consent_valid_until": "",
        **values,
    }


def test_the_image_form_explains_and_checks_consent(adviser_client):
    response = adviser_client.get("/admin/images/add/")
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert "Foresatte (for barn under 15 år)" in text
    assert "Tomt: ett år fra datoen samtykket ble gitt" in text
    assert "forsvinner da straks fra alle sider" in text

    response = adviser_client.post(
        "/admin/images/add/",
        {
            "title": "Uten samtykkegiver",
            "file": png_upload(),
            "collection": factories.root_collection().pk,
            "credit": "Foto: test",
            "consent_confirmed": "on",
            "consent_valid_until": days(-3).isoformat(),
        },
    )
    assert response.status_code == 200
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert "Si hvem som har gitt samtykket." in text
    assert not KbImage.objects.filter(title="Uten samtykkegiver").exists()


def test_a_past_end_date_is_refused_with_a_message(adviser_client):
    image = factories.KbImageFactory()
    response = adviser_client.post(
        f"/admin/images/{image.pk}/",
        image_form(image, consent_valid_until=days(-1).isoformat()),
    )
    assert response.status_code == 200
    assert "Samtykket har gått ut" in response.content.decode()


@pytest.fixture
def people(municipality, editor, adviser):
    other_editor = factories.EditorFactory()  # another municipality's
    return editor, adviser, other_editor


def mails_about(title):
    return [message for message in mail.outbox if title in message.subject]


def test_the_daily_check_warns_a_month_before_once(municipality, people, run_daily_consent_check):
    editor, adviser, other_editor = people
    image = factories.KbImageFactory(
        title="Korøvelse", collection=municipality.access.collection, consent_valid_until=days(30)
    )
    factories.KbImageFactory(title="Senere", consent_valid_until=days(31))

    run_daily_consent_check()
    warnings = mails_about("Korøvelse")
    assert sorted(address for message in warnings for address in message.to) == sorted(
        [editor.email, adviser.email]
    )
    assert "går ut" in warnings[0].subject
    assert f"/admin/images/{image.pk}/" in warnings[0].body
    assert not mails_about("Senere")

    run_daily_consent_check()  # the same day again, or the next day
    assert len(mails_about("Korøvelse")) == 2

    # Renewed for a year: the next warning comes a month before the new date.
    KbImage.objects.filter(pk=image.pk).update(consent_valid_until=days(20))
    run_daily_consent_check()
    assert len(mails_about("Korøvelse")) == 4


def test_the_daily_check_withdraws_on_the_day_once(
    municipality, people, story, run_daily_consent_check
):
    editor, adviser, _other_editor = people
    image = story.image
    KbImage.objects.filter(pk=image.pk).update(
        consent_valid_until=days(-1), consent_reminder_sent_for=days(-1)
    )

    run_daily_consent_check()
    notices = mails_about("Korøvelse")
    assert {address for message in notices for address in message.to} == {
        editor.email,
        adviser.email,
    }
    assert "tatt ned" in notices[0].subject
    assert "ikke slettet" in notices[0].body
    assert f"- {story.title}" in notices[0].body  # the public page that now shows no photo
    image.refresh_from_db()
    assert not image.consent_confirmed

    run_daily_consent_check()
    assert len(mails_about("Korøvelse")) == 2


def test_images_without_people_need_no_end_date(run_daily_consent_check):
    image = factories.KbImageFactory(
        consent_given_by="not_needed", consent_valid_until=None, consent_given_on=None
    )
    run_daily_consent_check()
    image.refresh_from_db()
    assert image.consent_is_valid and image.consent_confirmed
    assert mail.outbox == []


def test_the_daily_housekeeping_runs_the_check_before_scheduled_publishing():
    names = [command[0] for command in settings.DAILY_COMMANDS]
    assert names.index("expire_image_consent") < names.index("publish_scheduled")
