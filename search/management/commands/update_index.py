"""Wagtail's `update_index`, followed by what search derives from the pages: the facet rows
and the word list. After a restore, a bulk import or a change of boosts this one command
brings search back; publishing keeps both current in between (search.signals)."""

from wagtail.search.management.commands.update_index import Command as UpdateIndex

from kb.core.progress import ProgressBar
from search import filing, vocabulary


class Command(UpdateIndex):
    def handle(self, **options):
        super().handle(**options)
        rebuild_derived(self.stdout)


def rebuild_derived(stdout):
    """The facet rows and the word list, anew from the pages and the index."""
    pages = filing.searchable_pages()
    total = pages.count()
    progress = ProgressBar(stdout, total, "Fasetter")
    filing.refile_all(progress)
    progress.finish()
    progress = ProgressBar(stdout, total, "Ordliste")
    words = vocabulary.rebuild(pages, progress)
    progress.finish()
    stdout.write(f"Søket: {total} sider, {words} ord.")
