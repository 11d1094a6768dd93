"""The production smoke test: the whole stack as deploy/run-local starts it (nginx, gunicorn
and every other Procfile process, PostgreSQL, Redis, an SMTP sink), with the demo content,
seen from outside.

    .venv/bin/python deploy/smoke.py [--database-url postgres://…/kb_smoke]
                                     [--redis-url redis://127.0.0.1:6379/14] [--port 8480] …

It starts the stack on a fresh database of its own, and then:

- as an anonymous visitor through nginx, every live page (the sitemap's entries and
  Page.objects.live() from the database) answers 200, or sends members-only pages to the
  login; every <img>, <source srcset> entry, stylesheet and script on them answers 200;
  every link to a document (/dokumenter/) answers 200, or a redirect to the login for
  members-only documents; other links on the site do not fail;
- no link, image address, canonical address or sitemap entry, and no page, names
  `localhost`, and every full address starts with SITE_URL;
- nginx does not serve documents from disk (/media/documents/… is 404, also for
  members-only ones); static files come compressed and cached for a year; a page is
  served from the page cache the second time;
- a municipality editor logs in to the admin and submits a new case story for moderation
  through the admin's own forms; the adviser's e-mail arrives at the SMTP sink after the
  request, delivered by the task worker (its task result in the database says so), from a
  sender that is not localhost, and every link in it starts with SITE_URL and opens for the
  adviser.

Prints what it does, lists every failure at the end and exits 1 if there was one. Nothing
is skipped: a missing nginx or Redis is installed by deploy/run-local."""

import argparse
import email.policy
import json
import mailbox
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START_TIMEOUT = 900  # build, migrations and the demo content on a busy machine
MAIL_TIMEOUT = 60
LOGIN_PATHS = ("/admin/login/", "/_util/login/", "/login/")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/kb_smoke")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--port", type=int, default=8480)
    parser.add_argument("--web-port", type=int, default=8481)
    parser.add_argument("--smtp-port", type=int, default=8425)
    parser.add_argument("--run-dir", type=Path, default=ROOT / "test-artifacts" / "smoke")
    return parser.parse_args()


class Smoke:
    def __init__(self, args):
        self.args = args
        self.site_url = f"http://127.0.0.1:{args.port}"
        self.host = urlsplit(self.site_url).netloc
        self.run_dir = args.run_dir.resolve()
        self.failures = []
        self.counts = Counter()
        self.checked = {}  # URL -> status, so each address is fetched once
        self.visitor = requests.Session()
        self.stack = None

    # ------------------------------------------------------------------ reporting

    def fail(self, text):
        self.failures.append(text)
        print(f"  FEIL: {text}", flush=True)

    def step(self, text):
        print(f"\n== {text}", flush=True)

    # ------------------------------------------------------------------ the stack

    def start_stack(self):
        self.step("Starter produksjonsstakken (deploy/run-local --fresh)")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.run_dir / "stack.log"
        self.secret_key = secrets.token_urlsafe(50)
        command = [
            str(ROOT / "deploy" / "run-local"),
            "start",
            "--fresh",
            "--port", str(self.args.port),
            "--web-port", str(self.args.web_port),
            "--smtp-port", str(self.args.smtp_port),
            "--database-url", self.args.database_url,
            "--redis-url", self.args.redis_url,
            "--run-dir", str(self.run_dir),
        ]  # fmt: skip
        print(f"  {' '.join(command)}\n  logg: {self.log_path}", flush=True)
        self.stack = subprocess.Popen(
            command,
            stdout=self.log_path.open("w"),
            stderr=subprocess.STDOUT,
            env={**os.environ, "SECRET_KEY": self.secret_key},
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.stack.poll() is not None:
                raise SmokeAbort(f"deploy/run-local stoppet med kode {self.stack.returncode}")
            try:
                response = requests.get(f"{self.site_url}/helse/", timeout=10)
                if response.status_code == 200 and response.headers.get("Server") == "nginx":
                    print(f"  Svarer gjennom nginx: {response.json()}", flush=True)
                    return
            except requests.RequestException:
                pass  # not up yet
            time.sleep(2)
        raise SmokeAbort(f"stakken svarte ikke på {self.site_url}/helse/ innen {START_TIMEOUT} s")

    def stop_stack(self):
        if self.stack is None or self.stack.poll() is not None:
            return
        self.stack.send_signal(signal.SIGTERM)
        try:
            self.stack.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.stack.kill()
            self.stack.wait()

    def setup_django(self):
        """This process reads the stack's database with the stack's own settings."""
        os.environ.update(
            DJANGO_SETTINGS_MODULE="kb.settings.production",
            SECRET_KEY=self.secret_key,
            SITE_URL=self.site_url,
            DATABASE_URL=self.args.database_url,
            REDIS_URL=self.args.redis_url,
            MEDIA_ROOT=str(self.run_dir / "media"),
            PRIVATE_MEDIA_ROOT=str(self.run_dir / "private-media"),
        )
        import django

        django.setup()

    # ------------------------------------------------------------------ fetching

    def internal(self, url):
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.netloc == self.host

    def get(self, url, session=None, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 30)
        try:
            return (session or self.visitor).get(url, **kwargs)
        except requests.RequestException as error:
            self.fail(f"{url}: {error}")
            return None

    def no_localhost(self, where, text):
        at = (text or "").find("localhost")
        if at >= 0:
            self.fail(f"{where} nevner localhost: «…{text[max(0, at - 60) : at + 40]}…»")
            return False
        return True

    def full_url_ok(self, where, url):
        """A full address the site wrote must be the site's own (SITE_URL) or another site's,
        never localhost or another port of this machine."""
        if not self.no_localhost(where, url):
            return
        parts = urlsplit(url)
        if parts.hostname in ("127.0.0.1", "::1") and parts.netloc != self.host:
            self.fail(f"{where}: {url} er ikke under SITE_URL {self.site_url}")

    # ------------------------------------------------------------------ pages

    def live_pages(self):
        """{full URL: public?} for every live page with a URL, from the database."""
        from wagtail.models import Page

        pages = {}
        public = set(Page.objects.live().public().values_list("pk", flat=True))
        for page in Page.objects.live().filter(depth__gt=1).specific():
            url = page.get_full_url()
            if url is None or not url.startswith(self.site_url + "/"):
                self.fail(f"levende side uten adresse under SITE_URL: {page.title} ({url})")
                continue
            pages[url] = page.pk in public
        return pages

    def sitemap(self):
        response = self.get(f"{self.site_url}/sitemap.xml")
        if response is None or response.status_code != 200:
            self.fail(f"/sitemap.xml svarte {response and response.status_code}")
            return []
        self.no_localhost("sitemap.xml", response.text)
        locations = re.findall(r"<loc>([^<]+)</loc>", response.text)
        for location in locations:
            if not location.startswith(self.site_url + "/"):
                self.fail(f"sitemap-oppføring utenfor SITE_URL: {location}")
        return locations

    def crawl(self):
        self.step("Sider: sitemap.xml og Page.objects.live() fra databasen")
        in_sitemap = self.sitemap()
        live = self.live_pages()
        public = {url for url, is_public in live.items() if is_public}
        for url in sorted(public - set(in_sitemap)):
            self.fail(f"offentlig side mangler i sitemap.xml: {url}")
        # Theme pages and other routes below a page are in the sitemap only.
        self.counts["routes below pages"] = len(set(in_sitemap) - set(live))
        restricted = sorted(url for url, is_public in live.items() if not is_public)
        pages = sorted(set(in_sitemap) | public)
        print(
            f"  {len(in_sitemap)} i sitemap.xml, {len(public)} offentlige og "
            f"{len(restricted)} begrensede levende sider i databasen; {len(pages)} sjekkes",
            flush=True,
        )
        for number, url in enumerate(pages, 1):
            self.page(url)
            if number % 25 == 0:
                print(f"  {number}/{len(pages)} sider", flush=True)
        for url in restricted:
            response = self.get(url)
            if response is not None and not self.login_redirect(response):
                self.fail(f"{url}: en side for medlemmer svarte {response.status_code}")
            self.counts["members-only pages"] += 1

    def page(self, url):
        response = self.get(url)
        self.counts["pages"] += 1
        if response is None:
            return
        if response.status_code != 200:
            self.fail(f"{url} svarte {response.status_code}")
            return
        self.no_localhost(url, response.text)
        soup = BeautifulSoup(response.text, "html.parser")
        for tag, attribute in (("img", "src"), ("script", "src"), ("link", "href")):
            for element in soup.find_all(tag, attrs={attribute: True}):
                self.resource(url, urljoin(url, element[attribute]), tag, element)
        for element in soup.find_all(["img", "source"], attrs={"srcset": True}):
            for candidate in element["srcset"].split(","):
                if candidate.strip():
                    self.resource(url, urljoin(url, candidate.split()[0]), "img", element)
        for element in soup.find_all("meta", attrs={"content": re.compile("^https?://")}):
            self.full_url_ok(f"{url} <meta>", element["content"])
        for element in soup.find_all("a", attrs={"href": True}):
            self.link(url, element["href"])

    def resource(self, page, url, tag, element):
        self.full_url_ok(f"{page} <{tag}>", url)
        if tag == "link" and "canonical" in element.get("rel", []):
            if not url.startswith(self.site_url + "/"):
                self.fail(f"{page}: kanonisk adresse utenfor SITE_URL: {url}")
            return
        if not self.internal(url) or url in self.checked:
            return
        response = self.get(url)
        self.checked[url] = response and response.status_code
        kind = "images" if tag == "img" else "static files"
        self.counts[kind] += 1
        if response is None:
            return
        if response.status_code != 200:
            self.fail(f"{page}: <{tag}> {url} svarte {response.status_code}")
        elif tag == "img" and not response.headers.get("Content-Type", "").startswith("image/"):
            self.fail(f"{page}: {url} er ikke et bilde ({response.headers.get('Content-Type')})")

    def link(self, page, href):
        url = urljoin(page, href.split("#")[0])
        if href.startswith(("mailto:", "tel:")):
            self.no_localhost(f"{page} <a>", href)
            return
        self.full_url_ok(f"{page} <a>", url)
        if not self.internal(url) or url in self.checked:
            return
        response = self.get(url)
        self.checked[url] = response and response.status_code
        if response is None:
            return
        path = urlsplit(url).path
        if path.startswith("/dokumenter/"):
            self.counts["document links"] += 1
            if response.status_code == 200:
                return
            if self.login_redirect(response):
                self.counts["members-only document links"] += 1
                return
            self.fail(f"{page}: dokumentet {url} svarte {response.status_code}")
            return
        self.counts["other links"] += 1
        if response.status_code >= 400:
            self.fail(f"{page}: lenken {url} svarte {response.status_code}")
        elif response.is_redirect:
            self.full_url_ok(f"{url} omdirigerer", response.headers.get("Location", ""))

    @staticmethod
    def login_redirect(response):
        location = urlsplit(response.headers.get("Location", "")).path
        return response.status_code == 302 and location.startswith(LOGIN_PATHS)

    # ------------------------------------------------------------------ documents, nginx

    def documents(self):
        self.step("Dokumenter: gjennom Django, aldri fra disk")
        from django.conf import settings
        from wagtail.documents import get_document_model

        documents = list(get_document_model().objects.select_related("collection"))
        restricted = 0
        for document in documents:
            members_only = bool(document.collection.get_view_restrictions())
            restricted += members_only
            response = self.get(self.site_url + document.url)
            if response is not None:
                if members_only and not self.login_redirect(response):
                    self.fail(
                        f"dokument for medlemmer {document.url} svarte "
                        f"{response.status_code}, ikke en omdirigering til innlogging"
                    )
                if not members_only and (response.status_code != 200 or not response.content):
                    self.fail(
                        f"dokumentet {document.url} svarte {response.status_code} "
                        f"med {len(response.content)} byte"
                    )
            if not Path(document.file.path).exists():
                self.fail(f"filen til {document.title} finnes ikke: {document.file.path}")
            if Path(document.file.path).is_relative_to(settings.MEDIA_ROOT):
                self.fail(f"dokumentfilen ligger under MEDIA_ROOT: {document.file.path}")
            on_disk = f"{self.site_url}/media/{document.file.name}"
            response = self.get(on_disk)
            if response is not None and response.status_code != 404:
                self.fail(f"nginx serverer dokumentfilen {on_disk} ({response.status_code})")
        if not restricted:
            self.fail("demoinnholdet har ingen dokumenter for medlemmer å prøve")
        print(
            f"  {len(documents)} dokumenter ({restricted} for medlemmer): "
            "/media/documents/… gir 404",
            flush=True,
        )

    def headers(self):
        self.step("nginx: statiske filer, bilder, sidebuffer")
        stylesheet = next(
            (url for url in self.checked if "/static/" in url and url.endswith(".css")), None
        )
        if stylesheet is None:
            self.fail("fant ingen stilark på sidene")
        else:
            response = self.get(stylesheet, headers={"Accept-Encoding": "gzip"})
            if response is not None:
                if response.headers.get("Content-Encoding") != "gzip":
                    self.fail(f"{stylesheet} kommer ikke komprimert")
                cache_control = response.headers.get("Cache-Control", "")
                if "immutable" not in cache_control:
                    self.fail(f"{stylesheet}: Cache-Control «{cache_control}»")
                print(f"  {stylesheet}: {cache_control}, gzip", flush=True)
        image = next((url for url in self.checked if "/media/images/" in url), None)
        if image is None:
            self.fail("fant ingen bilder på sidene")
        else:
            response = self.get(image)
            if response is not None and "max-age" not in response.headers.get("Cache-Control", ""):
                self.fail(f"{image}: ingen max-age ({response.headers.get('Cache-Control')})")
        for path in ("/media/original_images/", "/media/"):
            response = self.get(self.site_url + path)
            if response is not None and response.status_code != 404:
                self.fail(f"{path} svarte {response.status_code}, ikke 404")
        anonymous = requests.Session()
        first = self.get(f"{self.site_url}/", session=anonymous)
        second = self.get(f"{self.site_url}/", session=anonymous)
        if first is not None and second is not None:
            cached = second.headers.get("X-Cache")
            if cached != "HIT":
                self.fail(f"forsiden kom ikke fra sidebufferen: X-Cache {cached}")
            print(f"  Forsiden: X-Cache {first.headers.get('X-Cache')} → {cached}")
        # nginx passes the visitor's Host on, and Django refuses one it does not serve.
        response = self.get(f"{self.site_url}/", headers={"Host": "annet.example.no"})
        if response is not None and response.status_code != 400:
            self.fail(f"en fremmed Host-header ga {response.status_code}, ikke 400")
        for path in ("/sok/?q=samskaping", "/sok/forslag/?q=samsk", "/helse/"):
            response = self.get(self.site_url + path)
            if response is not None and response.status_code != 200:
                self.fail(f"{path} svarte {response.status_code}")

    # ------------------------------------------------------------------ the editor's submission

    def submission(self):
        self.step("En kommuneredaktør sender en erfaring til moderering")
        from django.contrib.auth import get_user_model
        from django.utils import timezone
        from wagtail.models import Page, WorkflowState

        from kb.cases.models import CaseStoryPage
        from kb.demo.loader import DEMO_PASSWORD
        from kb.moderation.roles import ADVISERS

        users = get_user_model().objects
        editor = (
            users.filter(groups__municipality_access__isnull=False, is_active=True)
            .order_by("username")
            .first()
        )
        advisers = list(users.filter(groups__name=ADVISERS, is_active=True))
        if editor is None or not advisers:
            self.fail("demoinnholdet har ingen kommuneredaktør eller rådgiver")
            return
        municipality = (
            editor.groups.filter(municipality_access__isnull=False)
            .first()
            .municipality_access.municipality
        )
        title = f"Røyktest {time.strftime('%Y-%m-%d %H.%M.%S')}"
        print(f"  {editor.username} ({municipality.title}) sender inn «{title}»", flush=True)

        session = self.login(editor.username, DEMO_PASSWORD)
        if session is None:
            return
        add_url = f"{self.site_url}/admin/pages/add/cases/casestorypage/{municipality.pk}/"
        form = self.form(session, add_url, "page-edit-form")
        if form is None:
            return
        data, submit = form
        if submit is None:
            self.fail(f"{add_url} har ingen knapp for å sende til moderering")
            return
        data.update(self.story_fields(title))
        data[submit[0]] = submit[1]
        before = set(self.mailbox().keys())
        started = timezone.now()
        response = session.post(
            add_url, data=data, headers=self.post_headers(add_url), allow_redirects=False
        )
        returned = time.monotonic()
        if response.status_code != 302:
            self.fail(
                f"innsendingen ble ikke tatt imot ({response.status_code}): "
                f"{self.form_errors(response.text)}"
            )
            return
        sent_in_request = bool(set(self.mailbox().keys()) - before)

        page = CaseStoryPage.objects.filter(title=title).first()
        state = page and page.current_workflow_state
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            self.fail(f"«{title}» står ikke til moderering ({state and state.status})")
            return
        print(f"  Til moderering: {Page.objects.get(pk=page.pk).get_url()} (utkast)", flush=True)

        message = self.wait_for_mail(before, advisers, title)
        if message is None:
            return
        waited = time.monotonic() - returned
        if sent_in_request:
            self.fail("e-posten til rådgiveren ble sendt i forespørselen, ikke av workeren")
            return
        delivery = self.delivery_by_worker(started)
        if delivery is None:
            return
        print(
            f"  E-posten til rådgiveren kom {waited:.1f} s etter at innsendingen var ferdig, "
            f"levert av workeren {delivery.worker_ids[-1]} (oppgave {delivery.id})",
            flush=True,
        )
        self.check_mail(message, advisers)

    def delivery_by_worker(self, since):
        """The worker's record of delivering an e-mail queued after `since`: a task that
        succeeded in a worker process (django-tasks-db), not in the request."""
        from django_tasks_db.models import DBTaskResult

        delivery = (
            DBTaskResult.objects.filter(
                task_path="kb.core.mail.deliver_email",
                enqueued_at__gte=since,
                status="SUCCESSFUL",
            )
            .exclude(worker_ids=[])
            .order_by("-finished_at")
            .first()
        )
        if delivery is None:
            self.fail("ingen e-post levert av workeren etter innsendingen (django-tasks-db)")
        return delivery

    def login(self, username, password):
        session = requests.Session()
        login_url = f"{self.site_url}/admin/login/"
        form = self.form(session, login_url, None)
        if form is None:
            return None
        data, _submit = form
        data.update(username=username, password=password)
        response = session.post(
            login_url, data=data, headers=self.post_headers(login_url), allow_redirects=False
        )
        if response.status_code != 302 or "sessionid" not in session.cookies:
            self.fail(
                f"{username} kom ikke inn i admin ({response.status_code}): "
                f"{self.form_errors(response.text)}"
            )
            return None
        return session

    def post_headers(self, url):
        """What a browser sends with a form: Django compares the Origin with the Host that
        nginx passed on (port included)."""
        return {"Origin": self.site_url, "Referer": url}

    def form(self, session, url, form_id):
        """The form's fields as a browser would send them untouched, and its submit button
        for moderation (name, value) if it has one."""
        response = self.get(url, session=session)
        if response is None or response.status_code != 200:
            self.fail(f"{url} svarte {response and response.status_code}")
            return None
        soup = BeautifulSoup(response.text, "html.parser")
        if form_id:
            form = soup.find("form", id=form_id)
        else:
            form = soup.find("form", method=re.compile("post", re.I))
        if form is None:
            self.fail(f"{url}: fant ikke skjemaet")
            return None
        data = {}
        for element in form.find_all(["input", "textarea", "select"]):
            name = element.get("name")
            if not name or "__prefix__" in name:
                continue
            if element.name == "textarea":
                data[name] = element.text
            elif element.name == "select":
                chosen = element.find("option", selected=True)
                data[name] = chosen["value"] if chosen else ""
            elif element.get("type") in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    data.setdefault(name, []).append(element.get("value", "on"))
            elif element.get("type") not in ("submit", "button", "file"):
                data[name] = element.get("value", "")
        submit = form.find("button", attrs={"name": "action-submit"})
        return data, (submit["name"], submit.get("value", "")) if submit else None

    def story_fields(self, title):
        """The required fields of a new case story. The story's body is a StreamField,
        which the editor's JavaScript sends as numbered fields: one paragraph."""

        def rich_text(text):
            return json.dumps(
                {
                    "blocks": [
                        {
                            "key": "smoke",
                            "type": "unstyled",
                            "depth": 0,
                            "text": text,
                            "inlineStyleRanges": [],
                            "entityRanges": [],
                        }
                    ],
                    "entityMap": {},
                }
            )

        from django.utils.text import slugify

        from kb.cases.models import CaseStoryPage

        level = CaseStoryPage._meta.get_field("cooperation_level").choices[0][0]
        return {
            "title": title,
            "slug": slugify(title),
            "summary": "Røyktesten sender inn en erfaring for å se at rådgiveren får e-post.",
            "culture_school": "Røyktest kulturskole",
            "period_start": "2025-01-15",
            "cooperation_level": level,
            "challenge": rich_text("Utfordringen var å se at alt henger sammen."),
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": rich_text("Vi sendte inn en erfaring."),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }

    @staticmethod
    def form_errors(html):
        soup = BeautifulSoup(html, "html.parser")
        errors = [
            " ".join(element.get_text(" ", strip=True).split())
            for element in soup.select(".error-message, .w-field__errors, .messages .error")
        ]
        return "; ".join(error for error in errors if error)[:500] or "(ingen feilmelding)"

    def mailbox(self):
        return mailbox.Maildir(self.run_dir / "mail", create=True)

    def wait_for_mail(self, before, advisers, title):
        addresses = {adviser.email for adviser in advisers}
        deadline = time.monotonic() + MAIL_TIMEOUT
        while time.monotonic() < deadline:
            box = self.mailbox()
            for key in set(box.keys()) - before:
                message = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
                if addresses & set(re.split(r",\s*", message["X-RcptTo"] or "")) and (
                    title in str(message["Subject"])
                ):
                    return message
            time.sleep(1)
        self.fail(
            f"ingen e-post til rådgiveren ({', '.join(sorted(addresses))}) om «{title}» "
            f"innen {MAIL_TIMEOUT} s"
        )
        return None

    def check_mail(self, message, advisers):
        body = "\n".join(
            part.get_content() for part in message.walk() if part.get_content_maintype() == "text"
        )
        self.no_localhost("e-postens avsender", str(message["From"]))
        self.no_localhost("e-posten", body)
        links = re.findall(r"https?://[^\s\"'<>]+", body)
        if not links:
            self.fail("e-posten til rådgiveren har ingen lenker")
        adviser = next(adviser for adviser in advisers if adviser.username == "radgiver")
        from kb.demo.loader import DEMO_PASSWORD

        session = self.login(adviser.username, DEMO_PASSWORD)
        for link in links:
            if not link.startswith(self.site_url + "/"):
                self.fail(f"lenke i e-posten er ikke under SITE_URL: {link}")
            elif session is not None:
                response = self.get(link, session=session)
                if response is not None and response.status_code != 200:
                    self.fail(f"lenken {link} i e-posten svarte {response.status_code}")
        subject = str(message["Subject"]).strip()
        print(f"  Fra {message['From']}: «{subject}»; lenker: {', '.join(links)}")
        all_mail = self.mailbox()
        for key in all_mail.iterkeys():
            self.no_localhost(f"e-post {key}", all_mail.get_bytes(key).decode(errors="replace"))

    # ------------------------------------------------------------------ run

    def run(self):
        try:
            self.start_stack()
            self.setup_django()
            self.crawl()
            self.documents()
            self.headers()
            self.submission()
        except SmokeAbort as error:
            self.fail(str(error))
        finally:
            self.stop_stack()
        self.step("Resultat")
        summary = ", ".join(f"{count} {name}" for name, count in sorted(self.counts.items()))
        print(f"  Sjekket: {summary}")
        if self.failures:
            log = self.log_path.read_text(errors="replace").splitlines()[-60:]
            print("\n  Siste linjer fra stakken:\n    " + "\n    ".join(log))
            print(f"\nRøyktesten feilet ({len(self.failures)}):")
            for failure in self.failures:
                print(f"  - {failure}")
            return 1
        print("\nRøyktesten besto.")
        return 0


class SmokeAbort(Exception):
    """The stack could not be started: nothing else can be checked."""


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)
    sys.exit(Smoke(parse_args()).run())
