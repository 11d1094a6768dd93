"""Replaces the content version (kb.core.listing.cached, the page cache kb.core.page_cache)
whenever what a listing or a page shows may change: a page published, unpublished, moved or
deleted, a view restriction changed, or a site setting (contact, footer links) saved."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ContentVersion, FooterLinks, SiteContact


def content_changed(sender, **kwargs):
    ContentVersion.bump()


def setting_changed(sender, created=False, **kwargs):
    # A page's first read of a setting creates it with its defaults, which every page
    # shows already: only a change counts (else the first page view would bump it).
    if not created:
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
    for setting in (SiteContact, FooterLinks):
        for signal in (post_save, post_delete):
            signal.connect(
                setting_changed,
                sender=setting,
                dispatch_uid=f"core_version_{setting.__name__}_{signal}",
            )
