from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from rest_framework.fields import Field
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kb.core import structured_data as schema
from kb.core.api_fields import RichTextHTMLField, ThemesField
from kb.core.blocks import RICH_TEXT_FEATURES, StepBlock
from kb.core.listing import Filter, cached, paginate, public, querystring_without_page
from kb.core.models import BasePage, SectionIndexPage
from kb.core.searchable import (
    METHOD_TITLE_BOOST,
    PHASE,
    SUMMARY_BOOST,
    SearchablePage,
    page_search_fields,
)
from kb.themes.models import Theme, ThemedPage, filter_by_theme


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


class MethodIndexPage(SectionIndexPage):
    subpage_types = ["methods.MethodPage"]
    listed_model = "methods.MethodPage"

    class Meta:
        verbose_name = "metodeoversikt"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        theme_filter = filter_by_theme(request)
        phase_filter = Filter("fase", "Fase", list(Phase.choices))
        methods = public(MethodPage.objects.child_of(self).live(), request).order_by("title")
        if theme := theme_filter.read(request):
            methods = methods.filter(themes__slug=theme)
        if phase := phase_filter.read(request):
            methods = methods.filter(phase=phase)
        count = cached(f"methods:{self.pk}:count:{theme}:{phase}", methods.count, request)
        context.update(
            filters=[theme_filter, phase_filter],
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


class MethodPage(SearchablePage, ThemedPage, BasePage):
    summary = models.TextField("Kort oppsummering", max_length=300)
    purpose = RichTextField("Formål", features=RICH_TEXT_FEATURES)
    phase = models.CharField("Fase i samskapingsprosessen", max_length=30, choices=Phase.choices)
    time_needed = models.CharField(
        "Tidsbruk", max_length=100, help_text="For eksempel «2–3 timer»."
    )
    group_size = models.CharField(
        "Gruppestørrelse", max_length=100, help_text="For eksempel «8–30 deltakere»."
    )
    works_digitally = models.BooleanField("Kan gjennomføres digitalt", default=False)
    preparation = RichTextField(
        "Forberedelser og materiell", blank=True, features=RICH_TEXT_FEATURES
    )
    steps = StreamField([("step", StepBlock())], verbose_name="Steg for steg")
    tips = RichTextField("Tips og fallgruver", blank=True, features=RICH_TEXT_FEATURES)
    source_title = models.CharField("Kilde", max_length=300)
    source_page = models.CharField("Side i kilden", max_length=50, blank=True)
    source_url = models.URLField("Lenke til kilden", blank=True)
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
                FieldPanel("time_needed"),
                FieldPanel("group_size"),
                FieldPanel("works_digitally"),
            ],
            heading="Fakta",
        ),
        FieldPanel("preparation"),
        FieldPanel("steps"),
        FieldPanel("tips"),
        MultiFieldPanel(
            [FieldPanel("source_title"), FieldPanel("source_page"), FieldPanel("source_url")],
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
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("summary"),
        APIField("purpose", serializer=RichTextHTMLField()),
        APIField("phase"),
        APIField("time_needed"),
        APIField("group_size"),
        APIField("works_digitally"),
        APIField("preparation", serializer=RichTextHTMLField()),
        APIField("steps", serializer=StepsField()),
        APIField("tips", serializer=RichTextHTMLField()),
        APIField("source_title"),
        APIField("source_page"),
        APIField("source_url"),
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

    card_fields = ("summary", "phase", "time_needed", "group_size", "works_digitally")

    def search_facets(self, prepared=None):
        return [*super().search_facets(prepared), (PHASE, self.phase)]

    def search_facts(self):
        return [self.get_phase_display()]

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Related both ways: the methods this one names (read from the relation, which a
        # preview holds in memory) and those that name it. Their ids first: a join with an
        # OR across both would scan every method.
        named = self.related_methods.values_list("id", flat=True)
        naming = MethodPage.related_methods.through.objects.filter(to_methodpage=self.pk)
        ids = {*named, *naming.values_list("from_methodpage", flat=True)} - {self.pk}
        related = public(MethodPage.objects.live(), request).filter(pk__in=ids).order_by("title")
        # The stories' own model says what their cards need (methods cannot import it).
        stories = self.case_stories.model.cards(public(self.case_stories.live(), request))
        context.update(
            related_methods=MethodPage.cards(related), case_stories=stories.order_by("title")
        )
        return context
