"""The feeds: /feed/ (everything), /feed/tema/<slug>/ (one theme) and /feed/<type>/ (one
type: metoder, erfaringer, arrangementer); each also in Atom at …/atom/."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.text import slugify

from kb.core.listing import public
from kb.themes.models import Theme, themed_page_relations

# The newest items a feed shows.
FEED_SIZE = 30
SITE_NAME = "Samskapingsbanken"


def feed_types():
    """{slug: model} of the content types with a feed: those tagged by theme, named by
    their plural ("metoder", "erfaringer", "arrangementer")."""
    return {slugify(model._meta.verbose_name_plural): model for model, _ in themed_page_relations()}


def newest(models, theme=None):
    """The FEED_SIZE newest live, public pages of the models (tagged with `theme`)."""
    pages = []
    for model in models:
        queryset = public(model.objects.live()).exclude(first_published_at=None)
        if theme is not None:
            queryset = queryset.filter(themes=theme)
        queryset = queryset.prefetch_related("themes").order_by("-first_published_at")
        pages += queryset[:FEED_SIZE]
    pages.sort(key=lambda page: page.first_published_at, reverse=True)
    return pages[:FEED_SIZE]


class NewContentFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "nb"
    atom_name = None  # the URL name of the same feed in Atom, set on the Atom subclasses

    def get_object(self, request, slug=None):
        return {"request": request}

    def title(self, obj):
        return f"Nytt i {SITE_NAME}"

    def description(self, obj):
        return "Nye metoder, erfaringer og arrangementer om samskaping i kulturskolen."

    def link(self, obj):
        return "/"

    def items(self, obj):
        return newest(model for model, _ in themed_page_relations())

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url()

    def item_guid(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class ThemeFeed(NewContentFeed):
    def get_object(self, request, slug):
        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            raise Http404("Temaet finnes ikke.")
        return theme

    def title(self, theme):
        return f"{theme.name} – {SITE_NAME}"

    def description(self, theme):
        return theme.description or f"Nytt om {theme.name} i {SITE_NAME}."

    def link(self, theme):
        return theme.get_url() or "/"

    def items(self, theme):
        return newest((model for model, _ in themed_page_relations()), theme=theme)


class TypeFeed(NewContentFeed):
    def get_object(self, request, kind):
        model = feed_types().get(kind)
        if model is None:
            raise Http404("Denne typen innhold har ingen strøm.")
        return model

    def title(self, model):
        return f"{str(model._meta.verbose_name_plural).capitalize()} – {SITE_NAME}"

    def description(self, model):
        return f"Nye {model._meta.verbose_name_plural} i {SITE_NAME}."

    def link(self, model):
        index_page = model.listing_page()
        return (index_page.url if index_page else None) or "/"

    def items(self, model):
        return newest([model])


class AtomNewContentFeed(NewContentFeed):
    feed_type = Atom1Feed
    subtitle = NewContentFeed.description


class AtomThemeFeed(ThemeFeed):
    feed_type = Atom1Feed
    subtitle = ThemeFeed.description


class AtomTypeFeed(TypeFeed):
    feed_type = Atom1Feed
    subtitle = TypeFeed.description


def feed_links(theme=None, model=None):
    """The <link rel="alternate"> entries for a page: everything new, and the feed of its
    theme or its type of content when it has one, each in RSS and Atom."""
    links = [("Alt nytt", reverse("feed"), reverse("feed_atom"))]
    if theme is not None:
        links.append(
            (
                f"Tema: {theme.name}",
                reverse("feed_theme", args=[theme.slug]),
                reverse("feed_theme_atom", args=[theme.slug]),
            )
        )
    if model is not None:
        kind = slugify(model._meta.verbose_name_plural)
        links.append(
            (
                str(model._meta.verbose_name_plural).capitalize(),
                reverse("feed_type", args=[kind]),
                reverse("feed_type_atom", args=[kind]),
            )
        )
    return [
        {"title": f"{title} – {SITE_NAME}", "rss": rss, "atom": atom} for title, rss, atom in links
    ]
