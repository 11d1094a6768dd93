from django.db import models
from django.http import Http404
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from kb.core.listing import Filter, cached, public
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
    api_fields = [APIField("name"), APIField("slug"), APIField("description")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "tema"
        verbose_name_plural = "temaer"

    def __str__(self):
        return self.name

    def get_url(self):
        index_page = ThemeIndexPage.objects.live().first()
        return index_page.theme_url(self.slug) if index_page else None


class ThemedPage:
    """Mixed into a page model whose `themes` field tags it by theme: its theme pages then
    show a section of such pages under `theme_section_heading`."""

    theme_section_heading = ""

    @classmethod
    def cards(cls, pages):
        """The pages as their cards need them: only what the card shows (BasePage's
        card_page_fields and the type's card_fields), and what it shows loaded with them
        (an image, say). A field the card reads but that is left out costs a query per
        card (tests/test_query_counts.py)."""
        return pages.only(*cls.card_page_fields, *cls.card_fields)

    @classmethod
    def listing_page(cls):
        """The live page that lists every page of this type (its "Tema" filter links to
        all of them), or None."""
        return None

    @classmethod
    def get_indexed_objects(cls):
        """Wagtail's pages to index, with their themes (whose names are indexed) read in one
        query rather than one per page: Wagtail does not prefetch a ParentalManyToManyField."""
        return super().get_indexed_objects().prefetch_related("themes")


def themed_page_relations():
    """The page models tagged by theme, as (model, accessor on a theme), in app order."""
    return [
        (relation.related_model, relation.get_accessor_name())
        for relation in Theme._meta.related_objects
        if issubclass(relation.related_model, ThemedPage)
    ]


def all_themes(request=None):
    """Every theme, in order, from the cache between changes (a saved theme changes the
    content version)."""
    return cached("themes:all", lambda: list(Theme.objects.all()), request)


def filter_by_theme(request=None):
    """The "Tema" filter every listing offers (its options from the cache)."""
    themes = cached("themes", lambda: list(Theme.objects.values_list("slug", "name")), request)
    return Filter("tema", "Tema", themes)


class ThemeIndexPage(RoutablePageMixin, BasePage):
    """/tema/ lists the themes; /tema/<slug>/ is each theme's landing page."""

    intro = models.TextField("Ingress", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # Where it may stand is said by the page above it (HomePage.subpage_types).
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "temaoversikt"

    @path("")
    def theme_list(self, request):
        return self.render(request, context_overrides={"themes": Theme.objects.all()})

    @path("<slug:slug>/", name="theme")
    def theme_detail(self, request, slug):
        theme = next((theme for theme in all_themes(request) if theme.slug == slug), None)
        if theme is None:
            raise Http404("Temaet finnes ikke.")
        sections = [
            _section(model, getattr(theme, accessor), theme, request)
            for model, accessor in themed_page_relations()
        ]
        return self.render(
            request,
            template="themes/theme_page.html",
            context_overrides={
                "theme": theme,
                "sections": sections,
                "canonical_url": self.theme_full_url(theme.slug, request),
            },
        )

    def theme_url(self, slug):
        return self.url + self.reverse_subpage("theme", args=[slug])

    def theme_full_url(self, slug, request=None):
        """The theme's page with the site's real address (SITE_URL), or None if the index
        page has no URL."""
        base = self.get_full_url(request)
        return base + self.reverse_subpage("theme", args=[slug]) if base else None

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if self.get_full_url(request) is None:
            return urls
        for theme in Theme.objects.all():
            urls.append({"location": self.theme_full_url(theme.slug, request)})
        return urls


def _section(model, related_pages, theme, request=None):
    # The relation gives the model's own pages (no .specific(), which would load them
    # again without what cards() loads with them).
    pages = model.cards(public(related_pages.live(), request))
    pages = pages.order_by("-first_published_at", "title")
    index_url = cached(
        f"themes:listing_url:{model._meta.label}", lambda: _listing_url(model), request
    )
    listing_url = f"{index_url}?tema={theme.slug}" if index_url else None
    # The newest few and their number change only with the content version: kept with it,
    # as the cards they show are (kb.core.cards).
    key = f"themes:{theme.pk}:{model._meta.label}"
    return {
        "heading": model.theme_section_heading,
        "count": cached(f"{key}:count", pages.count, request),
        "items": cached(f"{key}:items", lambda: list(pages[:ITEMS_PER_KIND]), request),
        "listing_url": listing_url,
    }


def _listing_url(model):
    """The URL of the page listing every page of `model`, or "" (no such page)."""
    index_page = model.listing_page()
    return (index_page.url or "") if index_page else ""
