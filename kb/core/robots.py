"""/robots.txt: search engines may read the public site, but not the admin or the search
results (endless combinations of queries and facets, already reachable as pages), and find
the sitemap at the site's real address (SITE_URL, as the sitemap's own entries)."""

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_GET

DISALLOWED = ["/admin/", "/sok/"]


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED), ""]
    lines.append(f"Sitemap: {settings.SITE_URL}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
