"""Removes the search log's days older than WAGTAILSEARCH_HITS_MAX_AGE: Wagtail's daily hits
and the queries left without any (what `searchpromotions_garbage_collect` does), and our
result counts of the queries that stay only because the adviser pinned results for them.
Run daily by `manage.py daily`; running it again the same day changes nothing."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import QueryResultCount


class Command(BaseCommand):
    help = "Sletter søkeloggen som er eldre enn WAGTAILSEARCH_HITS_MAX_AGE dager (7)."

    def handle(self, *args, **options):
        days = getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 7)
        queries = Query.objects.count()
        QueryDailyHits.garbage_collect()
        Query.garbage_collect()
        oldest = timezone.now() - datetime.timedelta(days=days)
        QueryResultCount.objects.filter(searched_at__lt=oldest).delete()
        gone = queries - Query.objects.count()
        self.stdout.write(f"Søkeloggen: {gone} søk eldre enn {days} dager slettet.")
