"""What the advisers see of e-mails not yet delivered (kb.core.mail): a report listing them,
and a dashboard panel when something is wrong: an e-mail given up, or one waiting so long
past its time that the task worker seems not to run. Either can be sent again from the
report. Shown to whoever may view OutgoingEmail (the advisers, kb.moderation.roles)."""

import datetime

from django.contrib import messages
from django.db.models import Q
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from . import mail
from .models import OutgoingEmail

outgoing_email_policy = ModelPermissionPolicy(OutgoingEmail)
# An e-mail still waiting for its first or next try this long after it was due: the worker
# has not come to it.
OVERDUE_AFTER = datetime.timedelta(minutes=15)


def status(email):
    if email.given_up:
        return f"Ikke levert etter {email.attempts} forsøk"
    if email.next_attempt_at > timezone.now():
        return f"Nytt forsøk {timezone.localtime(email.next_attempt_at):%d.%m. kl. %H.%M}"
    return "I kø"


def is_overdue(email):
    return not email.given_up and email.next_attempt_at < timezone.now() - OVERDUE_AFTER


def needing_attention():
    """Given up, or overdue: the ones the advisers can send again."""
    overdue = Q(next_attempt_at__lt=timezone.now() - OVERDUE_AFTER)
    return OutgoingEmail.objects.filter(Q(next_attempt_at__isnull=True) | overdue)


class RetryColumn(BaseColumn):
    cell_template_name = "core/email/retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        context["can_retry"] = instance.given_up or is_overdue(instance)
        return context


class UndeliveredEmailReportView(ReportView):
    page_title = "E-post som ikke er levert"
    header_icon = "mail"
    index_url_name = "undelivered_email_report"
    index_results_url_name = "undelivered_email_report_results"
    permission_policy = outgoing_email_policy
    permission_required = "view"
    columns = [
        Column("recipients", label="Til"),
        Column("subject", label="Emne"),
        DateColumn("created_at", label="Skrevet"),
        NumberColumn("attempts", label="Forsøk"),
        Column("status", label="Status", accessor=status),
        Column("last_error", label="Siste feil"),
        RetryColumn("retry", label=""),
    ]

    def get_queryset(self):
        return OutgoingEmail.objects.order_by("-created_at")


@require_POST
def retry_email(request, pk):
    if not outgoing_email_policy.user_has_permission(request.user, "change"):
        return permission_denied(request)
    email = get_object_or_404(OutgoingEmail, pk=pk)
    if email.given_up or is_overdue(email):
        mail.retry(email)
        messages.success(request, f"E-posten til {email.recipients} er lagt i kø igjen.")
    else:
        messages.info(request, f"E-posten til {email.recipients} er allerede i kø.")
    return redirect("undelivered_email_report")


class UndeliveredEmailPanel(Component):
    name = "undelivered_email"
    order = 50  # above the moderation panels: an e-mail may be an editor's invitation
    template_name = "core/panels/undelivered_email.html"

    def __init__(self, emails):
        self.emails = emails

    def get_context_data(self, parent_context):
        return {
            "given_up": [email for email in self.emails if email.given_up],
            "waiting": [email for email in self.emails if not email.given_up],
        }
