"""Matching with stored page sets for common stems (search.matching) finds exactly the pages
the index finds, and stays current when pages are published.

The pages are the corpus of tests.search_support (built once for the module): eleven
searchable pages, most of them with "kulturskolen" and "samarbeid", so the thresholds for a
common stem are a few pages here (a thousand on the real site)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import matching, vocabulary
from search.engine import matching_pages
from search.models import FrequentStem
from search.query import understand

from . import factories
from .search_support import corpus_fixture

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

corpus = corpus_fixture()

# Queries as a culture school leader might type them, of every kind the search widens or
# relaxes, for the corpus's pages.
QUERIES = [
    "hvordan måle sosial verdi",  # stop words
    "interessentkartlegging",  # a method's title
    "interesentkartlegging",  # a typo
    "kartlegge interessentene",  # a word found only inside a compound
    "verdenskafe",  # a missing accent
    "endringsteorien",  # an inflected title
    "medvirkningsbudjsett",  # a typo
    "ungdom stemmer over hvordan penger brukes",  # a phrase
    "kreative verksteder på biblioteket",  # a phrase
    "bibliotekverksted",  # a compound of indexed words
    "kulturskolen i barnehagen",  # inflection
    "regnearkmal soimpact",  # a conference material
    "verdenskafé generasjonskoret",  # no page has both: relaxed
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


@pytest.mark.parametrize("min_pages", [1, 3, 6])
def test_stored_page_sets_match_exactly_what_the_index_matches(corpus, min_pages):
    stems = matching.common_stems(min_pages)
    assert stems
    assert matching.rebuild_frequent_stems(stems) == FrequentStem.objects.count() == len(stems)
    found = {}
    for query, condition in conditions():
        found[query] = matching.match(condition)
        assert found[query] == matching.index_match(condition.tsquery_text()), query
    # Every query finds pages, but for the one with a word in no page, and the one whose
    # words no page has together (until relaxed).
    assert {query for query, bits in found.items() if not bits} == {
        "verdenskafé generasjonskoret",
        "ord som ikke finnes xyzzy",
    }
    assert found["verdenskafé generasjonskoret (any word)"].bit_count() == 2


def test_a_query_of_common_words_reads_no_index_rows(corpus):
    stems = matching.common_stems(3)
    assert {"kulturskol", "samarbeid"} <= set(stems)
    matching.rebuild_frequent_stems(stems)
    condition = understand("kulturskole samarbeid").condition()
    with CaptureQueriesContext(connection) as queries:
        found = matching.match(condition)
    assert found.bit_count() > 3
    assert found == matching.index_match(condition.tsquery_text())
    assert not [query for query in queries if "wagtailsearch_indexentry" in query["sql"]]


def page_is_in_stem(page, word):
    stem = vocabulary.stems([word])[word]
    pages = int.from_bytes(FrequentStem.objects.get(stem=stem).pages, "little")
    return bool(pages >> page.pk & 1)


def method(summary):
    return factories.MethodPageFactory(title="Zqxwyvokk", summary=summary)


def test_publishing_sets_and_clears_the_page_in_the_stored_page_sets(corpus):
    matching.rebuild_frequent_stems(matching.common_stems(1))
    page = method("Et samarbeid om zyxordet.")
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


def test_a_page_published_while_the_sets_are_rebuilt_is_in_them(corpus, monkeypatch):
    stems = matching.common_stems(3)
    index_match, sets_read, published = matching.index_match, [], []

    def index_match_then_publish(*args, **kwargs):
        bits = index_match(*args, **kwargs)
        sets_read.append(bits)
        if len(sets_read) == len(stems):  # someone publishes once every set is read
            published.append(method("Et samarbeid om zyxordet."))
        return bits

    monkeypatch.setattr(matching, "index_match", index_match_then_publish)
    matching.rebuild_frequent_stems(stems)
    [page] = published
    assert not sets_read[stems.index("samarbeid")] >> page.pk & 1  # read before it existed
    assert page_is_in_stem(page, "samarbeid")
