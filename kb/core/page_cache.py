"""The full-page cache: anonymous GETs of public pages, from Django's cache.

Django's own cache machinery (django.utils.cache: get_cache_key, learn_cache_key,
patch_response_headers), as UpdateCacheMiddleware/FetchFromCacheMiddleware use it, with
one difference: the key prefix carries ContentVersion's token, which publishing,
unpublishing, moving or deleting a page, a view restriction, a theme, a site setting or a
board member replaces (kb.core.signals; content_follows() in the content apps). A change is
therefore seen at once by every process: the old entries are never read again, and expire.

Never cached (neither served from nor stored into the cache):
- requests with a session cookie (logged-in users, and anyone whose session holds a page
  password): they get `Cache-Control: private, no-cache`;
- anything but GET and HEAD, and the paths in PAGE_CACHE_EXCLUDED_PATHS (the admin and
  its previews, /helse/, /sok/, whose first page writes the query log, and /dokumenter/);
- responses that are not 200, stream, set a cookie or say `private`/`no-cache`/`no-store`
  (Wagtail's login redirect and the password form of a members-only page are one or the
  other).

A response from the cache carries `X-Cache: HIT`, one that was stored `X-Cache: MISS`.
Off when PAGE_CACHE_SECONDS is 0 (development and the test settings)."""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import (
    get_cache_key,
    get_max_age,
    learn_cache_key,
    patch_cache_control,
    patch_response_headers,
)

from .models import ContentVersion

# How long a browser (or a proxy) may keep a page without asking again.
BROWSER_MAX_AGE = 60


def _key_prefix(request):
    version = ContentVersion.for_request(request)
    return f"kb:page:{version}"


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))


def _storable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    max_age = get_max_age(response)
    return max_age is None or max_age > 0


def _private(response):
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_cache=True)


class PageCacheMiddleware:
    """Stands above the session, CSRF and authentication middleware, so that it sees
    their cookies and Vary headers on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.PAGE_CACHE_SECONDS
        if not timeout:
            return self.get_response(request)
        if not _cacheable_request(request):
            response = self.get_response(request)
            _private(response)
            return response

        prefix = _key_prefix(request)
        key = get_cache_key(request, prefix, "GET", cache=cache)
        if key is not None:
            cached = cache.get(key)
            if cached is not None:
                cached["X-Cache"] = "HIT"
                return cached

        response = self.get_response(request)
        if not _storable_response(response):
            _private(response)
            return response
        # A page that reads the session or the CSRF token varies by Cookie: anonymous
        # visitors without cookies still share one entry.
        patch_response_headers(response, cache_timeout=BROWSER_MAX_AGE)
        patch_cache_control(response, public=True)
        key = learn_cache_key(request, response, timeout, prefix, cache=cache)
        cache.set(key, response, timeout)
        response["X-Cache"] = "MISS"  # after storing: the stored copy says HIT when served
        return response
