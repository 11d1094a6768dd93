"""Cards, the way a page (or a theme) appears in a list (templates/includes/card_grid.html),
rendered once between two publishes.

A card shows only its own object's published fields, its image and the site's address for
it; all of these change only when the content version changes (a publish, an unpublish, a
move, a deletion, a theme or an image's consent: kb.core.signals). So each card's HTML is
kept in Django's cache under that version, today's date (an image whose consent has
expired leaves the card the next day) and the site, as Wagtail's documentation suggests
for template fragments. Rendering a card costs about 0.5 ms of CPU (its include, the page
URL, the <picture> and the dates); a listing reads its twelve cards from the cache in one
round trip. Objects without a primary key (a page being previewed before it is saved) are
always rendered."""

from django.core.cache import cache
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.models import Site

from kb.core.listing import CACHE_TIMEOUT
from kb.core.models import ContentVersion


def render_cards(context, items, template_for, heading_level):
    """The HTML of each item's card, in order: `template_for(item)` names its include,
    which receives `item`, `heading_level` and the request."""
    request = context.get("request")
    items = list(items)
    names = [template_for(item) for item in items]
    prefix = _key_prefix(request)
    keys = [
        f"{prefix}:{name}:{heading_level}:{item.pk}" if item.pk is not None else None
        for item, name in zip(items, names, strict=True)
    ]
    found = cache.get_many([key for key in keys if key])
    rendered, missing = [], {}
    for item, name, key in zip(items, names, keys, strict=True):
        html = found.get(key) if key else None
        if html is None:
            template = context.template.engine.get_template(name)
            values = {"item": item, "heading_level": heading_level, "request": request}
            html = template.render(context.new(values))
            if key:
                missing[key] = html
        rendered.append(mark_safe(html))  # noqa: S308 (rendered by our own templates)
    if missing:
        cache.set_many(missing, CACHE_TIMEOUT)
    return rendered


def _key_prefix(request):
    site = Site.find_for_request(request) if request is not None else None
    version = ContentVersion.for_request(request)
    today = timezone.localdate().isoformat()
    return f"kb:card:{version}:{today}:{site.pk if site else 'default'}"
