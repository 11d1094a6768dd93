"""Template tags for themes: a theme's landing page below the theme index (/tema/<slug>/)."""

from django import template
from wagtail.models import Site

from kb.core.listing import cached_for_site
from kb.core.per_request import once_per_request
from kb.themes.models import ThemeIndexPage

register = template.Library()


def _theme_index_url(request):
    """(the current site's theme index, its URL), or (None, None); kept in the cache between
    publishes and read once per request."""
    pages = ThemeIndexPage.objects.live()
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    index_page = pages.first()
    url = index_page.get_url(request=request) if index_page else None
    return (index_page, url) if url else (None, None)


@register.simple_tag(takes_context=True)
def theme_url(context, theme):
    """A theme's landing page URL, or "" when the site has no theme index."""
    request = context.get("request")
    index_page, url = once_per_request(
        request,
        "theme_index",
        lambda: cached_for_site("theme_index", lambda: _theme_index_url(request), request),
    )
    return url + index_page.reverse_subpage("theme", args=[theme.slug]) if url else ""
