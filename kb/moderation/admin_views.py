"""Wagtail's admin views that list pages, images or documents but offer no hook to narrow
what they list: each is Wagtail's own view with the one query narrowed by visibility.py.
The admin API endpoints replace Wagtail's through its construct_admin_api hook
(wagtail_hooks.py); the page search and the two reports are routed here in kb/urls.py, at
Wagtail's own addresses."""

from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import PageLogEntry

from .visibility import only_visible_media, only_visible_pages, sees_everything, visible_pages


class PagesAPIViewSet(PagesAdminAPIViewSet):
    # The base queryset also finds the parent of `child_of` and `descendant_of`.
    def get_base_queryset(self):
        return only_visible_pages(super().get_base_queryset(), self.request.user)


class ImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return only_visible_media(super().get_queryset(), self.request.user)


class DocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return only_visible_media(super().get_queryset(), self.request.user)


class PageSearchView(SearchView):
    def annotate_queryset(self, pages):
        # Wagtail's get_queryset hands the pages here once, before searching them; the
        # pages counted for the page type facets (all_pages) are narrowed alike.
        self.all_pages = only_visible_pages(self.all_pages, self.request.user)
        return super().annotate_queryset(only_visible_pages(pages, self.request.user))


class SiteHistoryView(LogEntriesView):
    def filter_queryset(self, queryset):
        # Called once for each kind of log entry; the pages' entries follow the pages.
        if queryset.model is PageLogEntry and not sees_everything(self.request.user):
            queryset = queryset.filter(page_id__in=visible_pages(self.request.user).values("pk"))
        return super().filter_queryset(queryset)


class PageTypesUsageView(PageTypesUsageReportView):
    def get_queryset(self):
        """Wagtail's report, with the count and the last edited page of each type taken
        from the visible pages only (the same site filter; this site has one locale)."""
        queryset = super().get_queryset()
        if sees_everything(self.request.user):
            return queryset
        pages = visible_pages(self.request.user)
        if site_root_path := self.filters.form.cleaned_data.get("site"):
            pages = pages.filter(path__startswith=site_root_path)
        of_type = pages.filter(content_type=OuterRef("pk"))
        count = of_type.order_by().values("content_type").annotate(n=Count("pk")).values("n")
        latest = of_type.order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        )
        return queryset.annotate(
            count=Coalesce(Subquery(count, output_field=IntegerField()), Value(0)),
            last_edited_page_id=Subquery(latest.values("pk")[:1]),
        )


def url_overrides():
    """The views above at Wagtail's addresses, for kb/urls.py to put before Wagtail's."""

    def admin_path(route, view):
        # As Wagtail's own admin addresses: a login first, and never cached.
        return path(f"admin/{route}", never_cache(require_admin_access(view)))

    return [
        admin_path("pages/search/", PageSearchView.as_view()),
        admin_path("pages/search/results/", PageSearchView.as_view(results_only=True)),
        admin_path("reports/site-history/", SiteHistoryView.as_view()),
        admin_path("reports/site-history/results/", SiteHistoryView.as_view(results_only=True)),
        admin_path("reports/page-types-usage/", PageTypesUsageView.as_view()),
        admin_path(
            "reports/page-types-usage/results/", PageTypesUsageView.as_view(results_only=True)
        ),
    ]
