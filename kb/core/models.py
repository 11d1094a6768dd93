from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, StandardPageBlock
from .images import ImageConsentMixin, KbImage, KbRendition  # noqa: F401  (model registry)


class BasePage(ImageConsentMixin, Page):
    """What every page type of the knowledge base shares."""

    class Meta:
        abstract = True

    def get_breadcrumbs(self):
        # Ancestors below the site root, for the breadcrumb trail (the home page is listed
        # once, as "Forside").
        return self.get_ancestors().filter(depth__gt=1).specific(defer=True)


class SectionIndexPage(BasePage):
    """The top page of a section (Metoder, Erfaringer, Konferanser): an intro and a
    filtered, paginated listing of what is below it."""

    intro = RichTextField("Ingress", blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # Where it may stand is said by the page above it (HomePage.subpage_types).
    max_count = 1

    class Meta:
        abstract = True


class StandardPage(BasePage):
    """Om, tilgjengelighetserklæring, personvern and other plain pages."""

    intro = models.TextField("Ingress", blank=True)
    body = StreamField(StandardPageBlock(), verbose_name="Innhold", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # Where it may stand is said by the pages above it (HomePage.subpage_types and its own).
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = "standardside"
        verbose_name_plural = "standardsider"


@register_setting(icon="mail")
class SiteContact(BaseSiteSetting):
    """The branch's contact details, shown in the footer of every page."""

    organisation = models.CharField(
        "Organisasjon", max_length=200, default="Norsk kulturskoleråd Nordland"
    )
    contact_person = models.CharField("Kontaktperson", max_length=200, blank=True)
    role = models.CharField("Rolle", max_length=200, blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    email = models.EmailField("E-post", blank=True)
    address = models.CharField("Adresse", max_length=255, blank=True)

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("role"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading="Kontaktperson",
        ),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = "kontaktinformasjon"
