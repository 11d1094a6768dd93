"""Template tags for the public site: main navigation, footer links, pagination and small
helpers that keep logic (and database queries) out of the templates."""

from django import template
from django.urls import reverse
from django.utils import dateformat
from django.utils.html import format_html
from wagtail.models import Page, Site

from kb.core import text

register = template.Library()

# Order and labels of the main navigation; keys are the index page models.
NAV_SECTIONS = [
    ("methods.MethodIndexPage", "Metoder"),
    ("cases.CaseIndexPage", "Erfaringer"),
    ("conferences.ConferenceIndexPage", "Konferanser"),
    ("themes.ThemeIndexPage", "Tema"),
]

# Standard pages linked from the footer, by slug, with fixed link texts so the
# accessibility statement is always found under the same name.
FOOTER_PAGES = [
    ("om", "Om Samskapingsbanken"),
    ("tilgjengelighetserklaering", "Tilgjengelighetserklæring"),
    ("personvern", "Personvern"),
]

# Which card template shows which page type (theme pages mix all three).
CARD_TEMPLATES = {
    "methods.methodpage": "includes/method_card.html",
    "cases.casestorypage": "includes/story_card.html",
    "conferences.eventpage": "includes/event_card.html",
}


def _request_cache(request, key, build):
    """Compute something once per request (the header and footer may both ask)."""
    if request is None:
        return build()
    cache = request.__dict__.setdefault("_kb_navigation_cache", {})
    if key not in cache:
        cache[key] = build()
    return cache[key]


def _nav_pages(request):
    """The home page and the live section index pages of the current site, in one query."""
    from django.apps import apps

    from home.models import HomePage

    models = [HomePage, *(apps.get_model(label) for label, _ in NAV_SECTIONS)]
    pages = list(
        Page.objects.live()
        .type(*models)
        .order_by("path")
        .only("id", "path", "depth", "url_path", "title", "content_type_id")
    )
    # The site is already known (and cached on the request) from routing the page.
    site = Site.find_for_request(request) if request is not None else None
    homes = [page for page in pages if page.specific_class is HomePage]
    home = next((page for page in homes if site and page.pk == site.root_page_id), None)
    home = home or (homes[0] if homes else None)
    by_model = {"home.HomePage": home} if home else {}
    for page in pages:
        model = page.specific_class
        if model is None or model is HomePage:
            continue
        if home is not None and not page.path.startswith(home.path):
            continue
        # The first (highest) page of each type in the site wins.
        by_model.setdefault(model._meta.label, page)
    return by_model


def _current_marker(nav_page, url, current_page, request):
    if current_page is None or nav_page is None:
        return None
    if current_page.pk == nav_page.pk:
        # A routable page's sub-pages (e.g. /tema/<slug>/) are inside the section too.
        on_index = request is None or request.path == url
        return "page" if on_index else "true"
    if current_page.path.startswith(nav_page.path):
        # Inside the section: "true" rather than "page", so screen readers do not announce
        # the section link as the page the user is on.
        return "true"
    return None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """{"home_url": ..., "items": [{"label", "url", "current"}]} for the site header.

    "current" is "page" on the section's own index page, "true" on pages inside the
    section, and None elsewhere."""
    request = context.get("request")
    by_model = _request_cache(request, "nav_pages", lambda: _nav_pages(request))
    current_page = context.get("page")
    if not isinstance(current_page, Page):
        current_page = None

    home = by_model.get("home.HomePage")
    home_url = (home.get_url(request=request) if home else None) or "/"
    items = []
    for label_key, label in NAV_SECTIONS:
        nav_page = by_model.get(label_key)
        if nav_page is None:
            continue
        url = nav_page.get_url(request=request)
        if url is None:
            continue
        items.append(
            {
                "label": label,
                "url": url,
                "current": _current_marker(nav_page, url, current_page, request),
            }
        )

    search_url = reverse("search")
    on_search = request is not None and request.path == search_url
    items.append({"label": "Søk", "url": search_url, "current": "page" if on_search else None})
    return {"home_url": home_url, "items": items}


def _footer_pages(request):
    from kb.core.models import StandardPage

    slugs = [slug for slug, _ in FOOTER_PAGES]
    pages = {}
    for page in (
        StandardPage.objects.live()
        .public()
        .filter(slug__in=slugs)
        .order_by("path")
        .only("id", "path", "depth", "url_path", "slug", "title")
    ):
        pages.setdefault(page.slug, page)
    links = []
    for slug, label in FOOTER_PAGES:
        page = pages.get(slug)
        url = page.get_url(request=request) if page else None
        if url:
            links.append({"label": label, "url": url})
    return links


@register.simple_tag(takes_context=True)
def footer_links(context):
    """Links to "Om", the accessibility statement and the privacy page (those that exist)."""
    request = context.get("request")
    return _request_cache(request, "footer_links", lambda: _footer_pages(request))


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


@register.filter
def card_template(page):
    """The card include for a page, by its type."""
    return CARD_TEMPLATES.get(page._meta.label_lower, "includes/page_card.html")


@register.filter
def phone_href(number):
    """A tel: target without spaces or dashes, keeping a leading +."""
    number = str(number or "").strip()
    digits = "".join(char for char in number if char.isdigit())
    return f"+{digits}" if number.startswith("+") else digits


def _time(day, text):
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), text)


@register.simple_tag
def date_range(start, end=None):
    """A date or date range in Norwegian, with <time> elements: "3. april 2025",
    "3.–4. april 2025", "30. mars–2. april 2025" or "30. desember 2025–2. januar 2026"."""
    if not start:
        return ""
    full = "j. F Y"
    if not end or end == start:
        return _time(start, dateformat.format(start, full))
    if (start.year, start.month) == (end.year, end.month):
        start_text = dateformat.format(start, "j.")
    elif start.year == end.year:
        start_text = dateformat.format(start, "j. F")
    else:
        start_text = dateformat.format(start, full)
    return format_html("{}–{}", _time(start, start_text), _time(end, dateformat.format(end, full)))


@register.simple_tag(takes_context=True)
def theme_url(context, theme):
    """A theme's landing page URL; the theme index is looked up once per request."""
    from kb.themes.models import ThemeIndexPage

    index_page = _request_cache(
        context.get("request"), "theme_index", lambda: ThemeIndexPage.objects.live().first()
    )
    return index_page.theme_url(theme.slug) if index_page else ""
