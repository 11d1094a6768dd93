"""What a municipality editor may see in the admin: another municipality's work in progress
(drafts, their titles and status) and its images and documents stay with that municipality.

One rule, used by every view that lists pages or media (wagtail_hooks.py, and the narrow
view overrides in admin_views.py where Wagtail has no hook):

- pages: live pages (the public can read them anyway), the pages the user may edit (their
  own municipality's, and the method proposals Wagtail lets them edit) and the pages they
  own. Advisers (and superusers) see everything.
- images and documents: those in the collections the user may choose from or edit (their
  own municipality's collection and the shared one, roles.py); Wagtail's collection
  permissions already say which, so an adviser (permissions on the root collection) sees
  every collection.
"""

from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .roles import is_adviser

MEDIA_ACTIONS = ["choose", "change"]


def sees_everything(user):
    return user.is_active and is_adviser(user)


def visible_pages(user):
    """Every page `user` may see in the admin."""
    if sees_everything(user):
        return Page.objects.all()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return Page.objects.filter(Q(live=True) | Q(pk__in=editable.values("pk")) | Q(owner=user))


def only_visible_pages(pages, user):
    """`pages` narrowed to those `user` may see (unchanged for an adviser)."""
    if sees_everything(user):
        return pages
    return pages.filter(pk__in=visible_pages(user).values("pk"))


def visible_images(user):
    return image_permission_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def visible_documents(user):
    return document_permission_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def only_visible_media(items, user):
    """Images or documents narrowed to the collections `user` may choose from or edit."""
    if items.model is get_image_model():
        visible = visible_images(user)
    elif items.model is get_document_model():
        visible = visible_documents(user)
    else:
        raise TypeError(f"Not an image or document queryset: {items.model!r}")
    return items.filter(pk__in=visible.values("pk"))
