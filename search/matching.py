"""Which pages a query matches, on PostgreSQL: a bitset of page ids (search.bitsets).

Wagtail's index table has a GIN index on `title || body` (search.migrations.0002), so
PostgreSQL finds the matching entries quickly, but it must still read each entry's row to
learn its page id: about a microsecond a row, 55 ms when 72 000 of 100 000 pages contain a
word (bench/search_bench.py). Words that common are the rule on a site about culture
schools ("kulturskole", "samarbeid"). So the pages that contain each common stem are kept
as a bitset (FrequentStem), and a query's condition (search.query.Condition) is evaluated
with those bitsets for its common words and one index query for the rest of each branch.
A query without common words is one index query, as before."""

import functools
import operator

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.aggregates import BitOr
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection, transaction
from django.db.models import BigIntegerField, F, IntegerField, Value
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from kb.core.searchable import searchable_models

from . import vocabulary
from .bitsets import from_words, to_bytes
from .models import FrequentStem
from .query import Condition

# A stem in at least this many pages gets a bitset: below it, reading the index rows takes
# a millisecond or two.
MIN_PAGES = 1000
COMBINE = {"&": operator.and_, "|": operator.or_}
# Each word's stem (as vocabulary.stems) and the stored page set of a common stem.
WORDS_WITH_PAGE_SETS_SQL = (
    "SELECT word, stem, pages FROM (" + vocabulary.STEMS_SQL + ") AS words"  # noqa: S608 (constants)
    " LEFT JOIN search_frequentstem USING (stem)"
)


def searchable_content_type_ids():
    content_types = ContentType.objects.get_for_models(*searchable_models()).values()
    return sorted(content_type.pk for content_type in content_types)


def searchable_index_entries():
    return IndexEntry.objects.filter(content_type__in=searchable_content_type_ids())


def index_match(tsquery_text, config=None):
    """The pages whose indexed title or body match the tsquery, read from the index."""
    query = SearchQuery(
        tsquery_text, search_type="raw", config=config or vocabulary.search_config()
    )
    # Wagtail's backend matches `title || body` (search.migrations.0002 indexes it).
    vector = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    page_id = Cast("object_id", BigIntegerField())
    bit = Cast(F("page_id").bitand(63), IntegerField())
    # PostgreSQL folds the ids into 64-bit words: 50 000 matches arrive as 800 rows.
    words = (
        searchable_index_entries()
        .annotate(vector=vector, page_id=page_id)
        .filter(vector=query)
        .values(word=F("page_id").bitrightshift(6))
        .annotate(bits=BitOr(Cast(Value(1), BigIntegerField()).bitleftshift(bit)))
        .values_list("word", "bits")
    )
    with transaction.atomic(), connection.cursor() as cursor:
        # The planner prices the match as cheap and, when many pages match, would rather
        # read the whole table and test every row: seconds at 100 000 pages, where the
        # GIN index takes milliseconds.
        cursor.execute("SET LOCAL enable_seqscan = off")
        bits = from_words(words)
        cursor.execute("RESET enable_seqscan")
    return bits


def match(condition):
    """The pages that contain what `condition` asks for (PostgreSQL only)."""
    with connection.cursor() as cursor:
        cursor.execute(
            WORDS_WITH_PAGE_SETS_SQL, [vocabulary.search_config(), sorted(set(condition.words()))]
        )
        rows = cursor.fetchall()
    frequent = {word: int.from_bytes(pages, "little") for word, _stem, pages in rows if pages}
    # to_tsquery drops stop words, and with them any part made only of stop words.
    stop_words = {word for word, stem, _pages in rows if not stem}
    return _evaluate(condition, frequent, stop_words) or 0


def _evaluate(condition, frequent, stop_words):
    """The condition's pages, or None when it holds only stop words (no condition at all)."""
    found, rest = [], []
    for part in condition.parts:
        words = set(part.words()) if isinstance(part, Condition) else {part}
        if words <= stop_words:
            continue
        if not words & frequent.keys():
            rest.append(part)
        elif isinstance(part, Condition):
            found.append(_evaluate(part, frequent, stop_words))
        else:
            found.append(frequent[part])
    if rest:
        # The parts without common words in one index query: PostgreSQL combines them there.
        found.append(index_match(Condition(condition.operator, tuple(rest)).tsquery_text()))
    found = [bits for bits in found if bits is not None]
    return functools.reduce(COMBINE[condition.operator], found) if found else None


def common_stems(min_pages=MIN_PAGES):
    """The stems in at least `min_pages` index entries of searchable pages (PostgreSQL's
    ts_stat reads every vector: a second or two at 100 000 pages)."""
    if connection.vendor != "postgresql":
        return []
    content_type_ids = ",".join(str(pk) for pk in searchable_content_type_ids())
    # ts_stat takes the query as text, so the ids (integers) are written into it.
    entries = "SELECT title || body FROM wagtailsearch_indexentry WHERE content_type_id IN "
    entries += f"({content_type_ids})"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM ts_stat(%s) WHERE ndoc >= %s ORDER BY word", [entries, min_pages]
        )
        return [stem for (stem,) in cursor.fetchall()]


def rebuild_frequent_stems(stems, progress=None):
    """Replaces the stored page sets with those of the given stems."""
    started = timezone.now()
    stored = []
    for stem in stems:
        # The stem as it is in the index: the `simple` configuration does not stem it again.
        bits = index_match("'{}'".format(stem.replace("'", "''")), config="simple")
        stored.append(FrequentStem(stem=stem, pages=to_bytes(bits)))
        if progress:
            progress.advance(stem)
    with transaction.atomic():
        FrequentStem.objects.all().delete()
        FrequentStem.objects.bulk_create(stored)
    # Pages published while the sets were read may be missing from them.
    for page_id in Page.objects.filter(last_published_at__gte=started).values_list("pk", flat=True):
        update_frequent_stems(page_id)
    return len(stored)


def update_frequent_stems(page_id):
    """Sets the page's bit in each bitset to whether its indexed text now has the stem (on
    publish, after Wagtail has updated the index entry)."""
    if connection.vendor != "postgresql" or not FrequentStem.objects.exists():
        return
    content_type_ids = searchable_content_type_ids()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(array_agg(DISTINCT lexeme), '{}') FROM ("
            " SELECT unnest(tsvector_to_array(title || body)) AS lexeme"
            " FROM wagtailsearch_indexentry"
            " WHERE content_type_id = ANY(%s) AND object_id = %s) AS lexemes",
            [content_type_ids, str(page_id)],
        )
        [stems] = cursor.fetchone()
        # Only the bitsets whose bit changes are written. set_bit numbers bits from the
        # least significant of the first byte, as search.bitsets does.
        cursor.execute(
            "UPDATE search_frequentstem SET pages = set_bit("
            "  CASE WHEN length(pages) * 8 > %(page)s THEN pages"
            "  ELSE pages || decode(repeat('00', %(page)s / 8 + 1 - length(pages)), 'hex') END,"
            "  %(page)s, (stem = ANY(%(stems)s))::int)"
            " WHERE CASE WHEN length(pages) * 8 > %(page)s THEN get_bit(pages, %(page)s) = 1"
            "  ELSE false END <> (stem = ANY(%(stems)s))",
            {"page": page_id, "stems": stems},
        )
