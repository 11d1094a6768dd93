"""Moderation e-mails, in Norwegian (templates/wagtailadmin/notifications/), with what
Wagtail's own notifiers leave out: who submitted, and the adviser's comment on approval."""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved


class SubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task_state"] = task_state
        return context


class ApprovalNotifier(WorkflowStateApprovalEmailNotifier):
    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        approval = (
            workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
            .order_by("-finished_at")
            .first()
        )
        context["comment"] = approval.specific.get_comment() if approval else ""
        return context


# Wagtail connects its notifiers with these dispatch_uids; replacing them under the same ids
# keeps one e-mail per event whichever app is ready first.
REPLACEMENTS = [
    (
        task_submitted,
        TaskState,
        SubmissionNotifier(),
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        ApprovalNotifier(),
        "workflow_state_approved_email_notification",
    ),
]


def replace_wagtail_notifiers():
    for signal, sender, notifier, dispatch_uid in REPLACEMENTS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
