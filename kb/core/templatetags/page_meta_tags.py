"""The <head> entries a page shares with other sites: Open Graph and schema.org JSON-LD
(kb/core/structured_data.py)."""

from django import template
from django.utils import timezone

from kb.core import structured_data
from kb.core.listing import cached_for_site
from kb.core.models import SharingSettings
from kb.core.text import page_summary

register = template.Library()


def default_share_image(request):
    """The site's image for sharing (Settings → Deling i sosiale medier) as share_image()
    gives it, from the cache between changes; None when none is chosen."""
    if request is None:
        return None

    def build():
        image = SharingSettings.for_request(request).default_image
        return structured_data.share_image(image) or ""  # "" is cached, None would not be

    return cached_for_site("share_image", build, request) or None


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """The entries for the page served; for a live page, from the cache between two
    publishes (keyed, like the cards, on the date too: a photo whose consent has lapsed
    leaves them the next day). A preview's are always made afresh."""
    page = context.get("page")
    if page is None or not hasattr(type(page), "social_image"):
        return {}
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or page.pk is None:
        return _page_meta(context, page, request)
    theme = context.get("theme")
    key = f"page_meta:{page.pk}:{theme.pk if theme else ''}:{timezone.localdate()}"
    return cached_for_site(key, lambda: _page_meta(context, page, request), request)


def _page_meta(context, page, request):
    theme = context.get("theme")
    if theme is not None:  # a theme's page, served by the theme index
        title, description, kind, data = theme.name, theme.description, "website", None
    else:
        title = page.seo_title or page.title
        description = page_summary(page)
        data = page.structured_data(request)
        kind = "article" if data else "website"
    image = structured_data.share_image(page.social_image) or default_share_image(request)
    return {
        "title": title,
        "description": description,
        "url": context.get("canonical_url") or page.get_full_url(request),
        "kind": kind,
        "image": image,
        "json_ld": structured_data.json_ld(data) if data else "",
    }
