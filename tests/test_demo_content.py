"""load_demo_content builds the whole site from kb/demo/content and running it again
changes nothing (tests/test_demo_files.py: a mistake in a file stops it).

The demo is loaded once for this module (it takes seconds), inside a transaction that is
rolled back when the module is done, so nothing leaks into other tests. It does not rely
on tests/conftest.py having loaded it; if it has, the load here is a second run.

Its generated images are drawn small here (TEST_IMAGE_SIZE): rendering every page makes
each image's renditions, and AVIF at the demo's full 1200×800 takes most of a second per
rendition. The pictures themselves are checked at full size in tests/test_images.py."""

import functools
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.http import HttpRequest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, Revision, Site

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.conferences.models import EventPage, EventSeriesPage
from kb.core.models import FooterLinks
from kb.demo import images
from kb.demo.loader import DEMO_PASSWORD, DEMO_USERS, MEMBERS_COLLECTION
from kb.demo.reader import read_content
from kb.methods.models import MethodPage
from kb.themes.models import Theme


@pytest.fixture(scope="module")
def content_files():
    """The demo content as read from kb/demo/content."""
    return read_content()


TEST_IMAGE_SIZE = (240, 160)


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """Loads the demo once for the module (with small images); rolled back at the end of
    the module."""
    small_images = functools.partial(images.abstract_png, size=TEST_IMAGE_SIZE)
    with (
        pytest.MonkeyPatch.context() as patch,
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        patch.setattr(images, "abstract_png", small_images)
        output = StringIO()
        call_command("load_demo_content", force=True, stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


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


def test_output_shows_progress_and_credentials(demo):
    assert "Demoinnhold [###" in demo  # the progress bar, filled
    assert "Demoinnhold klart" in demo or "ingenting endret" in demo
    assert f"passord for alle: {DEMO_PASSWORD}" in demo
    for username, description, _role in DEMO_USERS:
        assert f"{username:<15} {description}" in demo


def test_running_it_again_changes_nothing(demo):
    before = snapshot()
    output = StringIO()
    call_command("load_demo_content", force=True, stdout=output)
    assert snapshot() == before
    assert "ingenting endret" in output.getvalue()


def test_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_content", stdout=StringIO())


@pytest.mark.parametrize(("username", "role"), [(user, role) for user, _d, role in DEMO_USERS])
def test_every_demo_user_can_log_in_with_the_printed_credentials(demo, client, username, role):
    # django-axes checks every authenticate() and needs the request it comes with.
    assert client.login(request=HttpRequest(), username=username, password=DEMO_PASSWORD)
    # The member reads the members-only material on the site; the admin is not for them.
    assert client.get("/admin/").status_code == (302 if role == "member" else 200)


def test_every_file_became_a_page(demo, content_files):
    home = Page.objects.get(depth=2)
    for page_file in content_files.pages:
        url = "/".join(page_file.url) + "/" if page_file.url else ""
        page = Page.objects.get(url_path=home.url_path + url).specific
        assert isinstance(page, page_file.model)
        assert page.live
        assert page.title == page_file.values["title"]


def test_the_whole_tree_is_there(demo, content_files):
    assert MunicipalityPage.objects.live().count() == 41
    assert MunicipalityPage.objects.get(number="1804").title == "Bodø"
    assert not MunicipalityPage.objects.filter(sponsor=None).exists()
    assert list(Theme.objects.values_list("slug", flat=True)) == [
        theme["slug"] for theme in content_files.themes
    ]
    assert MethodPage.objects.live().count() == len(content_files.of_type(MethodPage)) == 21
    assert CaseStoryPage.objects.live().count() == len(content_files.of_type(CaseStoryPage)) == 10
    stories = CaseStoryPage.objects.live()
    assert len({story.get_parent().pk for story in stories}) >= 5
    conference = EventPage.objects.get(slug="lederkonferansen-2025")
    assert len(conference.programme) == 7
    series = EventSeriesPage.objects.get(slug="digital-formiddagskaffe")
    assert EventPage.objects.child_of(series).live().count() == 6


def test_the_sections_are_in_the_menu_and_the_standard_pages_keep_their_slugs(demo):
    home = Page.objects.get(depth=2)
    children = home.get_children()
    in_menu = list(children.filter(show_in_menus=True).values_list("slug", flat=True))
    assert in_menu == ["metoder", "erfaringer", "konferanser", "tema"]
    assert {"om", "tilgjengelighetserklaering", "personvern"} <= set(
        children.values_list("slug", flat=True)
    )


def test_every_method_names_its_source(demo):
    methods = MethodPage.objects.live()
    assert not methods.filter(source_title="").exists()
    assert not methods.filter(source_url="").exists()
    for method in methods:
        assert method.source_url.startswith("https://"), method.slug


def test_every_demo_story_and_programme_is_marked_as_an_example(demo):
    assert not CaseStoryPage.objects.filter(is_example=False).exists()
    assert not EventPage.objects.filter(is_example=False).exists()


def test_demo_images_are_generated_with_credit_and_consent(demo):
    images = get_image_model().objects.all()
    assert images.count() == 5
    for image in images:
        assert image.publishable
        assert image.file.name.endswith(".png")
    assert not CaseStoryPage.objects.filter(image=None).exists()


def test_demo_documents_have_a_real_text_layer(demo):
    import io

    from pypdf import PdfReader

    from .helpers import needs_pango

    needs_pango()
    documents = get_document_model().objects.all()
    assert documents.exists()
    for document in documents:
        with document.file.open("rb") as file:
            reader = PdfReader(io.BytesIO(file.read()))
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        material = document.title.split(": ")[-1]
        assert material in text, document.title
        assert "Demomateriale" in text
    plan = documents.get(title__endswith="Handlingsplan 2024–2025 i kortversjon")
    with plan.file.open("rb") as file:
        assert (
            "Handlingsplan 2024–2025" in PdfReader(io.BytesIO(file.read())).pages[0].extract_text()
        )


def test_members_only_material_is_in_the_restricted_collection(demo):
    collection = Collection.objects.get(name=MEMBERS_COLLECTION)
    assert collection.get_view_restrictions().filter(restriction_type="login").exists()
    members_only = get_document_model().objects.filter(collection=collection)
    assert set(members_only.values_list("title", flat=True)) == {
        "Lederkonferansen 2025: Oppsummering fra bordene",
    }


def test_the_home_page_features_methods_and_stories(demo):
    home = Page.objects.get(depth=2).specific
    assert [item.page.slug for item in home.featured_methods.all()] == [
        "ks-modell-for-samskapende-sosial-innovasjon",
        "samson-egenvurdering",
        "soimpact-maling-av-sosial-verdi",
    ]
    assert home.featured_stories.count() == 3


def test_every_demo_page_renders_for_an_anonymous_visitor(demo, client, content_files):
    urls = [page.url for page in Page.objects.live().filter(depth__gte=2).specific()]
    assert len(urls) == len(content_files.pages)
    failures = {url: client.get(url).status_code for url in urls}
    assert {url: status for url, status in failures.items() if status != 200} == {}


def test_the_footer_links_the_standard_pages(demo):
    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    assert [footer.about_page.slug, footer.accessibility_page.slug, footer.privacy_page.slug] == [
        "om",
        "tilgjengelighetserklaering",
        "personvern",
    ]
    assert footer.glossary_page.slug == "begreper"
