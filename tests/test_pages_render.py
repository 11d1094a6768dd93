"""Every page type renders with the demo content, as a visitor gets it."""

import pytest
from django.template.loader import render_to_string
from django.utils.html import escape

from home.models import HomePage
from kb.cases.models import CaseIndexPage, CaseStoryPage, MunicipalityPage
from kb.conferences.models import ConferenceIndexPage, EventPage, EventSeriesPage
from kb.core.models import StandardPage
from kb.methods.models import MethodIndexPage, MethodPage
from kb.themes.models import ITEMS_PER_KIND, Theme, ThemeIndexPage

pytestmark = pytest.mark.django_db


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.text


def test_home_page(client):
    home = HomePage.objects.get()
    html = get(client, home)
    for featured in home.featured_methods.all():
        assert escape(featured.page.title) in html
    assert 'action="/sok/"' in html
    for theme in Theme.objects.all():
        assert escape(theme.name) in html


@pytest.mark.parametrize(
    "model", [MethodIndexPage, CaseIndexPage, ConferenceIndexPage, ThemeIndexPage, StandardPage]
)
def test_section_pages(client, model):
    for page in model.objects.live():
        html = get(client, page)
        assert f"<h1>{escape(page.title)}" in html.replace('<h1 class="page-title">', "<h1>")


def test_method_page_shows_facts_steps_and_source(client):
    page = MethodPage.objects.get(slug="samson-egenvurdering")
    html = get(client, page)
    assert escape(page.get_phase_display()) in html
    assert escape(page.source_title) in html
    for step in page.steps:
        assert escape(step.value["title"]) in html
    for story in page.case_stories.live():
        assert escape(story.title) in html


def test_municipality_page_lists_its_stories(client):
    story = CaseStoryPage.objects.live().first()
    municipality = story.get_parent().specific
    html = get(client, municipality)
    assert municipality.number in html
    assert escape(story.title) in html


def test_case_story_page_is_labelled_as_example_and_hides_contacts_without_consent(client):
    for story in CaseStoryPage.objects.live():
        html = get(client, story)
        assert "Eksempel" in html
        assert escape(story.municipality.title) in html
        for result in story.results.all():
            assert escape(result.indicator) in html
        for partner in story.partners.all():
            assert (
                f"<li>{escape(partner.name)} – {partner.get_sector_display().lower()}</li>" in html
            )
        if story.contact_name:
            assert (escape(story.contact_name) in html) == story.contact_consent


def test_case_story_images_have_alt_text_and_credit(client):
    story = CaseStoryPage.objects.live().exclude(image=None).first()
    html = get(client, story)
    assert escape(story.image.credit) in html
    assert "<img" in html and 'alt=""' not in html.split("<main", 1)[1]


def test_event_page_shows_programme_and_materials(client):
    event = EventPage.objects.get(slug="lederkonferansen-2025")
    html = get(client, event)
    assert "<li>KS Nord (invitert medarrangør) – medarrangør</li>" in html
    for session in event.programme:
        assert escape(session.value["title"]) in html
        for material in session.value["materials"]:
            assert escape(material["title"]) in html
            if material.members_only:
                assert "krever innlogging" in html


def test_event_series_lists_episodes(client):
    series = EventSeriesPage.objects.get(slug="digital-formiddagskaffe")
    html = get(client, series)
    episodes = EventPage.objects.child_of(series).live()
    assert episodes.count() >= 3
    for episode in episodes:
        assert escape(episode.title) in html


def test_theme_landing_pages(client):
    index = ThemeIndexPage.objects.get()
    for theme in Theme.objects.all():
        response = client.get(theme.get_url())
        assert response.status_code == 200
        assert escape(theme.name) in response.text
        for related, listing in (
            (theme.method_pages, "/metoder/"),
            (theme.case_stories, "/erfaringer/"),
            (theme.event_pages, "/konferanser/"),
        ):
            pages = related.live()
            if pages.count() <= ITEMS_PER_KIND:
                for page in pages:
                    assert escape(page.title) in response.text
            else:
                assert f"Viser {ITEMS_PER_KIND} av {pages.count()}" in response.text
                assert f"{listing}?tema={theme.slug}" in response.text
    assert client.get(index.url + "finnes-ikke/").status_code == 404


def test_members_only_material_needs_login(client, django_user_model):
    event = EventPage.objects.get(slug="lederkonferansen-2025")
    restricted = [
        material
        for session in event.programme
        for material in session.value["materials"]
        if material.members_only
    ]
    assert restricted, "the demo programme has members-only material"
    response = client.get(restricted[0].href)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]
    user = django_user_model.objects.create_user("medlem", password="x" * 12)
    client.force_login(user)
    assert client.get(restricted[0].href).status_code == 200


def test_not_found_page_is_norwegian(client):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.text


def test_server_error_page_is_norwegian_and_standalone():
    html = render_to_string("500.html")
    assert 'lang="nb"' in html
    assert "Noe gikk galt" in html


def test_sitemap_lists_pages_and_themes(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/metoder/samson-egenvurdering/" in response.text
    assert "/tema/samskaping/" in response.text


def test_every_municipality_page_renders(client):
    for page in MunicipalityPage.objects.live():
        get(client, page)
