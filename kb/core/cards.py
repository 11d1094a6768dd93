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
A queryset of pages not yet read (a listing's page of results) is first read as ids and
types only, and its pages are read only when a card is missing: at 10 000 pages that
spares a filtered listing about 2 ms of its 15, reading the cards' fields and images.
Objects without a primary key (a page being previewed before it is saved) are always
rendered."""

from functools import cache, partial

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from kb.core.listing import get_many_keyed_on_version
from kb.core.models import BasePage, ContentVersion


def card_template(page):
    """The card include for a page: its type's `card_template` (BasePage has a default),
    also for a page that is not yet specific."""
    return _card_template_of(getattr(page, "specific_class", None) or type(page))


def _card_template_of(model):
    return getattr(model, "card_template", BasePage.card_template)


def render_cards(context, items, heading_level, card=None):
    """The HTML of each item's card, in order: `card` names one include for every item,
    else each page's own card_template. The include receives `item`, `heading_level` and
    the request."""
    prefix = _key_prefix(context.get("request"))
    items = getattr(items, "object_list", items)  # a page of results
    entries = _unread_pages(items, card)
    if entries is None:
        entries = [(item.pk, card or card_template(item), _given(item)) for item in items]
    cards = []
    for pk, name, get_item in entries:
        key = f"{prefix}:{name}:{heading_level}:{pk}" if pk is not None else None
        cards.append((key, partial(_render, context, name, get_item, heading_level)))
    kept = get_many_keyed_on_version({key: render for key, render in cards if key})
    # Rendered by our own templates, which escape what editors wrote.
    return [mark_safe(kept[key] if key else render()) for key, render in cards]  # noqa: S308


def _unread_pages(items, card):
    """[(pk, card include, a function giving the page)] of a queryset of pages not yet
    read, from one query of their ids and types; the first card missing from the cache
    reads the pages. None for anything else, and for a queryset a template has read
    already (asking whether it is empty): its pages are at hand."""
    if not isinstance(items, QuerySet) or not issubclass(items.model, Page):
        return None
    if items._result_cache is not None:
        return None
    read = cache(lambda: {page.pk: page for page in items})
    entries = []
    for pk, type_id in items.prefetch_related(None).values_list("pk", "content_type_id"):
        model = ContentType.objects.get_for_id(type_id).model_class()
        entries.append((pk, card or _card_template_of(model), partial(_read, read, pk)))
    return entries


def _given(item):
    return lambda: item


def _read(read, pk):
    return read().get(pk)


def _render(context, template_name, get_item, heading_level):
    item = get_item()
    if item is None:  # unpublished between reading the ids and the pages
        return ""
    template = context.template.engine.get_template(template_name)
    request = context.get("request")
    values = {"item": item, "heading_level": heading_level, "request": request}
    return template.render(context.new(values))


def _key_prefix(request):
    site = Site.find_for_request(request) if request is not None else None
    version = ContentVersion.for_request(request)
    today = timezone.localdate().isoformat()
    return f"kb:card:{version}:{today}:{site.pk if site else 'default'}"
