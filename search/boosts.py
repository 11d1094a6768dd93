"""How much each part of a page counts when ranking search results: a method's title most
(a query naming a method should find it first), then other titles, then summaries, then the
rest of the text. Wagtail turns the boosts into PostgreSQL weights A–D when it indexes a
page, so a change here takes effect after `manage.py update_index`."""

from wagtail.models import Page
from wagtail.search import index

METHOD_TITLE = 10
TITLE = 5
SUMMARY = 2


def page_search_fields(title_boost):
    """Wagtail's page search fields, with the title boosted by `title_boost` (of two
    entries for the same field, Wagtail uses the last)."""
    return [*Page.search_fields, index.SearchField("title", boost=title_boost)]
