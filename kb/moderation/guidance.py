"""What leads each person through their job in the admin: the editor's way in (a new story
in one click, the adviser's latest comment where they work) and the adviser's (the stories
waiting for them first on the dashboard, and word that an approved story is published)."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages import workflow as page_workflow
from wagtail.models import Page, TaskState, WorkflowState

from kb.cases.models import CaseStoryPage, MunicipalityPage

# Wagtail's panel of pages waiting for the user's review: first on the dashboard.
REVIEW_PANEL = "workflow_objects_to_moderate"
REVIEW_PANEL_ORDER = 50


def editable_municipalities(user):
    """The municipalities whose editor groups the user is in, by name."""
    groups = Group.objects.filter(user=user, municipality_access__isnull=False)
    return MunicipalityPage.objects.filter(access__group__in=groups, is_member=True).order_by(
        "title"
    )


def new_story_url(municipality):
    return reverse("wagtailadmin_pages:add", args=["cases", "casestorypage", municipality.pk])


def latest_change_requests(pages):
    """{page id: the rejected task state with the adviser's latest comment} for the pages
    whose moderation waits for changes, in one query (the cached content type aside)."""
    waiting = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_NEEDS_CHANGES,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
    )
    requests = {}
    for task_state in (
        TaskState.objects.filter(workflow_state__in=waiting, status=TaskState.STATUS_REJECTED)
        .select_related("workflow_state", "finished_by")
        .order_by("finished_at")
    ):
        requests[int(task_state.workflow_state.object_id)] = task_state
    return requests


def adviser_name(task_state):
    user = task_state.finished_by
    return (user.get_full_name() or user.get_username()) if user else "Rådgiveren"


class NewStoryPanel(Component):
    """«Skriv en ny erfaring»: straight to the form, below the editor's municipality."""

    name = "new_story"
    order = 10
    template_name = "moderation/panels/new_story.html"

    def __init__(self, municipalities):
        self.links = [
            (municipality, new_story_url(municipality)) for municipality in municipalities
        ]

    def get_context_data(self, parent_context):
        return {"links": self.links}


class ChangeRequestsPanel(Component):
    """The adviser's latest comment on each of the editor's stories that wait for changes."""

    name = "change_requests"
    order = 20
    template_name = "moderation/panels/change_requests.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {"rows": self.rows}


def editor_change_requests(municipalities):
    stories = CaseStoryPage.objects.none()
    for municipality in municipalities:
        stories |= CaseStoryPage.objects.child_of(municipality)
    stories = list(stories.only("id", "title", "draft_title"))
    requests = latest_change_requests(stories)
    return [
        {
            "page": story,
            "comment": requests[story.pk].comment,
            "adviser": adviser_name(requests[story.pk]),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[story.pk]),
        }
        for story in stories
        if story.pk in requests
    ]


@hooks.register("construct_homepage_panels")
def guide_the_dashboard(request, panels):
    for panel in panels:
        if getattr(panel, "name", None) == REVIEW_PANEL:
            panel.order = REVIEW_PANEL_ORDER
    municipalities = list(editable_municipalities(request.user))
    if municipalities:
        panels.append(NewStoryPanel(municipalities))
        if rows := editor_change_requests(municipalities):
            panels.append(ChangeRequestsPanel(rows))


@hooks.register("before_edit_page")
def show_the_advisers_comment(request, page):
    """On the edit form of a page that waits for changes: what the adviser asked for."""
    if request.method != "GET":
        return
    task_state = latest_change_requests([page]).get(page.pk)
    if task_state is None:
        return
    comment = task_state.comment.strip()
    if comment:
        messages.warning(request, f"{adviser_name(task_state)} ba om endringer: «{comment}»")
    else:
        messages.warning(request, f"{adviser_name(task_state)} ba om endringer.")


def announce_publication(request, page):
    """After an approval: the page is published, with a link to see it."""
    page = Page.objects.get(pk=page.pk).specific
    if not page.live:
        return
    messages.success(
        request,
        f"«{page.title}» er godkjent og publisert.",
        buttons=[messages.button(page.get_url(request), "Se siden", new_window=True)],
    )


@hooks.register("after_edit_page")
def announce_approval_from_the_edit_form(request, page):
    approved = request.POST.get("action-workflow-action") and (
        request.POST.get("workflow-action-name") == "approve"
    )
    if approved:
        announce_publication(request, page)


class WorkflowActionView(page_workflow.WorkflowAction):
    """Wagtail's workflow action (the dashboard's «Godkjenn» and «Be om endringer»), which
    also says that an approved page is now published (kb/urls.py puts it in Wagtail's
    place)."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        if self.action_name == "approve":
            announce_publication(request, self.object)
        return response
