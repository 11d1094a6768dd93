"""The methods' own views outside the page tree: the workshop planner (public, plain GET,
see planner.py) and the methods booklet for the advisers (a PDF, see booklet.py)."""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from kb.core.listing import public

from . import planner
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
