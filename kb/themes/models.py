from django.apps import apps
from django.db import models
from django.shortcuts import get_object_or_404
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from kb.core.listing import Filter
from kb.core.models import BasePage

# How many items of each kind a theme page shows before linking to the full, filtered list.
ITEMS_PER_KIND = 6


class Theme(index.Indexed, models.Model):
    """The controlled vocabulary: the adviser manages the list; editors only choose from it."""

    name = models.CharField("Navn", max_length=120, unique=True)
    slug = models.SlugField("Adresse (slug)", max_length=120, unique=True, allow_unicode=False)
    description = models.TextField("Beskrivelse", blank=True)
    sort_order = models.PositiveSmallIntegerField("Rekkefølge", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "tema"
        verbose_name_plural = "temaer"

    def __str__(self):
        return self.name

    def get_url(self):
        index_page = ThemeIndexPage.objects.live().first()
        return index_page.theme_url(self.slug) if index_page else None


def filter_by_theme():
    """The "Tema" filter every listing offers."""
    return Filter("tema", "Tema", list(Theme.objects.values_list("slug", "name")))


class ThemeIndexPage(RoutablePageMixin, BasePage):
    """/tema/ lists the themes; /tema/<slug>/ is each theme's landing page."""

    intro = models.TextField("Ingress", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "temaoversikt"

    @path("")
    def theme_list(self, request):
        return self.render(request, context_overrides={"themes": Theme.objects.all()})

    @path("<slug:slug>/", name="theme")
    def theme_detail(self, request, slug):
        theme = get_object_or_404(Theme, slug=slug)
        sections = [
            _section("Metoder", theme.method_pages, "methods.MethodIndexPage", theme),
            _section("Erfaringer", theme.case_stories, "cases.CaseIndexPage", theme),
            _section(
                "Konferanser og møter", theme.event_pages, "conferences.ConferenceIndexPage", theme
            ),
        ]
        return self.render(
            request,
            template="themes/theme_page.html",
            context_overrides={"theme": theme, "sections": sections},
        )

    def theme_url(self, slug):
        return self.url + self.reverse_subpage("theme", args=[slug])

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return urls
        for theme in Theme.objects.all():
            urls.append({"location": base + self.reverse_subpage("theme", args=[theme.slug])})
        return urls


def _section(heading, related_pages, index_model, theme):
    pages = related_pages.live().public().specific().order_by("-first_published_at", "title")
    index_page = apps.get_model(index_model).objects.live().first()
    listing_url = f"{index_page.url}?tema={theme.slug}" if index_page else None
    return {
        "heading": heading,
        "count": pages.count(),
        "items": list(pages[:ITEMS_PER_KIND]),
        "listing_url": listing_url,
    }
