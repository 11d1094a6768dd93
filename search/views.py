from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import capfirst
from django.views.decorators.http import require_GET

from . import engine
from .query import clean, terms_of
from .query_log import log_search
from .snippets import snippets

SUGGESTIONS = 8
MIN_SUGGESTION_LENGTH = 2


@require_GET
def search(request):
    """Search across methods, case stories and conference events (with their materials)."""
    query_text = clean(request.GET.get("q", ""))
    outcome = engine.run(request, query_text)
    context = {
        "search_query": query_text,
        "outcome": outcome,
        "results": outcome.results,
        "querystring": _querystring(query_text, outcome.selection.in_url),
        "unfiltered_querystring": _querystring(query_text, {}),
    }
    if outcome.results is not None:
        first_page = outcome.results.number == 1
        context["snippets"] = snippets(outcome.results, outcome.understood.all_words)
        context["promotions"] = engine.promotions_for(query_text, request) if first_page else []
        _add_facet_links(outcome, query_text)
        context["active_filters"] = _active_filters(outcome, query_text)
        # A query is logged once, as typed: not again for each page or filter; by the task
        # worker, not here.
        if first_page and not request.GET.keys() - {"q"}:
            log_search.enqueue(
                query_text, outcome.total, outcome.partial, timezone.now().isoformat()
            )
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggestions(request):
    """Up to eight pages whose titles start like what is being typed (for autocomplete)."""
    words = terms_of(clean(request.GET.get("q", "")))
    pages = []
    if words and len(" ".join(words)) >= MIN_SUGGESTION_LENGTH:
        pages = engine.suggestions(words, SUGGESTIONS, request)
    return JsonResponse(
        {
            "suggestions": [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    # The type's name without loading the specific page.
                    "type": capfirst(page.specific_class._meta.verbose_name),
                }
                for page in pages
            ]
        }
    )


def _querystring(query_text, in_url, **changes):
    """The URL query for these facet choices (`changes` sets one or, with None, removes it)."""
    params = {"q": query_text, **in_url, **changes}
    return urlencode({param: value for param, value in params.items() if value is not None})


def _add_facet_links(outcome, query_text):
    for facet in outcome.facets:
        for option in facet.options:
            # Choosing the chosen value again removes it.
            value = None if option.selected else option.in_url
            option.querystring = _querystring(
                query_text, outcome.selection.in_url, **{facet.param: value}
            )


def _active_filters(outcome, query_text):
    return [
        {
            "heading": heading,
            "label": label,
            "querystring": _querystring(query_text, outcome.selection.in_url, **{param: None}),
        }
        for param, (heading, label) in outcome.selection.shown.items()
    ]
