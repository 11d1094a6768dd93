"""Plain text from pages, for meta descriptions, cards and search results."""

import html

from django.utils.html import strip_tags
from django.utils.text import Truncator

SUMMARY_LENGTH = 300


def plain_text(value):
    """Rich text or HTML as one line of plain text."""
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def page_summary(page):
    """A short plain-text description of a page: search description, summary or intro."""
    if page is None:
        return ""
    for attribute in ("search_description", "summary", "intro", "description"):
        text = plain_text(getattr(page, attribute, ""))
        if text:
            return Truncator(text).chars(SUMMARY_LENGTH)
    return ""
