"""Template tags for the public site: main navigation, footer links, cards, pagination, dates
and small helpers that keep logic (and database queries) out of the templates.

Nothing here knows the content apps: the navigation follows the pages' «Vis i menyer»
(show_in_menus), the footer follows the FooterLinks setting, and each page type names its
own card include (`card_template`)."""

from django import template
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

from kb.core import cards as card_rendering
from kb.core import dates, text
from kb.core.listing import cached_for_site
from kb.core.models import FooterLinks, SiteContact
from kb.core.per_request import once_per_request

register = template.Library()


def _site(request):
    """The current site (Site.find_for_request caches it on the request, with its root
    page), or the default site when there is no request."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    return site


def _chrome(request, name, build):
    """What the header or footer shows on every page of the current site, built once per
    content version (kb.core.listing.cached: publishing, a view restriction or a setting
    changes it) and read once per request."""
    return once_per_request(
        request, name, lambda: cached_for_site(name, lambda: build(request), request)
    )


def _menu_pages(root):
    """The live, public children of the root page shown in menus, in tree order: one query."""
    # A view restriction on the child itself, or on the root or above it, hides the child.
    above = [root.path[:end] for end in range(Page.steplen, len(root.path) + 1, Page.steplen)]
    restricted = PageViewRestriction.objects.filter(
        Q(page=OuterRef("pk")) | Q(page__path__in=above)
    )
    return list(
        root.get_children()
        .live()
        .in_menu()
        .filter(~Exists(restricted))
        .order_by("path")
        .only("id", "path", "depth", "url_path", "title", "content_type_id")
    )


def _navigation(request):
    """{"home_url", "pages": [{"pk", "path", "label", "url"}]}: plain data, kept in the cache."""
    site = _site(request)
    root = site.root_page if site else None
    if root is None:
        return {"home_url": "/", "pages": []}
    pages = []
    for nav_page in _menu_pages(root):
        url = nav_page.get_url(request=request)
        if url is not None:
            pages.append(
                {"pk": nav_page.pk, "path": nav_page.path, "label": nav_page.title, "url": url}
            )
    return {"home_url": root.get_url(request=request) or "/", "pages": pages}


def _current_marker(nav_page, current_page, request):
    if current_page is None:
        return None
    if current_page.pk == nav_page["pk"]:
        # A routable page's sub-pages (e.g. /tema/<slug>/) are inside the section too.
        on_index = request is None or request.path == nav_page["url"]
        return "page" if on_index else "true"
    if current_page.path.startswith(nav_page["path"]):
        # Inside the section: "true" rather than "page", so screen readers do not announce
        # the section link as the page the user is on.
        return "true"
    return None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """{"home_url": ..., "items": [{"label", "url", "current"}]} for the site header: the
    site root's live, public children with «Vis i menyer» ticked, in tree order, then «Søk».

    "current" is "page" on the section's own index page, "true" on pages inside the
    section, and None elsewhere."""
    request = context.get("request")
    navigation = _chrome(request, "navigation", _navigation)
    current_page = context.get("page")
    if not isinstance(current_page, Page):
        current_page = None

    items = [
        {
            "label": nav_page["label"],
            "url": nav_page["url"],
            "current": _current_marker(nav_page, current_page, request),
        }
        for nav_page in navigation["pages"]
    ]
    search_url = reverse("search")
    on_search = request is not None and request.path == search_url
    items.append({"label": "Søk", "url": search_url, "current": "page" if on_search else None})
    return {"home_url": navigation["home_url"], "items": items}


def _footer_links(request):
    if request is None or Site.find_for_request(request) is None:
        return []
    setting = FooterLinks.for_request(request)
    chosen = {name: getattr(setting, f"{name}_id") for name, _ in FooterLinks.LINKS}
    pages = Page.objects.live().public().filter(pk__in=[pk for pk in chosen.values() if pk])
    by_id = {page.pk: page for page in pages.only("id", "path", "depth", "url_path", "title")}
    links = []
    for name, label in FooterLinks.LINKS:
        page = by_id.get(chosen[name])
        url = page.get_url(request=request) if page else None
        if url:
            links.append({"name": name, "label": label or page.title, "url": url})
    return links


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer's links from the FooterLinks setting, [{"label", "url"}], leaving out
    pages that are not chosen, not live or not public."""
    return _chrome(context.get("request"), "footer_links", _footer_links)


@register.simple_tag(takes_context=True)
def glossary_url(context):
    """The address of the glossary page (FooterLinks' «Begreper»), or "" when none is
    chosen and live: where a cooperation level is shown, it links there."""
    links = _chrome(context.get("request"), "footer_links", _footer_links)
    return next((link["url"] for link in links if link["name"] == "glossary_page"), "")


def _site_contact(request):
    site = _site(request)
    return SiteContact.for_site(site) if site else SiteContact()


@register.simple_tag(takes_context=True)
def site_contact(context):
    """The SiteContact setting of the current site, for the footer."""
    return _chrome(context.get("request"), "site_contact", _site_contact)


@register.simple_tag
def page_links(results):
    """Page numbers for the pagination, with "…" gaps on long lists."""
    paginator = results.paginator
    return [
        {"number": number, "ellipsis": number == paginator.ELLIPSIS}
        for number in paginator.get_elided_page_range(results.number, on_each_side=2, on_ends=1)
    ]


@register.filter
def page_summary(page):
    """A short plain-text description of a page: search description, summary or intro."""
    return text.page_summary(page)


@register.filter
def page_type(page):
    """The page's type as readers see it ("Metode", "Erfaring", ...)."""
    specific = getattr(page, "specific", page)
    name = str(specific._meta.verbose_name)
    return name[:1].upper() + name[1:]


@register.simple_tag(takes_context=True)
def cards(context, items, card=None, heading_level=3):
    """The HTML of each item's card (kb.core.cards: from the cache between two publishes):
    `card` names one include for every item, else each page's own card_template."""
    return card_rendering.render_cards(context, items, heading_level, card)


@register.simple_tag(takes_context=True)
def card(context, item, heading_level=3):
    """One page's card, as `cards` renders it."""
    return cards(context, [item], heading_level=heading_level)[0]


@register.filter
def phone_href(number):
    """A tel: target without spaces or dashes, keeping a leading +."""
    number = str(number or "").strip()
    digits = "".join(char for char in number if char.isdigit())
    return f"+{digits}" if number.startswith("+") else digits


@register.simple_tag
def date_range(start, end=None, precision=dates.DAY, open_end=""):
    """A date or date range in Norwegian with <time> elements (kb.core.dates):
    {% date_range start %}, {% date_range start end %},
    {% date_range start end precision="month" open_end="pågår" %}."""
    return dates.date_range_html(start, end, precision, open_end)
