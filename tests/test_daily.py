"""`manage.py daily`, the housekeeping a scheduler runs once a day: the search log's days
older than WAGTAILSEARCH_HITS_MAX_AGE go (with the queries and result counts left without
them), finished task results older than 14 days go, scheduled pages are published, failed
logins past the lock-out's cool-off are forgotten; recent
rows stay; a second run changes nothing; a failing step does not stop the others."""

import datetime
import io

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from kb.methods.models import MethodPage
from search.models import QueryResultCount

from . import factories

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}


def logged(text, days_ago):
    when = NOW - datetime.timedelta(days=days_ago)
    query = Query.get(text)
    query.add_hit(date=when.date())
    QueryResultCount.objects.update_or_create(
        query=query, defaults={"count": 3, "searched_at": when}
    )
    return query


def task_result(days_ago):
    finished = NOW - datetime.timedelta(days=days_ago)
    return DBTaskResult.objects.create(
        status="SUCCESSFUL",
        args_kwargs={"args": [], "kwargs": {}},
        task_path="search.tasks.index_published_page",
        backend_name="default",
        queue_name="default",
        run_after=finished,
        started_at=finished,
        finished_at=finished,
        exception_class_path="",
        traceback="",
    )


def failed_login(username, minutes_ago):
    attempt = AccessAttempt.objects.create(
        username=username,
        ip_address="192.0.2.7",
        user_agent="test",
        http_accept="*/*",
        path_info="/admin/login/",
        get_data="",
        post_data="",
        failures_since_start=3,
    )
    when = NOW - datetime.timedelta(minutes=minutes_ago)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=when)
    return attempt


def daily():
    out = io.StringIO()
    call_command("daily", stdout=out)
    return out.getvalue()


def state():
    return (
        sorted(Query.objects.values_list("query_string", flat=True)),
        sorted(QueryResultCount.objects.values_list("query__query_string", flat=True)),
        DBTaskResult.objects.count(),
        sorted(MethodPage.objects.live().values_list("title", flat=True)),
        sorted(AccessAttempt.objects.values_list("username", flat=True)),
    )


def test_daily_removes_what_is_old_keeps_what_is_recent_and_can_run_again(
    database_tasks, method_index
):
    logged("gammelt søk", days_ago=30)
    logged("nytt søk", days_ago=1)
    pinned = logged("fastsatt søk", days_ago=30)
    SearchPromotion.objects.create(
        query=pinned, page=factories.MethodPageFactory(title="Fest"), sort_order=0
    )
    # A failed login past the lock-out's cool-off counts no more; a recent one still does.
    failed_login("gammel", minutes_ago=settings.AXES_COOLOFF_TIME.total_seconds() / 60 + 1)
    failed_login("ny", minutes_ago=1)
    old_task = task_result(days_ago=20)
    recent_task = task_result(days_ago=1)
    scheduled = factories.MethodPageFactory(title="Planlagt", draft=True)
    scheduled.go_live_at = NOW + datetime.timedelta(hours=1)
    revision = scheduled.save_revision()
    revision.publish()  # scheduled for an hour from now; then the hour has passed

    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    revision.content["go_live_at"] = NOW.isoformat()
    revision.approved_go_live_at = NOW
    revision.save(update_fields=["content", "approved_go_live_at"])
    assert not MethodPage.objects.get(pk=scheduled.pk).live

    output = daily()

    queries, counts, _tasks, live, failed_logins = state()
    # The old query is gone with its count; the pinned one stays, without its old count.
    assert queries == ["fastsatt søk", "nytt søk"]
    assert counts == ["nytt søk"]
    assert DBTaskResult.objects.filter(pk=recent_task.pk).exists()
    assert not DBTaskResult.objects.filter(pk=old_task.pk).exists()
    assert "Planlagt" in live
    assert failed_logins == ["ny"]
    assert "Daglig vedlikehold er gjort" in output

    before = state()
    daily()
    assert state() == before


def test_a_failing_step_does_not_stop_the_others(database_tasks, settings, method_index):
    logged("gammelt søk", days_ago=30)
    settings.DAILY_COMMANDS = [["finnes_ikke"], *settings.DAILY_COMMANDS]
    with pytest.raises(CommandError, match="finnes_ikke"):
        daily()
    assert not Query.objects.exists()


def test_without_a_task_queue_in_the_database_the_prune_step_is_skipped(settings):
    assert "immediate" in settings.TASKS["default"]["BACKEND"].lower()
    assert "Ingen oppgavekø i databasen" in daily()
