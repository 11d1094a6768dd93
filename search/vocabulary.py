"""The words of the search index: which exist, their stems, in how many pages, and which
look like a misspelt query term.

The list is built from the search fields of each live, public, searchable page, read as
Wagtail reads them to index the page (so it holds the index's words on any backend), and
holds nothing else: the search page shows anyone the words it widened a query to, so a
draft's or a private page's words must never be among them. Each page's words are kept
beside it (PageWords), so that the list follows every change (search.signals): a published
page's words come in through the task worker with its index entry (search.tasks); an
unpublished, deleted, moved or restricted page's words go at once, in the same transaction.

Counts may drift by one when two pages bring in the same new word at the same moment; they
only rank alternatives, and `update_index` recounts them."""

import re
from collections import Counter, defaultdict

from django.conf import settings
from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction
from django.db.models import F, Manager, Q, Sum
from django.db.models.expressions import RawSQL
from django.db.models.functions import Greatest, Length
from wagtail.search import index

from kb.core.listing import cached
from kb.core.searchable import KIND, searchable_models

from .filing import searchable_pages
from .models import IndexedWord, PageFacet, PageWords, Synonym

WORD = re.compile(r"[^\W_]+")
MAX_WORD_LENGTH = IndexedWord._meta.get_field("word").max_length
# A misspelling shares at least this share of its trigrams with the word that was meant,
# and is at most this many letters shorter or longer ("snakkeboble" is not "snakke").
MIN_SIMILARITY = 0.45
MAX_LENGTH_DIFFERENCE = 2
# A term heads a compound when the compound's stem starts with the term's stem (at least
# this long) and goes on for at least this many letters.
MIN_HEAD_LENGTH = 5
MIN_TAIL_LENGTH = 3
BATCH_SIZE = 5000


def words_in(text):
    return {word for word in WORD.findall(text.lower()) if len(word) <= MAX_WORD_LENGTH}


# Each word of the text[] parameter with its stem in the regconfig parameter: its lexemes,
# space-separated ("" for a stop word).
STEMS_SQL = (
    "SELECT word, array_to_string(tsvector_to_array(to_tsvector(%s::regconfig, word)), ' ')"
    " AS stem FROM unnest(%s::text[]) AS word"
)


def search_config():
    """The PostgreSQL text search configuration the index is built with."""
    return settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "simple"


def stems(words):
    """{word: its stem, or "" for a stop word}. On PostgreSQL the search configuration's own
    stemmer decides (one query per 5000 words); search on SQLite does not stem."""
    words = sorted({word.lower() for word in words})
    if connection.vendor != "postgresql":
        return {word: word for word in words}
    found = {}
    with connection.cursor() as cursor:
        for start in range(0, len(words), BATCH_SIZE):
            cursor.execute(STEMS_SQL, [search_config(), words[start : start + BATCH_SIZE]])
            found.update(cursor.fetchall())
    return found


def words_per_page(pages):
    """(page id, set of words) for each of the given pages: the words of its search fields,
    read from the page as Wagtail's backends read it to index it. Not from the index: the
    database backend's tables hold nothing when OPENSEARCH_URL sets another backend."""
    for model in searchable_models():
        indexed = model.get_indexed_objects().filter(pk__in=pages.values("pk"))
        for page in indexed.iterator(chunk_size=BATCH_SIZE):
            yield page.pk, words_in(" ".join(_search_texts(page, page.get_search_fields())))


def _search_texts(obj, fields):
    """The text of each search field, and of each related object's (as Wagtail's database
    backend prepares it: lists and StreamFields as their searchable content)."""
    for field in fields:
        if isinstance(field, index.SearchField):
            yield _as_text(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if isinstance(related, Manager):
                related = related.all()
            elif related is not None:
                related = [related() if callable(related) else related]
            for item in related or []:
                yield from _search_texts(item, field.fields)


def _as_text(value):
    if isinstance(value, list | tuple):
        return " ".join(map(_as_text, value))
    if isinstance(value, dict):
        return " ".join(map(_as_text, value.values()))
    return "" if value is None else str(value)


def _words_with_stems(page_counts, ignore_conflicts=False):
    stem_of = stems(page_counts)
    IndexedWord.objects.bulk_create(
        (
            IndexedWord(word=word, stem=stem_of.get(word, ""), page_count=count)
            for word, count in page_counts.items()
        ),
        batch_size=BATCH_SIZE,
        ignore_conflicts=ignore_conflicts,
    )


def _page_words(page_id, words):
    return PageWords(page_id=page_id, words=" ".join(sorted(words)))


@transaction.atomic
def rebuild(pages, progress=None):
    """Replaces the word list with the words of the given pages."""
    IndexedWord.objects.all().delete()
    PageWords.objects.all().delete()
    page_counts = Counter()
    batch = []
    for page_id, words in words_per_page(pages):
        page_counts.update(words)
        batch.append(_page_words(page_id, words))
        if len(batch) == BATCH_SIZE:
            PageWords.objects.bulk_create(batch)
            batch = []
        if progress:
            progress.advance()
    PageWords.objects.bulk_create(batch)
    _words_with_stems(page_counts)
    return len(page_counts)


def update_words_of(page_ids):
    """Brings the word list in step with the given pages: the words of those search can show
    as they are indexed now, and nothing of the others."""
    _replace_words_of(page_ids, searchable_pages().filter(pk__in=page_ids))


def forget_words_of(page_ids):
    """Takes the given pages' words away (pages about to be deleted)."""
    _replace_words_of(page_ids, None)


@transaction.atomic
def _replace_words_of(page_ids, searchable):
    page_ids = list(page_ids)
    change = Counter()
    old = PageWords.objects.select_for_update().filter(page_id__in=page_ids)
    for words in old.values_list("words", flat=True):
        change.subtract(words.split())
    old.delete()
    if searchable is not None:
        rows = []
        for page_id, words in words_per_page(searchable):
            change.update(words)
            rows.append(_page_words(page_id, words))
        PageWords.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    _count(change)


def _count(change):
    """Adds each word's change in page count; a word in no page any more goes."""
    change = {word: amount for word, amount in change.items() if amount}
    known = set()
    for words in _batches(list(change)):
        known |= set(IndexedWord.objects.filter(_word_among(words)).values_list("word", flat=True))
    by_amount = defaultdict(list)
    for word in known:
        by_amount[change[word]].append(word)
    for amount, words in by_amount.items():
        for batch in _batches(words):
            IndexedWord.objects.filter(_word_among(batch)).update(
                page_count=Greatest(F("page_count") + amount, 0)
            )
    for batch in _batches(sorted(known)):
        IndexedWord.objects.filter(_word_among(batch), page_count=0).delete()
    new = {word: amount for word, amount in change.items() if amount > 0 and word not in known}
    _words_with_stems(new, ignore_conflicts=True)


def _word_among(words):
    """IndexedWord.word is one of the words. On PostgreSQL as a subquery: given a list of a
    hundred words, the planner picks the trigram index and takes a third of a second, where
    the unique index takes a millisecond."""
    if connection.vendor == "postgresql":
        return Q(word__in=RawSQL("SELECT unnest(%s::text[])", [list(words)]))
    return Q(word__in=words)


def _batches(items):
    for start in range(0, len(items), BATCH_SIZE):
        yield items[start : start + BATCH_SIZE]


def pages_per_stem(stems):
    """{stem: number of pages with a word of that stem} for the stems in the index."""
    return dict(
        IndexedWord.objects.filter(stem__in=stems)
        .values("stem")
        .annotate(pages=Sum("page_count"))
        .values_list("stem", "pages")
    )


def compounds_starting_with(stem, limit=3):
    """The most common indexed words whose stem begins with `stem` and goes on for at least
    a short word more (the compounds it heads)."""
    if len(stem) < MIN_HEAD_LENGTH:
        return []
    words = (
        IndexedWord.objects.filter(stem__startswith=stem)
        .annotate(length=Length("stem"))
        .filter(length__gte=len(stem) + MIN_TAIL_LENGTH)
        .order_by("-page_count", "word")
        .values_list("word", "stem")[: limit * 4]
    )
    best_per_stem = {}
    for word, word_stem in words:
        best_per_stem.setdefault(word_stem, word)
    return list(best_per_stem.values())[:limit]


def similar_words(term, limit=2):
    """[(word, similarity)] for indexed words spelt like `term`: about as long, best first,
    one per stem (PostgreSQL trigrams; none elsewhere)."""
    if connection.vendor != "postgresql":
        return []
    candidates = (
        IndexedWord.objects.filter(word__trigram_similar=term)
        .exclude(stem="")
        .annotate(length=Length("word"), similarity=TrigramSimilarity("word", term))
        .filter(
            similarity__gte=MIN_SIMILARITY,
            length__gte=len(term) - MAX_LENGTH_DIFFERENCE,
            length__lte=len(term) + MAX_LENGTH_DIFFERENCE,
        )
        .order_by("-similarity", "-page_count", "word")
        .values_list("word", "stem", "similarity")[: limit * 4]
    )
    best_per_stem = {}
    for word, stem, similarity in candidates:
        best_per_stem.setdefault(stem, (word, similarity))
    return list(best_per_stem.values())[:limit]


def total_pages(request=None):
    """How many pages search can show (each has one content type row)."""
    return cached("search:total", lambda: PageFacet.objects.filter(facet=KIND).count(), request)


def synonyms(request=None):
    """[(word, its stem, the adviser's synonyms for it)], from the cache between changes."""

    def build():
        entries = list(Synonym.objects.all())
        stem_of = stems(entry.word for entry in entries)
        return [
            (entry.word.lower(), stem_of[entry.word.lower()], entry.words()) for entry in entries
        ]

    return cached("search:synonyms", build, request)
