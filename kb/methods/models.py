from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from modelcluster.fields import ParentalManyToManyField
from rest_framework.fields import Field
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kb.core import structured_data as schema
from kb.core.api_fields import RichTextHTMLField, ThemesField
from kb.core.blocks import RICH_TEXT_FEATURES, StepBlock
from kb.core.licences import Licence
from kb.core.listing import (
    Filter,
    NumberFilter,
    cached,
    cached_outside_preview,
    paginate,
    public,
    querystring_without_page,
)
from kb.core.models import BasePage, SectionIndexPage
from kb.core.searchable import (
    DIGITAL,
    METHOD_TITLE_BOOST,
    PARTICIPANTS,
    PHASE,
    SEARCH_TEXT,
    SUMMARY_BOOST,
    TARGET_GROUP,
    TIME_AVAILABLE,
    SearchablePage,
    page_search_fields,
)
from kb.themes.models import Theme, ThemedPage, filter_by_theme

from . import worksheets
from .situation import (
    PARTICIPANT_RANGES,
    TARGET_GROUP_FIELDS,
    TIME_BUDGETS,
    DurationUnit,
    TargetGroup,
    format_duration,
    format_participants,
    group_size_words,
    shortest_minutes,
    that_fit,
)

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Phase(models.TextChoices):
    """The phases of a co-creation process, after KS's roadmap for service innovation and
    the libraries' "Startpakke for samskaping"."""

    FORANKRING = "forankring", "Forankring og oppstart"
    PROBLEMFORSTAELSE = "problemforstaelse", "Forstå utfordringen"
    IDEUTVIKLING = "ideutvikling", "Idéutvikling"
    UTPROVING = "utproving", "Prototyp og utprøving"
    GJENNOMFORING = "gjennomforing", "Gjennomføring og spredning"
    EVALUERING = "evaluering", "Evaluering og måling av verdi"
    HELE_PROSESSEN = "hele-prosessen", "Hele prosessen"


class Digital(models.TextChoices):
    YES = "ja", "Ja"
    PARTLY = "delvis", "Delvis"
    NO = "nei", "Nei"


class MethodIndexPage(SectionIndexPage):
    subpage_types = ["methods.MethodPage"]
    listed_model = "methods.MethodPage"

    class Meta:
        verbose_name = "metodeoversikt"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The situation first ("we are 6 and have 90 minutes"), then what the method is about.
        participants_filter = NumberFilter(
            "deltakere", "Antall deltakere", minimum=1, maximum=10000, hint="For eksempel 6"
        )
        time_filter = Filter(
            "tid", "Tid dere har", [(key, label) for key, label, _m in TIME_BUDGETS]
        )
        target_filter = Filter("malgruppe", "Målgruppe", list(TargetGroup.choices))
        digital_filter = Filter("digitalt", "Digitalt", list(Digital.choices))
        theme_filter = filter_by_theme(request)
        phase_filter = Filter("fase", "Fase", list(Phase.choices))
        methods = public(MethodPage.objects.child_of(self).live(), request).order_by("title")
        participants = participants_filter.read(request)
        time = time_filter.read(request)
        target = target_filter.read(request)
        digital = digital_filter.read(request)
        theme = theme_filter.read(request)
        phase = phase_filter.read(request)
        methods = that_fit(
            methods,
            participants=participants,
            minutes=next((m for key, _l, m in TIME_BUDGETS if key == time), None),
            target_group=target,
        )
        if digital:
            methods = methods.filter(digital=digital)
        if theme:
            methods = methods.filter(themes__slug=theme)
        if phase:
            methods = methods.filter(phase=phase)
        key = ":".join(str(v) for v in (participants, time, target, digital, theme, phase))
        count = cached(f"methods:{self.pk}:count:{key}", methods.count, request)
        context.update(
            filters=[
                participants_filter,
                time_filter,
                target_filter,
                digital_filter,
                theme_filter,
                phase_filter,
            ],
            results=paginate(request, MethodPage.cards(methods), count=count),
            querystring=querystring_without_page(request),
        )
        return context


class StepsField(Field):
    """A method's steps for the API: each a title and its description as HTML."""

    def to_representation(self, value):
        return [
            {"title": step.value["title"], "description": str(step.value["description"])}
            for step in value
        ]


class Worksheet(models.TextChoices):
    NONE = "", "Ingen"
    PDF = "pdf", "Arbeidsark (PDF)"
    SOIMPACT = "soimpact", "Arbeidsark (PDF) og SoImpact-regneark (.xlsx)"


class MethodPage(RoutablePageMixin, SearchablePage, ThemedPage, BasePage):
    summary = models.TextField("Kort oppsummering", max_length=300)
    purpose = RichTextField("Formål", features=RICH_TEXT_FEATURES)
    phase = models.CharField("Fase i samskapingsprosessen", max_length=30, choices=Phase.choices)
    # The situation a method fits, as facts the listing can filter on. Nullable only for
    # methods written before they existed whose free text could not be read (migration
    # 0004); the admin asks for them.
    participants_min = models.PositiveIntegerField("Deltakere, minst", null=True)
    participants_max = models.PositiveIntegerField(
        "Deltakere, flest", null=True, blank=True, help_text="Tom = ingen øvre grense."
    )
    duration_min = models.PositiveIntegerField("Tidsbruk, minst", null=True)
    duration_max = models.PositiveIntegerField("Tidsbruk, mest", null=True, blank=True)
    duration_unit = models.CharField(
        "Tidsenhet", max_length=10, choices=DurationUnit.choices, default=DurationUnit.MINUTES
    )
    facts_note = models.CharField(
        "Merknad til fakta",
        max_length=200,
        blank=True,
        help_text="Det tallene ikke sier, for eksempel «per gruppe» eller «per møte, 3–5 møter».",
    )
    for_children = models.BooleanField(TargetGroup.CHILDREN.label, default=False)
    for_youth = models.BooleanField(TargetGroup.YOUTH.label, default=False)
    for_adults = models.BooleanField(TargetGroup.ADULTS.label, default=False)
    for_partners = models.BooleanField(TargetGroup.PARTNERS.label, default=False)
    digital = models.CharField(
        "Kan gjennomføres digitalt",
        max_length=10,
        choices=Digital.choices,
        default=Digital.NO,
        help_text="«Delvis»: noen steg trenger at dere møtes fysisk.",
    )
    preparation = RichTextField(
        "Forberedelser og materiell", blank=True, features=RICH_TEXT_FEATURES
    )
    steps = StreamField([("step", StepBlock())], verbose_name="Steg for steg")
    tips = RichTextField("Tips og fallgruver", blank=True, features=RICH_TEXT_FEATURES)
    source_title = models.CharField("Kilde", max_length=300)
    source_page = models.CharField("Side i kilden", max_length=50, blank=True)
    source_url = models.URLField(
        "Lenke til kilden",
        blank=True,
        help_text="Lenke til selve materialet (dokumentet eller verktøyets side), ikke en forside.",
    )
    source_licence = models.CharField(
        "Kildens lisens", max_length=30, choices=Licence.choices, default=Licence.COPYRIGHT
    )
    worksheet = models.CharField(
        "Arbeidsark",
        max_length=10,
        choices=Worksheet.choices,
        blank=True,
        default=Worksheet.NONE,
        help_text="For metoder der gruppen fyller ut et skjema: et arbeidsark til utskrift, "
        "laget av metodens egne steg.",
    )
    related_methods = ParentalManyToManyField(
        "self", verbose_name="Relaterte metoder", blank=True, symmetrical=False
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name="Tema", related_name="method_pages", blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("participants_min"), FieldPanel("participants_max")]),
                FieldRowPanel(
                    [
                        FieldPanel("duration_min"),
                        FieldPanel("duration_max"),
                        FieldPanel("duration_unit"),
                    ]
                ),
                FieldPanel("facts_note"),
                FieldRowPanel(
                    [
                        FieldPanel("for_children"),
                        FieldPanel("for_youth"),
                        FieldPanel("for_adults"),
                        FieldPanel("for_partners"),
                    ],
                    heading="Målgrupper",
                ),
                FieldPanel("digital"),
            ],
            heading="Fakta",
        ),
        FieldPanel("preparation"),
        FieldPanel("steps"),
        FieldPanel("worksheet"),
        FieldPanel("tips"),
        MultiFieldPanel(
            [
                FieldPanel("source_title"),
                FieldPanel("source_page"),
                FieldPanel("source_url"),
                FieldPanel("source_licence"),
            ],
            heading="Kilde",
        ),
        FieldPanel("related_methods", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *page_search_fields(METHOD_TITLE_BOOST),
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.SearchField("purpose"),
        index.SearchField("steps"),
        index.SearchField("tips"),
        index.FilterField("phase"),
        index.FilterField("digital"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        SEARCH_TEXT,
    ]
    api_fields = [
        APIField("summary"),
        APIField("purpose", serializer=RichTextHTMLField()),
        APIField("phase"),
        APIField("participants_min"),
        APIField("participants_max"),
        APIField("duration_min"),
        APIField("duration_max"),
        APIField("duration_unit"),
        APIField("facts_note"),
        APIField("for_children"),
        APIField("for_youth"),
        APIField("for_adults"),
        APIField("for_partners"),
        APIField("digital"),
        APIField("preparation", serializer=RichTextHTMLField()),
        APIField("steps", serializer=StepsField()),
        APIField("tips", serializer=RichTextHTMLField()),
        APIField("source_title"),
        APIField("source_page"),
        APIField("source_url"),
        APIField("source_licence"),
        APIField("themes", serializer=ThemesField()),
    ]

    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []
    search_kind = ("metode", "Metoder")
    theme_section_heading = "Metoder"
    card_template = "includes/method_card.html"

    class Meta:
        verbose_name = "metode"
        verbose_name_plural = "metoder"

    @classmethod
    def listing_page(cls):
        return MethodIndexPage.objects.live().first()

    card_fields = (
        "summary",
        "phase",
        "participants_min",
        "participants_max",
        "duration_min",
        "duration_max",
        "duration_unit",
        "digital",
    )

    def clean(self):
        super().clean()
        errors = {}
        fewest, most = self.participants_min, self.participants_max
        if fewest and most is not None and most < fewest:
            errors["participants_max"] = "Kan ikke være færre enn «Deltakere, minst»."
        shortest, longest = self.duration_min, self.duration_max
        if shortest and longest is not None and longest < shortest:
            errors["duration_max"] = "Kan ikke være kortere enn «Tidsbruk, minst»."
        if errors:
            raise ValidationError(errors)

    @property
    def participants_display(self):
        return format_participants(self.participants_min, self.participants_max)

    @property
    def duration_display(self):
        return format_duration(self.duration_min, self.duration_max, self.duration_unit)

    @property
    def target_groups(self):
        return [group for group, name in TARGET_GROUP_FIELDS.items() if getattr(self, name)]

    @property
    def licence(self):
        return Licence(self.source_licence)

    def search_facets(self, prepared=None):
        values = [*super().search_facets(prepared), (PHASE, self.phase), (DIGITAL, self.digital)]
        values += [(TARGET_GROUP, group.value) for group in self.target_groups]
        # Filed under every time budget it fits in and every group size it overlaps, so
        # that choosing one («we have 90 minutes») finds it.
        shortest = shortest_minutes(self.duration_min, self.duration_unit)
        if shortest is not None:
            values += [
                (TIME_AVAILABLE, key) for key, _l, limit in TIME_BUDGETS if shortest <= limit
            ]
        if self.participants_min:
            top = self.participants_max or float("inf")
            values += [
                (PARTICIPANTS, key)
                for key, _l, (low, high) in PARTICIPANT_RANGES
                if self.participants_min <= high and low <= top
            ]
        return values

    def search_facts(self):
        return [self.get_phase_display()]

    def search_text(self):
        groups = [TargetGroup(group).label for group in self.target_groups]
        return " ".join(
            [
                self.get_phase_display(),
                self.participants_display or "",
                group_size_words(self.participants_min, self.participants_max),
                self.duration_display or "",
                *groups,
                self.get_digital_display(),
                self.source_title,
            ]
        )

    def structured_data(self, request=None):
        """A schema.org HowTo: its name and steps (each a HowToStep with its text) are what
        the type requires; the steps link to their place on the page (#steg-1, ...)."""
        url = self.get_full_url(request)
        data = {
            "@type": "HowTo",
            "name": self.title,
            "description": self.summary,
            "inLanguage": "nb",
            "step": [
                {
                    "@type": "HowToStep",
                    "position": number,
                    "name": step.value["title"],
                    "text": schema.text(step.value["description"]),
                    **({"url": f"{url}#steg-{number}"} if url else {}),
                }
                for number, step in enumerate(self.steps, start=1)
            ],
            "publisher": schema.publisher(),
        }
        if url:
            data["url"] = url
        if self.preparation:
            data["supply"] = {"@type": "HowToSupply", "name": schema.text(self.preparation)}
        if self.source_title:
            source = {"@type": "CreativeWork", "name": self.source_title}
            data["isBasedOn"] = {**source, "url": self.source_url} if self.source_url else source
        return schema.with_context(data)

    @path("arbeidsark/")
    def worksheet_pdf(self, request):
        if not self.worksheet:
            raise Http404
        response = HttpResponse(worksheets.worksheet_pdf(self, request), content_type=PDF)
        response["Content-Disposition"] = f'inline; filename="arbeidsark-{self.slug}.pdf"'
        return response

    @path("soimpact-regneark/")
    def soimpact_spreadsheet(self, request):
        if self.worksheet != Worksheet.SOIMPACT:
            raise Http404
        response = HttpResponse(worksheets.soimpact_workbook(self), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="soimpact-{self.slug}.xlsx"'
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other pages, which change only with the content version (a publish anywhere), as
        # a theme page's sections: four queries fewer on a method page.
        related, stories = cached_outside_preview(
            f"method:{self.pk}:related", lambda: self._related_pages(request), request
        )
        context.update(related_methods=related, case_stories=stories)
        return context

    def _related_pages(self, request):
        """(the related methods, the stories that used this one), as their cards need them.
        Related both ways: the methods this one names (read from the relation, which a
        preview holds in memory) and those that name it. Their ids first: a join with an OR
        across both would scan every method."""
        named = self.related_methods.values_list("id", flat=True)
        naming = MethodPage.related_methods.through.objects.filter(to_methodpage=self.pk)
        ids = {*named, *naming.values_list("from_methodpage", flat=True)} - {self.pk}
        related = public(MethodPage.objects.live(), request).filter(pk__in=ids).order_by("title")
        # The stories' own model says what their cards need (methods cannot import it).
        stories = self.case_stories.model.cards(public(self.case_stories.live(), request))
        return list(MethodPage.cards(related)), list(stories.order_by("title"))
