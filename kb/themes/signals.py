"""A theme added, renamed or removed changes every listing's «Tema» filter: it replaces the
content version (kb.core.listing.cached)."""

from django.db.models.signals import post_delete, post_save

from kb.core.models import ContentVersion

from .models import Theme


def theme_changed(sender, **kwargs):
    ContentVersion.bump()


def connect():
    post_save.connect(theme_changed, sender=Theme, dispatch_uid="themes_version_saved")
    post_delete.connect(theme_changed, sender=Theme, dispatch_uid="themes_version_deleted")
