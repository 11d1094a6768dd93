"""The adviser's dashboard: what waits for moderation, stories per municipality, and the
members to contact, grouped by their sponsor on the board."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kb.moderation import dashboard

from . import factories
from .helpers import text

pytestmark = pytest.mark.django_db


def dashboard_page(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("main .w-dashboard") is not None
    return soup


def panel(soup, panel_id):
    section = soup.find("section", id=f"{panel_id}-section")
    assert section is not None, f"panel {panel_id} is missing"
    return section


def test_dashboard_shows_pages_waiting_for_moderation(adviser_client, municipality, editor):
    waiting = factories.CaseStoryPageFactory(parent=municipality, draft=True, owner=editor)
    waiting.get_workflow().start(waiting, editor)
    not_submitted = factories.CaseStoryPageFactory(parent=municipality, draft=True, owner=editor)

    section = panel(dashboard_page(adviser_client), "awaiting-review")
    titles = [text(link) for link in section.find_all("a", href=f"/admin/pages/{waiting.pk}/edit/")]
    assert waiting.title in titles
    assert not_submitted.title not in text(section)


def test_dashboard_counts_published_stories_per_member_municipality(adviser_client):
    with_two, with_none = factories.MunicipalityPageFactory.create_batch(2, publish=False)
    factories.CaseStoryPageFactory.create_batch(2, parent=with_two, publish=False)
    factories.CaseStoryPageFactory(parent=with_two, draft=True)  # not published: not counted
    factories.CaseStoryPageFactory(parent=with_none, draft=True)
    not_a_member = factories.MunicipalityPageFactory(not_member=True, publish=False)
    factories.CaseStoryPageFactory(parent=not_a_member, publish=False)

    section = panel(dashboard_page(adviser_client), "published-stories")
    counts = {
        cell["data-municipality"]: text(cell) for cell in section.select("td[data-municipality]")
    }
    assert counts == {with_two.number: "2", with_none.number: "0"}


def test_quiet_members_are_grouped_by_sponsor(adviser_client):
    # The dashboard reads the pages only: no need to publish them (and make their groups).
    def member(**kwargs):
        return factories.MunicipalityPageFactory(publish=False, **kwargs)

    def story(parent, published):
        factories.CaseStoryPageFactory(parent=parent, publish=False, first_published_at=published)

    ingrid = factories.BoardMemberFactory(name="Ingrid Hansen")
    ola = factories.BoardMemberFactory(name="Ola Berg")
    long_ago = member(sponsor=ingrid)
    recent = member(sponsor=ingrid)
    never = member(sponsor=ola)
    without_sponsor = member()
    member(sponsor=ola, not_member=True)  # not a member: not listed
    now = timezone.now()
    two_years_ago = now - datetime.timedelta(days=730)
    story(long_ago, two_years_ago)
    story(recent, now - datetime.timedelta(days=30))
    # An older story after it in the tree: the latest publication counts, not the last page.
    story(recent, two_years_ago)

    rows = dashboard.member_activity()
    assert {row.municipality.number for row in rows if row.quiet} == {
        long_ago.number,
        never.number,
        without_sponsor.number,
    }

    section = panel(dashboard_page(adviser_client), "quiet-members")
    assert text(section.find("p")).startswith("3 medlemskommuner har ikke publisert")
    # Sponsors in name order, then the municipalities without one; under each heading the
    # quiet members, linked to their page in the admin.
    groups = [
        (text(heading), [text(item) for item in heading.find_next_sibling("ul").find_all("li")])
        for heading in section.find_all("h3")
    ]
    assert [heading for heading, _ in groups] == [
        f"Fadder: {ingrid.name} ({ingrid.email})",
        f"Fadder: {ola.name} ({ola.email})",
        "Uten fadder",
    ]
    assert [[item.split(" (")[0] for item in items] for _, items in groups] == [
        [long_ago.title],
        [never.title],
        [without_sponsor.title],
    ]
    assert "(siste erfaring " in groups[0][1][0]
    assert "(ingen erfaringer ennå)" in groups[1][1][0]
    link = section.find("a", href=f"/admin/pages/{long_ago.pk}/edit/")
    assert link is not None and text(link) == long_ago.title


def test_editors_do_not_get_the_adviser_panels(editor_client):
    soup = dashboard_page(editor_client)
    assert soup.find(id="published-stories-section") is None
    assert soup.find(id="quiet-members-section") is None


def test_dashboard_query_count_does_not_grow_with_stories(adviser_client):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert adviser_client.get("/admin/").status_code == 200
        return len(context.captured_queries)

    def add_member_with_stories(stories):
        municipality = factories.MunicipalityPageFactory(
            sponsor=factories.BoardMemberFactory(), publish=False
        )
        factories.CaseStoryPageFactory.create_batch(stories, parent=municipality, publish=False)

    add_member_with_stories(1)
    adviser_client.get("/admin/")  # warm per-process caches
    before = queries()
    for _ in range(3):
        add_member_with_stories(2)
    assert queries() == before <= 60
