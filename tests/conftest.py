import gc
import hashlib
import inspect
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import Client

from home.models import HomePage
from kb.cases.models import CaseIndexPage
from kb.conferences.models import ConferenceIndexPage
from kb.methods.models import MethodIndexPage
from kb.moderation.roles import setup_roles
from kb.themes.models import ThemeIndexPage

from . import browser_support, factories, s3_support
from .helpers import REAL_SITE_URL


def build_base_site():
    """What every test starts from: the home page the migrations make (the default Site's
    root, served for localhost and, as the default site, for testserver), published, the
    four section pages below it (in the menu, as on the real site), and the roles and the
    workflow (setup_roles). Anything else a test builds itself with tests.factories."""
    home = HomePage.objects.get()
    home.title = "Samskapingsbanken"
    home.intro = "<p>Metoder og erfaringer om samskaping i kulturskolen.</p>"
    home.save_revision().publish()
    factories.MethodIndexPageFactory(parent=home, slug="metoder", show_in_menus=True)
    factories.CaseIndexPageFactory(parent=home, slug="erfaringer", show_in_menus=True)
    factories.ConferenceIndexPageFactory(parent=home, slug="konferanser", show_in_menus=True)
    factories.ThemeIndexPageFactory(parent=home, slug="tema", show_in_menus=True)
    setup_roles()


def schema_fingerprint():
    """Changes whenever the kept database may be out of date: a migration of ours, the
    installed apps, a locked dependency (whose own migrations come with its version) or
    the base site."""
    root = Path(settings.BASE_DIR)
    # The apps' own folders only (a glob of the whole tree would walk .venv).
    migrations = [*root.glob("*/migrations/*.py"), *root.glob("kb/*/migrations/*.py")]
    files = sorted(migrations, key=str)
    files += [root / "requirements.lock", root / "kb" / "settings" / "base.py"]
    # The base site is kept with the database: a change to how it is built counts too (the
    # factories, and build_base_site itself, not the rest of this file).
    files += [root / "tests" / "factories.py"]
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    digest.update(inspect.getsource(build_base_site).encode())
    return digest.hexdigest()


def kept_database_fingerprint_file():
    test_name = settings.DATABASES["default"].get("TEST", {}).get("NAME")
    if connection.vendor != "sqlite" or not test_name:
        return None
    return Path(f"{test_name}.fingerprint")


@pytest.fixture(scope="session")
def django_db_createdb(request, django_db_modify_db_settings):
    """A new test database when asked (--create-db), or when the kept one (--reuse-db, as
    `make test` runs) was migrated from other migrations or dependencies than these."""
    fingerprint_file = kept_database_fingerprint_file()
    if fingerprint_file is not None:
        fingerprint_file.parent.mkdir(parents=True, exist_ok=True)  # a fresh clone has none
    if request.config.getvalue("create_db") or fingerprint_file is None:
        return request.config.getvalue("create_db")
    is_current = fingerprint_file.exists() and fingerprint_file.read_text() == schema_fingerprint()
    return not is_current


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The base site, built once (and kept with a kept database); every test is rolled back
    to it."""
    with django_db_blocker.unblock():
        if os.environ.get("REQUIRE_POSTGRES") and connection.vendor != "postgresql":
            pytest.exit("REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL.", returncode=2)
        if not MethodIndexPage.objects.exists():
            with transaction.atomic():
                build_base_site()
        if fingerprint_file := kept_database_fingerprint_file():
            fingerprint_file.write_text(schema_fingerprint())


def pytest_collection_finish(session):
    """Django, Wagtail and every test module are loaded now and stay until the end: the
    garbage collector leaves them out of its passes (gc.freeze), and runs its youngest
    generation after 50 000 new objects instead of 700 (Django's ORM and templates make
    many short-lived ones; reference cycles are still collected). About 8 % of the CPU
    time of the modules it was measured on."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


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


@pytest.fixture(scope="session", autouse=True)
def queued_email(django_test_environment):
    """Django's test set-up swaps EMAIL_BACKEND for its in-memory one; the queue goes back in
    front of it (kb.core.mail, delivering into mail.outbox: settings.EMAIL_DELIVERY_BACKEND),
    so every test's e-mail takes the production path."""
    settings.EMAIL_BACKEND = "kb.core.mail.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: the listings' cached options and the cards are
    keyed on the content version, which every test's rollback returns to the same value."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def s3_server():
    """The stand-in S3 server (tests/s3_support.py), one per test process."""
    server = s3_support.S3Server().start()
    yield server
    server.stop()


@pytest.fixture
def s3_media(s3_server, settings):
    """Media on a new bucket of the stand-in S3 server, with README.md's bucket policy;
    the bucket's name."""
    with s3_support.media_bucket(s3_server, settings) as bucket:
        yield bucket


@pytest.fixture(scope="session")
def browser():
    """One Chromium per test process (tests/browser_support.py), started by the first test
    that needs it; each test opens its own context. Skips (fails under CI) without
    Chromium, Playwright or axe-core."""
    browser_support.requirements_or_skip()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread. Django then takes
    # the thread for an async one: it refuses database calls (the tests' calls are
    # synchronous all the same) and would open new connections beside the thread's own,
    # outside the tests' transactions. The thread keeps its connections.
    thread_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, thread_connection in thread_connections.items():
            connections[alias] = thread_connection
        browser = browser_support.launch(playwright)
        yield browser
        browser.close()


# The base site's pages, read afresh for each test.


@pytest.fixture
def home(db):
    return factories.home_page()


@pytest.fixture
def method_index(db):
    return MethodIndexPage.objects.get()


@pytest.fixture
def case_index(db):
    return CaseIndexPage.objects.get()


@pytest.fixture
def conference_index(db):
    return ConferenceIndexPage.objects.get()


@pytest.fixture
def theme_index(db):
    return ThemeIndexPage.objects.get()


# People, and clients logged in as them.


@pytest.fixture
def real_site(settings):
    """The site set up for its real address (SITE_URL), as the release step does."""
    settings.SITE_URL = REAL_SITE_URL
    settings.WAGTAILADMIN_BASE_URL = REAL_SITE_URL
    call_command("setup_site", stdout=None)


@pytest.fixture
def adviser(db):
    """A user in the Rådgivere group."""
    return factories.AdviserFactory()


@pytest.fixture
def municipality(db):
    """A member municipality, with its editor group and collection (municipality.access)."""
    return factories.MunicipalityPageFactory()


@pytest.fixture
def editor(municipality):
    """An editor for `municipality` (also at editor.municipality)."""
    return factories.EditorFactory(municipality=municipality)


@pytest.fixture
def adviser_client(adviser):
    client = Client()
    client.force_login(adviser)
    return client


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client
