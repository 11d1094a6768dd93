from django.conf import settings
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kb.api.views import api_router
from kb.conferences.calendar import event_calendar, events_calendar
from kb.core import view_passwords
from kb.core.health import health
from kb.core.robots import robots_txt
from kb.moderation import admin_views
from kb.moderation.guidance import WorkflowActionView
from kb.moderation.password_reset import PasswordResetView
from search import views as search_views

urlpatterns = [
    # Wagtail's password reset with rate limits (kb/moderation/password_reset.py); the
    # same address and name, so Wagtail's links lead here.
    path(
        "admin/password_reset/",
        PasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    # The page search and the reports that would list other municipalities' drafts, at
    # Wagtail's addresses, narrowed (kb/moderation/admin_views.py).
    *admin_views.url_overrides(),
    # Wagtail's workflow action (with the admin's decorators), which also says that an
    # approved page is published (kb/moderation/guidance.py).
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        never_cache(require_admin_access(WorkflowActionView.as_view())),
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's password forms of protected pages and documents, with a limit on tries
    # (kb/core/view_passwords.py); the same addresses, so Wagtail's forms post here.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        view_passwords.page_password,
    ),
    path(
        "dokumenter/authenticate_with_password/<int:restriction_id>/",
        view_passwords.document_password,
    ),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("samson/", include("kb.samson.urls")),
    path("moteplan/", include("kb.methods.urls")),
    path("sok/", search_views.search, name="search"),
    path("sok/forslag/", search_views.suggestions, name="search_suggestions"),
    path("api/v2/", api_router.urls),
    path("feed/", include("kb.feeds.urls")),
    path("kalender.ics", events_calendar, name="events_calendar"),
    path("kalender/<int:page_id>.ics", event_calendar, name="event_calendar"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap),
    path("helse/", health, name="health"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
