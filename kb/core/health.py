"""/helse/: whether this process can serve pages, for load balancers and uptime checks.

It checks what every page needs: the database (a trivial query), the cache (a key written
and read back) and media storage (a lookup; in object storage, of the bucket too). 200 with
{"status": "ok", ...} when all pass, 503 naming the check that failed otherwise; the error
itself goes to the log, not to the public. No login, never cached, not a page (so neither in
the sitemap nor indexed)."""

import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from kb.core.storage import MediaStorage

logger = logging.getLogger(__name__)

CACHE_KEY = "kb:helse"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not return 1")


def check_cache():
    token = uuid.uuid4().hex
    cache.set(CACHE_KEY, token, timeout=60)
    if cache.get(CACHE_KEY) != token:
        raise RuntimeError("the cache did not return the value just written")


def check_storage():
    storage = storages["default"]
    if isinstance(storage, MediaStorage):
        storage.check_bucket()
    else:
        # Whether the file exists does not matter; that the storage answers does.
        storage.exists("helse-sjekk.txt")


CHECKS = ("database", "cache", "storage")


def run_checks():
    """{name: "ok" | "feil"} for each check, in order."""
    results = {}
    for name in CHECKS:
        try:
            # Looked up by name at each call, so a test can replace one check.
            globals()[f"check_{name}"]()
        except Exception:
            logger.exception("Health check %r failed", name)
            results[name] = "feil"
        else:
            results[name] = "ok"
    return results


@never_cache
@require_safe
def health(request):
    checks = run_checks()
    healthy = all(result == "ok" for result in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "feil", "checks": checks},
        status=200 if healthy else 503,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
