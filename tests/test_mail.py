"""E-mail leaves over SMTP with the site's own host in its Message-ID, whatever the
machine calls itself (kb/core/mail.py sets it when the message is queued)."""

import email
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.mail.utils import DNS_NAME


class Collect:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, handler.messages
    controller.stop()


@pytest.fixture
def over_smtp(smtp_server, settings):
    """The queue delivers (at once: the tests' task backend) over SMTP to smtp_server."""
    port, received = smtp_server
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    return received


@pytest.mark.django_db
def test_the_message_id_names_the_site_not_the_machine(over_smtp, settings, monkeypatch):
    received = over_smtp
    settings.SITE_URL = "https://samskaping.example.no"
    monkeypatch.setattr(DNS_NAME, "_fqdn", "localhost", raising=False)  # as in containers
    sent = mail.EmailMessage("Emne", "Tekst", "ikke-svar@samskaping.example.no", ["a@b.no"])
    assert sent.send() == 1
    (message,) = received
    assert message["Message-ID"].endswith("@samskaping.example.no>")
    assert message["Subject"] == "Emne"


@pytest.mark.django_db
def test_a_message_id_given_by_the_sender_is_kept(over_smtp):
    received = over_smtp
    sent = mail.EmailMessage(
        "Emne", "Tekst", "a@b.no", ["c@d.no"], headers={"Message-ID": "<1@eget.no>"}
    )
    sent.send()
    assert received[0]["Message-ID"] == "<1@eget.no>"
