"""Cards, the way a page (or a theme) appears in a list (templates/includes/card_grid.html),
rendered once between two publishes.

A card shows only its own object's published fields, its image and the site's address for
it; all of these change only when the content version changes (a publish, an unpublish, a
move, a deletion, a theme or an image saved: kb.core.signals). So each card's HTML is
kept in Django's cache under that version, today's date (an image whose consent has
expired leaves the card the next day) and the site, as Wagtail's documentation suggests
for template fragments. Rendering a card costs about 0.5 ms of CPU (its include, the page
URL, the <picture> and the dates); a listing reads its twelve cards from the process's own
copy, or from the shared cache in one round trip (kb.core.listing.get_many_keyed_on_version).
Objects without a primary key (a page being previewed before it is saved) are always
rendered."""

from functools import partial

from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.models import Site

from kb.core.listing import get_many_keyed_on_version
from kb.core.models import BasePage, ContentVersion


def card_template(page):
    """The card include for a page: its type's `card_template` (BasePage has a default),
    also for a page that is not yet specific."""
    model = getattr(page, "specific_class", None) or type(page)
    return getattr(model, "card_template", BasePage.card_template)


def render_cards(context, items, template_for, heading_level):
    """The HTML of each item's card, in order: `template_for(item)` names its include,
    which receives `item`, `heading_level` and the request."""
    request = context.get("request")
    prefix = _key_prefix(request)
    cards = []
    for item in items:
        name = template_for(item)
        key = f"{prefix}:{name}:{heading_level}:{item.pk}" if item.pk is not None else None
        cards.append((key, partial(_render, context, name, item, heading_level)))
    kept = get_many_keyed_on_version({key: render for key, render in cards if key})
    # Rendered by our own templates, which escape what editors wrote.
    return [mark_safe(kept[key] if key else render()) for key, render in cards]  # noqa: S308


def _render(context, template_name, item, heading_level):
    template = context.template.engine.get_template(template_name)
    request = context.get("request")
    values = {"item": item, "heading_level": heading_level, "request": request}
    return template.render(context.new(values))


def _key_prefix(request):
    site = Site.find_for_request(request) if request is not None else None
    version = ContentVersion.for_request(request)
    today = timezone.localdate().isoformat()
    return f"kb:card:{version}:{today}:{site.pk if site else 'default'}"
