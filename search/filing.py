"""Keeps the facet catalogue (PageFacet) in step with the site: rows for exactly the live,
public, searchable pages. Every change replaces the site's content version
(core.ContentVersion), so what the search page caches follows."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page

from kb.core.listing import public
from kb.core.models import ContentVersion
from kb.core.searchable import searchable_models

from .models import PageFacet

BATCH_SIZE = 2000


def searchable_pages(request=None):
    """The pages search can show: live, public, of a searchable type (the view
    restrictions from the cache)."""
    return public(Page.objects.live().type(*searchable_models()), request)


@transaction.atomic
def refile(pages):
    """Files each of the given pages under its facets if search can show it, and removes it
    from the catalogue otherwise (unpublished, private, deleted)."""
    page_ids = list(pages.values_list("pk", flat=True))
    PageFacet.objects.filter(page_id__in=page_ids).delete()
    _file(_filed().filter(pk__in=page_ids))
    ContentVersion.bump()


@transaction.atomic
def refile_all(progress=None):
    PageFacet.objects.all().delete()
    _file(_filed(), progress)
    ContentVersion.bump()


def _filed():
    """searchable_pages() with the view restrictions read from the database: a restriction
    just saved or deleted may not have replaced the content version yet."""
    return Page.objects.live().public().type(*searchable_models())


def _file(pages, progress=None):
    # Only the types among the pages: publishing one page files one type.
    content_types = ContentType.objects.get_for_models(*searchable_models())
    present = set(pages.order_by().values_list("content_type_id", flat=True).distinct())
    for model, content_type in content_types.items():
        if content_type.pk not in present:
            continue
        prepared = model.prepare_search_facets()
        specific = model.objects.filter(pk__in=pages.values("pk"))
        if hasattr(model, "themes"):
            specific = specific.prefetch_related("themes")
        rows = []
        for page in specific.iterator(chunk_size=BATCH_SIZE):
            rows += [
                PageFacet(page=page, facet=facet, value=value)
                for facet, value in page.search_facets(prepared)
            ]
            if progress:
                progress.advance(page.title)
        PageFacet.objects.bulk_create(rows, batch_size=BATCH_SIZE)
