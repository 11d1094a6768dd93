from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework.fields import CharField, Field
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kb.core import dates
from kb.core import structured_data as schema
from kb.core.api_fields import (
    API_IMAGE_SPEC,
    ConsentedImageRenditionField,
    RenderedStreamField,
    RichTextHTMLField,
    ThemesField,
)
from kb.core.blocks import RICH_TEXT_FEATURES, StoryBlock
from kb.core.images import prefetch_card_renditions
from kb.core.listing import (
    Filter,
    cached,
    cached_outside_preview,
    paginate,
    parent_path,
    public,
    querystring_without_page,
)
from kb.core.models import BasePage, SectionIndexPage
from kb.core.page_forms import BasePageForm
from kb.core.searchable import (
    MUNICIPALITY,
    ONGOING_SINCE,
    SEARCH_TEXT,
    SUMMARY_BOOST,
    TITLE_BOOST,
    SearchablePage,
    page_search_fields,
    year_facets,
)
from kb.methods.models import MethodPage
from kb.samson.models import assessment_from_link
from kb.samson.results import result_context
from kb.themes.models import Theme, ThemedPage, filter_by_theme


class Region(models.TextChoices):
    HELGELAND = "helgeland", "Helgeland"
    SALTEN = "salten", "Salten"
    OFOTEN = "ofoten", "Ofoten"
    LOFOTEN = "lofoten", "Lofoten"
    VESTERALEN = "vesteralen", "Vesterålen"


class SamiLanguage(models.TextChoices):
    """The Sámi languages of Nordland, as language codes for the lang attribute."""

    SOUTHERN = "sma", "Sørsamisk"
    LULE = "smj", "Lulesamisk"
    NORTHERN = "se", "Nordsamisk"


class Sector(models.TextChoices):
    PUBLIC = "offentlig", "Offentlig"
    PRIVATE = "privat", "Privat"
    CIVIL_SOCIETY = "sivilsamfunn", "Sivilsamfunn"
    VOLUNTARY = "frivillig", "Frivillig"


class CooperationLevel(models.TextChoices):
    """The three levels "Fremtidens kulturskole" (KS and Kulturskolerådet) separates."""

    SAMARBEID = "samarbeid", "Samarbeid"
    SAMHANDLING = "samhandling", "Samhandling"
    SAMSKAPING = "samskaping", "Samskaping"


# What each level means, in our words (after "Fremtidens kulturskole" and the action plan
# of Norsk kulturskoleråd Nordland 2024–2025), shown where the editor chooses the level.
COOPERATION_LEVEL_EXPLANATIONS = {
    CooperationLevel.SAMARBEID: (
        "Dere jobbet sammen mot et mål som var bestemt på forhånd, og hver part gjorde sin "
        "del, for eksempel et felles arrangement."
    ),
    CooperationLevel.SAMHANDLING: (
        "Dere var i jevnlig kontakt, påvirket hverandre underveis og var alle med som "
        "deltakere, ikke bare som leverandører."
    ),
    CooperationLevel.SAMSKAPING: (
        "Offentlige, private og frivillige aktører delte ressurser og fant sammen en løsning "
        "på et felles problem som ingen av dem kunne løst alene."
    ),
}


class CaseIndexPage(SectionIndexPage):
    """ "Erfaringer": the municipalities are its children, their case stories below them."""

    subpage_types = ["cases.MunicipalityPage"]
    listed_model = "cases.CaseStoryPage"

    class Meta:
        verbose_name = "erfaringsoversikt"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = public(CaseStoryPage.objects.descendant_of(self).live(), request)
        # The filters' options and the counts come from the cache while nothing is
        # published (kb.core.listing.cached): they are the same for every visitor.
        municipalities = cached(f"cases:{self.pk}:municipalities", self._municipalities, request)
        # Ongoing stories run until this year: the year is part of the key.
        this_year = timezone.localdate().year
        years = cached(f"cases:{self.pk}:years:{this_year}", lambda: story_years(stories), request)
        theme_filter = filter_by_theme(request)
        municipality_filter = Filter(
            "kommune", "Kommune", [(number, title) for number, title, _path in municipalities]
        )
        year_filter = Filter("ar", "År", [(year, year) for year in years])
        if theme := theme_filter.read(request):
            stories = stories.filter(themes__slug=theme)
        if number := municipality_filter.read(request):
            path = next(path for key, _title, path in municipalities if key == number)
            stories = stories.filter(path__startswith=path)
        if year := year_filter.read(request):
            stories = active_in_year(stories, int(year))
        count = cached(f"cases:{self.pk}:count:{theme}:{number}:{year}", stories.count, request)
        context.update(
            filters=[theme_filter, municipality_filter, year_filter],
            results=paginate(
                request,
                CaseStoryPage.cards(stories.order_by("-period_start", "title")),
                count=count,
            ),
            querystring=querystring_without_page(request),
        )
        return context

    def _municipalities(self):
        """[(number, title, path)] of the live municipalities, by name."""
        municipalities = MunicipalityPage.objects.child_of(self).live().order_by("title")
        return list(municipalities.values_list("number", "title", "path"))


def story_years(stories):
    """Every year some story in the queryset was running, newest first."""
    bounds = stories.aggregate(
        first=models.Min("period_start"),
        last_start=models.Max("period_start"),
        last_end=models.Max("period_end"),
    )
    if bounds["first"] is None:
        return []
    last = max(day.year for day in (bounds["last_start"], bounds["last_end"]) if day)
    if stories.filter(period_end__isnull=True).exists():
        last = max(last, timezone.localdate().year)
    return list(range(last, bounds["first"].year - 1, -1))


def active_in_year(stories, year):
    return stories.filter(period_start__year__lte=year).filter(
        models.Q(period_end__isnull=True) | models.Q(period_end__year__gte=year)
    )


class BoardMember(models.Model):
    """A board member of the branch; the board's sponsor scheme ("fadderordning") gives
    each member municipality one of them as its contact ("fadder")."""

    name = models.CharField("Navn", max_length=200)
    email = models.EmailField("E-post", blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        ordering = ["name"]
        verbose_name = "styremedlem"
        verbose_name_plural = "styremedlemmer"

    def __str__(self):
        return self.name


class MunicipalityPage(BasePage):
    sami_name = models.CharField("Offisielt samisk navn", max_length=100, blank=True)
    sami_language = models.CharField(
        "Samisk språk", max_length=3, choices=SamiLanguage.choices, blank=True
    )
    number = models.CharField(
        "Kommunenummer",
        max_length=4,
        unique=True,
        validators=[RegexValidator(r"^\d{4}$", "Kommunenummeret har fire sifre.")],
    )
    region = models.CharField("Region", max_length=20, choices=Region.choices)
    culture_school_name = models.CharField("Kulturskolens navn", max_length=200, blank=True)
    contact_name = models.CharField("Kontaktperson", max_length=200, blank=True)
    contact_email = models.EmailField("E-post", blank=True)
    contact_phone = models.CharField("Telefon", max_length=50, blank=True)
    is_member = models.BooleanField(
        "Medlem av Norsk kulturskoleråd",
        default=False,
        help_text="Medlemskommuner kan skrive egne erfaringer i Samskapingsbanken.",
    )
    sponsor = models.ForeignKey(
        BoardMember,
        verbose_name="Fadder i styret",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="municipalities",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("sami_name"), FieldPanel("sami_language")]),
        FieldPanel("region"),
        FieldRowPanel([FieldPanel("is_member"), FieldPanel("sponsor")]),
        MultiFieldPanel(
            [
                FieldPanel("culture_school_name"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading="Kulturskolen",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("sami_name"),
        index.SearchField("culture_school_name"),
        index.FilterField("number"),
        index.FilterField("region"),
        index.FilterField("is_member"),
    ]
    # The contact person is left out: the API gives no personal data.
    api_fields = [
        APIField("number"),
        APIField("sami_name"),
        APIField("sami_language"),
        APIField("region"),
        APIField("culture_school_name"),
        APIField("is_member"),
    ]

    parent_page_types = ["cases.CaseIndexPage"]
    subpage_types = ["cases.CaseStoryPage"]
    listed_model = "cases.CaseStoryPage"

    class Meta:
        verbose_name = "kommune"
        verbose_name_plural = "kommuner"
        ordering = ["number"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = public(CaseStoryPage.objects.child_of(self).live(), request)
        stories = stories.order_by("-period_start", "title")
        context["results"] = paginate(request, CaseStoryPage.cards(stories))
        context["querystring"] = ""
        context["share_story_url"] = self.share_story_url(request)
        return context

    def share_story_url(self, request):
        """The admin's form for a new story here, for a logged-in user who may write one
        (the municipality's editors, the advisers); None for everyone else. Pages for
        logged-in users are never cached (kb/core/page_cache.py), so the link reaches no
        one else."""
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if not self.permissions_for_user(user).can_add_subpage():
            return None
        return reverse("wagtailadmin_pages:add", args=["cases", "casestorypage", self.pk])


class CaseStoryForm(BasePageForm):
    """The story's admin form: the cooperation levels as radio buttons, each with what it
    means, so the editor can choose without looking it up."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["cooperation_level"]
        field.choices = [
            (level.value, f"{level.label}: {COOPERATION_LEVEL_EXPLANATIONS[level]}")
            for level in CooperationLevel
        ]
        field.widget = forms.RadioSelect(choices=field.choices)


class PublicMethodsField(Field):
    """The methods a story names, as the API lists them: only live, public ones (a story
    may name a method that is a draft or members-only)."""

    def to_representation(self, value):
        methods = public(value.live()).order_by("title")
        return [{"id": pk, "title": title} for pk, title in methods.values_list("pk", "title")]


class CaseStoryPage(SearchablePage, ThemedPage, BasePage):
    summary = models.TextField(
        "Kort oppsummering",
        max_length=300,
        help_text="To–tre setninger om hva dere gjorde og hva det førte til. Vises i lister "
        "og søketreff (høyst 300 tegn).",
    )
    is_example = models.BooleanField(
        "Eksempel",
        default=False,
        help_text="Merk erfaringer som er skrevet som eksempler, ikke virkelige hendelser.",
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name="Hovedbilde",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Valgfritt. Bildet trenger fotokreditt, en beskrivelse for dem som ikke ser "
        "det, og samtykke fra dem som er med på bildet.",
    )
    culture_school = models.CharField(
        "Kulturskole",
        max_length=200,
        help_text="Kulturskolen som sto for arbeidet, for eksempel «Bodø kulturskole».",
    )
    period_start = models.DateField("Startet", help_text="Omtrent når arbeidet begynte.")
    period_end = models.DateField(
        "Avsluttet", null=True, blank=True, help_text="La stå tomt hvis arbeidet pågår."
    )
    for_children = models.BooleanField(
        "Barn", default=False, help_text="Kryss av for alle gruppene arbeidet var for."
    )
    for_youth = models.BooleanField("Unge", default=False, help_text="13–19 år.")
    for_adults = models.BooleanField("Voksne", default=False, help_text="Fra 20 år.")
    cooperation_level = models.CharField(
        "Grad av samarbeid",
        max_length=20,
        choices=CooperationLevel.choices,
        help_text="Velg det nivået som passer best. Nivåene er hentet fra «Fremtidens "
        "kulturskole» (KS og Kulturskolerådet).",
    )
    challenge = RichTextField(
        "Utfordringen",
        features=RICH_TEXT_FEATURES,
        help_text="Hva ville dere løse eller få til, og for hvem?",
    )
    body = StreamField(
        StoryBlock(),
        verbose_name="Hva ble gjort",
        help_text="Fortell hva dere gjorde, steg for steg, og hvem som var med. Legg gjerne "
        "til bilder, sitater eller en video.",
    )
    lessons_learned = RichTextField(
        "Hva vi lærte",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Hva ville dere gjort likt eller annerledes? Råd til andre kulturskoler.",
    )
    methods_used = ParentalManyToManyField(
        "methods.MethodPage",
        verbose_name="Metoder som ble brukt",
        related_name="case_stories",
        blank=True,
        help_text="Metodene fra Samskapingsbanken dere brukte. Erfaringen vises også på "
        "metodens side.",
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name="Tema",
        related_name="case_stories",
        blank=True,
        help_text="Erfaringen vises på sidene til temaene du velger.",
    )
    contact_name = models.CharField(
        "Kontaktperson",
        max_length=200,
        blank=True,
        help_text="Den andre kulturskoler kan spørre om erfaringen.",
    )
    contact_email = models.EmailField(
        "E-post", blank=True, help_text="Kontaktpersonens e-postadresse."
    )
    samson_token = models.CharField(
        "SAMSON-resultat",
        max_length=300,
        blank=True,
        help_text="Lim inn lenken til en SAMSON-egenvurdering for å vise resultatet på siden. "
        "Alle som ser erfaringen, ser da resultatet (men ikke hvem som svarte).",
    )
    contact_consent = models.BooleanField(
        "Kontaktpersonen har samtykket til å vises på nettstedet",
        default=False,
        help_text="Navn og e-post vises bare når dette er krysset av.",
    )

    base_form_class = CaseStoryForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("is_example"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("culture_school"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldRowPanel(
                    [FieldPanel("for_children"), FieldPanel("for_youth"), FieldPanel("for_adults")],
                    heading="Målgrupper",
                ),
                FieldPanel("cooperation_level"),
            ],
            heading="Fakta",
        ),
        InlinePanel("partners", heading="Partnere", label="Partner"),
        FieldPanel("challenge"),
        FieldPanel("body"),
        InlinePanel(
            "results",
            heading="Resultater og effekter",
            label="Resultat",
            help_text="Etter SoImpact: målgruppe, ønsket endring, indikator, nullpunkt, resultat.",
        ),
        FieldPanel("lessons_learned"),
        FieldPanel("samson_token"),
        FieldPanel("methods_used", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_consent"),
            ],
            heading="Kontaktperson",
        ),
    ]
    search_fields = [
        *page_search_fields(TITLE_BOOST),
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.SearchField("culture_school"),
        index.SearchField("challenge"),
        index.SearchField("body"),
        index.SearchField("lessons_learned"),
        index.FilterField("period_start"),
        index.FilterField("cooperation_level"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("partners", [index.SearchField("name")]),
        # What the story set out to change, and for whom (its SoImpact results).
        index.RelatedFields(
            "results", [index.SearchField("target_group"), index.SearchField("intended_change")]
        ),
        SEARCH_TEXT,
    ]
    # The contact person is left out: the API gives no personal data.
    api_fields = [
        APIField("summary"),
        APIField("is_example"),
        APIField("image", serializer=ConsentedImageRenditionField(API_IMAGE_SPEC)),
        APIField("municipality_number", serializer=CharField(source="municipality.number")),
        APIField("culture_school"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("target_groups"),
        APIField("cooperation_level"),
        APIField("partners"),
        APIField("challenge", serializer=RichTextHTMLField()),
        APIField("body", serializer=RenderedStreamField()),
        APIField("results"),
        APIField("lessons_learned", serializer=RichTextHTMLField()),
        APIField("methods_used", serializer=PublicMethodsField()),
        APIField("themes", serializer=ThemesField()),
    ]

    parent_page_types = ["cases.MunicipalityPage"]
    subpage_types = []
    search_kind = ("erfaring", "Erfaringer")
    theme_section_heading = "Erfaringer"
    card_template = "includes/story_card.html"
    served_with = ("image",)

    class Meta:
        verbose_name = "erfaring"
        verbose_name_plural = "erfaringer"
        # The listings sort by it (newest first) and filter by year on it.
        indexes = [models.Index(fields=["period_start"], name="cases_story_period_start")]
        # The advisers' export for the annual report (kb/cases/export.py).
        permissions = [("export_casestorypage", "Kan eksportere erfaringer")]

    @classmethod
    def listing_page(cls):
        return CaseIndexPage.objects.live().first()

    card_fields = (
        "image",
        "is_example",
        "culture_school",
        "period_start",
        "period_end",
        "summary",
    )

    @classmethod
    def cards(cls, pages):
        return prefetch_card_renditions(super().cards(pages).select_related("image"))

    @classmethod
    def prepare_search_facets(cls):
        """{path of a municipality page: its number}, to file many stories in one query."""
        return dict(MunicipalityPage.objects.values_list("path", "number"))

    def search_facets(self, prepared=None):
        numbers = self.prepare_search_facets() if prepared is None else prepared
        values = super().search_facets(prepared)
        if number := numbers.get(self.path[: -self.steplen]):
            values.append((MUNICIPALITY, number))
        if self.period_end is None:
            values.append((ONGOING_SINCE, str(self.period_start.year)))
        else:
            values += year_facets(self.period_start, self.period_end)
        return values

    @classmethod
    def get_indexed_objects(cls):
        """Wagtail's stories to index, each read with its municipality's title and region
        (search_text() names them), rather than with two queries a story."""
        municipality = MunicipalityPage.objects.filter(path=parent_path(OuterRef("path")))
        return (
            super()
            .get_indexed_objects()
            .annotate(
                municipality_title=Subquery(municipality.values("title")[:1]),
                municipality_region=Subquery(municipality.values("region")[:1]),
            )
        )

    def search_text(self):
        if hasattr(self, "municipality_title"):  # read with the story (get_indexed_objects)
            title, region = self.municipality_title, self.municipality_region
        else:
            municipality = self.municipality
            title, region = municipality.title, municipality.region
        region = dict(Region.choices).get(region, region)
        return " ".join([title, region, self.get_cooperation_level_display(), *self.target_groups])

    def search_facts(self):
        period = dates.format_range(
            self.period_start, self.period_end, precision=dates.MONTH, open_end="pågår"
        )
        return [self.culture_school, period]

    @property
    def social_image(self):
        return self.image

    def structured_data(self, request=None):
        """A schema.org Article, with what Google's article guidelines recommend (schema.org
        requires nothing): headline, image, dates, author and publisher."""
        data = {
            "@type": "Article",
            "headline": self.title[:110],
            "description": self.summary,
            "inLanguage": "nb",
            "author": {"@type": "Organization", "name": self.culture_school},
            "publisher": schema.publisher(),
            "contentLocation": {"@type": "Place", "name": self.municipality.title},
        }
        if url := self.get_full_url(request):
            data["url"] = url
            data["mainEntityOfPage"] = url
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if image := schema.share_image(self.image):
            data["image"] = [image["url"]]
        return schema.with_context(data)

    @property
    def municipality(self):
        # Deferred: the page shows the parent's title and link, which routing has read.
        return self.get_parent().specific_deferred

    @property
    def target_groups(self):
        flags = [(self.for_children, "Barn"), (self.for_youth, "Unge"), (self.for_adults, "Voksne")]
        return [label for selected, label in flags if selected]

    def clean(self):
        super().clean()
        # A pasted link is kept as the assessment's token only.
        if self.samson_token:
            assessment = assessment_from_link(self.samson_token)
            if assessment is None:
                raise ValidationError(
                    {"samson_token": "Finner ingen SAMSON-vurdering med denne lenken."}
                )
            self.samson_token = assessment.token

    @property
    def samson_result(self):
        """The attached SAMSON result, for the result include, or None."""
        assessment = assessment_from_link(self.samson_token) if self.samson_token else None
        return result_context(assessment) if assessment else None

    @property
    def public_contact(self):
        """The contact person, only when they agreed to be shown."""
        if self.contact_consent and self.contact_name:
            return {"name": self.contact_name, "email": self.contact_email}
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other pages, which change only with the content version, as on a method page.
        context["methods_used"] = cached_outside_preview(
            f"story:{self.pk}:methods", lambda: self._methods_used(request), request
        )
        return context

    def _methods_used(self, request):
        """The methods used, as their cards need them. The relation's own values_list(): a
        subquery of the one query, or, in a preview, the ids still held in memory."""
        chosen = self.methods_used.values_list("id", flat=True)
        methods = public(MethodPage.objects.live(), request).filter(pk__in=chosen)
        return list(MethodPage.cards(methods).order_by("title"))


class CaseStoryPartner(Orderable):
    page = ParentalKey(CaseStoryPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(
        "Navn", max_length=200, help_text="Organisasjonen, laget eller virksomheten."
    )
    sector = models.CharField(
        "Sektor",
        max_length=20,
        choices=Sector.choices,
        help_text="Hvilken sektor partneren hører til.",
    )

    panels = [FieldPanel("name"), FieldPanel("sector")]
    api_fields = [APIField("name"), APIField("sector")]

    def __str__(self):
        return f"{self.name} – {self.get_sector_display().lower()}"

    class Meta(Orderable.Meta):
        verbose_name = "partner"


class CaseStoryResult(Orderable):
    """One line of results in SoImpact's logic: for whom, what should change, how it is
    measured, where it started and what was measured when."""

    page = ParentalKey(CaseStoryPage, on_delete=models.CASCADE, related_name="results")
    target_group = models.CharField(
        "Målgruppe",
        max_length=200,
        help_text="Hvem endringen gjelder, for eksempel «elever 13–16 år».",
    )
    intended_change = models.TextField(
        "Ønsket endring", help_text="Hva dere ønsket skulle bli annerledes for målgruppen."
    )
    indicator = models.CharField(
        "Indikator", max_length=300, help_text="Hva dere målte, for eksempel antall deltakere."
    )
    baseline = models.CharField(
        "Nullpunkt (før)", max_length=300, blank=True, help_text="Målingen før dere begynte."
    )
    result = models.CharField("Resultat", max_length=300, blank=True, help_text="Målingen etterpå.")
    measured_at = models.DateField("Målt", null=True, blank=True, help_text="Når dere målte.")

    panels = [
        FieldPanel("target_group"),
        FieldPanel("intended_change"),
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("result"), FieldPanel("measured_at")]),
    ]
    api_fields = [
        APIField("target_group"),
        APIField("intended_change"),
        APIField("indicator"),
        APIField("baseline"),
        APIField("result"),
        APIField("measured_at"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "resultat"
