"""How a page type describes itself to the search page, so that search (a feature on top of
the content apps) reads every content type the same way and a new page type is searchable
by saying so on its own model.

A searchable page model sets `search_kind` and may override `search_facets()` (what the
search page files it under), `search_facts()` (the short facts shown in its result),
`search_materials()` (attachments a result can list) and `search_text()` (what a leader
searches by that is not in the page's text fields: phase, group size, time, source,
partners, place; indexed through the SEARCH_TEXT field in the model's `search_fields`).
The boosts say how much each part of a page counts when ranking: a method's title most (a
query naming a method should find it first), then other titles, then summaries and the
facts of search_text(), then the rest of the text. Wagtail turns them into PostgreSQL
weights A–D when it indexes a page, so a change here takes effect after `manage.py
update_index`."""

from wagtail.models import Page, get_page_models
from wagtail.search import index

METHOD_TITLE_BOOST = 10
TITLE_BOOST = 5
SUMMARY_BOOST = 2

# The facets of the search page, as the query string names them.
KIND = "innhold"
THEME = "tema"
MUNICIPALITY = "kommune"
PHASE = "fase"
# A method's situation (kb.methods.situation): group size, time, who takes part, digital.
PARTICIPANTS = "deltakere"
TIME_AVAILABLE = "tid"
TARGET_GROUP = "malgruppe"
DIGITAL = "digitalt"
YEAR = "ar"
# Stored for something still running: every year from this one to the current year.
ONGOING_SINCE = "ar-fra"


def page_search_fields(title_boost):
    """Wagtail's page search fields, with the title boosted by `title_boost` (of two
    entries for the same field, Wagtail uses the last)."""
    return [*Page.search_fields, index.SearchField("title", boost=title_boost)]


SEARCH_TEXT = index.SearchField("search_text", boost=SUMMARY_BOOST)


def year_facets(start, end):
    """One YEAR facet value for every year from `start` to `end` (dates)."""
    return [(YEAR, str(year)) for year in range(start.year, max(start, end).year + 1)]


class SearchablePage:
    """Mixed into a page model that the search page shows."""

    # (value in the query string, label of the "Innhold" facet); None: not searchable.
    search_kind = None

    @classmethod
    def prepare_search_facets(cls):
        """Data that search_facets() of many pages of this type can share (read once when
        many pages are filed at a time)."""
        return None

    def search_facets(self, prepared=None):
        """What the page is filed under, as (facet, value) pairs."""
        values = [(KIND, self.search_kind[0])]
        if hasattr(self, "themes"):
            values += [(THEME, str(theme.pk)) for theme in self.themes.all()]
        return values

    def search_facts(self):
        """A few short facts shown under the page's title in the results."""
        return []

    def search_text(self):
        """Names of the page's facts, as words a leader would search by."""
        return ""

    def search_materials(self):
        """Material attached to the page that a result can list when its title matches the
        query: dicts with "title", "kind_label" and a "document" id or a "url"."""
        return []


def searchable_models():
    """The page models the search page shows, in the order Django knows them."""
    return tuple(
        model
        for model in get_page_models()
        if issubclass(model, SearchablePage) and model.search_kind is not None
    )
