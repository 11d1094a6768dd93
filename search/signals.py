"""Keeps what the search page reads current the moment a page is published or moved.

Wagtail indexes a page on save; unpublishing and deleting need nothing more here (results
are limited to live pages, and facet rows go with the page)."""

from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published, post_page_move

from kb.cases.models import CaseStoryPage, MunicipalityPage

from . import vocabulary
from .facets import SEARCHABLE_MODELS, file_page


def refresh_search(page):
    """Re-index the page and file it under its facets."""
    # Wagtail indexes a page when its row is saved, before modelcluster saves its
    # many-to-many fields, so a change of themes would otherwise reach the index only on
    # the next save.
    index.insert_or_update_object(page)
    file_page(page)


def page_was_published(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, SEARCHABLE_MODELS):
        refresh_search(page)
        vocabulary.add_words_of(Page.objects.filter(pk=page.pk).public())
    elif isinstance(page, MunicipalityPage):
        # Its stories are filed under its municipality number.
        for story in CaseStoryPage.objects.child_of(page):
            file_page(story)


def page_was_moved(sender, instance, **kwargs):
    for page in Page.objects.descendant_of(instance, inclusive=True).type(*SEARCHABLE_MODELS):
        file_page(page.specific)


def connect():
    page_published.connect(page_was_published, dispatch_uid="search_page_published")
    post_page_move.connect(page_was_moved, dispatch_uid="search_page_moved")
