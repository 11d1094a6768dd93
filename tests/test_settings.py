"""Configuration comes from the environment; production refuses to start without a key."""

import runpy
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured


def load_settings(monkeypatch, module, **env):
    """The settings a module defines when the process has exactly this environment (of the
    variables the settings read), run afresh as if the process were starting."""
    for name in ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DEBUG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # The shared settings are read again too (they are already imported for the tests).
    monkeypatch.delitem(sys.modules, "kb.settings.base")
    return runpy.run_module(module)


def test_production_requires_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        load_settings(monkeypatch, "kb.settings.production")


def test_production_reads_database_and_hosts_from_the_environment(monkeypatch):
    settings = load_settings(
        monkeypatch,
        "kb.settings.production",
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://kb@db.example.no:5432/kb",
        ALLOWED_HOSTS="samskaping.example.no",
    )
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert settings["DATABASES"]["default"]["HOST"] == "db.example.no"
    assert settings["DEBUG"] is False
    assert settings["ALLOWED_HOSTS"] == ["samskaping.example.no"]


def test_development_defaults_to_sqlite_with_debug(monkeypatch):
    settings = load_settings(monkeypatch, "kb.settings.dev")
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["DEBUG"] is True
