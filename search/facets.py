"""The search page's facets: content type, theme, municipality, co-creation phase, a
method's situation (group size, time, target group, digital) and year.

What each page is filed under (each model's search_facets(), stored as PageFacet rows by
search.filing), what the query string chose (Selection) and the facets shown beside the
results (FacetMenu). Facets combine; within a facet one value is chosen at a time, and each
option's count is what choosing it would leave: one GROUP BY over the facet rows of the
matching pages, with a count for each facet with a chosen value."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, F, Lookup, Q
from django.utils import timezone

from kb.cases.models import MunicipalityPage
from kb.core.listing import cached
from kb.core.searchable import (
    DIGITAL,
    KIND,
    MUNICIPALITY,
    ONGOING_SINCE,
    PARTICIPANTS,
    PHASE,
    TARGET_GROUP,
    THEME,
    TIME_AVAILABLE,
    YEAR,
    searchable_models,
)
from kb.methods.models import Digital, Phase
from kb.methods.situation import PARTICIPANT_RANGES, TIME_BUDGETS, TargetGroup
from kb.themes.models import Theme

from .models import PageFacet

YEAR_PATTERN = re.compile(r"^(19|20)\d\d$")


def kinds():
    """{value: label} of the "Innhold" facet, from the searchable page models."""
    return dict(model.search_kind for model in searchable_models())


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    in_url: str = ""  # the value as the query string names it
    querystring: str = ""


@dataclass
class Facet:
    param: str
    label: str
    options: list[Option] = field(default_factory=list)

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)


@dataclass
class Selection:
    """The facet values chosen in the query string: {param: stored value}, the same as the
    query string names them, the labels to show, and the values that were not recognised
    (named on the page, then ignored)."""

    chosen: dict = field(default_factory=dict)
    in_url: dict = field(default_factory=dict)
    shown: dict = field(default_factory=dict)
    unrecognised: list = field(default_factory=list)


def _theme_and_municipality_names():
    themes = list(Theme.objects.values_list("pk", "slug", "name"))
    municipalities = MunicipalityPage.objects.live().order_by("title")
    return themes, dict(municipalities.values_list("number", "title"))


class FacetMenu:
    """The facets with their options' labels (the names of themes and municipalities from
    the cache between publishes)."""

    def __init__(self, request=None):
        themes, municipalities = cached(
            "search:facet_names", _theme_and_municipality_names, request
        )
        self.labels = {
            KIND: kinds(),
            THEME: {str(pk): name for pk, _slug, name in themes},
            MUNICIPALITY: municipalities,
            PHASE: dict(Phase.choices),
            PARTICIPANTS: {key: label for key, label, _range in PARTICIPANT_RANGES},
            TIME_AVAILABLE: {key: label for key, label, _minutes in TIME_BUDGETS},
            TARGET_GROUP: dict(TargetGroup.choices),
            DIGITAL: dict(Digital.choices),
        }
        # The query string names themes by slug, like the listing pages do.
        self.theme_by_slug = {slug: str(pk) for pk, slug, _name in themes}
        self.slug_by_theme = {value: slug for slug, value in self.theme_by_slug.items()}
        self.headings = {
            KIND: "Innhold",
            THEME: "Tema",
            MUNICIPALITY: "Kommune",
            PHASE: "Fase i samskapingen",
            PARTICIPANTS: "Antall deltakere",
            TIME_AVAILABLE: "Tid dere har",
            TARGET_GROUP: "Målgruppe",
            DIGITAL: "Digitalt",
            YEAR: "År",
        }

    def read(self, query_dict):
        selection = Selection()
        for param, heading in self.headings.items():
            raw = query_dict.get(param, "").strip()
            if not raw:
                continue
            value = self.theme_by_slug.get(raw) if param == THEME else raw
            known = self.labels.get(param)
            valid = value in known if known is not None else bool(YEAR_PATTERN.match(raw))
            if valid:
                selection.chosen[param] = value
                selection.in_url[param] = raw
                selection.shown[param] = (heading, known[value] if known else raw)
            else:
                selection.unrecognised.append((heading, raw[:100]))
        return selection

    def narrowing(self, selection, except_param=None):
        """A filter on facet rows: their page has the chosen values (but `except_param`'s).
        A story still running counts for every year from its start to this one."""
        condition = Q()
        for param, value in selection.chosen.items():
            if param == except_param:
                continue
            rows = Q(facet=param, value=value)
            if param == YEAR and int(value) <= timezone.localdate().year:
                rows |= Q(facet=ONGOING_SINCE, value__lte=value)
            condition &= Q(page_id__in=PageFacet.objects.filter(rows).values("page_id"))
        return condition

    def chosen_among(self, page_ids, selection):
        """The pages among `page_ids` with the chosen values, as a list: the ranking then
        takes them as the ids it already has, where the choices as subqueries made the
        database join the facet rows to each ranked page."""
        rows = PageFacet.objects.filter(among("page_id", page_ids), facet=KIND)
        rows = rows.filter(self.narrowing(selection))
        return list(rows.values_list("page_id", flat=True))

    def count(self, page_ids, selection):
        """({facet: {value: count}}, how many pages have the chosen values, how many there
        are without them) for the pages among `page_ids` (a list). Options of a facet
        with a chosen value are counted without that facet's own choice.

        One GROUP BY over the pages' facet rows, with a count for each set of choices: the
        database matches the query once, where a query per count made it match again for
        each (hundreds of milliseconds at 10 000 pages). Every page is filed under exactly
        one kind, so the kind's counts add up to the pages."""
        conditions = {
            "chosen": self.narrowing(selection),
            **{param: self.narrowing(selection, param) for param in selection.chosen},
        }
        # An empty condition (nothing chosen, or only that facet) counts every page: one
        # column serves them all.
        conditions = {"every": Q(), **{name: q for name, q in conditions.items() if q}}
        rows = list(
            PageFacet.objects.filter(among("page_id", page_ids))
            .values_list("facet", "value")
            .annotate(
                **{
                    f"pages_{index}": Count("page_id", filter=condition or None)
                    for index, condition in enumerate(conditions.values())
                }
            )
            .order_by()
        )
        tallies = _tally(rows, len(conditions))
        by_choice = dict(zip(conditions, tallies, strict=True))
        every = by_choice["every"]
        counts = by_choice.get("chosen", every)
        pages, total = (sum(tally.get(KIND, {}).values()) for tally in (counts, every))
        for param in selection.chosen:
            counts[param] = by_choice.get(param, every).get(param, {})
        return counts, pages, total

    def build(self, counts, selection):
        """The facets to show: every option with results, and the chosen ones even at 0."""
        facets = []
        for param, heading in self.headings.items():
            facet_counts = counts.get(param, {})
            labels = self.labels.get(param) or {year: year for year in sorted(facet_counts)[::-1]}
            chosen = selection.chosen.get(param)
            options = [
                Option(
                    value,
                    label,
                    facet_counts.get(value, 0),
                    selected=value == chosen,
                    in_url=self.slug_by_theme.get(value, value) if param == THEME else value,
                )
                for value, label in labels.items()
                if facet_counts.get(value) or value == chosen
            ]
            if chosen and chosen not in labels:
                options.insert(0, Option(chosen, chosen, 0, selected=True, in_url=chosen))
            if options:
                facets.append(Facet(param, heading, options))
        return facets


def among(field, ids):
    """A filter: `field` is one of the ids. On PostgreSQL `= ANY` of one array parameter,
    which the database checks through a hash table: a list of thousands of ids is otherwise
    as many parameters to build and parse, and as a subquery the planner guessed it at 200
    rows and looked each id up in an index (the facet count of 7 771 pages at 10 000 took
    62 ms so and 35 ms this way)."""
    if connection.vendor == "postgresql":
        return AnyOf(F(field), list(ids))
    return Q(**{f"{field}__in": ids})


# Above this many ids the planner is not asked to estimate how many rows they select.
ESTIMATED_IDS = 1000


class AnyOf(Lookup):
    """The ids go as one array literal ("{1,2,3}"): psycopg dumps a list of thousands of
    ints element by element in Python (about 4 ms for 5 000). The planner estimates an
    array's rows id by id from the column's statistics (4 ms of planning for 6 000 ids);
    for a long list it compares `field + 0`, which has none, so it takes its default
    estimate of most rows, which is then right, and checks the ids as fast."""

    prepare_rhs = False

    def as_sql(self, compiler, connection):
        field, params = self.process_lhs(compiler, connection)
        if len(self.rhs) > ESTIMATED_IDS:
            field = f"({field} + 0)"
        ids = "{" + ",".join(map(str, map(int, self.rhs))) + "}"
        return f"{field} = ANY(%s::integer[])", [*params, ids]


def _tally(rows, columns):
    """{facet: {value: count}} for each count column of the rows (facet, value, counts…): a
    story still running counts for every year from its start to this one."""
    tallies = []
    for column in range(columns):
        counts = {}
        ongoing = Counter()
        for facet, value, *pages in rows:
            if not pages[column]:
                continue
            if facet == ONGOING_SINCE:
                ongoing[int(value)] += pages[column]
            else:
                counts.setdefault(facet, {})[value] = pages[column]
        years = counts.setdefault(YEAR, {})
        for since, pages in ongoing.items():
            for year in range(since, max(since, timezone.localdate().year) + 1):
                years[str(year)] = years.get(str(year), 0) + pages
        tallies.append(counts)
    return tallies
