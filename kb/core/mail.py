"""SMTP with the site's own host (SITE_URL) in every Message-ID. Django takes that domain
from the machine's name (socket.getfqdn()), which in a container or a fresh virtual
machine is often «localhost»; spam filters count such an id against a message, and
nothing the site sends should name localhost."""

from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend


class SiteEmailBackend(SmtpBackend):
    def send_messages(self, email_messages):
        domain = urlsplit(settings.SITE_URL).hostname
        for message in email_messages:
            if not any(name.lower() == "message-id" for name in message.extra_headers):
                message.extra_headers["Message-ID"] = make_msgid(domain=domain)
        return super().send_messages(email_messages)
