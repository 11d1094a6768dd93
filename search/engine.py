"""Runs a search on Wagtail's search API: the pages that match, their facet counts and the
ranked page of results.

The query (search.query) matches the pages with any of its informative words, or, when
the word list says that would be too many to rank, with two or all of them: the backend
then ranks a small set (PostgreSQL: ts_rank with Wagtail's field weights). The best of its
ranking are ordered by how much of the query each covers, rarer words weighing more, with
one small query per word over those pages only; pages of the kind the query asks for
(methods for a need) move up. Facet counts are one GROUP BY over the facet rows of the
matching pages (search.facets). What a search found is kept until the content changes.
Nothing here reads the backend's index tables, so OPENSEARCH_URL can switch the backend."""

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from kb.core.listing import cached, paginate
from kb.methods.models import MethodPage

from . import facets
from .filing import searchable_pages
from .query import MAX_MATCHES, understand
from .vocabulary import MIN_HEAD_LENGTH, MIN_TAIL_LENGTH, stems, words_in

# How many of the backend's best results are ordered by how much of the query they cover.
POOL = 30
# At most this many results are ranked by the backend (it reads each one's text).
RANK_LIMIT = 200
# How much the backend's rank counts beside the coverage (both 0–1), and how much more a
# page of the kind the query asks for counts.
RANK_WEIGHT = 0.1
KIND_PREFERENCE = 1.25
# At most this many words (the rarest) are looked up for the coverage, one query each.
COVERAGE_TERMS = 3
# A word's rank at which a page has it (about a summary's), and at which it has it in a
# title; a word in a title counts this share more.
FULL_MATCH = 0.01
TITLE_MATCH = 0.5
TITLE_SHARE = 0.2
# A compound in a title ends with a term at least this long ("plan" in "kommuneplan").
MIN_LAST_PART_LENGTH = 4


def search_pages(pages, understood, query, **kwargs):
    """Wagtail's search over `pages`; a query of stop words only is matched against the
    titles as written (the autocomplete index keeps stop words)."""
    if understood.only_stop_words:
        return pages.autocomplete(" ".join(term.text for term in understood.terms), **kwargs)
    return pages.search(query, **kwargs)


class RankedResults:
    """The results in order, sliced as the paginator asks. `ranking`, made when first
    needed, is (ranked, rest): the backend's ranking of all results, or of the best
    candidates, and the rest (a queryset, or None) then following, newest published first.
    The first POOL of the ranking are ordered by how much of the query each covers (every
    term counts here, common ones too, weighted by rarity), then by the backend's rank; pages
    of the kind the query asks for (methods for a need) move up. A cached answer brings the
    pool's order, and the ranking is then made only for a slice beyond it."""

    def __init__(self, ranking, count, understood, pool=None, complete=True):
        self._ranking = ranking
        self._count = count
        self.understood = understood
        self.pool = pool
        self.complete = complete  # some page of the pool has every term

    @cached_property
    def ranking(self):
        return self._ranking()

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        start, stop = key.start or 0, key.stop
        if self.pool is None:
            self.pool = self.ranked_pool()
        pool = len(self.pool)
        page_ids = self.pool[start:stop]
        if stop > pool:
            ranked, rest = self.ranking
            skip, more = max(0, start - pool), stop - max(start, pool)
            if rest is None:
                page_ids += [page.pk for page in ranked[pool + skip : pool + skip + more]]
            else:
                rest = rest.exclude(pk__in=self.pool).values_list("pk", flat=True)
                page_ids += list(rest[skip : skip + more])
        pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
        return [pages[page_id] for page_id in page_ids if page_id in pages]

    def ranked_pool(self):
        """The ids of the first POOL results in their order: the backend's best ordered by
        how much of the query each covers, then the rest's first when those are fewer, so
        that a kept answer shows its first page without searching again."""
        page_ids = self.covering_order()
        rest = self.ranking[1]
        if len(page_ids) < POOL and rest is not None:
            rest = rest.exclude(pk__in=page_ids).values_list("pk", flat=True)
            page_ids += list(rest[: POOL - len(page_ids)])
        return page_ids

    def covering_order(self):
        """The ids of up to POOL of the backend's best results, ordered by how much of the
        query each covers."""
        pool = _scored(self.ranking[0].annotate_score("_score")[:POOL])
        terms = self.understood.searched_terms
        if not pool or not terms or self.understood.only_stop_words:
            return [page_id for page_id, *_rest in pool]
        # One query per term, over the pool's pages only: how well each page has it (its
        # rank for the term alone, so a title counts more than a paragraph).
        covered = {page_id: 0.0 for page_id, *_rest in pool}
        terms_of_page = dict.fromkeys(covered, 0)
        # A term no page has cannot tell pages apart; the weakest few need no query.
        weights = [self.understood.weight(term) * bool(term.pages) for term in terms]
        total = sum(weights) or 1
        heaviest = sorted(range(len(terms)), key=lambda index: -weights[index])[:COVERAGE_TERMS]
        titles = {page_id: words_in(title) for page_id, _kind, _score, title in pool}
        title_stems = stems(set().union(*titles.values()))
        for index in heaviest:
            term, weight = terms[index], weights[index]
            having = Page.objects.filter(pk__in=covered).search(term.to_search_query(True))
            scores = {
                page_id: score
                for page_id, _kind, score, _title in _scored(
                    having.annotate_score("_score"), in_order=False
                )
            }
            for page_id, title_words in titles.items():
                # A compound in the title that begins or ends with the term counts as the
                # word in the title ("Partnerskapskart", "Kulturskolen i kommuneplanen").
                in_compound = _in_a_compound(term, title_words, title_stems)
                if page_id not in scores and not in_compound:
                    continue
                # The backend averages the rank over the term's forms (an Or): their sum
                # counts, so that a page with a synonym has the term as one with the word.
                score = scores.get(page_id, 0) * len(term.forms)
                if in_compound:
                    score = max(score, TITLE_MATCH)
                strength = (1 - TITLE_SHARE) * min(1.0, score / FULL_MATCH)
                strength += TITLE_SHARE * min(1.0, score / TITLE_MATCH)
                covered[page_id] += weight * strength / total
                terms_of_page[page_id] += 1
        self.complete = len(heaviest) in terms_of_page.values()
        best = max(score for _page_id, _kind, score, _title in pool) or 1
        kind = self.understood.kind_wanted or (
            MethodPage.search_kind[0] if self.understood.reads_like_need else None
        )

        def rank(entry):
            page_id, content_type, score, _title = entry
            preference = KIND_PREFERENCE if _kind_of(content_type) == kind else 1
            return -(covered[page_id] + RANK_WEIGHT * score / best) * preference

        return [page_id for page_id, *_rest in sorted(pool, key=rank)]


def _in_a_compound(term, words, stem_of):
    """One of the words is a compound that the term begins ("partnerskapskart") or, as a
    Norwegian compound names a kind of its last part, ends ("kommuneplanen" for "planer"):
    the stems compared, the rest of the compound longer than an ending ("-ing")."""
    for stem in term.stems:
        longer = len(stem) + MIN_TAIL_LENGTH
        for word in words:
            word_stem = stem_of.get(word, word)
            begins = len(stem) >= MIN_HEAD_LENGTH and word.startswith(stem) and len(word) > longer
            ends = len(stem) >= MIN_LAST_PART_LENGTH and word_stem.endswith(stem)
            if begins or (ends and len(word_stem) > longer):
                return True
    return False


def _scored(results, in_order=True):
    """[(page id, content type id, score, title)] of scored results, without building pages
    (the database backends give the query; others the pages); not `in_order` unsorted,
    which spares the database the sort and Django compiling the rank a second time."""
    if hasattr(results, "get_queryset"):
        fields = ("pk", "content_type_id", "_score", "title")
        queryset = results.get_queryset().values_list(*fields)
        return list(queryset if in_order else queryset.order_by())
    return [(page.pk, page.content_type_id, page._score, page.title) for page in results]


def _kind_of(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return getattr(model, "search_kind", None) and model.search_kind[0]


class SearchOutcome:
    def __init__(self, understood, selection):
        self.understood = understood
        self.selection = selection
        self.total = 0
        self.total_without_filters = None
        self.facets = []
        self.ranked = None
        self.results = None

    @property
    def partial(self):
        """Results, but none with every word (the page says so; the log keeps it apart)."""
        return self.total > 0 and not self.ranked.complete


def _ids(results):
    """The result pages' ids, read once: the facet counts and the ranking then take them
    as a list, where a subquery made the database match the query again for each
    (about 20 ms each for a query that matches a third of 10 000 pages). Unsorted: the
    database would otherwise sort them by the pages' paths (3 ms for 8 000)."""
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", flat=True).order_by())
    return [page.pk for page in results]


def run(request, query_text):
    """Searches for `query_text`, narrowed by the facet values in the request."""
    menu = facets.FacetMenu(request)
    selection = menu.read(request.GET)
    understood = understood_query(query_text, request)
    outcome = SearchOutcome(understood, selection)
    if understood.is_empty:
        return outcome
    found, outcome.ranked = answer(searchable_pages(request), understood, menu, selection, request)
    outcome.total = found.total
    if found.total == 0 and selection.chosen:
        outcome.total_without_filters = found.matches
    outcome.facets = menu.build(found.counts, selection)
    outcome.results = paginate(request, outcome.ranked)
    return outcome


def understood_query(query_text, request=None):
    """understand(), kept in the cache like the answers while the content is unchanged: it
    reads the word list and the adviser's synonyms, which change only with the content."""
    if not settings.SEARCH_CACHES_ANSWERS:
        return understand(query_text, request)
    key = f"search:understood:{_digest(query_text)}"
    return cached(key, lambda: understand(query_text, request), request)


def _digest(value):
    """A key of fixed length, whatever was typed."""
    return hashlib.sha256(json.dumps(value).encode()).hexdigest()


@dataclass
class Answer:
    """What a search finds, without the pages themselves: the facet counts, how many pages
    have the chosen facet values (`total`) and how many match without them, and the ids
    of the first POOL results in order."""

    counts: dict
    total: int
    matches: int
    pool: list
    complete: bool


def answer(pages, understood, menu, selection, request=None):
    """(Answer, RankedResults). Matching, counting and ranking take time that grows with
    the pages that match (a word most pages have matches most of the bank), so the answer
    is kept in the cache until the content changes (kb.core.listing.cached): a repeated
    search costs the same at 1 000 pages as at 10 000. The key is the query's terms and
    the chosen facet values; the results beyond the pool are ranked only when asked for."""
    built = {}

    def build():
        matched_ids = match(pages, understood)
        counts, total, matches = menu.count(matched_ids, selection)
        ranked = RankedResults(
            ranking_of(pages, understood, menu, selection, total, matched_ids), total, understood
        )
        ranked.pool = ranked.ranked_pool()
        built["ranked"] = ranked
        return Answer(counts, total, matches, ranked.pool, ranked.complete)

    if not settings.SEARCH_CACHES_ANSWERS:
        found = build()
    else:
        asked = [[term.text for term in understood.terms], sorted(selection.chosen.items())]
        found = cached(f"search:answer:{_digest(asked)}", build, request)
    if "ranked" in built:
        return found, built["ranked"]
    ranking = ranking_of(pages, understood, menu, selection, found.total)
    return found, RankedResults(
        ranking, found.total, understood, pool=found.pool, complete=found.complete
    )


def ranking_of(pages, understood, menu, selection, total, matched_ids=None):
    """A function giving the ranking of the pages shown (ranked_results()): those of the
    matched ids with the chosen facet values; without `matched_ids` it matches anew."""

    def rank():
        ids = match(pages, understood) if matched_ids is None else matched_ids
        shown_ids = menu.chosen_among(ids, selection) if selection.chosen else ids
        return ranked_results(pages.filter(among_matched(shown_ids)), understood, total)

    return rank


def among_matched(ids):
    """A filter on the searched pages: one of the matched ids. In SQL (facets.among) where
    the database backend searches; OpenSearch turns only Django's own lookups into its
    filters."""
    if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].endswith(".database"):
        return facets.among("pk", ids)
    return Q(pk__in=ids)


def ranked_results(pages, understood, total):
    """(ranked, rest): the `total` matched `pages` in order. Up to RANK_LIMIT ranked by the
    backend for the query's terms each on its own (the match may be pairs of terms, whose
    rank is many times the terms' to build and to compute), with no rest; more, the pages
    whose titles match best first, the rest newest published first."""
    if total <= RANK_LIMIT:
        return search_pages(pages, understood, understood.rank_query()), None
    titles = pages.autocomplete(understood.title_words(), operator="or")
    return titles, pages.order_by(F("first_published_at").desc(nulls_last=True), "-pk")


def match(pages, understood):
    """The ids of the matching pages: those of the loosest query of the ladder
    (search.query) that the word list says matches few enough pages to rank, or of a looser
    one when that matches nothing."""
    if understood.only_stop_words:
        return _ids(matching(pages, understood, None))
    ladder = understood.match_queries()
    small = [step for step, (_query, estimate) in enumerate(ladder) if estimate <= MAX_MATCHES]
    step = small[0] if small else len(ladder) - 1
    while True:
        query = ladder[step][0]
        matched_ids = _ids(matching(pages, understood, query))
        if step == 0 or matched_ids:
            return matched_ids
        step -= 1


def matching(pages, understood, query):
    """The pages that match the query, unranked."""
    return search_pages(pages, understood, query, order_by_relevance=False)


def suggestions(words, limit, request=None):
    """Up to `limit` searchable pages whose titles start like the words (the last one as
    typed so far), best first: Wagtail's autocomplete index (titles, no stemming)."""
    return list(searchable_pages(request).autocomplete(" ".join(words))[:limit])


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
