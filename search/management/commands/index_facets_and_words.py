from django.core.management.base import BaseCommand

from kb.core.progress import ProgressBar
from search import filing, matching, vocabulary


class Command(BaseCommand):
    help = (
        "Files every live, public, searchable page under its facets, rebuilds the word list "
        "the search page uses for compound words and typos, and the page sets of common "
        "stems. Publishing keeps all three current; run this after update_index, a bulk "
        "import or a restore."
    )

    def handle(self, *args, **options):
        pages = filing.searchable_pages()
        total = pages.count()
        progress = ProgressBar(self.stdout, total, "Fasetter")
        filing.refile_all(progress)
        progress.finish()
        progress = ProgressBar(self.stdout, total, "Ordliste")
        words = vocabulary.rebuild(pages, progress)
        progress.finish()
        stems = matching.common_stems()
        progress = ProgressBar(self.stdout, len(stems), "Vanlige ord")
        common = matching.rebuild_frequent_stems(stems, progress)
        progress.finish()
        self.stdout.write(
            self.style.SUCCESS(f"{total} sider, {words} ord, {common} vanlige ordstammer.")
        )
