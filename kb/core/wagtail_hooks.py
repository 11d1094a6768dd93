from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import email_admin
from .images import check_image_consent


@hooks.register("before_publish_page")
def block_publishing_without_image_consent(request, page):
    """The revision is already saved as a draft at this point, so nothing the editor wrote
    is lost; publishing stops and the editor is told which images need consent."""
    try:
        check_image_consent(page)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("register_admin_urls")
def register_undelivered_email_urls():
    report = email_admin.UndeliveredEmailReportView
    return [
        path("reports/e-post/", report.as_view(), name="undelivered_email_report"),
        path(
            "reports/e-post/results/",
            report.as_view(results_only=True),
            name="undelivered_email_report_results",
        ),
        path(
            "reports/e-post/<int:pk>/send/",
            email_admin.retry_email,
            name="undelivered_email_retry",
        ),
    ]


class UndeliveredEmailMenuItem(MenuItem):
    def is_shown(self, request):
        return email_admin.outgoing_email_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_undelivered_email_menu_item():
    return UndeliveredEmailMenuItem(
        "E-post som ikke er levert",
        reverse("undelivered_email_report"),
        name="undelivered-email",
        icon_name="mail",
        order=1400,
    )


@hooks.register("construct_homepage_panels")
def add_undelivered_email_panel(request, panels):
    if email_admin.outgoing_email_policy.user_has_permission(request.user, "view"):
        emails = list(email_admin.needing_attention())
        if emails:
            panels.append(email_admin.UndeliveredEmailPanel(emails))
