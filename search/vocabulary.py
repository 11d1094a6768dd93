"""The words of the search index: which exist, their stems, in how many pages, and which
look like a misspelt query term.

The list is built from the text Wagtail's backend stored for each live, public page, and
grows as pages are published (see search.signals). A word that later disappears from the
site stays in the list until the next rebuild; that only means a query may be widened to a
word that no longer matches anything."""

import re
from collections import Counter

from django.conf import settings
from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models import CharField, Sum
from django.db.models.functions import Cast, Length
from wagtail.search.models import IndexEntry

from .models import IndexedWord

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


def _text_columns():
    # The PostgreSQL backend keeps plain text beside its tsvectors; the SQLite backend keeps
    # only plain text.
    if connection.vendor == "postgresql":
        return ("title_text", "body_text")
    return ("title", "body")


def indexed_texts(pages):
    """The indexed plain text of each of the given pages."""
    entries = IndexEntry.objects.filter(
        content_type_id__in=pages.values("content_type_id"),
        object_id__in=pages.annotate(text_id=Cast("pk", CharField())).values("text_id"),
    )
    for columns in entries.values_list(*_text_columns()).iterator(chunk_size=BATCH_SIZE):
        yield " ".join(text or "" for text in columns)


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


def rebuild(pages, progress=None):
    """Replaces the word list with the words of the given pages."""
    page_counts = Counter()
    for text in indexed_texts(pages):
        page_counts.update(words_in(text))
        if progress:
            progress.advance()
    IndexedWord.objects.all().delete()
    _words_with_stems(page_counts)
    return len(page_counts)


def add_words_of(pages):
    """Adds the words of newly published pages. Words already listed keep their count: a
    page published again must not count twice, and the counts only rank alternatives."""
    words = set()
    for text in indexed_texts(pages):
        words |= words_in(text)
    known = set(IndexedWord.objects.filter(word__in=words).values_list("word", flat=True))
    _words_with_stems(dict.fromkeys(words - known, 1), ignore_conflicts=True)


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
