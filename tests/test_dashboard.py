"""The adviser's dashboard: what waits for moderation, stories per municipality, and the
members to contact, grouped by their sponsor on the board."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.moderation import dashboard

from .helpers import ADVISER, EDITOR_A, log_in
from .test_moderation_permissions import draft_story

pytestmark = pytest.mark.django_db


def panel(html, panel_id):
    match = re.search(rf'id="{panel_id}-section".*?</section>', html, re.S)
    assert match, f"panel {panel_id} is missing"
    return match.group(0)


def test_dashboard_shows_pages_waiting_for_moderation():
    story = draft_story("1804", "venter", EDITOR_A)
    story.get_workflow().start(story, story.owner)
    html = log_in(Client(), ADVISER).get("/admin/").text
    assert escape(story.title) in html


def test_dashboard_counts_published_stories_per_member_municipality():
    html = panel(log_in(Client(), ADVISER).get("/admin/").text, "published-stories")
    for municipality in MunicipalityPage.objects.filter(is_member=True):
        count = CaseStoryPage.objects.child_of(municipality).live().count()
        assert f'data-municipality="{municipality.number}">{count}<' in html


def test_quiet_members_are_grouped_by_sponsor():
    bodo = MunicipalityPage.objects.get(number="1804")
    two_years_ago = timezone.now() - datetime.timedelta(days=730)
    CaseStoryPage.objects.child_of(bodo).update(first_published_at=two_years_ago)

    rows = dashboard.member_activity()
    quiet = {row.municipality.number for row in rows if row.quiet}
    with_recent_story = {
        story.get_parent().specific.number
        for story in CaseStoryPage.objects.live().filter(first_published_at__gt=two_years_ago)
    }
    assert "1804" in quiet
    assert quiet == {row.municipality.number for row in rows} - with_recent_story

    html = panel(log_in(Client(), ADVISER).get("/admin/").text, "quiet-members")
    assert f"{len(quiet)} medlemskommuner" in html
    assert f"Fadder: {escape(bodo.sponsor.name)}" in html
    sponsor_section = html.split(f"Fadder: {escape(bodo.sponsor.name)}")[1].split("<h3>")[0]
    assert "Bodø" in sponsor_section


def test_editors_do_not_get_the_adviser_panels():
    html = log_in(Client(), EDITOR_A).get("/admin/").text
    assert "published-stories-section" not in html
    assert "quiet-members-section" not in html


def test_dashboard_query_count_does_not_grow_with_stories(django_assert_max_num_queries):
    client = log_in(Client(), ADVISER)
    client.get("/admin/")
    with django_assert_max_num_queries(60):
        assert client.get("/admin/").status_code == 200
