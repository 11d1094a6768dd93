from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from kb.conferences.models import next_or_latest_event
from kb.core.blocks import RICH_TEXT_FEATURES
from kb.core.images import prefetch_card_renditions
from kb.core.models import BasePage
from kb.themes.models import all_themes


class HomePage(BasePage):
    intro = RichTextField("Introduksjon", features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_methods", heading="Utvalgte metoder", label="Metode", max_num=6),
        InlinePanel("featured_stories", heading="Utvalgte erfaringer", label="Erfaring", max_num=6),
    ]
    parent_page_types = ["wagtailcore.Page"]
    allowed_at_tree_root = True
    subpage_types = [
        "methods.MethodIndexPage",
        "cases.CaseIndexPage",
        "conferences.ConferenceIndexPage",
        "themes.ThemeIndexPage",
        "core.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "forside"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = _featured(self.featured_stories, "page__image")
        context.update(
            methods=_live(_featured(self.featured_methods)),
            stories=_live(prefetch_card_renditions(stories, "page__image")),
            event=next_or_latest_event(request),
            themes=all_themes(request),
        )
        return context


def _featured(featured, *related):
    """The featured pages with what their cards show (their type's cards() does the same
    for a listing)."""
    model = featured.model._meta.get_field("page").related_model
    fields = ("live", *model.card_page_fields, *model.card_fields)
    # Items added in code rather than the editor share a sort_order: then as added.
    pages = featured.select_related("page", *related).order_by("sort_order", "id")
    return pages.only("home", "sort_order", "page", *(f"page__{name}" for name in fields))


def _live(featured):
    return [item.page for item in featured if item.page.live]


class FeaturedMethod(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_methods")
    page = models.ForeignKey(
        "methods.MethodPage", verbose_name="Metode", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]


class FeaturedStory(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    page = models.ForeignKey(
        "cases.CaseStoryPage", verbose_name="Erfaring", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
