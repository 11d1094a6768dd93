"""Background work through the task worker, with the database backend production uses: the
tasks wait in the database and tests.helpers.run_queued_tasks runs them as `db_worker` does.

E-mail: queued in the request, delivered by the worker, tried again while the mail server is
down (a real SMTP connection to a closed port, or to one that never answers), and shown to
the advisers, who can send it again, once every try has failed. The search query log and
the search index are written by the worker too; until it runs, publishing still works."""

import datetime
import io
import shlex
import signal
import socket
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.admin.menu import reports_menu
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import WorkflowState

from kb.cases.models import CaseStoryPage
from kb.core import mail as queued_mail
from kb.core.models import OutgoingEmail
from search.models import PageFacet, QueryResultCount

from . import factories
from .helpers import run_queued_tasks, story_form_data
from .search_support import result_count, result_urls, search, soup

pytestmark = pytest.mark.django_db

DELIVER = "kb.core.mail.deliver_email"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture
def database_tasks(settings):
    """Tasks wait in the database for the worker, as in production."""
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}


@pytest.fixture
def smtp_down(settings):
    """Delivery by SMTP to a port where nothing listens: every connection is refused."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2


@pytest.fixture
def smtp_hanging(settings):
    """Delivery by SMTP to a server that takes the connection and never says a word; the
    fixture's value counts the connections made to it so far."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", listener.getsockname()[1]
    settings.EMAIL_TIMEOUT = 1
    accepted = []

    def connections():
        while True:
            try:
                accepted.append(listener.accept()[0])
            except BlockingIOError:
                return len(accepted)

    yield connections
    for each in accepted:
        each.close()
    listener.close()


def waiting(task_path=DELIVER):
    return DBTaskResult.objects.filter(status="READY", task_path=task_path)


def let_time_pass():
    """Makes every waiting task due now, as if its run_after had come."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


# E-mail


def test_an_email_waits_in_the_queue_until_the_worker_delivers_it(database_tasks):
    assert send_mail("Hei", "Tekst", None, ["kari@example.no"]) == 1

    assert mail.outbox == []
    (queued,) = OutgoingEmail.objects.all()
    assert (queued.subject, queued.recipients, queued.attempts) == ("Hei", "kari@example.no", 0)
    assert waiting().count() == 1

    assert run_queued_tasks() == 1
    (delivered,) = mail.outbox
    assert (delivered.subject, delivered.to) == ("Hei", ["kari@example.no"])
    assert not OutgoingEmail.objects.exists()  # nothing kept once delivered
    assert DBTaskResult.objects.get(task_path=DELIVER).status == "SUCCESSFUL"
    assert run_queued_tasks() == 0  # and nothing sent twice
    assert len(mail.outbox) == 1


def test_an_email_in_a_transaction_that_rolls_back_is_never_sent(database_tasks):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Hei", "Tekst", None, ["kari@example.no"])
        raise RuntimeError("the request failed")
    assert not OutgoingEmail.objects.exists()
    assert run_queued_tasks() == 0
    assert mail.outbox == []


def test_a_message_keeps_everything_through_the_queue(database_tasks):
    message = EmailMultiAlternatives(
        subject="Invitasjon: skriv erfaringer for Bodø",
        body="Hei Kari,\n\nVelkommen.",
        from_email="Samskapingsbanken <ikke-svar@example.no>",
        to=["kari@example.no"],
        cc=["ola@example.no"],
        bcc=["arkiv@example.no"],
        reply_to=["radgiver@example.no"],
        headers={"X-Kilde": "test"},
    )
    message.attach_alternative("<p>Hei Kari,</p><p>Velkommen.</p>", "text/html")
    message.attach("notat.txt", "Æ ø å", "text/plain")
    message.attach("bilde.png", b"\x89PNG\r\n\x1a\n\x00\xff", "image/png")
    message.send()
    stored = OutgoingEmail.objects.get().message["headers"]

    run_queued_tasks()

    (delivered,) = mail.outbox
    for field in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to"):
        assert getattr(delivered, field) == getattr(message, field), field
    assert delivered.alternatives == [("<p>Hei Kari,</p><p>Velkommen.</p>", "text/html")]
    assert [tuple(a) for a in delivered.attachments] == [
        ("notat.txt", "Æ ø å", "text/plain"),
        ("bilde.png", b"\x89PNG\r\n\x1a\n\x00\xff", "image/png"),
    ]
    # Written when it was sent, and the same message however often it is tried.
    headers = delivered.message()
    assert headers["X-Kilde"] == "test"
    assert headers["Date"] == stored["Date"]
    assert headers["Message-ID"] == stored["Message-ID"]


def test_smtp_down_loses_no_email_and_the_adviser_sends_it_again(
    database_tasks, smtp_down, settings, client
):
    adviser = factories.AdviserFactory()
    send_mail("Til godkjenning: «Kor»", "Tekst", None, ["radgiver@example.no"])

    # Each failed try schedules the next one, later and later.
    for attempt, delay in enumerate(queued_mail.RETRY_DELAYS, start=1):
        before = timezone.now()
        assert run_queued_tasks() == 1
        email = OutgoingEmail.objects.get()
        assert email.attempts == attempt
        assert "ConnectionRefusedError" in email.last_error
        (next_try,) = waiting()
        assert before + delay <= next_try.run_after <= timezone.now() + delay
        assert email.next_attempt_at == next_try.run_after
        assert run_queued_tasks() == 0  # not before its time
        let_time_pass()

    # The last try fails too: the e-mail is kept, given up, for the advisers.
    assert run_queued_tasks() == 1
    email = OutgoingEmail.objects.get()
    assert email.given_up and email.attempts == queued_mail.MAX_ATTEMPTS
    assert not waiting().exists()
    assert mail.outbox == []

    client.force_login(adviser)
    dashboard = soup(client.get("/admin/"))
    panel = dashboard.select_one("#undelivered-email-section")
    assert panel is not None
    assert "«Til godkjenning: «Kor»» til radgiver@example.no" in panel.get_text(" ")
    report = soup(client.get("/admin/reports/e-post/"))
    (row,) = report.select("table tbody tr")
    assert "radgiver@example.no" in row.get_text(" ")
    assert f"Ikke levert etter {queued_mail.MAX_ATTEMPTS} forsøk" in row.get_text(" ")

    # The mail server is back; the adviser sends it again and the worker delivers it.
    settings.EMAIL_DELIVERY_BACKEND = LOCMEM
    response = client.post(f"/admin/reports/e-post/{email.pk}/send/", follow=True)
    assert "er lagt i kø igjen" in response.text
    assert run_queued_tasks() == 1
    (delivered,) = mail.outbox
    assert delivered.subject == "Til godkjenning: «Kor»"
    assert not OutgoingEmail.objects.exists()
    assert "undelivered-email-section" not in client.get("/admin/").text


def menu_names(request):
    return {item.name for item in reports_menu.menu_items_for_request(request)}


def test_only_the_advisers_see_undelivered_email(client, rf, editor, smtp_down):
    send_mail("Hei", "Tekst", None, ["kari@example.no"])  # given up at once: no worker here
    email = OutgoingEmail.objects.get()
    assert email.given_up

    client.force_login(editor)
    assert "undelivered-email-section" not in client.get("/admin/").text
    assert client.get("/admin/reports/e-post/").status_code == 302  # to the dashboard
    client.post(f"/admin/reports/e-post/{email.pk}/send/")
    assert OutgoingEmail.objects.get().attempts == 1  # not tried again

    request = rf.get("/admin/")
    request.user = editor
    assert "undelivered-email" not in menu_names(request)
    request.user = factories.AdviserFactory()
    assert "undelivered-email" in menu_names(request)
    client.force_login(request.user)
    assert client.get("/admin/reports/e-post/").status_code == 200


def test_the_dashboard_says_when_email_waits_for_a_worker_that_does_not_run(
    database_tasks, adviser_client
):
    send_mail("Hei", "Tekst", None, ["kari@example.no"])
    email = OutgoingEmail.objects.get()
    assert "undelivered-email-section" not in adviser_client.get("/admin/").text  # just queued
    assert "Send på nytt" not in adviser_client.get("/admin/reports/e-post/").text
    response = adviser_client.post(f"/admin/reports/e-post/{email.pk}/send/", follow=True)
    assert "allerede i kø" in response.text
    assert waiting().count() == 1

    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(hours=1))
    panel = soup(adviser_client.get("/admin/")).select_one("#undelivered-email-section")
    assert "ser ikke ut til å kjøre" in panel.get_text(" ")

    # Sent again while its first task still waits: whichever runs first delivers it, the
    # other finds nothing left to send.
    assert "Send på nytt" in adviser_client.get("/admin/reports/e-post/").text
    adviser_client.post(f"/admin/reports/e-post/{email.pk}/send/")
    assert waiting().count() == 2
    assert run_queued_tasks() == 2
    assert len(mail.outbox) == 1
    assert sorted(r.return_value for r in DBTaskResult.objects.filter(task_path=DELIVER)) == [
        "already delivered",
        "delivered",
    ]


def test_a_submission_for_moderation_never_waits_for_smtp(
    database_tasks, smtp_hanging, client, municipality, editor, adviser
):
    client.force_login(editor)
    data = story_form_data("Kor i fjæresteinene", slug="kor")
    data["action-submit"] = "1"
    started = time.monotonic()
    response = client.post(f"/admin/pages/add/cases/casestorypage/{municipality.pk}/", data)
    elapsed = time.monotonic() - started

    assert response.status_code == 302, response.content[:3000]
    story = CaseStoryPage.objects.get(slug="kor")
    assert WorkflowState.objects.for_instance(story).get().status == "in_progress"
    # The request made no connection to the mail server; the adviser's e-mail waits.
    assert smtp_hanging() == 0
    assert elapsed < 30  # well below a hung server's timeout, whatever the machine
    (queued,) = OutgoingEmail.objects.filter(recipients=adviser.email)
    assert queued.subject == "Til godkjenning: «Kor i fjæresteinene»"
    assert waiting().exists()

    # The worker meets the silent server, gives up this try after EMAIL_TIMEOUT and keeps
    # the e-mail for the next.
    run_queued_tasks()
    assert smtp_hanging() >= 1
    queued.refresh_from_db()
    assert queued.attempts == 1 and not queued.given_up
    assert "SMTPServerDisconnected" in queued.last_error
    assert mail.outbox == []


def test_without_a_worker_a_failed_delivery_is_kept_at_once(smtp_down):
    """TASKS_BACKEND=immediate (`make run`) cannot wait for a later try."""
    assert send_mail("Hei", "Tekst", None, ["kari@example.no"]) == 1
    email = OutgoingEmail.objects.get()
    assert email.given_up and email.attempts == 1
    assert "ConnectionRefusedError" in email.last_error


def test_password_reset_goes_through_the_queue(database_tasks, editor, client):
    response = client.post("/admin/password_reset/", {"email": editor.email})
    assert response.status_code == 302
    assert mail.outbox == []
    assert OutgoingEmail.objects.get().recipients == editor.email
    run_queued_tasks()
    (message,) = mail.outbox
    assert message.to == [editor.email]


def test_the_procfile_worker_delivers_what_a_request_queued(database_tasks, monkeypatch):
    """The `worker` line's own command and options, run once over the queue (--batch)."""
    procfile = (Path(django_settings.BASE_DIR) / "Procfile").read_text()
    (line,) = [line for line in procfile.splitlines() if line.startswith("worker:")]
    program, manage, command, *options = shlex.split(line.removeprefix("worker:"))
    assert (program, manage, command) == ("python", "manage.py", "db_worker")
    send_mail("Hei", "Tekst", None, ["kari@example.no"])

    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)  # see helpers
    try:
        call_command(command, *options, "--batch", "--no-startup-delay", verbosity=0)
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)

    (delivered,) = mail.outbox
    assert delivered.to == ["kari@example.no"]
    assert not OutgoingEmail.objects.exists()


def test_a_task_a_stopped_worker_left_running_is_queued_again(database_tasks):
    """A worker stopped between taking a task and running it leaves the task marked as
    running (django-tasks-db #61); `requeue_stalled_tasks` (daily) puts it back."""
    send_mail("Hei", "Tekst", None, ["kari@example.no"])
    send_mail("Hallo", "Tekst", None, ["ola@example.no"])
    stalled, busy = DBTaskResult.objects.filter(task_path=DELIVER).order_by("enqueued_at")
    for task, minutes_ago in ((stalled, 90), (busy, 5)):
        task.claim("stopped-worker")
        task.started_at = timezone.now() - datetime.timedelta(minutes=minutes_ago)
        task.save(update_fields=["started_at"])
    assert run_queued_tasks() == 0  # no worker takes a task marked as running

    output = io.StringIO()
    call_command("requeue_stalled_tasks", stdout=output)
    assert output.getvalue().startswith("1 bakgrunnsoppgave som")

    assert run_queued_tasks() == 1
    (delivered,) = mail.outbox
    assert delivered.to == ["kari@example.no"]
    stalled.refresh_from_db()
    assert stalled.status == "SUCCESSFUL"
    assert stalled.worker_ids == ["stopped-worker", "test-worker"]
    # One taken five minutes ago may still be running: it is left alone.
    busy.refresh_from_db()
    assert busy.status == "RUNNING"
    output = io.StringIO()
    call_command("requeue_stalled_tasks", stdout=output)
    assert output.getvalue().startswith("0 bakgrunnsoppgaver som")
    assert run_queued_tasks() == 0


# Search


def test_a_search_writes_nothing_until_the_worker_logs_it(database_tasks, client):
    factories.MethodPageFactory(title="Zqxwyvokk", summary="Samtaler med bobler.")
    search(client, q="bobler")  # the site settings' first read creates them
    run_queued_tasks()  # the method's indexing, that search's log

    with CaptureQueriesContext(connection) as queries:
        response = search(client, q="zqxwyvokk")
    assert result_count(response) == 1
    written = [
        query["sql"].split('"')[1]  # the table
        for query in queries.captured_queries
        if query["sql"].lstrip().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    # Only the task: no log row, so no lock on one that an identical search is updating.
    assert written == ["django_tasks_database_dbtaskresult"]
    assert not Query.objects.filter(query_string="zqxwyvokk").exists()

    assert run_queued_tasks() == 1
    logged = Query.objects.get(query_string="zqxwyvokk")
    assert logged.hits == 1
    assert logged.daily_hits.get().date == timezone.now().date()
    assert QueryResultCount.objects.get(query=logged).count == 1


def test_publishing_works_before_the_worker_indexes_the_page(database_tasks, client):
    page = factories.MethodPageFactory(title="Zqxwyvokk", summary="Samtaler med bobler.")

    # Published and served; what search may show is filed at once...
    assert client.get(page.url).status_code == 200
    assert PageFacet.objects.filter(page_id=page.pk).exists()
    # ...and the index work waits for the worker: ours and Wagtail's own tasks, which go
    # to the same (default) backend.
    paths = set(DBTaskResult.objects.filter(status="READY").values_list("task_path", flat=True))
    assert {
        "search.tasks.index_published_page",
        "modelsearch.tasks.insert_or_update_object_task",
        "wagtail.tasks.update_reference_index_task",
    } <= paths
    assert result_count(search(client, q="zqxwyvokk")) == 0

    run_queued_tasks()
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]
