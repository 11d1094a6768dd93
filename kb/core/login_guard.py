"""Guards on the ways in: the client's address behind the proxy (for django-axes' lock-out
and the password reset's limit), the lock-out's Norwegian page, and a small counter in
Django's cache for requests that must not come too often (password reset).

The address: nginx (deploy/nginx/) appends the address it saw to X-Forwarded-For, so with
TRUSTED_PROXY_COUNT proxies in front the client is that many entries from the right; what
a visitor wrote into the header further left is never trusted. Without a proxy
(TRUSTED_PROXY_COUNT=0) the header is ignored and REMOTE_ADDR is the client.
"""

import hashlib
import math

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_ip(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    remote_addr = request.META.get("REMOTE_ADDR", "")
    if proxies <= 0:
        return remote_addr
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    # Fewer entries than proxies: the request did not come through them all (a direct
    # request to the application server); its own peer is then the best answer.
    if len(forwarded) < proxies:
        return remote_addr
    return forwarded[-proxies]


def within_limit(scope, value, limit, window_seconds):
    """Counts one request for `value` (an address, an e-mail address) in `scope` and says
    whether it is still within `limit` requests per `window_seconds`. The value is hashed:
    the cache holds no e-mail addresses. The window starts with the first request."""
    digest = hashlib.sha256(str(value).strip().lower().encode()).hexdigest()[:32]
    key = f"limit:{scope}:{digest}"
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    return count <= limit


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: a Norwegian page saying how long."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(request, "core/login_locked_out.html", {"minutes": minutes}, status=429)
