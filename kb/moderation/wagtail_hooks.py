from wagtail import hooks
from wagtail.admin.ui.components import Component

# guidance and invite_views register their own hooks.
from . import admin_views, dashboard, guidance, invite_views  # noqa: F401
from .roles import is_adviser
from .visibility import only_visible_pages


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


# Each municipality's drafts and media stay with it (visibility.py): the explorer, the page
# chooser and its search, and the admin API. The image and document choosers need nothing
# here: Wagtail offers only what the collection permissions let the user choose.


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_visible_pages(parent_page, pages, request):
    return only_visible_pages(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_visible_pages(pages, request):
    return only_visible_pages(pages, request.user)


# After Wagtail's own (order 0) so that these endpoints replace its.
@hooks.register("construct_admin_api", order=100)
def admin_api_shows_visible_pages_and_media(router):
    router.register_endpoint("pages", admin_views.PagesAPIViewSet)
    router.register_endpoint("images", admin_views.ImagesAPIViewSet)
    router.register_endpoint("documents", admin_views.DocumentsAPIViewSet)
