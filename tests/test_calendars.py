"""Calendars (kb/conferences/calendar.py): an upcoming event's .ics file and the calendar to
subscribe to, parsed with icalendar, with the times in Europe/Oslo (a VTIMEZONE with the
zone's rules) on both sides of a change to summer time."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from . import factories
from .factories import session

pytestmark = pytest.mark.django_db

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
TODAY = datetime.date.today()


def next_date(month, day):
    """The next `month`/`day` that is at least a month away (upcoming, whatever today is)."""
    candidate = datetime.date(TODAY.year, month, day)
    return (
        candidate
        if candidate > TODAY + datetime.timedelta(days=31)
        else candidate.replace(year=TODAY.year + 1)
    )


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar):
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def coffee(db):
    """A morning meeting in winter time (UTC+1), 09:00–10:00 in Oslo."""
    return factories.EventPageFactory(
        title="Digital formiddagskaffe",
        start_date=next_date(1, 15),
        is_digital=True,
        location="",
        programme=[
            session(title="Velkommen", start=datetime.time(9, 0), end=datetime.time(9, 15)),
            session(title="Samtale", start=datetime.time(9, 15), end=datetime.time(10, 0)),
        ],
    )


def test_an_upcoming_event_as_an_ics_file_with_oslo_times(client, coffee):
    response = client.get(f"/kalender/{coffee.pk}.ics")
    assert response["Content-Disposition"] == 'attachment; filename="digital-formiddagskaffe.ics"'
    calendar = parse(response)
    assert str(calendar["version"]) == "2.0"
    [event] = calendar.walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == datetime.datetime.combine(coffee.start_date, datetime.time(9), tzinfo=OSLO)
    assert end == datetime.datetime.combine(coffee.start_date, datetime.time(10), tzinfo=OSLO)
    assert start.utcoffset() == datetime.timedelta(hours=1)  # winter: UTC+1
    assert event["dtstart"].params["TZID"] == "Europe/Oslo"
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Oslo"
    assert {component.name for component in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert str(event["location"]) == "Digitalt"
    assert str(event["url"]) == coffee.get_full_url()
    assert str(event["uid"]).startswith(f"arrangement-{coffee.pk}@")


def test_summer_time_and_a_multi_day_event(client):
    conference = factories.EventPageFactory(
        title="Lederkonferansen",
        start_date=next_date(6, 10),
        end_date=next_date(6, 11),
        programme=[
            session(start=datetime.time(10, 0), end=datetime.time(12, 0)),
            session(start=datetime.time(13, 0), end=datetime.time(15, 30)),
        ],
    )
    [event] = parse(client.get(f"/kalender/{conference.pk}.ics")).walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert (start.date(), start.time()) == (conference.start_date, datetime.time(10))
    assert (end.date(), end.time()) == (conference.end_date, datetime.time(15, 30))
    assert start.utcoffset() == datetime.timedelta(hours=2)  # summer: UTC+2
    assert start.astimezone(datetime.UTC).hour == 8


def test_an_event_without_a_programme_is_all_day(client):
    day = next_date(3, 3)
    meeting = factories.EventPageFactory(title="Regionsamling", start_date=day, programme=[])
    [event] = parse(client.get(f"/kalender/{meeting.pk}.ics")).walk("VEVENT")
    assert event.decoded("dtstart") == day
    assert event.decoded("dtend") == day + datetime.timedelta(days=1)


def test_past_draft_restricted_and_unknown_events_have_no_ics(client, coffee):
    past = factories.EventPageFactory(start_date=TODAY - datetime.timedelta(days=3))
    draft = factories.EventPageFactory(start_date=next_date(2, 2), draft=True)
    private = factories.EventPageFactory(start_date=next_date(2, 3))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for page_id in (past.pk, draft.pk, private.pk, 999999):
        assert client.get(f"/kalender/{page_id}.ics").status_code == 404


def test_the_calendar_to_subscribe_to(client, coffee):
    recent = factories.EventPageFactory(
        title="Høstsamling", start_date=TODAY - datetime.timedelta(days=30)
    )
    factories.EventPageFactory(title="For lenge siden", start_date=datetime.date(2001, 1, 1))
    factories.EventPageFactory(title="Utkast", start_date=next_date(2, 2), draft=True)
    calendar = parse(client.get("/kalender.ics"))
    assert str(calendar["x-wr-calname"]) == "Samskapingsbanken – konferanser og møter"
    found = events(calendar)
    assert set(found) == {"Digital formiddagskaffe", recent.title}
    assert found["Digital formiddagskaffe"].decoded("dtstart").hour == 9
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_pages_offer_the_calendars(client, coffee, conference_index):
    soup = BeautifulSoup(client.get(coffee.url).content, "html.parser")
    assert soup.find("a", href=f"/kalender/{coffee.pk}.ics") is not None
    assert soup.head.find("link", type="text/calendar")["href"] == "/kalender.ics"
    soup = BeautifulSoup(client.get(conference_index.url).content, "html.parser")
    assert soup.find("a", href="/kalender.ics") is not None
    past = factories.EventPageFactory(start_date=TODAY - datetime.timedelta(days=3))
    soup = BeautifulSoup(client.get(past.url).content, "html.parser")
    assert soup.find("a", href=f"/kalender/{past.pk}.ics") is None


def test_a_short_programme_keeps_its_end_and_one_without_an_end_lasts_an_hour(client):
    short = factories.EventPageFactory(
        start_date=next_date(4, 4),
        programme=[session(start=datetime.time(10), end=datetime.time(10, 30))],
    )
    open_ended = factories.EventPageFactory(
        start_date=next_date(4, 5), programme=[session(start=datetime.time(10), end=None)]
    )
    [event] = parse(client.get(f"/kalender/{short.pk}.ics")).walk("VEVENT")
    assert event.decoded("dtend").time() == datetime.time(10, 30)
    [event] = parse(client.get(f"/kalender/{open_ended.pk}.ics")).walk("VEVENT")
    assert event.decoded("dtend").time() == datetime.time(11)
