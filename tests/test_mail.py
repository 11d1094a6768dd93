"""E-mail leaves over SMTP with the site's own host in its Message-ID, whatever the
machine calls itself (kb/core/mail.py)."""

import email
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.mail.utils import DNS_NAME

from kb.core.mail import SiteEmailBackend


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


def test_the_message_id_names_the_site_not_the_machine(smtp_server, settings, monkeypatch):
    port, received = smtp_server
    settings.SITE_URL = "https://samskaping.example.no"
    monkeypatch.setattr(DNS_NAME, "_fqdn", "localhost", raising=False)  # as in containers
    backend = SiteEmailBackend(host="127.0.0.1", port=port)
    sent = mail.EmailMessage("Emne", "Tekst", "ikke-svar@samskaping.example.no", ["a@b.no"])
    assert backend.send_messages([sent]) == 1
    (message,) = received
    assert message["Message-ID"].endswith("@samskaping.example.no>")
    assert message["Subject"] == "Emne"


def test_a_message_id_given_by_the_sender_is_kept(smtp_server):
    port, received = smtp_server
    sent = mail.EmailMessage(
        "Emne", "Tekst", "a@b.no", ["c@d.no"], headers={"Message-ID": "<1@eget.no>"}
    )
    SiteEmailBackend(host="127.0.0.1", port=port).send_messages([sent])
    assert received[0]["Message-ID"] == "<1@eget.no>"
