"""load_demo_content builds the whole site, and running it again changes nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, Revision

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.conferences.models import EventPage, EventSeriesPage
from kb.demo.loader import DEMO_PASSWORD, DEMO_USERS
from kb.methods.models import MethodPage
from kb.themes.models import Theme

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "themes": list(Theme.objects.values_list("slug", flat=True)),
        "users": list(get_user_model().objects.values_list("username", "password")),
    }


def test_running_it_twice_changes_nothing():
    # The test database already holds one run (tests/conftest.py); this is the second.
    before = snapshot()
    output = StringIO()
    call_command("load_demo_content", force=True, stdout=output)
    assert snapshot() == before
    assert "ingenting endret" in output.getvalue()


def test_output_shows_progress_and_credentials():
    output = StringIO()
    call_command("load_demo_content", force=True, stdout=output)
    text = output.getvalue()
    assert "[" in text and "]" in text  # the progress bar
    assert DEMO_PASSWORD in text
    for username, _description, _role in DEMO_USERS:
        assert username in text


def test_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_content", stdout=StringIO())


@pytest.mark.parametrize("username", [username for username, _d, _r in DEMO_USERS])
def test_every_demo_user_can_log_in_with_the_printed_credentials(client, username):
    assert client.login(username=username, password=DEMO_PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_the_whole_tree_is_there():
    assert MunicipalityPage.objects.live().count() == 41
    assert MunicipalityPage.objects.get(number="1804").title == "Bodø"
    assert Theme.objects.count() == 10

    methods = MethodPage.objects.live()
    assert methods.count() >= 12
    for slug in (
        "ks-modell-for-samskapende-sosial-innovasjon",
        "samson-egenvurdering",
        "soimpact-maling-av-sosial-verdi",
    ):
        assert methods.filter(slug=slug).exists()
    assert not methods.filter(source_title="").exists()

    stories = CaseStoryPage.objects.live()
    assert stories.count() >= 8
    assert not stories.filter(is_example=False).exists()
    municipalities = {story.get_parent().pk for story in stories}
    assert len(municipalities) >= 5

    conference = EventPage.objects.get(slug="lederkonferansen-2025")
    assert len(conference.programme) >= 3
    series = EventSeriesPage.objects.get(slug="digital-formiddagskaffe")
    assert EventPage.objects.child_of(series).live().count() >= 3


def test_demo_images_are_generated_with_credit_and_consent():
    images = get_image_model().objects.all()
    assert images.exists()
    for image in images:
        assert image.publishable
        assert image.file.name.endswith(".png")
