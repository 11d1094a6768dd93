"""Error reporting (kb/core/error_reporting.py): nothing without SENTRY_DSN; with it, an
exception in a view is reported with the environment and release, and without the user's
e-mail, IP address or cookies. Nothing goes over the network: the reports are collected by
a transport of the test's own."""

import io
import json

import pytest
import sentry_sdk
from django.apps import apps
from django.conf import settings as django_settings
from django.core import signals
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.test import Client
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.transport import Transport

from kb.core import error_reporting, health

from . import factories
from .test_settings import KEY, SITE_URL, load_settings

pytestmark = pytest.mark.django_db

DSN = "https://publickey@errors.example.invalid/42"
VISITOR_IP = "203.0.113.7"
FORWARDED_IP = "198.51.100.9"
# Someone's e-mail address where a visitor could put it: in the address.
QUERY = "epost=kari.nordmann%40kommune.example.no"


class CollectingTransport(Transport):
    """Keeps the envelopes the client would send."""

    def __init__(self):
        super().__init__()
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes.append(envelope)

    def events(self):
        return [event for e in self.envelopes if (event := e.get_event()) is not None]


@pytest.fixture
def sentry(settings):
    """The Sentry client as the settings start it with a DSN, reporting to a collector; the
    test process has no client again afterwards."""
    settings.SENTRY_DSN = DSN
    settings.SENTRY_ENVIRONMENT = "staging"
    settings.SENTRY_RELEASE = "samskapingsbanken@1a2b3c4"
    transport = CollectingTransport()
    assert error_reporting.init(settings, transport=transport)
    try:
        yield transport
    finally:
        sentry_sdk.get_client().close()
        sentry_sdk.get_global_scope().set_client(None)


def test_no_dsn_no_client(settings, monkeypatch):
    assert settings.SENTRY_DSN == ""
    assert not sentry_sdk.get_client().is_active()
    monkeypatch.setattr(sentry_sdk, "init", lambda **options: pytest.fail("init was called"))
    assert error_reporting.init(settings) is False


def test_the_app_starts_it_from_the_settings(monkeypatch):
    started = []
    monkeypatch.setattr(error_reporting, "init", started.append)
    apps.get_app_config("core").ready()
    assert started == [django_settings]


def test_settings_read_the_environment(monkeypatch):
    settings = load_settings(
        monkeypatch, "kb.settings.production", SECRET_KEY=KEY, SITE_URL=SITE_URL
    )
    assert settings["SENTRY_DSN"] == ""
    assert settings["SENTRY_ENVIRONMENT"] == "production"
    assert settings["SENTRY_TRACES_SAMPLE_RATE"] == 0
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY=KEY,
        SITE_URL=SITE_URL,
        SENTRY_DSN=DSN,
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="1a2b3c4",
        SENTRY_TRACES_SAMPLE_RATE="0.1",
    )
    assert settings["SENTRY_DSN"] == DSN
    assert settings["SENTRY_ENVIRONMENT"] == "staging"
    assert settings["SENTRY_RELEASE"] == "1a2b3c4"
    assert settings["SENTRY_TRACES_SAMPLE_RATE"] == 0.1


@pytest.mark.parametrize("value", ["mye", "2"])
def test_a_sample_rate_outside_0_to_1_is_refused(monkeypatch, value):
    with pytest.raises(
        ImproperlyConfigured, match="SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1"
    ):
        load_settings(monkeypatch, "kb.settings.dev", SENTRY_TRACES_SAMPLE_RATE=value)


def test_the_client_is_configured_for_no_personal_data(sentry):
    client = sentry_sdk.get_client()
    assert client.is_active()
    assert client.dsn == DSN
    assert client.options["environment"] == "staging"
    assert client.options["release"] == "samskapingsbanken@1a2b3c4"
    assert client.should_send_default_pii() is False
    collected = client.options["data_collection"]
    assert collected["user_info"] is False
    assert collected["cookies"]["mode"] == "off"
    assert collected["http_bodies"] == []
    assert collected["url_query_params"]["mode"] == "off"
    assert collected["stack_frame_variables"] is False
    assert collected["database_query_data"] is False
    assert client.options["traces_sample_rate"] is None
    assert client.get_integration(DjangoIntegration) is not None


def wsgi_get(path, **environ):
    """A GET through Django's WSGI handler, as gunicorn makes it (Sentry reads the request's
    URL and headers there; the test client goes round it). Like the test client, it keeps
    the test's database connection open across the request."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        **environ,
    }
    statuses = []
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        body = b"".join(WSGIHandler()(environ, lambda status, headers: statuses.append(status)))
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    return statuses[0], body


def test_an_exception_in_a_view_is_reported_without_personal_data(sentry, monkeypatch):
    user = factories.UserFactory(username="kari.nordmann", email="kari.nordmann@kommune.example.no")
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value

    def broken():
        email = user.email  # a local variable in the failing frame
        raise RuntimeError(f"helsesjekken krasjet ({len(email)})")

    monkeypatch.setattr(health, "run_checks", broken)
    status, _body = wsgi_get(
        "/helse/",
        QUERY_STRING=QUERY,
        REMOTE_ADDR=VISITOR_IP,
        HTTP_X_FORWARDED_FOR=FORWARDED_IP,
        HTTP_COOKIE=f"sessionid={session}",
    )
    assert status.startswith("500")
    sentry_sdk.flush()

    (event,) = [
        event
        for event in sentry.events()
        if any(
            value.get("value", "").startswith("helsesjekken krasjet")
            for value in event.get("exception", {}).get("values", [])
        )
    ]
    assert event["environment"] == "staging"
    assert event["release"] == "samskapingsbanken@1a2b3c4"
    assert event["request"]["url"] == "http://testserver/helse/"
    assert event["request"]["method"] == "GET"
    text = json.dumps(event, default=str)
    for personal in ("kari.nordmann", VISITOR_IP, FORWARDED_IP, session):
        assert personal not in text
    assert "user" not in event
