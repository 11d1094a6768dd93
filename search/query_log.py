"""Logs the queries people type, with how many results they got, for the adviser's reports.

Hits are Wagtail's own search-promotions log (Query, QueryDailyHits); the result count is
ours (QueryResultCount)."""

from django.db import transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import QueryResultCount


@transaction.atomic  # one commit (and disk flush) instead of one per statement
def log_search(query_text, result_count):
    query = Query.get(query_text)
    query.add_hit()
    # One upsert: safe when two people search for the same new query at once.
    QueryResultCount.objects.bulk_create(
        [QueryResultCount(query=query, count=result_count, searched_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["query"],
        update_fields=["count", "searched_at"],
    )
