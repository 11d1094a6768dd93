from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .export import EXPORT_PERMISSION, CaseStoryExportView, story_policy
from .models import BoardMember


class BoardMemberViewSet(SnippetViewSet):
    model = BoardMember
    icon = "group"
    menu_label = "Styremedlemmer"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "email"]


register_snippet(BoardMemberViewSet)


@hooks.register("register_admin_urls")
def register_case_story_export_urls():
    return [
        path("reports/erfaringer/", CaseStoryExportView.as_view(), name="case_story_export"),
        path(
            "reports/erfaringer/results/",
            CaseStoryExportView.as_view(results_only=True),
            name="case_story_export_results",
        ),
    ]


class CaseStoryExportMenuItem(MenuItem):
    def is_shown(self, request):
        return story_policy.user_has_permission(request.user, EXPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_case_story_export_menu_item():
    return CaseStoryExportMenuItem(
        "Erfaringer – eksport",
        reverse("case_story_export"),
        name="case-story-export",
        icon_name="download",
        order=1500,
    )
