"""Local development: DEBUG on, e-mail printed to the console, tasks run at once (no
worker), a fixed throwaway key."""

from .base import *  # noqa: F403
from .base import env_bool, tasks_setting

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
EMAIL_DELIVERY_BACKEND = os.environ.get(  # noqa: F405
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# `make run` starts no worker: tasks run in the request (TASKS_BACKEND=database and
# `manage.py db_worker` in a second terminal to try the worker).
TASKS = tasks_setting("immediate")
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# No page cache while templates and code change under you (PAGE_CACHE_SECONDS=300 to try it).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))  # noqa: F405
