"""The workshop planner (/moteplan/): the plan lives in the query string, so its address is
the plan. A round trip through the form and the links gives back the same plan, and the
printed agenda shows each method's clock times, steps and materials."""

import io
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from kb.methods.planner import MAX_METHODS

from . import factories
from .factories import step
from .helpers import needs_pango, text

pytestmark = pytest.mark.django_db

PLANNER = "/moteplan/"


def get(client, url, params=None):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def form_submission(soup, **changes):
    """The (name, value) pairs the planner's form sends as it stands, as a browser would
    send them (in document order), with `changes` in place of the fields' own values."""
    form = soup.select_one("form.planner-form")
    pairs = []
    for field in form.select("input[name], select[name]"):
        name = field["name"]
        if field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            value = chosen["value"]
        else:
            value = field.get("value", "")
        pairs.append((name, changes.get(name, value)))
    return form["action"], pairs


def agenda_rows(soup):
    return [text(title) for title in soup.select(".agenda__title")]


@pytest.fixture
def methods():
    kart = factories.MethodPageFactory(
        title="Aktørkart",
        duration_min=30,
        duration_max=45,
        preparation=factories.rich("<p>Store ark og tusjer i fire farger.</p>"),
        steps=[
            step("Skriv opp alle aktørene", "Én lapp per aktør."),
            step("Tegn forbindelsene", "Trekk streker mellom dem som samarbeider."),
        ],
    )
    kafe = factories.MethodPageFactory(
        title="Verdenskafé", duration_min=60, duration_max=90, preparation=""
    )
    return kart, kafe


def test_a_plan_is_built_through_the_form_and_its_address_gives_it_back(client, methods):
    kart, kafe = methods
    # From the method's own page: «Legg til i møteplan».
    soup = get(client, kart.url)
    link = soup.find("a", string="Legg til i møteplan")["href"]
    assert urlsplit(link).path == PLANNER

    soup = get(client, link)
    assert agenda_rows(soup) == ["09:00–09:30 Aktørkart (30 min)"]

    # The form sends the plan as it stands, with a name, a start time and one more method.
    action, pairs = form_submission(
        soup, navn="Møte med biblioteket og ungdomsrådet", start="18:00", legg_til=str(kafe.pk)
    )
    soup = get(client, action, pairs)
    assert agenda_rows(soup) == [
        "18:00–18:30 Aktørkart (30 min)",
        "18:30–19:30 Verdenskafé (60 min)",
    ]

    # New minutes for the first, then the shared link: the same plan, at its own address.
    action, pairs = form_submission(soup)
    pairs[pairs.index(("minutter", "30"))] = ("minutter", "45")
    soup = get(client, action, pairs)
    share = soup.select_one(".planner__share")["href"]
    assert share.startswith("http://testserver/moteplan/?")
    assert parse_qsl(urlsplit(share).query) == [
        ("navn", "Møte med biblioteket og ungdomsrådet"),
        ("start", "18:00"),
        ("metode", str(kart.pk)),
        ("minutter", "45"),
        ("metode", str(kafe.pk)),
        ("minutter", "60"),
    ]
    shared = get(client, share)
    assert text(shared.select_one(".agenda__heading")) == "Møte med biblioteket og ungdomsrådet"
    assert agenda_rows(shared) == [
        "18:00–18:45 Aktørkart (45 min)",
        "18:45–19:45 Verdenskafé (60 min)",
    ]
    assert text(shared.select_one(".agenda__summary")) == "Kl. 18:00–19:45, 105 minutter."
    assert text(shared.select_one(".agenda__total")) == (
        "Til sammen 105 minutter. Møtet slutter kl. 19:45."
    )
    assert shared.select_one(".planner__problems") is None
    # Its form holds the same plan again.
    assert form_submission(shared)[1][:6] == parse_qsl(urlsplit(share).query)


def test_the_agenda_holds_each_methods_steps_and_materials(client, methods):
    kart, kafe = methods
    params = [("metode", kart.pk), ("minutter", 40), ("metode", kafe.pk), ("minutter", 80)]
    soup = get(client, PLANNER, params)
    first, second = soup.select(".agenda__item")
    assert "Store ark og tusjer i fire farger." in text(first)
    assert [text(s) for s in first.select(".agenda__step-title")] == [
        "Skriv opp alle aktørene",
        "Tegn forbindelsene",
    ]
    assert "Trekk streker mellom dem som samarbeider." in text(first)
    assert first.select_one(".agenda__more a")["href"] == kart.url
    assert "Forberedelser og materiell" not in text(second)
    assert len(second.select(".agenda__steps li")) == 3


def test_methods_move_up_and_down_and_are_removed_by_links(client, methods):
    kart, kafe = methods
    params = [("start", "10:00"), ("metode", kart.pk), ("minutter", 30)]
    params += [("metode", kafe.pk), ("minutter", 60)]
    soup = get(client, PLANNER, params)
    first, second = soup.select(".planner-list__item")
    assert first.find("a", string=lambda s: s and "Flytt opp" in s) is None
    down = first.select_one(".planner-list__actions a")["href"]
    moved = get(client, down)
    assert agenda_rows(moved) == [
        "10:00–11:00 Verdenskafé (60 min)",
        "11:00–11:30 Aktørkart (30 min)",
    ]
    up = [a["href"] for a in moved.select(".planner-list__item")[1].select("a")]
    assert agenda_rows(get(client, up[0])) == agenda_rows(soup)
    removed = get(client, up[-1])
    assert agenda_rows(removed) == ["10:00–11:00 Verdenskafé (60 min)"]
    # Each control says which method it acts on, for a screen reader.
    assert text(second.select("a")[-1]) == "Fjern: Verdenskafé"


def test_a_meeting_outside_60_to_180_minutes_gets_a_message(client, methods):
    kart, kafe = methods
    short = get(client, PLANNER, [("metode", kart.pk), ("minutter", 20)])
    assert "Møtet varer til sammen 20 minutter" in text(short.select_one(".planner__problems"))
    assert agenda_rows(short) == ["09:00–09:20 Aktørkart (20 min)"]

    params = [("start", "23:00"), ("metode", kafe.pk), ("minutter", 180)]
    params += [("metode", kart.pk), ("minutter", 30)]
    long = get(client, PLANNER, params)
    problems = text(long.select_one(".planner__problems"))
    assert "Møtet varer til sammen 210 minutter" in problems
    assert "mellom 60 og 180 minutter" in problems
    # Past midnight the clock goes round.
    assert agenda_rows(long)[1] == "02:00–02:30 Aktørkart (30 min)"

    exactly = get(client, PLANNER, [("metode", kafe.pk), ("minutter", 60)])
    assert exactly.select_one(".planner__problems") is None


def test_unknown_methods_and_bad_values_are_left_out_with_a_message(client, methods):
    kart, _kafe = methods
    draft = factories.MethodPageFactory(title="Utkast", draft=True)
    params = [
        ("start", "25:99"),
        ("metode", "abc"),
        ("minutter", "30"),
        ("metode", "999999"),
        ("minutter", "30"),
        ("metode", draft.pk),
        ("minutter", "30"),
        ("metode", kart.pk),
        ("minutter", "-5"),
    ]
    soup = get(client, PLANNER, params)
    problems = [text(li) for li in soup.select(".planner__problems li")]
    assert problems[:5] == [
        "Starttiden «25:99» forstår vi ikke. Skriv den som timer og minutter, for eksempel "
        "18:00. Planen starter nå kl. 09:00.",
        "«abc» er ikke en metode, og er tatt ut av planen.",
        "Finner ingen åpen metode med nummer 999999. Den kan være fjernet, og er tatt ut av "
        "planen.",
        f"Finner ingen åpen metode med nummer {draft.pk}. Den kan være fjernet, og er tatt ut "
        "av planen.",
        "Minuttene for «Aktørkart» må være et helt tall fra 1 til 180 («-5» går ikke). Metoden "
        "har fått 30 minutter.",
    ]
    assert agenda_rows(soup) == ["09:00–09:30 Aktørkart (30 min)"]
    share = soup.select_one(".planner__share")["href"]
    assert parse_qsl(urlsplit(share).query) == [
        ("start", "09:00"),
        ("metode", str(kart.pk)),
        ("minutter", "30"),
    ]


def test_a_huge_plan_is_cut_to_its_limit(client, methods):
    kart, _kafe = methods
    params = [("metode", kart.pk), ("minutter", 5)] * 5000
    soup = get(client, PLANNER, params)
    assert len(soup.select(".agenda__item")) == MAX_METHODS
    assert f"høyst {MAX_METHODS} metoder" in text(soup.select_one(".planner__problems"))


def test_members_only_methods_are_not_offered_or_planned(client, methods):
    kart, _kafe = methods
    secret = factories.MethodPageFactory(title="Medlemsmetode")
    secret.view_restrictions.create(restriction_type="login")
    soup = get(client, PLANNER, [("legg_til", secret.pk)])
    offered = [text(option) for option in soup.select("#planner-add option")]
    assert "Aktørkart" in offered
    assert "Medlemsmetode" not in offered
    assert soup.select(".agenda__item") == []
    assert f"Finner ingen åpen metode med nummer {secret.pk}." in text(
        soup.select_one(".planner__problems")
    )


def test_the_methods_listing_links_the_planner(client, methods):
    soup = get(client, methods[0].get_parent().url)
    assert soup.find("a", string="Lag en møteplan")["href"] == PLANNER


def test_the_planner_is_print_ready_and_its_queries_do_not_grow(client, methods):
    kart, kafe = methods
    soup = get(client, PLANNER, [("metode", kart.pk)])
    assert soup.find("link", href=lambda h: h and h.endswith("css/planner.css"))
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"

    def count(params):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(PLANNER, params).status_code == 200
        return len(queries)

    one = count([("metode", kart.pk)])
    assert count([("metode", kart.pk), ("metode", kafe.pk), ("metode", kart.pk)]) == one


def static_files(url):
    """WeasyPrint's fetcher for the site's own stylesheets, read from the static folders as
    the server would serve them (nothing is fetched over the network)."""
    from weasyprint.urls import URLFetcherResponse

    path = finders.find(urlsplit(url).path.removeprefix(settings.STATIC_URL))
    assert path, url
    with open(path, "rb") as stylesheet:
        return URLFetcherResponse(url, stylesheet.read(), {"Content-Type": "text/css"})


def test_the_printed_agenda_holds_the_times_and_no_navigation_or_form(client, methods):
    """The page as a browser prints it (print media, drawn by WeasyPrint with the page's
    own stylesheets): the agenda with its clock times, without the menu, footer or form."""
    needs_pango()
    from weasyprint import HTML

    kart, kafe = methods
    params = [("navn", "Møte med biblioteket"), ("start", "18:00")]
    params += [("metode", kart.pk), ("minutter", 30), ("metode", kafe.pk), ("minutter", 60)]
    html = client.get(PLANNER, params).content.decode()
    document = HTML(string=html, base_url="http://testserver/", url_fetcher=static_files)
    reader = PdfReader(io.BytesIO(document.write_pdf()))
    printed = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert printed.startswith("MØTEPLAN · SAMSKAPINGSBANKEN Møte med biblioteket")
    for expected in [
        "Kl. 18:00–19:30, 90 minutter.",
        "18:00–18:30 Aktørkart (30 min)",
        "18:30–19:30 Verdenskafé (60 min)",
        "Skriv opp alle aktørene",
        "Store ark og tusjer i fire farger.",
        "Til sammen 90 minutter. Møtet slutter kl. 19:30.",
    ]:
        assert expected in printed, expected
    for screen_only in ["Hopp til hovedinnhold", "Lag planen", "Flytt ned", "Kontakt"]:
        assert screen_only not in printed, screen_only
