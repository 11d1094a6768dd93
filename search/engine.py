"""Runs a search: the matching pages, their facet counts and the ranked page of results, all
through Wagtail's search API and the PostgreSQL (or SQLite) index behind it."""

from dataclasses import dataclass, field

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from kb.core.listing import paginate

from . import facets
from .query import understand


def searchable_pages():
    return Page.objects.live().public().type(*facets.SEARCHABLE_MODELS)


def search_pages(pages, understood, **kwargs):
    """Wagtail's search over `pages`; a query of stop words only is matched against the
    titles as written (Wagtail's autocomplete index does not drop stop words)."""
    if understood.only_stop_words:
        return pages.autocomplete(" ".join(term.text for term in understood.terms), **kwargs)
    return pages.search(understood.to_search_query(), **kwargs)


def matching_pages(understood):
    """Every searchable page the query matches, unranked, as a queryset. Wagtail's database
    backends build it (the same queryset their own facet() counts); used as a sub-query, the
    matching stays inside the database."""
    return search_pages(searchable_pages(), understood, order_by_relevance=False).get_queryset()


class CountedResults:
    """Wagtail's ranked search results with the count already known from the facets, so the
    paginator does not count them again."""

    def __init__(self, results, count):
        self.results = results
        self._count = count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        return self.results[key]


@dataclass
class SearchOutcome:
    understood: object
    selection: facets.Selection
    total: int = 0
    total_without_filters: int | None = None
    facets: list = field(default_factory=list)
    results: object = None


def run(request, query_text, widen=True):
    """Searches for `query_text`, narrowed by the facet values in the request."""
    catalogue = facets.FacetCatalogue()
    selection = catalogue.read(request.GET)
    understood = understand(query_text, widen=widen)
    outcome = SearchOutcome(understood=understood, selection=selection)
    if understood.is_empty:
        return outcome
    matches = matching_pages(understood)
    counts, outcome.total = facets.count_with_selection(matches, selection)
    if outcome.total == 0 and selection.chosen:
        outcome.total_without_filters = sum(
            facets.count(matches, facets.KIND).get(facets.KIND, {}).values()
        )
    outcome.facets = catalogue.build(counts, selection)
    ranked = search_pages(selection.narrow(searchable_pages()).specific(), understood)
    outcome.results = paginate(request, CountedResults(ranked, outcome.total))
    return outcome


def promotions_for(query_text):
    """The pages and links the adviser pinned for this query; pinned pages only while they
    are live and public."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_text))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True))
    return [p for p in promotions if p.page_id is None or p.page_id in visible]
