"""PostgreSQL indexes the search page needs; nothing to do on SQLite.

- Wagtail's PostgreSQL backend matches `title || body` against the query, but its migrations
  index title and body only separately, so every search read the whole index table. A GIN
  index on the expression lets PostgreSQL find the matching entries directly.
- A trigram index on the word list finds words similar to a misspelt query term.
"""

from django.db import migrations

from search.migrations._postgresql import on_postgresql

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_indexedword_trgm "
    "ON search_indexedword USING gin (word gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_indexentry_title_body "
    "ON wagtailsearch_indexentry USING gin ((title || body))",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS search_indexentry_title_body",
    "DROP INDEX IF EXISTS search_indexedword_trgm",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [on_postgresql(FORWARDS, BACKWARDS)]
