"""SAMSON online: a partnership starts an assessment, partners answer through the shared
link, and the result (chart, table, CSV) shows each value's mean and the spread between
partners. Real requests, with CSRF checks on."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client

from kb.samson.models import MAX_RESPONSES, Assessment, Response
from kb.samson.statements import STATEMENT_KEYS, VALUES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def post_form(client, url, data):
    """Reads the form's CSRF token from the page, as a browser would, and posts."""
    page = client.get(url)
    token = soup_of(page).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    return client.post(url, {**data, "csrfmiddlewaretoken": token})


def answers(by_value):
    """Every statement of each value scored as given: {value key: [scores]}."""
    data = {}
    for value in VALUES:
        for (key, _text), score in zip(value.statements, by_value[value.key], strict=True):
            data[key] = str(score)
    return data


def start(client, name="Kulturskolen og biblioteket i Røst"):
    response = post_form(client, "/samson/", {"partnership": name})
    assert response.status_code == 302
    return response["Location"]


# Three partners; per value their scores, statement by statement.
PARTNERS = [
    {
        "likeverdighet": [5, 4, 5],
        "utveksling": [3, 3, 3],
        "laering": [2, 2, 2],
        "lederskap": [4, 4, 4],
    },
    {
        "likeverdighet": [4, 4, 4],
        "utveksling": [4, 3, 2],
        "laering": [5, 5, 5],
        "lederskap": [4, 4, 4],
    },
    {
        "likeverdighet": [2, 2, 2],
        "utveksling": [3, 3, 3],
        "laering": [2, 3, 4],
        "lederskap": [4, 4, 4],
    },
]
# Partner means per value: likeverdighet 14/3, 4, 2; utveksling 3, 3, 3; laering 2, 5, 3;
# lederskap 4, 4, 4.
EXPECTED = {
    "Likeverdighet": ("3,56", "2,00", "4,67", "2,67"),
    "Gjensidig utveksling av kunnskap og ressurser": ("3,00", "3,00", "3,00", "0,00"),
    "Felles læring": ("3,33", "2,00", "5,00", "3,00"),
    "Kollektivt lederskap": ("4,00", "4,00", "4,00", "0,00"),
}


@pytest.fixture
def answered_by_three():
    """An assessment started by one browser and answered by three (each its own client,
    with CSRF checks enforced)."""
    starter = Client(enforce_csrf_checks=True)
    url = start(starter)
    for partner in PARTNERS:
        client = Client(enforce_csrf_checks=True)
        response = post_form(client, url, answers(partner))
        assert response.status_code == 302, response.content[:500]
    return url


def test_three_partners_give_the_right_means_and_spread(answered_by_three):
    client = Client()
    page = soup_of(client.get(answered_by_three + "resultat/"))
    table = page.select_one("table.samson-table")
    rows = {
        row.th.get_text(strip=True): tuple(td.get_text(strip=True) for td in row.find_all("td"))
        for row in table.select("tbody tr")
    }
    assert rows == EXPECTED
    assert "3 svar" in table.caption.get_text()


def test_the_chart_is_an_image_with_a_text_alternative(answered_by_three):
    page = soup_of(Client().get(answered_by_three + "resultat/"))
    svg = page.select_one("figure.samson-chart svg")
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert page.find(id=title_id).name == "title" and page.find(id=desc_id).name == "desc"
    assert "tabellen" in page.find(id=desc_id).get_text()
    assert len(svg.select("rect.samson-chart__bar")) == 4
    # The table with the same numbers follows the chart.
    assert svg.find_parent("figure").find_next_sibling().select_one("table.samson-table")


def test_the_csv_matches_the_result(answered_by_three):
    response = Client().get(answered_by_three + "resultat.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["SAMSON-egenvurdering", "Kulturskolen og biblioteket i Røst"]
    assert rows[1] == ["Verdi", "Gjennomsnitt", "Lavest", "Høyest", "Spredning", "Antall svar"]
    assert {row[0]: tuple(row[1:5]) for row in rows[2:]} == EXPECTED
    assert {row[5] for row in rows[2:]} == {"3"}


def test_the_printable_page_has_the_result_without_the_site_chrome(answered_by_three):
    page = soup_of(Client().get(answered_by_three + "resultat/utskrift/"))
    assert page.select_one("table.samson-table") is not None
    assert page.find("nav") is None


def test_answers_are_anonymous_and_the_link_unguessable(answered_by_three):
    assessment = Assessment.objects.get()
    assert len(assessment.token) >= 24
    assert answered_by_three == f"/samson/{assessment.token}/"
    fields = {field.name for field in Response._meta.get_fields()}
    assert fields == {"id", "assessment", "scores", "created_at"}
    assert Client().get("/samson/gjett-meg/").status_code == 404


def test_a_browser_answers_once(answered_by_three):
    client = Client()
    post_form(client, answered_by_three, answers(PARTNERS[0]))
    again = client.post(answered_by_three, answers(PARTNERS[1]))  # the form is gone
    assert Response.objects.count() == 4
    assert "Du har svart" in again.content.decode()


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {STATEMENT_KEYS[0]: "9"},
        {STATEMENT_KEYS[0]: "tre"},
        {STATEMENT_KEYS[0]: "\x00"},
        {STATEMENT_KEYS[0]: "1" * 5000},
    ],
)
def test_bad_answers_are_refused_with_a_message_never_a_500(bad):
    url = start(Client())
    data = {**answers(PARTNERS[0]), **bad} if bad else {}
    response = post_form(Client(), url, data)
    assert response.status_code == 400
    assert soup_of(response).select_one(".form__error, [role=alert]") is not None
    assert Response.objects.count() == 0


def test_forms_without_a_csrf_token_are_refused():
    client = Client(enforce_csrf_checks=True)
    assert client.post("/samson/", {"partnership": "Uten token"}).status_code == 403
    assert not Assessment.objects.exists()


def test_starting_is_rate_limited():
    client = Client()
    for _ in range(10):
        start(client, "Samarbeid")
    response = post_form(client, "/samson/", {"partnership": "Ett til"})
    assert response.status_code == 429
    assert Assessment.objects.count() == 10


def test_an_assessment_takes_a_bounded_number_of_answers():
    assessment = Assessment.objects.create(partnership="Fullt")
    scores = dict.fromkeys(STATEMENT_KEYS, 3)
    Response.objects.bulk_create(
        [Response(assessment=assessment, scores=scores) for _ in range(MAX_RESPONSES)]
    )
    response = post_form(Client(), f"/samson/{assessment.token}/", answers(PARTNERS[0]))
    assert response.status_code == 409
    assert assessment.responses.count() == MAX_RESPONSES


def test_an_empty_name_is_refused():
    response = post_form(Client(), "/samson/", {"partnership": "   "})
    assert response.status_code == 200
    assert not Assessment.objects.exists()


def test_a_case_story_shows_the_result_its_editor_attached(client, answered_by_three):
    from django.core.exceptions import ValidationError

    from . import factories

    assessment = Assessment.objects.get()
    story = factories.CaseStoryPageFactory()
    story.samson_token = f"https://samskaping.example.no/samson/{assessment.token}/resultat/"
    story.full_clean()
    assert story.samson_token == assessment.token  # the link is kept as its token
    story.save_revision().publish()
    section = soup_of(client.get(story.url)).find(id="story-samson").find_parent("section")
    rows = section.select("table.samson-table tbody tr")
    assert [row.th.get_text(strip=True) for row in rows] == list(EXPECTED)
    assert section.select_one("svg[role=img]") is not None

    story.samson_token = "https://samskaping.example.no/samson/finnes-ikke-1234567890/"
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "samson_token" in error.value.message_dict
