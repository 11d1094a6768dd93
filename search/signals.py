"""Keeps what the search page reads current the moment a page is published, unpublished,
moved or made private: which pages it may show (the facet catalogue) at once, their indexed
text through the task worker (search.tasks). The words of a page search can no longer show
leave the word list at once (search.vocabulary). (A deleted page's facet rows go with it,
and kb.core.signals replaces the content version that what the search page caches
follows.)"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from kb.core.searchable import searchable_models
from kb.core.signals import content_follows

from . import filing, vocabulary
from .models import Synonym
from .tasks import index_published_page


def page_was_published(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, searchable_models()):
        filing.refile(Page.objects.filter(pk=page.pk))
        index_published_page.enqueue(page.pk)
    else:
        # Its children may be filed under what it says (stories under their municipality's
        # number).
        filing.refile(Page.objects.child_of(page).type(*searchable_models()))


def page_was_unpublished(sender, instance, **kwargs):
    filing.refile(Page.objects.filter(pk=instance.pk))
    # Wagtail also sends it before deleting a live page, which is still live then.
    vocabulary.forget_words_of([instance.pk])


def page_will_be_deleted(sender, instance, **kwargs):
    vocabulary.forget_words_of([instance.pk])


def subtree_changed(page):
    """A move or a view restriction changes what is public below the page."""
    pages = Page.objects.descendant_of(page, inclusive=True).type(*searchable_models())
    filing.refile(pages)
    vocabulary.update_words_of(pages.values_list("pk", flat=True))


def page_was_moved(sender, instance, **kwargs):
    subtree_changed(instance)


def restriction_changed(sender, instance, **kwargs):
    subtree_changed(instance.page)


def connect():
    # The search page reads the promotions and synonyms from the cache.
    content_follows(SearchPromotion)
    content_follows(Synonym)
    page_published.connect(page_was_published, dispatch_uid="search_page_published")
    page_unpublished.connect(page_was_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(page_was_moved, dispatch_uid="search_page_moved")
    # Deleting a page sends the signal for its own type only (its Page row goes without one).
    for model in get_page_models():
        pre_delete.connect(
            page_will_be_deleted, sender=model, dispatch_uid=f"search_deleted_{model._meta.label}"
        )
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed, sender=PageViewRestriction, dispatch_uid=f"search_{signal}"
        )
