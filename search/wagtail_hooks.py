from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    SEARCH_STATISTICS_PERMISSIONS,
    WITHOUT_RESULTS,
    SearchQueriesReportView,
    search_statistics_policy,
)
from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Synonymer for søk"
    add_to_settings_menu = True
    list_display = ["word", "synonyms"]
    search_fields = ["word", "synonyms"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/sok/", SearchQueriesReportView.as_view(), name="search_queries_report"),
        path(
            "reports/sok/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


class SearchStatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return search_statistics_policy.user_has_any_permission(
            request.user, SEARCH_STATISTICS_PERMISSIONS
        )


@hooks.register("register_reports_menu_item")
def register_most_frequent_searches_menu_item():
    return SearchStatisticsMenuItem(
        "Mest brukte søk",
        reverse("search_queries_report"),
        name="search-queries",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_searches_without_results_menu_item():
    return SearchStatisticsMenuItem(
        "Søk uten treff",
        reverse("search_queries_report") + f"?show={WITHOUT_RESULTS}",
        name="search-queries-without-results",
        icon_name="warning",
        order=1320,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    # Ours lists the same queries, with how many results they gave.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
