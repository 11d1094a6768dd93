"""The current Wagtail site, with its home page, from the cache between publishes.

Wagtail finds the site of every request with a query (Site.find_for_request, which keeps it
on the request as `request._wagtail_site`), and routing then reads the home page's specific
form with another, and every page URL needs the sites' root paths. These only change when a
site is saved or a page published or moved, which change the content version
(kb.core.signals), so this middleware reads them from Django's cache under it
(kb.core.listing.cached) and hands them to Wagtail where it looks first."""

from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.models import Site

from .listing import cached


def _site_with_its_home_page(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class CachedSiteMiddleware:
    """Stands after CommonMiddleware, which has checked the host against ALLOWED_HOSTS. The
    admin serves no pages and is left to Wagtail (it would only pay for reading the token)."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_path(self):
        return reverse("wagtailadmin_home")

    def __call__(self, request):
        if request.path.startswith(self.admin_path):
            return self.get_response(request)
        hostname = split_domain_port(request.get_host())[0]
        key = f"site:{hostname}:{request.get_port()}"
        site = cached(key, lambda: _site_with_its_home_page(request), request)
        if site is not None:
            request._wagtail_site = site
        # Where Wagtail looks first for the sites' root paths, which every page URL needs
        # (else read from Django's cache: a Redis round trip on each page).
        request._wagtail_cached_site_root_paths = cached(
            "site_root_paths", Site.get_site_root_paths, request
        )
        return self.get_response(request)
