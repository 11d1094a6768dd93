"""Every e-mail goes out through the task worker, so a request never waits for the mail
server and a mail server that is down loses nothing.

`QueuedEmailBackend` is Django's EMAIL_BACKEND: it keeps each message as an OutgoingEmail
row and enqueues `deliver_email`, which the worker (`manage.py db_worker`) runs with the
backend that really sends (EMAIL_DELIVERY_BACKEND, SMTP by default). A delivered message's
row is deleted. A failed delivery is tried again later (RETRY_DELAYS); after the last try the
row stays, marked as given up, and the advisers see it in the admin (kb.core.wagtail_hooks),
where they can send it again (`retry`)."""

import base64
import datetime
import logging
from email.utils import formatdate, make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

# How long to wait before each further try: about nine hours in all, then the advisers see
# the message in the admin.
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=6),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# E-mails go before the other tasks (search index, query log) waiting in the queue.
PRIORITY = 10


def serialise(message):
    """The message as JSON-compatible data. Date and Message-ID are fixed now: the e-mail
    says when it was written, and a retried one keeps its identity. The Message-ID names
    the site's host (SITE_URL)."""
    headers = dict(message.extra_headers)
    header_names = {name.lower() for name in headers}
    if "date" not in header_names:
        headers["Date"] = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
    if "message-id" not in header_names:
        # The site's own host: Django takes the machine's name, often «localhost» in a
        # container, which spam filters count against a message.
        headers["Message-ID"] = make_msgid(domain=urlsplit(settings.SITE_URL).hostname)
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": headers,
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_serialise_attachment(a) for a in message.attachments],
    }


def _serialise_attachment(attachment):
    if not isinstance(attachment, tuple):  # a ready-made MIME part: no way to store it
        raise TypeError("Queued e-mails take attachments as (filename, content, mimetype).")
    filename, content, mimetype = attachment
    if isinstance(content, bytes):
        stored = {"base64": base64.b64encode(content).decode()}
    else:
        stored = {"text": content}
    return {"filename": filename, "mimetype": mimetype, **stored}


def deserialise(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=data["alternatives"],
    )
    message.content_subtype = data["content_subtype"]
    for attachment in data["attachments"]:
        content = attachment.get("text")
        if content is None:
            content = base64.b64decode(attachment["base64"])
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


class QueuedEmailBackend(BaseEmailBackend):
    """Keeps and enqueues each message; returns at once. Inside a transaction the messages
    go out only if it commits (the queue is in the same database)."""

    def send_messages(self, email_messages):
        queued = [message for message in email_messages if message.recipients()]
        with transaction.atomic():  # each row with its task, in one commit
            for message in queued:
                enqueue(OutgoingEmail.objects.create(**_row_fields(message)))
        return len(queued)


def _row_fields(message):
    return {
        "subject": str(message.subject)[: OutgoingEmail.SUBJECT_LENGTH],
        "recipients": ", ".join(message.recipients()),
        "message": serialise(message),
        "next_attempt_at": timezone.now(),
    }


def enqueue(email, attempt=1, run_after=None):
    """Queues the delivery of an OutgoingEmail (after `run_after`, if given)."""
    deliver = deliver_email.using(run_after=run_after) if run_after else deliver_email
    deliver.enqueue(email.pk, attempt)


@task(priority=PRIORITY)
def deliver_email(email_id, attempt):
    """Sends the e-mail through EMAIL_DELIVERY_BACKEND; on failure, schedules the next try
    or, after the last, gives up (the row stays for the advisers). Returns what happened."""
    email = OutgoingEmail.objects.filter(pk=email_id).first()
    if email is None:
        return "already delivered"
    try:
        with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
            connection.send_messages([deserialise(email.message)])
    except Exception as error:  # whatever the mail server or the network raised
        return _failed(email, attempt, error)
    email.delete()
    return "delivered"


def _failed(email, attempt, error):
    now = timezone.now()
    email.attempts += 1
    email.last_attempt_at = now
    email.last_error = f"{type(error).__name__}: {error}"[:2000]
    can_wait = deliver_email.get_backend().supports_defer
    if attempt < MAX_ATTEMPTS and can_wait:
        email.next_attempt_at = now + RETRY_DELAYS[attempt - 1]
        with transaction.atomic():
            email.save()
            enqueue(email, attempt + 1, run_after=email.next_attempt_at)
        logger.warning(
            "E-mail %s to %s not delivered (try %d of %d), trying again at %s: %s",
            email.pk,
            email.recipients,
            attempt,
            MAX_ATTEMPTS,
            email.next_attempt_at.isoformat(),
            email.last_error,
        )
        return "retrying"
    email.next_attempt_at = None
    email.save()
    logger.error(
        "E-mail %s to %s not delivered after %d tries; given up: %s",
        email.pk,
        email.recipients,
        email.attempts,
        email.last_error,
    )
    return "given up"


def retry(email):
    """Sends the e-mail again, with a fresh set of tries. Should the earlier task still run
    after all, it finds the row gone once this one has delivered it."""
    with transaction.atomic():
        email.next_attempt_at = timezone.now()
        email.save(update_fields=["next_attempt_at"])
        enqueue(email)
