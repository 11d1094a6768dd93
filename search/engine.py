"""Runs a search: the pages that match, their facet counts and the ranked page of results.

Matching and ranking use the index Wagtail's search backend keeps (PostgreSQL full text with
the norwegian configuration, or SQLite). Results are ranked by Wagtail's search API. Two
things make a search at 100 000 pages five to ten times faster than a plain Wagtail search
with facet counts (bench/search_bench.py):

- the matching pages are read straight from the index table as a set of page ids, using
  stored bitsets for common words (search.matching), and counted with in-memory bitsets
  (search.bitsets), instead of joining the page table and grouping facet rows for every
  search;
- when more pages match than can be ranked quickly, Wagtail ranks a pool of the pages whose
  titles match best, and the rest follow newest first."""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from kb.core.listing import cached, paginate
from kb.core.searchable import searchable_models

from . import facets, matching, vocabulary
from .bitsets import FacetBitsets, PageSet, to_bits
from .filing import searchable_pages
from .query import understand

# Up to this many results, Wagtail ranks them all; above it, a pool of this many (ranking
# reads each page's whole text vector: about 0.05 ms a page at 100 000 pages).
FULL_RANKING = 300
RANKING_POOL = 100
TITLE_CANDIDATES = 5


def search_pages(pages, understood, **kwargs):
    """Wagtail's search over `pages`; a query of stop words only is matched against the
    titles as written (Wagtail's autocomplete index does not drop stop words)."""
    if understood.only_stop_words:
        return pages.autocomplete(" ".join(term.text for term in understood.terms), **kwargs)
    return pages.search(understood.to_search_query(), **kwargs)


def _tsquery(understood):
    return SearchQuery(
        understood.condition().tsquery_text(), search_type="raw", config=vocabulary.search_config()
    )


def matching_pages(understood):
    """The pages the query matches, as a bitset of page ids (search.bitsets; not yet limited
    to live, public pages)."""
    if connection.vendor != "postgresql" or understood.only_stop_words:
        matches = search_pages(searchable_pages(), understood, order_by_relevance=False)
        return to_bits(matches.get_queryset().values_list("pk", flat=True))
    return matching.match(understood.condition())


def _title_matches(understood, results, limit):
    """Up to `limit` of the result pages whose titles match the query, best first (cheap:
    the title vectors are small)."""
    if connection.vendor != "postgresql" or understood.only_stop_words:
        return []
    query = _tsquery(understood)
    entries = (
        matching.searchable_index_entries()
        .filter(title=query)
        .annotate(rank=SearchRank(F("title"), query) * F("title_norm"))
        .order_by("-rank", "-id")
        .values_list("object_id", flat=True)
    )
    # The best few times `limit` are enough even when filters leave out some of them.
    candidates = (int(object_id) for object_id in entries[: limit * TITLE_CANDIDATES])
    return [page_id for page_id in candidates if page_id in results][:limit]


def suggestions(words, limit):
    """Up to `limit` searchable pages whose titles start like the words (the last one as
    typed so far), best first: Wagtail's autocomplete index (titles, no stemming)."""
    if connection.vendor != "postgresql":
        return list(searchable_pages().autocomplete(" ".join(words))[:limit])
    quoted = [f"'{word}'" for word in words]
    prefix_query = " & ".join([*quoted[:-1], quoted[-1] + ":*"])
    # The autocomplete index is built with the `simple` configuration, as typed.
    query = SearchQuery(prefix_query, search_type="raw", config="simple")
    entries = (
        matching.searchable_index_entries()
        .filter(autocomplete=query)
        .annotate(rank=SearchRank(F("autocomplete"), query))
        .order_by("-rank", "-id")
        .values_list("object_id", flat=True)
    )
    searchable = PageSet(FacetBitsets.current().searchable)
    candidates = (int(object_id) for object_id in entries[: limit * TITLE_CANDIDATES])
    page_ids = [page_id for page_id in candidates if page_id in searchable][:limit]
    by_id = searchable_pages().in_bulk(page_ids)
    return [by_id[page_id] for page_id in page_ids if page_id in by_id]


def _result_pages(page_ids):
    # The results come from the catalogue of live, public pages (search.filing), so the
    # view restrictions need not be read again.
    return Page.objects.live().type(*searchable_models()).filter(pk__in=page_ids).specific()


class RankedResults:
    """The results in order, sliced as the paginator asks: ranked by Wagtail's search API,
    all of them or (for many) the pool of best title matches, the rest newest first."""

    def __init__(self, understood, results):
        self.understood = understood
        self.results = PageSet(results)
        self._count = results.bit_count()
        self.pool = None

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        start, stop = key.start or 0, min(key.stop, self._count)
        if self.pool is None:
            self.pool = self._pool(stop)
        pages = []
        if start < len(self.pool):
            ranked = _result_pages(self.pool)
            pages += list(search_pages(ranked, self.understood)[start : min(stop, len(self.pool))])
        if stop > len(self.pool):
            rest = self.results.newest(
                stop - max(start, len(self.pool)),
                skip=max(0, start - len(self.pool)),
                leave_out=set(self.pool),
            )
            by_id = _result_pages(rest).in_bulk()
            pages += [by_id[page_id] for page_id in rest if page_id in by_id]
        return pages

    def _pool(self, needed):
        if self._count <= FULL_RANKING or connection.vendor != "postgresql":
            return self.results.newest(self._count)
        pool = _title_matches(self.understood, self.results, RANKING_POOL)
        if len(pool) < needed:
            pool += self.results.newest(needed - len(pool), leave_out=set(pool))
        return pool


class SearchOutcome:
    def __init__(self, understood, selection):
        self.understood = understood
        self.selection = selection
        self.total = 0
        self.total_without_filters = None
        self.facets = []
        self.results = None

    @property
    def pages_with_every_word(self):
        """What the query log keeps: a search that only found pages with some of the words
        did not find what was asked for."""
        return 0 if self.understood.any_term else self.total


def run(request, query_text):
    """Searches for `query_text`, narrowed by the facet values in the request."""
    menu = facets.FacetMenu(request)
    selection = menu.read(request.GET)
    understood = understand(query_text)
    outcome = SearchOutcome(understood, selection)
    if understood.is_empty:
        return outcome
    bitsets = FacetBitsets.current(request)
    matched = matching_pages(understood) & bitsets.searchable
    if not matched and understood.can_relax:
        # No page has all the words: show those with some of them (and say so).
        outcome.understood = understood = understood.relaxed()
        matched = matching_pages(understood) & bitsets.searchable
    counts, results = bitsets.count(matched, selection)
    outcome.total = results.bit_count()
    if outcome.total == 0 and selection.chosen:
        outcome.total_without_filters = matched.bit_count()
    outcome.facets = menu.build(counts, selection)
    outcome.results = paginate(request, RankedResults(understood, results))
    return outcome


def promotions_for(query_text, request=None):
    """The pages and links the adviser pinned for this query; pinned pages only while they
    are live and public. All promotions come from the cache between changes (a promotion
    saved or deleted, or a page published or unpublished, changes the content version)."""
    by_query = cached("search:promotions", _promotions_by_query, request)
    return by_query.get(normalise_query_string(query_text), [])


def _promotions_by_query():
    promotions = list(
        SearchPromotion.objects.select_related("query", "page").order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True))
    by_query = {}
    for promotion in promotions:
        if promotion.page_id is None or promotion.page_id in visible:
            by_query.setdefault(promotion.query.query_string, []).append(promotion)
    return by_query
