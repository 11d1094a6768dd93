"""Matching with stored page sets for common stems (search.matching) finds exactly the pages
the index finds, and stays current when pages are published."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.relevance import CASES
from kb.methods.models import MethodPage
from search import matching, vocabulary
from search.engine import matching_pages
from search.models import FrequentStem
from search.query import understand

from .test_search import method

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

QUERIES = [query for query, _url, _kind in CASES] + [
    "kulturskole samarbeid",
    "samarbeid i kulturskolen og barnehagen",
    "samskapning",  # widened to a spelling
    "samskapingsmetoder",  # widened to its parts
    "ord som ikke finnes xyzzy",
]


def conditions():
    for query in QUERIES:
        understood = understand(query)
        yield query, understood.condition()
        if understood.can_relax:
            yield f"{query} (any word)", understood.relaxed().condition()


@pytest.mark.parametrize("min_pages", [1, 3, 20])
def test_stored_page_sets_match_exactly_what_the_index_matches(min_pages):
    stems = matching.common_stems(min_pages)
    assert stems
    assert matching.rebuild_frequent_stems(stems) == FrequentStem.objects.count() == len(stems)
    for query, condition in conditions():
        assert matching.match(condition) == matching.index_match(condition.tsquery_text()), query


def test_a_query_of_common_words_reads_no_index_rows():
    matching.rebuild_frequent_stems(matching.common_stems(3))
    condition = understand("kulturskole samarbeid").condition()
    with CaptureQueriesContext(connection) as queries:
        found = matching.match(condition)
    assert found.bit_count() > 3
    assert not [query for query in queries if "wagtailsearch_indexentry" in query["sql"]]


def page_is_in_stem(page, word):
    stem = vocabulary.stems([word])[word]
    pages = int.from_bytes(FrequentStem.objects.get(stem=stem).pages, "little")
    return bool(pages >> page.pk & 1)


def test_publishing_sets_and_clears_the_page_in_the_stored_page_sets():
    matching.rebuild_frequent_stems(matching.common_stems(1))
    page = method(summary="Et samarbeid om zyxordet.")
    assert page_is_in_stem(page, "samarbeid")
    found = matching_pages(understand("samarbeid"))
    assert found >> page.pk & 1
    # A word no stored set knows yet, beside a common one: the index answers for it.
    assert matching_pages(understand("samarbeid zyxordet")) == 1 << page.pk

    page.summary = "Et verksted om zyxordet."
    page.save_revision().publish()
    assert not page_is_in_stem(page, "samarbeid")
    assert not matching_pages(understand("samarbeid")) >> page.pk & 1
    assert matching_pages(understand("verksted zyxordet")) == 1 << page.pk


def test_a_page_published_while_the_sets_are_rebuilt_is_in_them(monkeypatch):
    stems = matching.common_stems(3)
    index_match, sets_read = matching.index_match, []

    def index_match_then_publish(*args, **kwargs):
        bits = index_match(*args, **kwargs)
        sets_read.append(bits)
        if len(sets_read) == len(stems):  # someone publishes once every set is read
            method(summary="Et samarbeid om zyxordet.")
        return bits

    monkeypatch.setattr(matching, "index_match", index_match_then_publish)
    matching.rebuild_frequent_stems(stems)
    assert page_is_in_stem(MethodPage.objects.get(slug="a-new-method"), "samarbeid")
