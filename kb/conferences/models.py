import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework.fields import Field
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kb.core import dates
from kb.core import structured_data as schema
from kb.core.api_fields import RichTextHTMLField, ThemesField
from kb.core.blocks import RICH_TEXT_FEATURES
from kb.core.listing import Filter, cached, paginate, public, querystring_without_page
from kb.core.models import BasePage, SectionIndexPage
from kb.core.searchable import (
    SUMMARY_BOOST,
    TITLE_BOOST,
    SearchablePage,
    page_search_fields,
    year_facets,
)
from kb.themes.models import Theme, ThemedPage, filter_by_theme

from .blocks import MATERIAL_KINDS, SessionBlock, mark_members_only

# Every event is in Norway; its programme's times are Oslo's.
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")


class OrganiserRole(models.TextChoices):
    ORGANISER = "arrangor", "Arrangør"
    CO_ORGANISER = "medarrangor", "Medarrangør"
    PARTNER = "partner", "Partner"


class ConferenceIndexPage(SectionIndexPage):
    subpage_types = ["conferences.EventPage", "conferences.EventSeriesPage"]
    listed_model = "conferences.EventPage"

    class Meta:
        verbose_name = "konferanseoversikt"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = public(EventPage.objects.descendant_of(self).live(), request)
        # The filters' options and the counts come from the cache while nothing is
        # published (kb.core.listing.cached): they are the same for every visitor.
        years = cached(
            f"conferences:{self.pk}:years",
            lambda: [day.year for day in events.dates("start_date", "year", order="DESC")],
            request,
        )
        theme_filter = filter_by_theme(request)
        year_filter = Filter("ar", "År", [(year, year) for year in years])
        if theme := theme_filter.read(request):
            events = events.filter(themes__slug=theme)
        if year := year_filter.read(request):
            events = events.filter(start_date__year=int(year))
        count = cached(f"conferences:{self.pk}:count:{theme}:{year}", events.count, request)
        context.update(
            series=public(EventSeriesPage.objects.child_of(self).live(), request),
            filters=[theme_filter, year_filter],
            results=paginate(
                request, EventPage.cards(events.order_by("-start_date", "title")), count=count
            ),
            querystring=querystring_without_page(request),
        )
        return context


class EventSeriesPage(SearchablePage, BasePage):
    """A recurring meeting, such as "Digital formiddagskaffe"; its episodes are children."""

    intro = RichTextField("Ingress", features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*page_search_fields(TITLE_BOOST), index.SearchField("intro")]
    api_fields = [APIField("intro", serializer=RichTextHTMLField())]
    parent_page_types = ["conferences.ConferenceIndexPage"]
    subpage_types = ["conferences.EventPage"]
    listed_model = "conferences.EventPage"
    search_kind = ("arrangement", "Konferanser og møter")

    class Meta:
        verbose_name = "møteserie"
        verbose_name_plural = "møteserier"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        episodes = public(EventPage.objects.child_of(self).live(), request).order_by("-start_date")
        context.update(results=paginate(request, EventPage.cards(episodes)), querystring="")
        return context


class ProgrammeField(Field):
    """An event's programme for the API, as the page shows it: each session's times, and
    its materials with their links (a members-only document is marked, and its link needs
    a login, as on the page)."""

    def to_representation(self, value):
        mark_members_only(value)
        return [
            {
                "start": session.value["start"].isoformat(timespec="minutes"),
                "end": (
                    session.value["end"].isoformat(timespec="minutes")
                    if session.value["end"]
                    else None
                ),
                "title": session.value["title"],
                "speakers": session.value["speakers"],
                "description": session.value["description"],
                "materials": [
                    {
                        "title": material["title"],
                        "kind": material["kind"],
                        "url": material.href,
                        "members_only": material.members_only,
                    }
                    for material in session.value["materials"]
                ],
            }
            for session in value
        ]


class EventPage(SearchablePage, ThemedPage, BasePage):
    summary = models.TextField("Kort oppsummering", max_length=300)
    is_example = models.BooleanField(
        "Eksempel", default=False, help_text="Merk program som er skrevet som eksempel."
    )
    description = RichTextField("Om arrangementet", blank=True, features=RICH_TEXT_FEATURES)
    start_date = models.DateField("Dato")
    end_date = models.DateField(
        "Sluttdato", null=True, blank=True, help_text="For arrangementer over flere dager."
    )
    location = models.CharField("Sted", max_length=200, blank=True)
    is_digital = models.BooleanField("Digitalt", default=False)
    themes = ParentalManyToManyField(
        Theme, verbose_name="Tema", related_name="event_pages", blank=True
    )
    programme = StreamField([("session", SessionBlock())], verbose_name="Program", blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("is_example"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("location"), FieldPanel("is_digital")]),
            ],
            heading="Tid og sted",
        ),
        FieldPanel("description"),
        InlinePanel("organisers", heading="Arrangører og partnere", label="Arrangør eller partner"),
        FieldPanel("programme"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *page_search_fields(TITLE_BOOST),
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.SearchField("description"),
        index.SearchField("programme"),
        index.SearchField("location"),
        index.FilterField("start_date"),
        index.FilterField("is_digital"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("summary"),
        APIField("is_example"),
        APIField("description", serializer=RichTextHTMLField()),
        APIField("start_date"),
        APIField("end_date"),
        APIField("location"),
        APIField("is_digital"),
        APIField("organisers"),
        APIField("programme", serializer=ProgrammeField()),
        APIField("themes", serializer=ThemesField()),
    ]
    parent_page_types = ["conferences.ConferenceIndexPage", "conferences.EventSeriesPage"]
    subpage_types = []
    search_kind = ("arrangement", "Konferanser og møter")
    theme_section_heading = "Konferanser og møter"
    card_template = "includes/event_card.html"

    class Meta:
        verbose_name = "arrangement"
        verbose_name_plural = "arrangementer"
        # The listings sort by it (newest first) and filter by year on it.
        indexes = [models.Index(fields=["start_date"], name="conferences_event_start_date")]

    @classmethod
    def listing_page(cls):
        return ConferenceIndexPage.objects.live().first()

    card_fields = ("is_example", "start_date", "end_date", "location", "is_digital", "summary")

    def search_facets(self, prepared=None):
        years = year_facets(self.start_date, self.end_date or self.start_date)
        return [*super().search_facets(prepared), *years]

    def search_facts(self):
        return [dates.format_range(self.start_date, self.end_date), self.place]

    def search_materials(self):
        """The programme's materials, read from the stored data so that no document is
        loaded for materials that do not match."""
        kinds = dict(MATERIAL_KINDS)
        return [
            # A list block stores each item as {"type": "item", "value": ..., "id": ...}.
            {**material, "kind_label": kinds.get(material.get("kind"), "Lenke")}
            for session in self.programme.raw_data
            for item in session["value"].get("materials", [])
            if (material := item.get("value", item)).get("title")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        mark_members_only(self.programme)
        return context

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Sluttdatoen kan ikke være før startdatoen."})
        if not self.location and not self.is_digital:
            raise ValidationError({"location": "Oppgi sted, eller kryss av for digitalt."})

    @cached_property
    def organiser_list(self):
        """The organisers and partners, read once for the page and its JSON-LD."""
        return list(self.organisers.all())

    def times(self):
        """(start, end): times in Oslo from the programme's first start and last end, or
        dates without a programme (an all-day event; the end is the last day)."""
        sessions = [session.value for session in self.programme]
        last_day = self.end_date or self.start_date
        if not sessions:
            return self.start_date, last_day
        first_start = min(session["start"] for session in sessions)
        last_end = max(session["end"] or session["start"] for session in sessions)
        start = datetime.datetime.combine(self.start_date, first_start, tzinfo=OSLO)
        end = datetime.datetime.combine(last_day, last_end, tzinfo=OSLO)
        if end <= start:  # a programme with no end: an hour, as calendars show by default
            end = start + datetime.timedelta(hours=1)
        return start, end

    def structured_data(self, request=None):
        """A schema.org Event, with what Google's event guidelines require (name,
        startDate, location: a Place with its address, or a VirtualLocation) and
        recommend (endDate, description, status, attendance mode, organizer)."""
        url = self.get_full_url(request)
        start, end = self.times()
        locations = []
        if self.location:
            locations.append({"@type": "Place", "name": self.location, "address": self.location})
        if self.is_digital:
            locations.append({"@type": "VirtualLocation", **({"url": url} if url else {})})
        if self.is_digital and self.location:
            mode = "MixedEventAttendanceMode"
        else:
            mode = "OnlineEventAttendanceMode" if self.is_digital else "OfflineEventAttendanceMode"
        organisers = [
            {"@type": "Organization", "name": organiser.name}
            for organiser in self.organiser_list
            if organiser.role != OrganiserRole.PARTNER
        ]
        data = {
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": locations[0] if len(locations) == 1 else locations,
            "organizer": organisers or schema.publisher(),
            "inLanguage": "nb",
        }
        if url:
            data["url"] = url
        return schema.with_context(data)

    @property
    def place(self):
        if self.is_digital and self.location:
            return f"Digitalt ({self.location})"
        return "Digitalt" if self.is_digital else self.location

    @property
    def is_upcoming(self):
        return (self.end_date or self.start_date) >= timezone.localdate()


class EventOrganiser(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisers")
    name = models.CharField("Navn", max_length=200)
    role = models.CharField(
        "Rolle", max_length=20, choices=OrganiserRole.choices, default=OrganiserRole.PARTNER
    )

    panels = [FieldPanel("name"), FieldPanel("role")]
    api_fields = [APIField("name"), APIField("role")]

    def __str__(self):
        return f"{self.name} – {self.get_role_display().lower()}"

    class Meta(Orderable.Meta):
        verbose_name = "arrangør eller partner"


def next_or_latest_event(request=None):
    """The next event to come, or the latest one when nothing is planned."""
    events = public(EventPage.objects.live(), request)
    today = timezone.localdate()
    upcoming = events.filter(start_date__gte=today).order_by("start_date").first()
    return upcoming or events.filter(start_date__lt=today).order_by("-start_date").first()
