"""The production settings plus the benchmark's floor (bench/urls.py), for
bench/stack_bench.py only: the product never loads this module."""

from kb.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# The floor passes the whole middleware, without the page cache's lookup.
PAGE_CACHE_EXCLUDED_PATHS = [*PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]  # noqa: F405
