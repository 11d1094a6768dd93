"""The adviser's view of what people search for: the most frequent queries, the queries that
found nothing and those that found only pages with some of their words (what the knowledge
base is missing, or words it names differently: a synonym may help)."""

import django_filters
from django import forms
from django.db.models import Case, IntegerField, Value, When
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.permission_policies import ModelPermissionPolicy

WITHOUT_RESULTS = "uten-treff"
PARTIAL_RESULTS = "delvise-treff"

# Those who pin promoted results are those who need to see what people search for.
search_statistics_policy = ModelPermissionPolicy(SearchPromotion)
SEARCH_STATISTICS_PERMISSIONS = ["add", "change", "delete"]


class SearchQueriesFilterSet(WagtailFilterSet):
    hit_date = django_filters.DateFromToRangeFilter(
        label="Dato", field_name="daily_hits__date", widget=DateRangePickerWidget
    )
    show = django_filters.ChoiceFilter(
        label="Vis",
        method="filter_show",
        choices=[
            (WITHOUT_RESULTS, "Bare søk uten treff"),
            (PARTIAL_RESULTS, "Bare søk med delvise treff (ingen side med alle ordene)"),
        ],
        empty_label="Alle søk",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Query
        fields = []

    def filter_show(self, queryset, name, value):
        if value == WITHOUT_RESULTS:
            return queryset.filter(result_count__count=0)
        if value == PARTIAL_RESULTS:
            return queryset.filter(result_count__partial=True)
        return queryset


class SearchQueriesReportView(ReportView):
    page_title = "Søk på nettstedet"
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    filterset_class = SearchQueriesFilterSet
    permission_policy = search_statistics_policy
    any_permission_required = SEARCH_STATISTICS_PERMISSIONS
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-_hits"
    columns = [
        Column("query_string", label="Søk", sort_key="query_string"),
        NumberColumn("_hits", label="Antall søk", sort_key="_hits"),
        NumberColumn("results", label="Treff sist gang", sort_key="results"),
        Column("partial", label="Alle ordene"),
        DateColumn("searched_at", label="Sist søkt", sort_key="searched_at"),
    ]
    list_export = ["query_string", "_hits", "results", "partial", "searched_at"]
    export_headings = {
        "query_string": "Søk",
        "_hits": "Antall søk",
        "results": "Treff sist gang",
        "partial": "Alle ordene",
        "searched_at": "Sist søkt",
    }

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        # Queries logged before the result counts were kept have no count; they sort last.
        return Query.get_most_popular().annotate(
            results=Case(
                When(result_count__isnull=False, then="result_count__count"),
                default=Value(None),
                output_field=IntegerField(),
            ),
            searched_at=Case(When(result_count__isnull=False, then="result_count__searched_at")),
            partial=Case(
                When(result_count__partial=True, then=Value("Nei, bare noen")),
                When(result_count__count__gt=0, then=Value("Ja")),
                default=Value(""),
            ),
        )
