"""PostgreSQL storage for fast searches at 100 000 pages; nothing to do on SQLite.

- Wagtail's backend joins index entries to pages on `page.id::varchar`; an index on that
  expression lets PostgreSQL look pages up instead of reading the whole page table.
- The index rows carry each page's text and vectors, 2–4 kB, mostly stored in the row
  itself. Keeping rows under 512 bytes moves the long text and body vector out of the row
  (the title vector stays), so the table shrinks about eightfold and reading the ids of
  50 000 matching entries touches a few thousand blocks, not tens of thousands. Existing
  rows move out at their next update (`manage.py update_index`).
"""

from django.db import migrations

from search.migrations._postgresql import on_postgresql


FORWARDS = [
    "CREATE INDEX IF NOT EXISTS search_page_id_as_text ON wagtailcore_page ((id::varchar(50)))",
    "ALTER TABLE wagtailsearch_indexentry SET (toast_tuple_target = 512)",
]
BACKWARDS = [
    "ALTER TABLE wagtailsearch_indexentry RESET (toast_tuple_target)",
    "DROP INDEX IF EXISTS search_page_id_as_text",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_catalogue_version"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [on_postgresql(FORWARDS, BACKWARDS)]
