from urllib.parse import urlencode

from django.template.response import TemplateResponse
from wagtail.models import Page

from kb.core.listing import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Search across the public pages of the knowledge base."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().specific().search(query)
        results = paginate(request, pages)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "querystring": urlencode({"q": query})},
    )
