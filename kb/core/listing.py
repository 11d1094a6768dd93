"""Filtering and pagination shared by the listing pages (methods, case stories, events), and
what every page reads from the cache between two publishes."""

from dataclasses import dataclass, field

from django.core.cache import cache, caches
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from wagtail.models import Page, PageViewRestriction, Site

from kb.core.models import ContentVersion

PAGE_SIZE = 12
# How long a listing's filter options and counts are kept. They are keyed on the content
# version, so a publish makes them unused at once; the timeout only frees the memory.
CACHE_TIMEOUT = 60 * 60


def parent_path(path="path"):
    """In SQL, the path of the parent of the page whose path this is: one step shorter."""
    return Substr(path, 1, Length(path) - Page.steplen)


def cached(key, build, request=None):
    """build() for this key, from Django's cache while the content is unchanged: the key
    carries ContentVersion's token, which publishing, unpublishing, moving or deleting a
    page, a view restriction or a theme change replaces (kb.core.signals, and
    content_follows() in the content apps). Reading the token is one small query, once per
    request. The process keeps its own copy too (the "local" cache, settings.CACHES)."""
    version = ContentVersion.for_request(request)
    cache_key = f"kb:listing:{version}:{key}"
    return get_many_keyed_on_version({cache_key: build})[cache_key]


def get_many_keyed_on_version(builders):
    """{key: value} for {key: build}, for keys that carry the content version: from this
    process's copy, else the shared cache, else build(); what was missing is stored in both.
    A value kept under such a key never changes, so the copy in the process cannot go
    stale."""
    values = read_keyed_on_version(builders)
    built = {key: build() for key, build in builders.items() if key not in values}
    if built:
        keep_keyed_on_version(built)
    return values | built


def read_keyed_on_version(keys):
    """{key: value} of the keys (carrying the content version) found in this process's
    copy, else in the shared cache (then copied into the process)."""
    local = caches["local"]
    values = local.get_many(keys)
    missing = [key for key in keys if key not in values]
    if missing:
        found = cache.get_many(missing)
        if found:
            local.set_many(found, CACHE_TIMEOUT)
        values |= found
    return values


def keep_keyed_on_version(values):
    """Stores {key: value} (keys carrying the content version) in the shared cache and in
    this process's copy."""
    cache.set_many(values, CACHE_TIMEOUT)
    caches["local"].set_many(values, CACHE_TIMEOUT)


def cached_outside_preview(key, build, request=None):
    """cached(), but build() afresh in a preview: what a page shows of its own relations
    (related methods, the methods a story used) is then still the editor's, in memory."""
    if getattr(request, "is_preview", False):
        return build()
    return cached(key, build, request)


def cached_for_site(name, build, request=None):
    """cached(), kept apart for each site: for what shows the site's own addresses."""
    site = Site.find_for_request(request) if request is not None else None
    return cached(f"{name}:{site.pk if site else 'default'}", build, request)


def view_restrictions(request=None):
    """[(restriction id, page path, page depth)] of every page view restriction, from the
    cache (a restriction saved or deleted, or a page moved, changes the content version)."""
    return cached(
        "view_restrictions",
        lambda: list(PageViewRestriction.objects.values_list("pk", "page__path", "page__depth")),
        request,
    )


def public(pages, request=None):
    """Wagtail's pages.public() (no page with a view restriction on it or above it), with
    the restrictions read from the cache rather than with a query on every call."""
    private = Q()
    for _pk, path, depth in view_restrictions(request):
        # Wagtail's descendant_of_q(restricted page, inclusive=True).
        private |= Q(path__startswith=path, depth__gte=depth)
    return pages.exclude(private) if private else pages


@dataclass
class Filter:
    """One filter of a listing page: a GET parameter and the values it accepts.

    Unknown values are ignored rather than raising: a hand-edited or outdated link still
    shows a useful page, and the template says the filter was not recognised."""

    param: str
    label: str
    choices: list[tuple[str, str]]
    selected: str = ""
    invalid: str = ""
    options: list[dict] = field(default_factory=list)

    def read(self, request):
        value = request.GET.get(self.param, "").strip()
        valid = {str(key) for key, _label in self.choices}
        if value in valid:
            self.selected = value
        elif value:
            self.invalid = value[:100]
        self.options = [
            {"value": str(key), "label": label, "selected": str(key) == self.selected}
            for key, label in self.choices
        ]
        return self.selected


@dataclass
class NumberFilter:
    """A filter of a listing page that takes a whole number (how many take part).

    A value that is not a whole number between `minimum` and `maximum` is ignored and named
    on the page, like an unknown choice of a Filter."""

    param: str
    label: str
    minimum: int = 0
    maximum: int = 10**6
    hint: str = ""
    selected: str = ""
    invalid: str = ""
    is_number = True

    def read(self, request):
        raw = request.GET.get(self.param, "").strip()
        if not raw:
            return None
        if raw.isascii() and raw.isdigit() and self.minimum <= int(raw) <= self.maximum:
            self.selected = str(int(raw))
            return int(raw)
        self.invalid = raw[:100]
        return None


def paginate(request, items, per_page=PAGE_SIZE, count=None):
    """The requested page of items; a page number that is not a number, or out of range,
    is a 404 (the page does not exist), never a 500. `count`: the number of items when the
    caller knows it (from the cache), so the paginator does not count them again."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: this value is used instead
    number = request.GET.get("side", "1")
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404("Siden finnes ikke.") from error


def querystring_without_page(request):
    params = request.GET.copy()
    params.pop("side", None)
    return params.urlencode()
