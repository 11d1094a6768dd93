"""Replaces the content version (kb.core.listing.cached, the cards kb.core.cards, the page
cache kb.core.page_cache) whenever what a listing or a page shows may change: a page
published, unpublished, moved or deleted, a view restriction changed, a site (its host name
or root page), a site setting (contact, footer links, the image for sharing) or an image
(its file, focal point or consent) saved, or a rendition deleted."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .images import KbRendition
from .models import ContentVersion, FooterLinks, KbImage, SharingSettings, SiteContact


def content_changed(sender, **kwargs):
    ContentVersion.bump()


def changed_after_creation(sender, created=False, **kwargs):
    # A page's first read of a setting creates it with its defaults, which every page
    # shows already, and a new image is on no page yet: only a change counts (else the
    # first page view would bump it).
    if not created:
        ContentVersion.bump()


def content_follows(model, changed=content_changed):
    """Replaces the content version whenever a `model` row is saved or deleted (for the
    apps whose snippets or settings the pages show)."""
    for signal in (post_save, post_delete):
        signal.connect(
            changed,
            sender=model,
            dispatch_uid=f"core_version_{model._meta.label_lower}_{signal}",
        )


def connect():
    page_published.connect(content_changed, dispatch_uid="core_version_published")
    page_unpublished.connect(content_changed, dispatch_uid="core_version_unpublished")
    post_page_move.connect(content_changed, dispatch_uid="core_version_moved")
    post_delete.connect(content_changed, sender=Page, dispatch_uid="core_version_deleted")
    # A deleted rendition (consent withdrawn, Wagtail's purge command) leaves no kept
    # <picture> pointing at its file (kb/core/templatetags/picture_tags.py).
    post_delete.connect(
        content_changed, sender=KbRendition, dispatch_uid="core_version_rendition_deleted"
    )
    content_follows(PageViewRestriction)
    content_follows(Site)
    for model in (SiteContact, FooterLinks, SharingSettings, KbImage):
        content_follows(model, changed_after_creation)
