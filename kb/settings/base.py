"""Settings shared by every environment. Everything that differs between machines comes
from the environment (12-factor); dev.py, test.py and production.py only change defaults."""

import base64
import hashlib
import os
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from kb.core.site_url import SiteUrlError, site_address

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "search",
    "kb.core",
    "kb.themes",
    "kb.methods",
    "kb.cases",
    "kb.conferences",
    "kb.samson",
    "kb.moderation",
    "kb.feeds",
    "kb.demo",
    # Background tasks (django-tasks, which Wagtail uses too) and their database backend.
    "django_tasks",
    "django_tasks_db",
    # The public API (kb/api). Without "rest_framework" here it answers in JSON only (no
    # browsable HTML pages, which would need inline scripts).
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app, with the user views that keep superuser status to superusers.
    "kb.moderation.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Trigram lookups for typo-tolerant search; inert on SQLite.
    "django.contrib.postgres",
    "axes",
    "csp",
]

# No LocaleMiddleware: the site has one language, which Django activates without it
# (LANGUAGE_CODE; the admin uses each user's preferred language, Norwegian by default).
# LocaleMiddleware would add `Vary: Accept-Language` to every response and split shared
# caches by browser language for nothing.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (see "Security headers" below).
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the session, CSRF and auth middleware: it must see their cookies and Vary.
    "kb.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The site and its home page from the cache between publishes (after CommonMiddleware,
    # which checks the host).
    "kb.core.sites.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a login refused by the lock-out (see "Login throttling") into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kb.urls"
WSGI_APPLICATION = "kb.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite next to the code is the embedded default for a local run; production and CI set
# DATABASE_URL (postgres://...).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Persistent connections (production keeps them 600 s by default) are checked
        # before a request reuses them, so a restarted database costs no failed request.
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
# PostgreSQL plans no parallel workers for a query (unless DATABASE_URL's `options` say
# otherwise): the site's queries are short, and starting two workers took longer than it
# saved while taking the cores the other requests need (the search page's facet count at
# 10 000 pages: 24 ms with them, 12 ms without; the p95 of bench/search_bench.py's search
# page with two filters: 65-73 ms with them, 52-64 ms without).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", "-c max_parallel_workers_per_gather=0"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's cache: Redis when REDIS_URL is set (shared by every process, so the page cache
# is too), else each process's own memory.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kb",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Each process's own copy of what it read from the cache under a content version
# (kb.core.listing.cached, the cards kb.core.cards). Such a value never changes under its
# key (a change of content gives a new version, so new keys), so a copy cannot go stale, and
# it saves a round trip to Redis (about 0.2 ms of CPU each, ten on a page).
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "content-version",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# The full-page cache for anonymous visitors (kb/core/page_cache.py): how long the server
# keeps a page (0: off). Publishing makes a kept page unused at once; the timeout bounds
# what no signal reports (an image's credit edited, say).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Never cached: the admin (and its previews), the health check, search (its first page
# logs the query, which a cached hit would skip) and documents (some need a login).
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/helse/", "/sok/", "/dokumenter/"]
# The search page keeps what a search found (the facet counts and the first results' order,
# not the page) in the cache until the content changes, so a repeated search does not
# match, count and rank again (search.engine.answer); off, every search does.
SEARCH_CACHES_ANSWERS = env_bool("SEARCH_CACHES_ANSWERS", default=True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Login throttling ----------------------------------------------------------------------
# django-axes counts failed logins on every login form that goes through Django's
# authenticate(): the admin's (/admin/login/) and the members' login for restricted pages
# (/_util/login/). After LOGIN_FAILURE_LIMIT failures for one username from one address,
# that username is refused from that address, even with the right password, for
# LOGIN_COOLOFF_MINUTES (each further try starts the wait again); a successful login clears
# the count. By username and address together, so that a stranger guessing the adviser's
# password cannot lock the adviser out from the office, and one address cannot lock out
# everyone behind it (a municipality's shared address). `manage.py axes_reset` lifts every
# lock at once, `axes_reset_username NAME` one user's.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "kb.core.login_guard.lockout_response"
AXES_CLIENT_IP_CALLABLE = "kb.core.login_guard.client_ip"
# Failed attempts are kept (the lock-out needs them); successful logins are not logged.
AXES_DISABLE_ACCESS_LOG = True
# How many proxies in front of the application append to X-Forwarded-For (nginx: 1). 0
# (the default here; production.py's default is 1) ignores the header, which a visitor
# could write anything into when nothing in front overwrites it (kb/core/login_guard.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# The admin's password reset (kb/moderation/password_reset.py): at most this many requests
# per e-mail address and per client address in PASSWORD_RESET_LIMIT_WINDOW seconds.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "kb.moderation.password_reset.PasswordResetForm"
PASSWORD_RESET_LIMIT_PER_EMAIL = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_EMAIL", "3"))
PASSWORD_RESET_LIMIT_PER_IP = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_IP", "10"))
PASSWORD_RESET_LIMIT_WINDOW = int(os.environ.get("PASSWORD_RESET_LIMIT_WINDOW", "3600"))
# The password forms of protected pages and document collections: at most this many tries
# from one client address in VIEW_PASSWORD_LIMIT_WINDOW seconds (kb/core/view_passwords.py).
VIEW_PASSWORD_LIMIT = int(os.environ.get("VIEW_PASSWORD_LIMIT", "10"))
VIEW_PASSWORD_LIMIT_WINDOW = int(os.environ.get("VIEW_PASSWORD_LIMIT_WINDOW", "900"))
# --- End of login throttling ---------------------------------------------------------------

# The public site and the admin are in Norwegian Bokmål.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The admin's strings that Wagtail's own Norwegian catalogs lack or get wrong
# (locale/nb/LC_MESSAGES; `make messages` compiles them). Django reads these first.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Documents (members-only ones too) live outside MEDIA_ROOT, where no web server reaches
# them; Django streams them after its checks (kb/core/file_storage.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "kb.core.file_storage.LocalMediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Object storage for media --------------------------------------------------------------
# With AWS_STORAGE_BUCKET_NAME set, uploaded files (images, renditions, documents) go to that
# bucket on a service with the S3 API (kb/core/storage.py says what in it is public), so
# that any number of web servers share them; MEDIA_ROOT and MEDIA_URL are then unused.
# Static files stay with WhiteNoise either way. The credentials may also come from boto3's
# own sources (an instance role, ~/.aws) when the two AWS_* key variables are not set.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "kb.core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # Only for services other than Amazon's, e.g. https://s3.example.no.
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            # "path" or "virtual"; botocore chooses when unset.
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or None,
            # A CDN or the bucket's public host name for the renditions' URLs.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # A folder in the bucket for this site's files, when the bucket is shared.
            "location": os.environ.get("AWS_LOCATION", "").strip("/"),
            # Per-object ACLs, for services that use them: "public-read" makes the
            # renditions readable; every other file gets "private".
            "default_acl": os.environ.get("AWS_DEFAULT_ACL") or None,
        },
    }
# Documents are always streamed through Django (/dokumenter/<id>/<name>), which checks the
# collection's view restrictions first (members-only material needs a login); Wagtail's
# default for remote storage would redirect to the bucket instead.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# --- End of object storage -----------------------------------------------------------------


# --- Security headers ----------------------------------------------------------------------
# A Content-Security-Policy (django-csp) on the public site: scripts, styles, fonts and
# everything else only from the site itself (no inline scripts or style attributes: the
# templates have none), images also from the media host when media are in object storage,
# and frames only from the video services the video block embeds; the error page's own
# styles are allowed by their hash. The admin (/admin/, previews included) gets no policy:
# Wagtail's admin uses inline scripts and styles, and a policy loose enough for it would
# protect little.
def media_origins():
    """Where the public pages' images come from, besides the site: the custom domain, or
    the bucket's host on the S3 service (both addressing styles)."""
    if not AWS_STORAGE_BUCKET_NAME:
        return []
    custom_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip().strip("/")
    if custom_domain:
        return [f"https://{custom_domain}"]
    endpoint = os.environ.get("AWS_S3_ENDPOINT_URL", "").strip()
    if endpoint:
        parts = urlsplit(endpoint)
        return [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://*.{parts.netloc}"]
    return ["https://*.amazonaws.com"]


def inline_style_hashes(template):
    """The CSP hashes of a template's own <style> blocks: 500.html carries its styles inline
    so that it renders when nothing else does, and only that exact text is allowed."""
    source = (BASE_DIR / "templates" / template).read_text()
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"
        for block in re.findall(r"<style>(.*?)</style>", source, re.DOTALL)
    ]


CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "style-src": ["'self'", *inline_style_hashes("500.html")],
        "img-src": ["'self'", *media_origins()],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail's preview shows the page in a frame of the admin (same origin).
        "frame-ancestors": ["'self'"],
    },
}
# Permissions-Policy (django-permissions-policy): no page may use the camera, microphone,
# location and the like; the embedded videos keep fullscreen and picture-in-picture.
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}
# No avatars from a third party in the admin (Gravatar gets a hash of the e-mail address).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# --- End of security headers ---------------------------------------------------------------

# Wagtail's page editor can exceed Django's default limit of 1000 fields per form.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work runs in the task worker (`manage.py db_worker`, the Procfile's `worker`
# line): e-mail delivery (kb.core.mail), the search query log and index (search.tasks) and
# Wagtail's own tasks (search and reference index). TASKS_BACKEND=database keeps each task
# in the database until the worker runs it; `immediate` runs it at once in the process that
# asks, with no worker (`make run`, the tests).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def task_queue(name):
    """The TASKS setting for one of TASK_BACKENDS."""
    return {"default": {"BACKEND": TASK_BACKENDS[name], "QUEUES": ["default"]}}


def tasks_setting(default):
    name = os.environ.get("TASKS_BACKEND", default).strip().lower()
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not «{name}»."
        )
    return task_queue(name)


TASKS = tasks_setting("database")

# `manage.py daily` (README «Deployment»: once a day from cron or a systemd timer) runs these
# commands in turn, each safe to repeat: the search log older than WAGTAILSEARCH_HITS_MAX_AGE
# days, finished task results older than 14 days (all queues), images' lapsed consent,
# scheduled publishing, failed logins past the lock-out's cool-off (django-axes keeps a user
# name and an address).
DAILY_COMMANDS = [
    ["clean_query_log"],
    ["requeue_stalled_tasks"],
    ["prune_db_task_results", "--queue-name", "*"],
    # Before publish_scheduled, so that no page goes live with an image that just lapsed.
    ["expire_image_consent"],
    ["publish_scheduled"],
    ["clean_login_attempts"],
]

# Every e-mail is queued (kb.core.mail) and the worker delivers it through
# EMAIL_DELIVERY_BACKEND, which the environment's EMAIL_BACKEND names (SMTP by default);
# a failed delivery is tried again for about nine hours, then shown to the advisers.
EMAIL_BACKEND = "kb.core.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Seconds before a silent mail server counts as a failed try (Django waits forever).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# Wagtail
WAGTAIL_SITE_NAME = "Samskapingsbanken"
# The login for members-only pages and documents (/_util/login/), in the site's own dress
# and words; django-axes guards it as it guards the admin's.
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "core/member_login.html"
# The public address of the site. `manage.py setup_site` (the release step, `make run`)
# writes it into Wagtail's default Site record, from which the sitemap, canonical links and
# the links in e-mails are built; admin e-mails use it too unless WAGTAILADMIN_BASE_URL says
# otherwise.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL).rstrip("/")
# The public API's links to its own objects (detail_url).
WAGTAILAPI_BASE_URL = SITE_URL
# The API's pages are at most this many per answer (`limit`), 20 unless asked.
WAGTAILAPI_LIMIT_MAX = 100
# The sender's domain is the site's own host (SITE_URL), so no e-mail says «localhost».
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", f"Samskapingsbanken <ikke-svar@{urlsplit(SITE_URL).hostname}>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILIMAGES_IMAGE_MODEL = "core.KbImage"
# At most 50 megapixels an image (Wagtail's default is 128): what a 50-megapixel camera or
# phone gives at full size (8160 × 6120), which the site never shows at more than a few
# megapixels; decoding one takes about 200 MB of a worker's memory, an 11 000 × 11 000 image
# more than a gigabyte. The form says so in Norwegian (kb.core.image_uploads).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "kb.core.image_uploads.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odp", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Wagtail's own default workflow and groups are removed (kb.core migration 0002); the real
# roles and the "Moderering" workflow are set up in code.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# No autosave in the page editor (Wagtail 7.4 saves a revision half a second after each
# pause in typing; 0 turns it off). Each autosave is logged as «Utkast lagret» (3–6 per
# story in the history), and one from the editor's form still open after submitting makes
# a revision newer than the one under review, so the adviser's editing session warns
# «… saved a new version. Proceeding will overwrite …» about a conflict that is none.
# Drafts are saved when the editor asks; leaving the form with unsaved changes still asks.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Moderation e-mails go to the advisers (the approval task's group), not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "norwegian"),
    }
}
# Wagtail's OpenSearch backend instead of the database (README «Search»; needs the
# opensearch-py package). The search page uses only Wagtail's search API; SEARCH_CONFIG
# still stems the word list's words in PostgreSQL.
if OPENSEARCH_URL := os.environ.get("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] |= {
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": [OPENSEARCH_URL],
        # Wagtail names each model's index with this prefix (its INDEX option is deprecated).
        "INDEX_PREFIX": os.environ.get("OPENSEARCH_INDEX", "samskapingsbanken") + "_",
        "TIMEOUT": 5,
    }

# One line per event (tracebacks included), as plain text or, with LOG_FORMAT=json, as JSON
# lines for a log collector (kb/core/log_format.py).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text").strip().lower()
if LOG_FORMAT not in {"text", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be «text» or «json», not «{LOG_FORMAT}».")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {
            "()": "kb.core.log_format.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
        },
        "json": {"()": "kb.core.log_format.JsonFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    # Wagtail logs every task and publish at INFO; WARNING keeps commands readable.
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


# --- Error reporting -----------------------------------------------------------------------
# Optional: with SENTRY_DSN set, kb.core starts sentry-sdk at startup (see
# kb/core/error_reporting.py): unhandled exceptions and logged errors are reported, without
# personal data. The reports are filed under SENTRY_ENVIRONMENT and SENTRY_RELEASE (e.g. the
# deployed commit); SENTRY_TRACES_SAMPLE_RATE (0 to 1, default 0: off) sends that share of
# requests as performance traces.
def env_fraction(name, default=0.0):
    """A number from 0 to 1 from the environment."""
    value = os.environ.get(name, "").strip()
    try:
        fraction = float(value) if value else default
    except ValueError:
        fraction = None
    if fraction is None or not 0 <= fraction <= 1:
        raise ImproperlyConfigured(f"{name} must be a number from 0 to 1, not «{value}».")
    return fraction


SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()
SENTRY_ENVIRONMENT = os.environ.get("SENTRY_ENVIRONMENT", "").strip() or "production"
SENTRY_RELEASE = os.environ.get("SENTRY_RELEASE", "").strip()
SENTRY_TRACES_SAMPLE_RATE = env_fraction("SENTRY_TRACES_SAMPLE_RATE")
# --- End of error reporting ----------------------------------------------------------------


def require_secret_key():
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")


def require_site_url():
    """Production needs its real address: without it every full URL would say 127.0.0.1."""
    if not os.environ.get("SITE_URL", "").strip():
        raise ImproperlyConfigured(
            "SITE_URL must be set in the environment, e.g. https://samskaping.example.no."
        )
    try:
        site_address(SITE_URL)
    except SiteUrlError as error:
        raise ImproperlyConfigured(str(error)) from None
