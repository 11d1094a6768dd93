from django import template
from django.apps import apps

from kb.themes.models import ThemedPage

from ..feeds import feed_links as links_for

register = template.Library()


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context):
    """<link rel="alternate"> to the feeds for the page in the context: everything new,
    its theme's (a theme page) and its type's (a page of a type with a feed, or a page
    listing one: its `listed_model`)."""
    page = context.get("page")
    model = None
    if isinstance(page, ThemedPage):
        model = type(page)
    elif label := getattr(page, "listed_model", None):
        model = apps.get_model(label)
    return {"feeds": links_for(theme=context.get("theme"), model=model)}
