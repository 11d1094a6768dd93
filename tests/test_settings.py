"""Configuration comes from the environment; production refuses to start without a key or
its address."""

import copy
import io
import json
import logging
import logging.config
import runpy
import sys

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

KEY = "x" * 50
SITE_URL = "https://samskaping.example.no"
STORAGE_VARIABLES = (
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_S3_ADDRESSING_STYLE",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_LOCATION",
    "AWS_DEFAULT_ACL",
)
ERROR_REPORTING_VARIABLES = (
    "SENTRY_DSN",
    "SENTRY_ENVIRONMENT",
    "SENTRY_RELEASE",
    "SENTRY_TRACES_SAMPLE_RATE",
)


def load_settings(monkeypatch, module, **env):
    """The settings a module defines when the process has exactly this environment (of the
    variables the settings read), run afresh as if the process were starting."""
    for name in (
        "SECRET_KEY",
        "SITE_URL",
        "WAGTAILADMIN_BASE_URL",
        "DATABASE_URL",
        "DATABASE_CONN_MAX_AGE",
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "DEFAULT_FROM_EMAIL",
        "SECURE_SSL_REDIRECT",
        "DEBUG",
        "LOG_FORMAT",
        "TASKS_BACKEND",
        "EMAIL_BACKEND",
        "OPENSEARCH_URL",
        "OPENSEARCH_INDEX",
        *STORAGE_VARIABLES,
        *ERROR_REPORTING_VARIABLES,
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # The shared settings are read again too (they are already imported for the tests).
    monkeypatch.delitem(sys.modules, "kb.settings.base")
    return runpy.run_module(module)


def test_production_requires_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        load_settings(monkeypatch, "kb.settings.production", SITE_URL=SITE_URL)


def test_production_requires_a_valid_site_url(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SITE_URL must be set"):
        load_settings(monkeypatch, "kb.settings.production", SECRET_KEY=KEY)
    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        load_settings(
            monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL="samskaping.no"
        )


def test_production_reads_database_and_hosts_from_the_environment(monkeypatch):
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY=KEY,
        SITE_URL=SITE_URL,
        DATABASE_URL="postgres://kb@db.example.no:5432/kb",
        ALLOWED_HOSTS="samskaping.example.no",
    )
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert settings["DATABASES"]["default"]["HOST"] == "db.example.no"
    assert settings["DEBUG"] is False
    assert settings["ALLOWED_HOSTS"] == ["samskaping.example.no"]


def test_postgresql_plans_no_parallel_workers_unless_the_url_says_otherwise(monkeypatch):
    def options(url):
        settings = load_settings(
            monkeypatch,
            "kb.settings.production",
            SECRET_KEY=KEY,
            SITE_URL=SITE_URL,
            DATABASE_URL=url,
        )
        return settings["DATABASES"]["default"].get("OPTIONS", {})

    assert options("postgres://kb@db.example.no:5432/kb?sslmode=require") == {
        "sslmode": "require",
        "options": "-c max_parallel_workers_per_gather=0",
    }
    own = "-c max_parallel_workers_per_gather=2"
    assert options(f"postgres://kb@db.example.no:5432/kb?options={own}")["options"] == own
    assert "options" not in options("sqlite:///db.sqlite3")


def test_production_derives_hosts_sender_and_https_from_the_site_url(monkeypatch):
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL=SITE_URL
    )
    assert settings["ALLOWED_HOSTS"] == ["samskaping.example.no"]
    assert settings["CSRF_TRUSTED_ORIGINS"] == [SITE_URL]
    assert settings["DEFAULT_FROM_EMAIL"] == "Samskapingsbanken <ikke-svar@samskaping.example.no>"
    assert settings["SERVER_EMAIL"] == settings["DEFAULT_FROM_EMAIL"]
    assert settings["WAGTAILADMIN_NOTIFICATION_FROM_EMAIL"] == settings["DEFAULT_FROM_EMAIL"]
    assert settings["SECURE_SSL_REDIRECT"] is True
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["CSRF_COOKIE_SECURE"] is True


def test_production_on_plain_http_neither_redirects_nor_hides_cookies(monkeypatch):
    """deploy/run-local serves the production settings on http://127.0.0.1:8480: a redirect
    to https or secure-only cookies would make the site and the admin login unusable."""
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL="http://127.0.0.1:8480"
    )
    assert settings["ALLOWED_HOSTS"] == ["127.0.0.1"]
    assert settings["SECURE_SSL_REDIRECT"] is False
    assert settings["SESSION_COOKIE_SECURE"] is False
    assert settings["CSRF_COOKIE_SECURE"] is False
    assert "localhost" not in settings["DEFAULT_FROM_EMAIL"]


def test_the_sender_can_be_set(monkeypatch):
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY=KEY,
        SITE_URL=SITE_URL,
        DEFAULT_FROM_EMAIL="Kulturskolerådet <post@example.no>",
    )
    assert settings["DEFAULT_FROM_EMAIL"] == "Kulturskolerådet <post@example.no>"
    assert settings["WAGTAILADMIN_NOTIFICATION_FROM_EMAIL"] == settings["DEFAULT_FROM_EMAIL"]


def test_development_defaults_to_sqlite_with_debug(monkeypatch):
    settings = load_settings(monkeypatch, "kb.settings.dev")
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["DEBUG"] is True


def test_production_keeps_database_connections_and_checks_them(monkeypatch):
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL=SITE_URL
    )
    database = settings["DATABASES"]["default"]
    assert database["CONN_MAX_AGE"] == 600
    assert database["CONN_HEALTH_CHECKS"] is True
    assert settings["WAGTAILADMIN_BASE_URL"] == SITE_URL
    # Load balancers check /helse/ over plain HTTP.
    assert settings["SECURE_REDIRECT_EXEMPT"] == [r"^helse/$"]
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY=KEY,
        SITE_URL=SITE_URL,
        DATABASE_CONN_MAX_AGE="0",
    )
    assert settings["DATABASES"]["default"]["CONN_MAX_AGE"] == 0


def task_backend(settings):
    return settings["TASKS"]["default"]["BACKEND"]


def test_production_queues_tasks_and_email_for_the_worker(monkeypatch):
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL=SITE_URL
    )
    assert task_backend(settings) == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in settings["INSTALLED_APPS"]
    assert settings["EMAIL_BACKEND"] == "kb.core.mail.QueuedEmailBackend"
    assert settings["EMAIL_DELIVERY_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert settings["EMAIL_TIMEOUT"] == 30
    # EMAIL_BACKEND in the environment says how the worker delivers; the queue stays.
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY=KEY,
        SITE_URL=SITE_URL,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        TASKS_BACKEND="immediate",
    )
    assert settings["EMAIL_BACKEND"] == "kb.core.mail.QueuedEmailBackend"
    assert settings["EMAIL_DELIVERY_BACKEND"].endswith("filebased.EmailBackend")
    assert task_backend(settings) == "django_tasks.backends.immediate.ImmediateBackend"


def test_development_runs_tasks_at_once_and_prints_email(monkeypatch):
    settings = load_settings(monkeypatch, "kb.settings.dev")
    assert task_backend(settings) == "django_tasks.backends.immediate.ImmediateBackend"
    assert settings["EMAIL_DELIVERY_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    settings = load_settings(monkeypatch, "kb.settings.dev", TASKS_BACKEND="database")
    assert task_backend(settings) == "django_tasks_db.DatabaseBackend"


def test_an_unknown_task_backend_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="TASKS_BACKEND"):
        load_settings(monkeypatch, "kb.settings.dev", TASKS_BACKEND="celery")


def test_development_opens_a_connection_per_request(monkeypatch):
    database = load_settings(monkeypatch, "kb.settings.dev")["DATABASES"]["default"]
    assert database["CONN_MAX_AGE"] == 0
    assert database["CONN_HEALTH_CHECKS"] is True


def test_no_middleware_varies_by_accept_language(monkeypatch):
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL=SITE_URL
    )
    assert "django.middleware.locale.LocaleMiddleware" not in settings["MIDDLEWARE"]
    assert settings["LANGUAGE_CODE"] == "nb"


def log_line(settings, *args, **kwargs):
    """What the console handler configured by `settings` writes for one error record (on a
    logger of its own, so the test process's logging stays as it is)."""
    stream = io.StringIO()
    logger = logging.getLogger("kb.test")
    config = logging.config.DictConfigurator(copy.deepcopy(settings["LOGGING"]))
    config.configure()  # resolves the formatters, as Django does at startup
    formatter = logging.getLogger().handlers[-1].formatter
    logging.config.dictConfig(django_settings.LOGGING)  # back to the test settings
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error(*args, **kwargs)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    return stream.getvalue()


def test_json_logs_are_one_line_per_record(monkeypatch):
    settings = load_settings(monkeypatch, "kb.settings.dev", LOG_FORMAT="json")
    try:
        raise ValueError("noe\ngikk galt")
    except ValueError:
        output = log_line(settings, "Feil i «%s»", "helse", exc_info=True)
    (line,) = output.splitlines()
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "kb.test"
    assert entry["message"] == "Feil i «helse»"
    assert "ValueError: noe\ngikk galt" in entry["exception"]
    assert entry["time"].endswith("+00:00")


def test_text_logs_are_one_line_per_record_by_default(monkeypatch):
    settings = load_settings(monkeypatch, "kb.settings.dev")
    try:
        raise ValueError("noe gikk galt")
    except ValueError:
        output = log_line(settings, "to\nlinjer", exc_info=True)
    (line,) = output.splitlines()
    assert "ERROR kb.test: to\\nlinjer" in line
    assert "ValueError: noe gikk galt" in line


def test_an_unknown_log_format_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="LOG_FORMAT"):
        load_settings(monkeypatch, "kb.settings.dev", LOG_FORMAT="xml")


def test_media_stay_in_local_files_without_a_bucket(monkeypatch):
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL=SITE_URL
    )
    assert settings["STORAGES"] == {
        "default": {"BACKEND": "kb.core.file_storage.LocalMediaStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert settings["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    # Documents outside MEDIA_ROOT (kb/core/file_storage.py).
    assert settings["PRIVATE_MEDIA_ROOT"] != settings["MEDIA_ROOT"]


def test_media_go_to_the_bucket_named_in_the_environment(monkeypatch):
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY=KEY,
        SITE_URL=SITE_URL,
        AWS_STORAGE_BUCKET_NAME="samskaping-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.no",
        AWS_S3_REGION_NAME="eu-north-1",
        AWS_ACCESS_KEY_ID="nøkkel",
        AWS_SECRET_ACCESS_KEY="hemmelig",
        AWS_S3_CUSTOM_DOMAIN="media.samskaping.example.no",
        AWS_LOCATION="/kb/",
    )
    default = settings["STORAGES"]["default"]
    assert default == {
        "BACKEND": "kb.core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": "samskaping-media",
            "endpoint_url": "https://s3.example.no",
            "region_name": "eu-north-1",
            "access_key": "nøkkel",
            "secret_key": "hemmelig",
            "addressing_style": None,
            "custom_domain": "media.samskaping.example.no",
            "location": "kb",
            "default_acl": None,
        },
    }
    # Static files stay with WhiteNoise; documents are still served by Django.
    assert settings["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert settings["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    # The storage takes these options, and links the renditions on the CDN's host, unsigned.
    storage = import_string(default["BACKEND"])(**default["OPTIONS"])
    assert storage.url("images/scene.fill-400x225.avif") == (
        "https://media.samskaping.example.no/kb/images/scene.fill-400x225.avif"
    )
