"""The methods' own views outside the page tree: the workshop planner (public, plain GET,
see planner.py) and the methods booklet for the advisers (a PDF, see booklet.py)."""

from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.admin.auth import permission_denied

from kb.core.listing import public
from kb.themes.models import Theme

from . import booklet, planner
from .models import MethodPage


@require_GET
def plan_meeting(request):
    methods = public(MethodPage.objects.live(), request)

    def find_methods(ids):
        return {method.pk: method for method in methods.filter(pk__in=ids)}

    plan = planner.read_plan(request.GET, find_methods)
    address = reverse("methods:planner")
    context = {
        "plan": plan,
        "moves": list(plan.moves()),
        "choices": methods.order_by("title").values_list("pk", "title"),
        "planner_url": address,
        "share_url": request.build_absolute_uri(f"{address}?{plan.querystring()}"),
        "max_name_length": planner.MAX_NAME_LENGTH,
        "min_minutes": planner.MIN_MINUTES,
        "max_minutes": planner.MAX_MINUTES,
        "meeting_min": planner.MEETING_MIN_MINUTES,
        "meeting_max": planner.MEETING_MAX_MINUTES,
    }
    return TemplateResponse(request, "methods/planner.html", context)


def may_make_booklet(user):
    """The booklet is the advisers' (and administrators'): those who may publish methods.
    Municipality editors, who may only propose them, are refused."""
    index = MethodPage.listing_page()
    return index is not None and index.permissions_for_user(user).can_publish_subpage()


def booklet_choices(request):
    """The adviser's screen: the whole booklet, or one theme's, each with its count."""
    if not may_make_booklet(request.user):
        return permission_denied(request)
    methods = booklet.booklet_methods().order_by()  # grouped by theme below, unordered
    counts = dict(methods.values_list("themes").annotate(count=Count("pk", distinct=True)))
    themes = [(theme, counts[theme.pk]) for theme in Theme.objects.all() if counts.get(theme.pk)]
    return TemplateResponse(
        request,
        "methods/booklet_choices.html",
        {
            "page_title": "Metodehefte (PDF)",
            "header_title": "Metodehefte (PDF)",
            "header_icon": "doc-full",
            "total": methods.count(),
            "themes": themes,
        },
    )


def booklet_download(request):
    if not may_make_booklet(request.user):
        return permission_denied(request)
    theme = None
    if slug := request.GET.get("tema"):
        theme = get_object_or_404(Theme, slug=slug[:120])
    response = HttpResponse(booklet.booklet_pdf(theme, request), content_type="application/pdf")
    name = f"metodehefte-{theme.slug}" if theme else "metodehefte"
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response
