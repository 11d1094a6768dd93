"""SAMSON online: start an assessment, answer it through its shared link, see and download
the result. No account is needed, so every form is bounded: a client may start and answer
only so many in an hour, and an assessment takes at most MAX_RESPONSES answers. The pages
are never cached: the result changes with every answer, and the link is private."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from kb.core.login_guard import client_ip, within_limit

from . import statements
from .forms import ScoreForm, StartForm
from .models import MAX_RESPONSES, Assessment, Response
from .results import as_csv, result_context, summarise

STARTS_PER_HOUR = 10
ANSWERS_PER_HOUR = 30
ANSWERED_KEY = "samson_answered"  # the session's list of assessments this browser answered


def source_context():
    return {
        "source_title": statements.SOURCE_TITLE,
        "source_url": statements.SOURCE_URL,
        "licence": statements.SOURCE_LICENCE,
        "scale": statements.SCALE,
        "values": statements.VALUES,
    }


def _assessment(token):
    if len(token) > 64:
        raise Http404
    return get_object_or_404(Assessment, token=token)


@never_cache
@require_http_methods(["GET", "POST"])
def start(request):
    form = StartForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if within_limit("samson-start", client_ip(request), STARTS_PER_HOUR, 3600):
            assessment = Assessment.objects.create(
                partnership=form.cleaned_data["partnership"].strip()
            )
            return redirect("samson:assessment", token=assessment.token)
        form.add_error(
            None, "Det er startet mange vurderinger herfra den siste timen. Prøv igjen senere."
        )
        status = 429
    return render(request, "samson/start.html", {"form": form, **source_context()}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def assessment(request, token):
    assessment = _assessment(token)
    answered = token in request.session.get(ANSWERED_KEY, [])
    form = ScoreForm(request.POST or None)
    status = 200
    if request.method == "POST" and not answered:
        if assessment.responses.count() >= MAX_RESPONSES:
            form.add_error(
                None, f"Vurderingen har fått {MAX_RESPONSES} svar, som er det meste den tar imot."
            )
            status = 409
        elif not within_limit("samson-answer", client_ip(request), ANSWERS_PER_HOUR, 3600):
            form.add_error(
                None, "Det er sendt mange svar herfra den siste timen. Prøv igjen senere."
            )
            status = 429
        elif form.is_valid():
            Response.objects.create(assessment=assessment, scores=dict(form.cleaned_data))
            request.session[ANSWERED_KEY] = [*request.session.get(ANSWERED_KEY, [])[-49:], token]
            return redirect(reverse("samson:result", args=[token]) + "?takk=1")
        else:
            status = 400
    share_url = request.build_absolute_uri(reverse("samson:assessment", args=[token]))
    context = {
        "assessment": assessment,
        "form": form,
        "answered": answered,
        "share_url": share_url,
        "response_count": assessment.responses.count(),
        **source_context(),
    }
    return render(request, "samson/assessment.html", context, status=status)


@never_cache
@require_GET
def result(request, token):
    assessment = _assessment(token)
    context = {**result_context(assessment), **source_context(), "thanks": "takk" in request.GET}
    return render(request, "samson/result.html", context)


@never_cache
@require_GET
def printable(request, token):
    assessment = _assessment(token)
    return render(
        request, "samson/printable.html", {**result_context(assessment), **source_context()}
    )


@never_cache
@require_GET
def result_csv(request, token):
    assessment = _assessment(token)
    results = summarise(assessment.responses.all())
    response = HttpResponse(
        "\ufeff" + as_csv(assessment, results), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="samson-resultat.csv"'
    return response
