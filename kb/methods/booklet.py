"""The methods booklet: every public method, or a theme's, as one PDF for the advisers to
hand out or print (a title page, the contents with page numbers, and each method's summary,
facts, purpose, preparation, steps, tips, source and licence). Made when asked for, from
the live pages, so it always follows the site."""

from pathlib import Path

from django.utils import timezone

from kb.core.listing import public
from kb.core.pdf import render_pdf

from .models import MethodPage
from .worksheets import WORKSHEET_CSS

BOOKLET_CSS = WORKSHEET_CSS + (Path(__file__).parent / "booklet.css").read_text(encoding="utf-8")


def booklet_methods(theme=None):
    """The methods the booklet holds: live and public (members-only ones stay on the site),
    by title; only the theme's, when one is given."""
    methods = public(MethodPage.objects.live()).order_by("title")
    if theme is not None:
        methods = methods.filter(themes=theme)
    return methods


def booklet_title(theme=None):
    return f"Metoder: {theme.name}" if theme is not None else "Metodehefte"


def booklet_pdf(theme=None, request=None):
    methods = list(booklet_methods(theme))
    title = booklet_title(theme)
    count = f"{len(methods)} metode" + ("" if len(methods) == 1 else "r")
    about = f"om {theme.name.lower()}" if theme is not None else "fra Samskapingsbanken"
    context = {
        "title": title,
        "subtitle": f"{count} for samskaping og samhandling, {about}.",
        "methods": methods,
        "made": timezone.localdate(),
        "listing": MethodPage.listing_page(),
    }
    return render_pdf(
        "methods/booklet.html", context, request=request, title=title, css=BOOKLET_CSS
    )
