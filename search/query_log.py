"""Logs the queries people type, with how many results they got, for the adviser's reports.

Hits are Wagtail's own search-promotions log (Query, QueryDailyHits); the result count is
ours (QueryResultCount). The search page only enqueues `log_search`; the task worker writes
the log, so a search (a GET) neither writes these tables nor waits on the row an identical
search is updating."""

import datetime

from django.db import transaction
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query

from .models import QueryResultCount

# Behind e-mails and the search index in the queue: nobody waits for the log.
PRIORITY = -10


@task(priority=PRIORITY)
@transaction.atomic  # one commit (and disk flush) instead of one per statement
def log_search(query_text, result_count, partial, searched_at):
    """`searched_at`: when the search was made (ISO 8601), however late the task runs."""
    searched_at = datetime.datetime.fromisoformat(searched_at)
    query = Query.get(query_text)
    query.add_hit(date=searched_at.astimezone(datetime.UTC).date())
    # One upsert: safe when two people search for the same new query at once.
    QueryResultCount.objects.bulk_create(
        [
            QueryResultCount(
                query=query, count=result_count, partial=partial, searched_at=searched_at
            )
        ],
        update_conflicts=True,
        unique_fields=["query"],
        update_fields=["count", "partial", "searched_at"],
    )
