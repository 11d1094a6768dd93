"""A board member's name or contact details show on their municipalities' pages: a change
replaces the content version, so the page cache (kb.core.page_cache) serves them anew."""

from django.db.models.signals import post_delete, post_save

from kb.core.models import ContentVersion

from .models import BoardMember


def board_member_changed(sender, **kwargs):
    ContentVersion.bump()


def connect():
    post_save.connect(board_member_changed, sender=BoardMember, dispatch_uid="cases_version_saved")
    post_delete.connect(
        board_member_changed, sender=BoardMember, dispatch_uid="cases_version_deleted"
    )
