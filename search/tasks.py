"""The search index work a publish leaves to the task worker: Wagtail's index entry for the
page and the page's words in the word list (both read its search fields). The facet
catalogue is refiled in the publish itself (search.signals): it decides which pages search
may show, which must change at once. The content version is replaced once more when the
page's text is in the index: a search made in between kept an answer without it
(search.engine.answer)."""

from django_tasks import task
from wagtail.models import Page
from wagtail.search import index

from kb.core.models import ContentVersion

from . import vocabulary


@task()
def index_published_page(page_id):
    page = Page.objects.filter(pk=page_id).live().specific().first()
    if page is None:  # unpublished or deleted before the worker came to it
        return
    # Wagtail's own task, enqueued when the page's row is saved, may run before modelcluster
    # has saved the page's many-to-many fields (at once, with the immediate backend); by
    # the time the page is published they are saved.
    index.insert_or_update_object(page)
    vocabulary.update_words_of([page.pk])
    ContentVersion.bump()
