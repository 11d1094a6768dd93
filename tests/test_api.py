"""The public API (kb/api, Wagtail's API v2 at /api/v2/): the fields each page model lists,
the filters by type, theme and municipality, and what never appears (drafts, restricted
pages, original images, personal data)."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from . import factories
from .factories import material, session
from .helpers import built_once_for_the_module

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def get_json(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, (url, params, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(client, params):
    return sorted(item["title"] for item in get_json(client, PAGES, params)["items"])


def make_content():
    music, inclusion = (
        factories.ThemeFactory(name="Musikk"),
        factories.ThemeFactory(name="Inkludering"),
    )
    method = factories.MethodPageFactory(title="Verdenskafé", themes=[music])
    factories.MethodPageFactory(title="Hemmelig utkast", themes=[music], draft=True)
    bodo = factories.MunicipalityPageFactory(number="1804", title="Bodø", region="salten")
    rana = factories.MunicipalityPageFactory(number="1833", title="Rana")
    story = factories.CaseStoryPageFactory(
        parent=bodo,
        title="Band på biblioteket",
        themes=[music, inclusion],
        methods_used=[method],
        detailed=True,
        partners=[
            factories.CaseStoryPartnerFactory.build(name="Biblioteket", sector="offentlig"),
            factories.CaseStoryPartnerFactory.build(name="Frivilligsentralen", sector="frivillig"),
        ],
    )
    factories.CaseStoryPageFactory(parent=rana, title="Dans i skolegården", themes=[inclusion])
    private_story = factories.CaseStoryPageFactory(
        parent=bodo, title="Bare for medlemmer", themes=[music]
    )
    PageViewRestriction.objects.create(
        page=private_story, restriction_type=PageViewRestriction.LOGIN
    )
    private_method = factories.MethodPageFactory(title="Lukket metode", themes=[music])
    PageViewRestriction.objects.create(
        page=private_method, restriction_type=PageViewRestriction.LOGIN
    )
    event = factories.EventPageFactory(
        title="Lederkonferansen",
        themes=[music],
        programme=[session(materials=[material("Lysark", kind="link", url="https://ks.no/a")])],
    )
    return {"method": method, "story": story, "event": event, "bodo": bodo}


content_made_once, content = built_once_for_the_module("content", make_content)


def test_lists_live_public_pages_only(client, content):
    listed = titles(client, {"limit": 100})
    assert {"Verdenskafé", "Band på biblioteket", "Dans i skolegården", "Lederkonferansen"} <= set(
        listed
    )
    for hidden in ("Hemmelig utkast", "Bare for medlemmer", "Lukket metode"):
        assert hidden not in listed


def test_restricted_pages_are_absent_even_for_a_logged_in_member(adviser_client, content):
    listed = titles(adviser_client, {"limit": 100, "type": "cases.CaseStoryPage"})
    assert listed == ["Band på biblioteket", "Dans i skolegården"]


def test_details_of_draft_or_restricted_pages_are_not_found(client, content):
    from kb.methods.models import MethodPage

    draft = MethodPage.objects.get(title="Hemmelig utkast")
    private = MethodPage.objects.get(title="Lukket metode")
    for page in (draft, private):
        assert client.get(f"{PAGES}{page.pk}/").status_code == 404


def test_filter_by_type(client, content):
    assert titles(client, {"type": "methods.MethodPage"}) == ["Verdenskafé"]
    assert titles(client, {"type": "cases.MunicipalityPage"}) == ["Bodø", "Rana"]
    assert titles(client, {"type": "conferences.EventPage"}) == ["Lederkonferansen"]


def test_filter_by_theme(client, content):
    assert titles(client, {"tema": "musikk"}) == [
        "Band på biblioteket",
        "Lederkonferansen",
        "Verdenskafé",
    ]
    assert titles(client, {"tema": "inkludering", "type": "cases.CaseStoryPage"}) == [
        "Band på biblioteket",
        "Dans i skolegården",
    ]
    assert titles(client, {"tema": "finnes-ikke"}) == []


def test_filter_by_municipality(client, content):
    assert titles(client, {"kommune": "1804"}) == ["Band på biblioteket"]
    assert titles(client, {"kommune": "1833", "tema": "musikk"}) == []
    assert titles(client, {"kommune": "9999"}) == []


def test_junk_filters_are_refused_or_empty(client, content):
    assert client.get(PAGES, {"ukjent": "1"}).status_code == 400
    assert client.get(PAGES, {"type": "finnes.Ikke"}).status_code == 400
    assert client.get(PAGES, {"limit": "mange"}).status_code == 400
    assert client.get(PAGES, {"tema": "x" * 500}).status_code == 400
    assert client.get(PAGES, {"kommune": "<script>"}).json()["items"] == []


@pytest.mark.parametrize("name", ["search", "tema", "kommune", "fields"])
def test_a_nul_character_is_refused_in_any_parameter(client, content, name):
    """SQLite's full-text search failed on a NUL in `search` (a 500, found by
    tests/test_hostile_input.py); PostgreSQL refuses NUL in any text."""
    response = client.get(PAGES, [(name, "kor"), (name, "kor\x00og")])
    assert response.status_code == 400
    assert response.json() == {"message": "Adressen inneholder et ugyldig tegn (NUL)."}


def test_a_method_describes_itself(client, content):
    method = content["method"]
    data = get_json(client, f"{PAGES}{method.pk}/")
    assert data["meta"]["type"] == "methods.MethodPage"
    assert data["meta"]["html_url"].endswith(method.url)
    assert data["phase"] == "ideutvikling"
    assert data["steps"][0]["title"] == "Inviter bredt"
    assert "<p>" in data["steps"][0]["description"]
    assert data["purpose"].startswith("<p>")
    assert data["themes"] == [{"slug": "musikk", "name": "Musikk"}]
    assert data["source_url"] == method.source_url
    assert data["source_licence"] == method.source_licence
    assert data["participants_min"] == method.participants_min
    assert data["digital"] == method.digital
    assert "owner" not in data["meta"]


def test_a_story_describes_itself_with_a_rendition_and_no_personal_data(client, content):
    story = content["story"]
    data = get_json(client, f"{PAGES}{story.pk}/")
    assert data["municipality_number"] == "1804"
    assert data["cooperation_level"] == "samskaping"
    assert data["period_start"] == "2024-08-19"
    assert [partner["sector"] for partner in data["partners"]] == ["offentlig", "frivillig"]
    assert data["results"][0]["indicator"]
    assert data["methods_used"] == [{"id": content["method"].pk, "title": "Verdenskafé"}]
    image = data["image"]
    # A rendition (the factory's image is small: fill crops it to the ratio, never enlarges).
    assert "/images/" in image["url"] and ".fill-1200x630" in image["url"]
    assert image["full_url"].startswith("http")
    text = json.dumps(data)
    assert "original_images" not in text
    assert "marit.olsen@example.no" not in text and "Marit Olsen" not in text


def test_a_story_lists_no_members_only_method(client, content):
    from kb.methods.models import MethodPage

    story = content["story"]
    story.methods_used.add(MethodPage.objects.get(title="Lukket metode"))
    story.save_revision().publish()
    data = get_json(client, f"{PAGES}{story.pk}/")
    assert [method["title"] for method in data["methods_used"]] == ["Verdenskafé"]


def test_municipalities_and_events_describe_themselves(client, content):
    municipality = get_json(client, f"{PAGES}{content['bodo'].pk}/")
    assert municipality["number"] == "1804"
    assert municipality["region"] == "salten"
    assert "contact_email" not in municipality and "contact_name" not in municipality
    event = get_json(client, f"{PAGES}{content['event'].pk}/")
    assert event["start_date"] == "2025-10-22"
    assert (event["programme"][0]["start"], event["programme"][0]["end"]) == ("09:00", "09:30")
    assert event["programme"][0]["materials"] == [
        {"title": "Lysark", "kind": "link", "url": "https://ks.no/a", "members_only": False}
    ]


def test_listing_fields_can_be_asked_for(client, content):
    data = get_json(client, PAGES, {"type": "methods.MethodPage", "fields": "summary,phase"})
    assert data["items"][0]["phase"] == "ideutvikling"
    assert data["meta"]["total_count"] == 1


def test_themes_endpoint(client, content):
    data = get_json(client, "/api/v2/themes/")
    assert [item["slug"] for item in data["items"]] == ["musikk", "inkludering"]
    detail = get_json(client, data["items"][0]["meta"]["detail_url"].split("testserver")[-1])
    assert detail["name"] == "Musikk"


def test_no_images_or_documents_endpoint(client, content):
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get("/api/v2/documents/").status_code == 404


def test_the_readme_examples(client, content, settings):
    """The filters the README shows: a field of the type, ordering, finding by address."""
    assert titles(client, {"type": "cases.CaseStoryPage", "cooperation_level": "samskaping"}) == [
        "Band på biblioteket",
        "Dans i skolegården",
    ]
    assert titles(client, {"type": "conferences.EventPage", "is_digital": "true"}) == []
    data = get_json(
        client, PAGES, {"type": "conferences.EventPage", "order": "-start_date", "fields": "*"}
    )
    assert data["items"][0]["location"] == "Stormen, Bodø"
    response = client.get(f"{PAGES}find/", {"html_path": content["method"].url})
    assert response.status_code == 302
    detail = f"{settings.SITE_URL}/api/v2/pages/{content['method'].pk}/"
    assert response["Location"].startswith(detail)


def test_an_image_without_valid_consent_leaves_the_api_and_the_sharing_tags(client, content):
    story = content["story"]
    image = story.image
    image.consent_confirmed = False
    image.save()
    data = get_json(client, f"{PAGES}{story.pk}/")
    assert data["image"] is None
    page = BeautifulSoup(client.get(story.url).content, "html.parser")
    # No site-wide sharing image is set here, so the page shares no image at all.
    assert page.find("meta", property="og:image") is None
