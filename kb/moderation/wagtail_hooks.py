from django.db.models import Q
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

# guidance and invite_views register their own hooks.
from . import dashboard, guidance, invite_views  # noqa: F401
from .roles import is_adviser


class PublishedStoriesPanel(Component):
    name = "published_stories"
    order = 150
    template_name = "moderation/panels/published_stories.html"

    def __init__(self, rows):
        self.groups = dashboard.by_sponsor(rows)

    def get_context_data(self, parent_context):
        return {"groups": self.groups}


class QuietMembersPanel(Component):
    name = "quiet_members"
    order = 140
    template_name = "moderation/panels/quiet_members.html"

    def __init__(self, rows):
        self.groups = dashboard.by_sponsor([row for row in rows if row.quiet])

    def get_context_data(self, parent_context):
        return {"groups": self.groups, "count": sum(len(rows) for _, rows in self.groups)}


@hooks.register("construct_homepage_panels")
def add_adviser_panels(request, panels):
    # Wagtail's own "awaiting your review" panel lists the pages waiting for moderation.
    if is_adviser(request.user):
        rows = dashboard.member_activity()
        panels.extend([QuietMembersPanel(rows), PublishedStoriesPanel(rows)])


@hooks.register("construct_explorer_page_queryset")
def hide_other_municipalities_drafts(parent_page, pages, request):
    """A municipality editor sees other municipalities' pages only once they are live."""
    user = request.user
    if is_adviser(user):
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")) | Q(owner=user))
