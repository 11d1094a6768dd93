"""Replaces the content version (kb.core.listing.cached) whenever what a listing shows may
change: a page published, unpublished, moved or deleted, or a view restriction changed."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ContentVersion


def content_changed(sender, **kwargs):
    ContentVersion.bump()


def connect():
    page_published.connect(content_changed, dispatch_uid="core_version_published")
    page_unpublished.connect(content_changed, dispatch_uid="core_version_unpublished")
    post_page_move.connect(content_changed, dispatch_uid="core_version_moved")
    post_delete.connect(content_changed, sender=Page, dispatch_uid="core_version_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            content_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"core_version_restriction_{signal}",
        )
