import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site (loaded once per run, rolled back per test), so
    tests exercise realistic content the way a visitor sees it."""
    with django_db_blocker.unblock():
        if os.environ.get("REQUIRE_POSTGRES") and connection.vendor != "postgresql":
            pytest.exit("REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL.", returncode=2)
        call_command("load_demo_content", force=True, stdout=StringIO())


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need the real server: they skip, with the reason, on SQLite."""
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return
    skip = pytest.mark.skip(
        reason="needs PostgreSQL: set DATABASE_URL=postgres://... (make test-postgres)"
    )
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
