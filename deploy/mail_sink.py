"""An SMTP server on loopback for the local production stack (deploy/run-local): the site
sends real SMTP, nothing leaves the machine. Every message goes into a Maildir (aiosmtpd's
Mailbox handler), where deploy/smoke.py reads it, and one line per message says who it is
for.

    python deploy/mail_sink.py --port 8425 --maildir .run-local/mail
"""

import argparse
import signal
import threading
from email.header import decode_header, make_header

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox


class PrintingMailbox(Mailbox):
    def handle_message(self, message):
        super().handle_message(message)
        subject = str(make_header(decode_header(message.get("Subject", ""))))
        print(f"E-post til {message['X-RcptTo']}: «{subject}» ({self.mail_dir})", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8425)
    parser.add_argument("--maildir", required=True)
    args = parser.parse_args()

    controller = Controller(PrintingMailbox(args.maildir), hostname=args.host, port=args.port)
    controller.start()
    print(f"SMTP på {args.host}:{args.port}, e-post lagres i {args.maildir}", flush=True)
    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    stopped.wait()
    controller.stop()


if __name__ == "__main__":
    main()
