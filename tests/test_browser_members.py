"""Journey 3 in the browser: a member (the «Medlemmer» group) logs in on the site's own
login page, reached from a members-only page, and reads that page and a members-only
document; an anonymous visitor is sent to the login instead, from the page, from the
document's link and from the document's file address under MEDIA_URL (which the live site
serves as the production web server does, browser_support.live_site), wherever the
storage keeps the file. Its time is written to test-artifacts/journeys/member.json, the
members-only page as the member sees it to test-artifacts/screenshots/reise-medlem-*.jpg."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.db import transaction
from wagtail.models import PageViewRestriction

from kb.moderation.roles import MEMBERS

from . import browser_support, factories
from .factories import paragraph

pytestmark = pytest.mark.django_db

LOGIN = "/_util/login/"
PAGE_TITLE = "Presentasjoner fra Lederkonferansen"
PDF = b"%PDF-1.4\n% Samskapingsbanken testdokument\n"


@pytest.fixture(scope="module")
def site(browser, django_db_setup, django_db_blocker):
    """(base URL, the members-only page, its document, a member); rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        document = factories.DocumentFactory(members_only=True)
        page = factories.StandardPageFactory(
            parent=factories.home_page(),
            title=PAGE_TITLE,
            body=[
                paragraph(
                    f'<p>Lysarkene: <a linktype="document" id="{document.pk}">'
                    f"{document.title}</a>.</p>"
                )
            ],
        )
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        member = factories.UserFactory(groups=[Group.objects.get(name=MEMBERS)])
        with browser_support.live_site() as base_url:
            yield base_url, page, document, member
        transaction.set_rollback(True)


def new_page(browser):
    context = browser.new_context(viewport=browser_support.PHONE, locale="nb-NO")
    context.set_default_timeout(10_000)
    return context.new_page()


def test_anonymous_visitor_is_refused_members_only_material(site, browser):
    base_url, members_page, document, _member = site
    page = new_page(browser)
    for address in (members_page.url, document.url):
        page.goto(base_url + address)
        page.wait_for_url(lambda url: url.startswith(f"{base_url}{LOGIN}?next="))
        assert page.get_by_role("heading", level=1).inner_text() == "Logg inn for medlemmer"
        assert PAGE_TITLE not in page.content()

    # The file itself, by the address its storage gives it: there, whether it lies under
    # MEDIA_ROOT or elsewhere, and not served.
    assert default_storage.open(document.file.name).read() == PDF
    direct = page.request.get(base_url + document.file.url, max_redirects=0)
    assert direct.status == 404, (document.file.url, direct.status)
    assert PDF not in direct.body()
    page.context.close()


def test_journey_member_logs_in_and_reads_members_only_material(site, browser):
    base_url, members_page, document, member = site
    started = time.perf_counter()
    page = new_page(browser)
    page.goto(base_url + members_page.url)
    page.wait_for_url(lambda url: url.startswith(f"{base_url}{LOGIN}?next="))
    page.get_by_label("Brukernavn").fill(member.username)
    page.get_by_label("Passord").fill(factories.PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    page.wait_for_url(base_url + members_page.url)
    assert page.get_by_role("heading", level=1).inner_text() == PAGE_TITLE
    browser_support.screenshot(page, "reise-medlem-leser-medlemsside")

    link = page.get_by_role("link", name=document.title)
    assert link.get_attribute("href") == document.url
    # The browser would save the PDF; its request, with the member's session, shows it.
    response = page.request.get(base_url + document.url)
    assert response.ok and response.body() == PDF
    browser_support.record_journey("member", time.perf_counter() - started)
    page.context.close()
