"""Every page type renders what its visitor needs, built from factories."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from home.models import FeaturedMethod, FeaturedStory
from kb.cases.models import CaseIndexPage
from kb.conferences.models import ConferenceIndexPage, EventOrganiser
from kb.methods.models import MethodIndexPage
from kb.themes.models import ITEMS_PER_KIND, ThemeIndexPage

from . import factories
from .factories import material, session, step
from .helpers import text

pytestmark = pytest.mark.django_db


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [text(element) for element in elements]


def section(soup, heading_id):
    heading = soup.find(id=heading_id)
    assert heading is not None, f"#{heading_id} is missing"
    return heading.find_parent("section")


def card_titles(container):
    return texts(container.select(".card__title a"))


def test_home_page(client, home):
    methods = [factories.MethodPageFactory(), factories.MethodPageFactory()]
    story = factories.CaseStoryPageFactory()
    event = factories.EventPageFactory()
    themes = factories.ThemeFactory.create_batch(2)
    home.featured_methods = [FeaturedMethod(page=method) for method in methods]
    home.featured_stories = [FeaturedStory(page=story)]
    home.save_revision().publish()

    soup = get(client, home.url)
    assert soup.select_one("form[role=search]")["action"] == "/sok/"
    assert card_titles(section(soup, "home-methods")) == [m.title for m in methods]
    assert card_titles(section(soup, "home-stories")) == [story.title]
    assert card_titles(section(soup, "home-event")) == [event.title]
    links = section(soup, "home-themes").find_all("a")
    assert [(link["href"], text(link)) for link in links] == [
        (f"/tema/{theme.slug}/", theme.name) for theme in themes
    ]


def test_home_page_leaves_out_featured_pages_that_are_not_live(client, home):
    method = factories.MethodPageFactory()
    home.featured_methods = [FeaturedMethod(page=method)]
    home.save_revision().publish()
    method.unpublish()
    soup = get(client, home.url)
    assert soup.find(id="home-methods") is None
    assert method.title not in soup.get_text()


SECTIONS = [MethodIndexPage, CaseIndexPage, ConferenceIndexPage, ThemeIndexPage]


@pytest.mark.parametrize(
    "model", [*SECTIONS, "StandardPage"], ids=lambda m: getattr(m, "__name__", m)
)
def test_section_pages(client, model):
    page = factories.StandardPageFactory() if model == "StandardPage" else model.objects.get()
    soup = get(client, page.url)
    assert texts(soup.find_all("h1")) == [page.title]


def test_method_page_shows_facts_steps_and_source(client):
    steps = [step("Inviter bredt"), step("Samtal i runder"), step("Oppsummer sammen")]
    method = factories.MethodPageFactory(phase="evaluering", steps=steps, source_page="")
    story = factories.CaseStoryPageFactory(methods_used=[method])
    draft = factories.CaseStoryPageFactory(methods_used=[method], draft=True)

    soup = get(client, method.url)
    facts = dict(zip(texts(soup.select(".facts dt")), texts(soup.select(".facts dd")), strict=True))
    assert facts["Fase"] == "Evaluering og måling av verdi"
    assert facts["Tidsbruk"] == "2–3 timer"
    assert facts["Deltakere"] == "8–30 deltakere"
    assert facts["Målgrupper"] == "Ansatte og partnere"
    assert facts["Kan gjennomføres digitalt"] == "Nei"
    assert text(soup.select_one(".source")) == f"{method.source_title}."
    licence = soup.select_one(".source__licence a[rel=license]")
    assert (text(licence), licence["href"]) == (
        "CC BY-NC-SA 4.0",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.no",
    )
    assert soup.select_one(".source a")["href"] == method.source_url
    assert texts(soup.select("ol.steps .steps__title")) == [s[1]["title"] for s in steps]
    assert card_titles(section(soup, "method-stories")) == [story.title]
    assert draft.title not in soup.get_text()


def test_method_page_links_related_methods_both_ways(client):
    named = factories.MethodPageFactory()
    naming = factories.MethodPageFactory(related_methods=[named])
    for page, other in ((naming, named), (named, naming)):
        assert card_titles(section(get(client, page.url), "method-related")) == [other.title]


def test_a_method_pages_related_pages_follow_publishing_at_once(client):
    """A method page keeps its related methods and stories under the content version: read
    again it does not look them up, and a publish or an unpublish shows at once."""
    method = factories.MethodPageFactory()
    named = factories.MethodPageFactory(title="Fremtidsverksted")
    assert get(client, method.url).find(id="method-stories") is None  # no section without any
    with CaptureQueriesContext(connection) as read_again:
        get(client, method.url)
    assert "related_methods" not in " ".join(query["sql"] for query in read_again)
    method.related_methods = [named]
    method.save_revision().publish()
    story = factories.CaseStoryPageFactory(title="Fremtidsverksted i Rødøy", methods_used=[method])
    soup = get(client, method.url)
    assert card_titles(section(soup, "method-related")) == [named.title]
    assert card_titles(section(soup, "method-stories")) == [story.title]
    named.unpublish()
    story.unpublish()
    soup = get(client, method.url)
    assert soup.find(id="method-related") is None
    assert soup.find(id="method-stories") is None


def test_a_storys_methods_follow_publishing_at_once(client):
    """A story keeps the cards of the methods it used under the content version, as a
    method page its related pages."""
    method = factories.MethodPageFactory(title="Fremtidsverksted")
    story = factories.CaseStoryPageFactory(methods_used=[method])
    assert card_titles(section(get(client, story.url), "story-methods")) == [method.title]
    with CaptureQueriesContext(connection) as read_again:
        get(client, story.url)
    assert "methods_methodpage" not in " ".join(query["sql"] for query in read_again)
    method.title = "Fremtidsverksted for lærere"
    method.save_revision().publish()
    assert card_titles(section(get(client, story.url), "story-methods")) == [method.title]
    method.unpublish()
    assert get(client, story.url).find(id="story-methods") is None


def test_a_preview_shows_the_methods_chosen_in_the_editor(rf):
    """A preview renders the page as edited, its relations still in memory, not saved."""
    chosen = factories.MethodPageFactory(title="Fremtidsverksted for lærere")
    method = factories.MethodPageFactory()
    method.related_methods = [chosen]
    story = factories.CaseStoryPageFactory()
    story.methods_used = [chosen]
    for page, heading_id in ((method, "method-related"), (story, "story-methods")):
        response = page.make_preview_request(rf.get("/"))
        soup = BeautifulSoup(response.content, "html.parser")
        assert card_titles(section(soup, heading_id)) == [chosen.title]


@pytest.mark.parametrize("sami", [True, False], ids=["with-sami-name", "without"])
def test_municipality_page_lists_its_stories(client, sami):
    fields = {"sami_name": "Bådåddjo" if sami else "", "sami_language": "smj" if sami else ""}
    municipality = factories.MunicipalityPageFactory(**fields)
    older = factories.CaseStoryPageFactory(parent=municipality)
    newer = factories.CaseStoryPageFactory(
        parent=municipality, period_start=datetime.date(2025, 1, 6)
    )
    soup = get(client, municipality.url)
    facts = dict(zip(texts(soup.select(".facts dt")), texts(soup.select(".facts dd")), strict=True))
    assert facts["Kommunenummer"] == municipality.number
    if sami:
        assert soup.select_one(".facts dd span")["lang"] == municipality.sami_language
        assert facts["Samisk navn"].startswith(municipality.sami_name)
    else:
        assert "Samisk navn" not in facts
    stories = section(soup, "municipality-stories")
    assert card_titles(stories) == [newer.title, older.title]  # newest first


def story_facts(soup):
    return dict(zip(texts(soup.select(".facts dt")), texts(soup.select(".facts dd")), strict=True))


def test_case_story_page_shows_facts_results_partners_and_a_consenting_contact(client):
    story = factories.CaseStoryPageFactory(detailed=True, is_example=True)
    soup = get(client, story.url)
    assert "Eksempel:" in text(soup.select_one(".notice--example"))
    facts = story_facts(soup)
    assert facts["Kommune"] == story.municipality.title
    assert soup.select_one(".facts a")["href"] == story.municipality.url
    partners = soup.find("dt", string="Partnere").find_next("dd").find_all("li")
    assert texts(partners) == [
        f"{partner.name} – {partner.get_sector_display().lower()}"
        for partner in story.partners.all()
    ]
    rows = section(soup, "story-results").select("tbody tr")
    assert [texts(row.find_all("td"))[2] for row in rows] == [
        result.indicator for result in story.results.all()
    ]
    contact = section(soup, "story-contact")
    assert text(contact.p) == f"{story.contact_name}, {story.contact_email}"


def test_case_story_page_hides_a_contact_without_consent_and_is_no_example(client):
    story = factories.CaseStoryPageFactory(contact_name="Per Hansen", contact_consent=False)
    soup = get(client, story.url)
    assert soup.find(id="story-contact") is None
    assert "Per Hansen" not in soup.get_text()
    assert soup.select_one(".notice--example") is None


def test_case_story_images_have_alt_text_and_credit(client):
    image = factories.KbImageFactory()
    story = factories.CaseStoryPageFactory(
        image=factories.KbImageFactory(),
        body=[factories.paragraph(), factories.image_block(image, alt_text="")],
    )
    main = get(client, story.url).main
    images = main.find_all("img")
    assert len(images) == 2
    assert all(img.get("alt") for img in images)  # an empty alt text falls back to the title
    assert text(main.select_one("figure .credit")) == story.image.credit


def test_event_page_shows_programme_and_materials(client):
    locked = factories.DocumentFactory(members_only=True)
    open_document = factories.DocumentFactory()
    event = factories.EventPageFactory(
        organisers=[EventOrganiser(name="KS Nord", role="medarrangor")],
        programme=[
            session(
                "Samskaping i praksis",
                materials=[
                    material("Lysark", kind="slides", document=locked),
                    material("Opptak", kind="video", url="https://vimeo.com/1"),
                ],
            ),
            session(
                "Lunsj",
                start=datetime.time(11, 30),
                materials=[material("Program", document=open_document)],
            ),
        ],
    )
    soup = get(client, event.url)
    organisers = soup.find("dt", string="Arrangører og partnere").find_next("dd")
    assert texts(organisers.find_all("li")) == ["KS Nord – medarrangør"]
    programme = section(soup, "event-programme")
    assert texts(programme.select(".programme__title")) == ["Samskaping i praksis", "Lunsj"]
    materials = {
        text(item.a): (item.a["href"], bool(item.select(".badge--locked")))
        for item in programme.select(".materials li")
    }
    assert materials == {
        "Lysark": (locked.url, True),
        "Opptak": ("https://vimeo.com/1", False),
        "Program": (open_document.url, False),
    }


def test_event_series_lists_episodes(client):
    series = factories.EventSeriesPageFactory()
    episodes = [
        factories.EventPageFactory(parent=series, start_date=datetime.date(2025, month, 1))
        for month in (9, 10, 11)
    ]
    factories.EventPageFactory()  # not in the series
    soup = get(client, series.url)
    assert card_titles(section(soup, "episodes-heading")) == [e.title for e in reversed(episodes)]


def test_theme_landing_page_lists_what_is_tagged(client):
    theme, other = factories.ThemeFactory.create_batch(2)
    method = factories.MethodPageFactory(themes=[theme])
    story = factories.CaseStoryPageFactory(themes=[theme])
    event = factories.EventPageFactory(themes=[theme])
    factories.MethodPageFactory(themes=[other])
    soup = get(client, theme.get_url())
    assert text(soup.h1) == theme.name
    assert [card_titles(s) for s in soup.main.select("section")] == [
        [method.title],
        [story.title],
        [event.title],
    ]
    assert not soup.select(".section__count")


def test_theme_landing_page_shows_a_few_and_links_to_the_rest(client, theme_index):
    theme = factories.ThemeFactory()
    for _ in range(ITEMS_PER_KIND + 1):
        factories.MethodPageFactory(themes=[theme], publish=False)
    soup = get(client, theme.get_url())
    methods = soup.main.select("section")[0]
    assert len(card_titles(methods)) == ITEMS_PER_KIND
    assert text(methods.select_one(".section__count")) == f"Viser {ITEMS_PER_KIND} av 7"
    assert methods.select_one(".section__more a")["href"] == f"/metoder/?tema={theme.slug}"
    assert client.get(theme_index.url + "finnes-ikke/").status_code == 404


def test_members_only_material_needs_login(client):
    document = factories.DocumentFactory(members_only=True)
    response = client.get(document.url)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path.endswith("/login/")
    assert parse_qs(location.query)["next"] == [document.url]
    client.force_login(factories.UserFactory())
    assert client.get(document.url).status_code == 200


def test_not_found_page_is_norwegian(client):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "nb"
    assert "Fant ikke siden" in text(soup.h1)


def test_server_error_page_is_norwegian_and_standalone():
    soup = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert soup.html["lang"] == "nb"
    assert "Noe gikk galt" in soup.get_text()


def test_sitemap_lists_pages_and_themes(client):
    method = factories.MethodPageFactory()
    draft = factories.MethodPageFactory(draft=True)
    theme = factories.ThemeFactory()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.fromstring(response.content)
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    assert f"http://localhost{method.url}" in locations
    assert f"http://localhost/tema/{theme.slug}/" in locations
    assert f"http://localhost{draft.url}" not in locations


def test_a_member_municipality_shows_its_sponsor_on_the_board(client):
    sponsor = factories.BoardMemberFactory(name="Marit Berg", email="marit@example.no")
    member = factories.MunicipalityPageFactory(sponsor=sponsor)
    former = factories.MunicipalityPageFactory(sponsor=sponsor, is_member=False)
    facts = story_facts(get(client, member.url))
    assert facts["Fadder i styret"].startswith("Marit Berg")
    soup = get(client, member.url)
    sponsor_dd = soup.find("dt", string="Fadder i styret").find_next("dd")
    assert sponsor_dd.find("a", href="mailto:marit@example.no") is not None
    # Only members have a sponsor; a former member's page does not name one.
    assert "Fadder i styret" not in story_facts(get(client, former.url))


def test_the_cooperation_level_links_the_glossary(client):
    from wagtail.models import Site

    from kb.core.models import FooterLinks

    glossary = factories.StandardPageFactory(title="Begreper")
    setting = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    story = factories.CaseStoryPageFactory(cooperation_level="samskaping")
    level = get(client, story.url).find("dt", string="Grad av samarbeid").find_next("dd")
    assert level.find("a") is None  # no glossary chosen: no link
    setting.glossary_page = glossary
    setting.save()
    level = get(client, story.url).find("dt", string="Grad av samarbeid").find_next("dd")
    assert text(level).startswith("Samskaping")
    assert level.find("a")["href"] == glossary.url
