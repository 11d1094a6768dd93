"""Tests: fast password hashing, e-mail queued and kept in memory, tasks run at once (the
worker's own tests switch to the database backend), plain static storage."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Queued as in production (tests/conftest.py puts the queue back after Django's test set-up
# replaces EMAIL_BACKEND), delivered into django.core.mail.outbox.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = task_queue("immediate")  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "test-artifacts" / "private-media"  # noqa: F405
# No error reports from the tests, whatever the shell says (tests/test_error_reporting.py).
SENTRY_DSN = ""
# Local files whatever the shell says; tests/test_object_storage.py switches to S3 itself.
STORAGES["default"] = {"BACKEND": "kb.core.file_storage.LocalMediaStorage"}  # noqa: F405
# On SQLite the test database is a file, so that `make test` (pytest --reuse-db) keeps it,
# migrated, between runs; tests/conftest.py makes it anew when a migration changes.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-artifacts" / "test-db.sqlite3")}  # noqa: F405
    # A test database is thrown away after a crash: no need to wait for the disk.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;"
    )
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Each test process has its own memory cache (tests/test_page_cache.py tries Redis on its
# own database), and no page cache: the other tests look at each response's context, which
# a cached page has not. tests/test_page_cache.py switches it on.
CACHES = {
    **CACHES,  # noqa: F405 (base's "local" cache)
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
PAGE_CACHE_SECONDS = 0
