"""Logs the queries people type, with how many results they got, for the adviser's reports.

Hits are Wagtail's own search-promotions log (Query, QueryDailyHits); the result count is
ours (QueryResultCount)."""

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import QueryResultCount


def log_search(query_text, result_count):
    query = Query.get(query_text)
    query.add_hit()
    QueryResultCount.objects.update_or_create(
        query=query, defaults={"count": result_count, "searched_at": timezone.now()}
    )
