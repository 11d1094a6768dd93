from django.core.management.base import BaseCommand
from django.db import transaction

from kb.core.progress import ProgressBar
from search import vocabulary
from search.engine import searchable_pages
from search.facets import SEARCHABLE_MODELS, facet_values, municipality_numbers
from search.models import PageFacet

BATCH_SIZE = 2000


class Command(BaseCommand):
    help = (
        "Files every searchable page under its facets and rebuilds the word list the search "
        "page uses for compound words and typos. Publishing keeps both current; run this "
        "after update_index, a bulk import or a restore."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        pages = searchable_pages()
        total = pages.count()

        PageFacet.objects.all().delete()
        municipalities = municipality_numbers()
        progress = ProgressBar(self.stdout, total, "Fasetter")
        for model in SEARCHABLE_MODELS:
            specific = model.objects.filter(pk__in=pages.values("pk"))
            if hasattr(model, "themes"):
                specific = specific.prefetch_related("themes")
            rows = []
            for page in specific.iterator(chunk_size=BATCH_SIZE):
                rows += [
                    PageFacet(page=page, facet=f, value=v)
                    for f, v in facet_values(page, municipalities)
                ]
                progress.advance(page.title)
            PageFacet.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        progress.finish()

        progress = ProgressBar(self.stdout, total, "Ordliste")
        words = vocabulary.rebuild(pages, progress)
        progress.finish()
        self.stdout.write(self.style.SUCCESS(f"{total} sider, {words} ord."))
