"""Calendars (iCalendar, the `icalendar` package): each event as an .ics file to add to
one's calendar, and every event in one calendar to subscribe to. Times are local to Oslo,
with the zone's rules in a VTIMEZONE, so a calendar anywhere shows the right hour also
across a change to or from summer time; an event without a programme is all-day."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from kb.core.listing import public

from .models import EventPage

# The subscribed calendar keeps a year of past events, so they stay where they were.
PAST_DAYS_KEPT = 365
CALENDAR_NAME = "Samskapingsbanken – konferanser og møter"


def event_times(event):
    """(start, end) of an event (EventPage.times()), the end of an all-day event the day
    after, as iCalendar wants it."""
    start, end = event.times()
    if not isinstance(end, datetime.datetime):
        end += datetime.timedelta(days=1)
    return start, end


def calendar_event(event, request=None):
    url = event.get_full_url(request)
    start, end = event_times(event)
    entry = Event()
    entry.add("uid", f"arrangement-{event.pk}@{settings.SITE_URL.split('://', 1)[-1]}")
    entry.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at)
    entry.add("dtstart", start)
    entry.add("dtend", end)
    entry.add("summary", event.title)
    entry.add("description", f"{event.summary}\n\n{url}" if url else event.summary)
    if event.place:
        entry.add("location", event.place)
    if url:
        entry.add("url", url)
    return entry


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", "-//Norsk kulturskoleråd Nordland//Samskapingsbanken//NO")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Oslo")
    return calendar


def calendar_response(calendar, filename=None):
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def public_events(request):
    return public(EventPage.objects.live(), request)


def event_calendar(request, page_id):
    """/kalender/<id>.ics: one upcoming event, to add to one's calendar."""
    today = timezone.localdate()
    event = public_events(request).filter(pk=page_id).first()
    if event is None or (event.end_date or event.start_date) < today:
        raise Http404("Arrangementet finnes ikke, eller det er over.")
    calendar = new_calendar()
    calendar.add_component(calendar_event(event, request))
    return calendar_response(calendar, filename=f"{event.slug}.ics")


def events_calendar(request):
    """/kalender.ics: every event from a year ago on, to subscribe to."""
    since = timezone.localdate() - datetime.timedelta(days=PAST_DAYS_KEPT)
    events = public_events(request).filter(start_date__gte=since).order_by("start_date", "pk")
    calendar = new_calendar(CALENDAR_NAME)
    for event in events:
        calendar.add_component(calendar_event(event, request))
    return calendar_response(calendar)
