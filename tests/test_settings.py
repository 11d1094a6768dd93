"""Configuration comes from the environment; production refuses to start without a key."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_settings(module, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    environment.update(env, DJANGO_SETTINGS_MODULE=module)
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.DATABASES['default']['ENGINE'], settings.DEBUG, settings.ALLOWED_HOSTS)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_production_requires_a_secret_key():
    result = load_settings("kb.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_reads_database_and_hosts_from_the_environment():
    result = load_settings(
        "kb.settings.production",
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://kb@db.example.no:5432/kb",
        ALLOWED_HOSTS="samskaping.example.no",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "False",
        "['samskaping.example.no']",
    ]


def test_development_defaults_to_sqlite_with_debug():
    result = load_settings("kb.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["django.db.backends.sqlite3", "True"]
