"""The whole production stack on loopback, from the parts a server runs (README
«Deployment»): PostgreSQL (a database of its own), Redis, the build step (collectstatic),
the Procfile's `release` line, then every other process type in the Procfile (gunicorn's
`web`, the task worker, ...) under honcho, with nginx in front (deploy/nginx/) and an SMTP
sink (deploy/mail_sink.py) that keeps the e-mails.

    deploy/run-local [start] [--port 8480] [--fresh] [--no-demo] ...   # Ctrl-C stops it
    deploy/run-local stop                                             # from elsewhere

The settings are kb.settings.production (DEBUG off) with SITE_URL=http://127.0.0.1:<port>,
SECRET_KEY from the environment or generated once into the run directory, and the demo
content loaded (its passwords are public: everything listens on 127.0.0.1 only). nginx and
redis-server are installed with apt-get when missing; a Redis that already answers at
--redis-url is used as it is, otherwise one is started for the run."""

import argparse
import contextlib
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from honcho.environ import parse_procfile
from honcho.manager import Manager

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/samskaping_local"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
SBIN = ["/usr/local/sbin", "/usr/sbin", "/sbin"]
START_TIMEOUT = 120


class StackError(Exception):
    """Something the person starting the stack must fix; the message says what."""


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("command", nargs="?", choices=["start", "stop"], default="start")
    parser.add_argument("--port", type=int, default=8480, help="nginx, and SITE_URL's port")
    parser.add_argument("--web-port", type=int, default=8481, help="gunicorn (the web line)")
    parser.add_argument("--smtp-port", type=int, default=8425, help="the SMTP sink")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument(
        "--settings", default="kb.settings.production", help="DJANGO_SETTINGS_MODULE"
    )
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".run-local")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="start afresh: empty database, media and mail folders and Redis database",
    )
    parser.add_argument("--no-demo", action="store_true", help="do not load the demo content")
    parser.add_argument(
        "--no-build", action="store_true", help="skip collectstatic (files collected already)"
    )
    return parser.parse_args(argv)


class Stack:
    def __init__(self, args):
        self.args = args
        self.run_dir = args.run_dir.resolve()
        self.site_url = f"http://127.0.0.1:{args.port}"
        self.pid_file = self.run_dir / "run-local.pid"
        self.redis_process = None

    # ------------------------------------------------------------------ environment

    @property
    def media_root(self):
        return self.run_dir / "media"

    @property
    def private_media_root(self):
        return self.run_dir / "private-media"

    @property
    def maildir(self):
        return self.run_dir / "mail"

    def secret_key(self):
        if os.environ.get("SECRET_KEY"):
            return os.environ["SECRET_KEY"]
        path = self.run_dir / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(50))
            path.chmod(0o600)
        return path.read_text().strip()

    def environment(self):
        """What every step and process gets: the production settings on loopback."""
        venv_bin = Path(sys.executable).parent
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE=self.args.settings,
            DEBUG="0",
            SECRET_KEY=self.secret_key(),
            SITE_URL=self.site_url,
            DATABASE_URL=self.args.database_url,
            REDIS_URL=self.args.redis_url,
            MEDIA_ROOT=str(self.media_root),
            PRIVATE_MEDIA_ROOT=str(self.private_media_root),
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.args.smtp_port),
            EMAIL_USE_TLS="0",
            # The Procfile's web line: gunicorn on loopback only.
            WEB_HOST="127.0.0.1",
            PORT=str(self.args.web_port),
            WEB_CONCURRENCY=str(self.args.workers),
            PATH=os.pathsep.join([str(venv_bin), env.get("PATH", ""), *SBIN]),
            PYTHONUNBUFFERED="1",
        )
        # Production's own defaults: derived from SITE_URL, and SMTP.
        for name in (
            "ALLOWED_HOSTS",
            "CSRF_TRUSTED_ORIGINS",
            "WAGTAILADMIN_BASE_URL",
            "DEFAULT_FROM_EMAIL",
            "EMAIL_BACKEND",
        ):
            env.pop(name, None)
        return env

    # ------------------------------------------------------------------ prerequisites

    def executable(self, name, package):
        """The path of a program, installed from Debian's packages when missing."""
        search = os.pathsep.join([os.environ.get("PATH", ""), *SBIN])
        found = shutil.which(name, path=search)
        if found:
            return found
        if os.geteuid() != 0:
            raise StackError(f"{name} mangler. Installer det med: sudo apt-get install {package}")
        print(f"Installerer {package} (apt-get) ...", flush=True)
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", package],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        return shutil.which(name, path=search)

    def check_ports_free(self):
        for name, port in (
            ("nginx", self.args.port),
            ("gunicorn", self.args.web_port),
            ("SMTP", self.args.smtp_port),
        ):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    raise StackError(
                        f"Port {port} ({name}) er i bruk. Kjører stakken allerede? "
                        "Stopp den med «deploy/run-local stop», eller velg andre porter."
                    )

    def ensure_database(self):
        """Creates the stack's PostgreSQL database when missing (anew with --fresh)."""
        import dj_database_url
        import psycopg
        from psycopg import sql

        config = dj_database_url.parse(self.args.database_url)
        if config["ENGINE"] != "django.db.backends.postgresql":
            raise StackError("Produksjonsstakken kjører på PostgreSQL: --database-url postgres://…")
        try:
            server = psycopg.connect(
                dbname="postgres",
                host=config["HOST"] or None,
                port=config["PORT"] or None,
                user=config["USER"] or None,
                password=config["PASSWORD"] or None,
                autocommit=True,
            )
        except psycopg.OperationalError as error:
            raise StackError(f"Får ikke kontakt med PostgreSQL: {error}") from None
        name = config["NAME"]
        with server:
            exists = server.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if exists and self.args.fresh:
                server.execute(
                    sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
                )
                exists = None
            if not exists:
                server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                print(f"Database {name} opprettet.", flush=True)

    def ensure_redis(self):
        """Uses the Redis at --redis-url if it answers; otherwise starts one on its port
        (loopback only), without persistence, for the length of the run."""
        import redis

        if self._redis_answers(redis):
            if self.args.fresh:
                # Pages, listings and Wagtail's renditions cached for the old database
                # would otherwise be served for the new one (same ids, other files).
                redis.Redis.from_url(self.args.redis_url).flushdb()
            return
        url = urlsplit(self.args.redis_url)
        if url.hostname not in ("127.0.0.1", "localhost"):
            raise StackError(f"Redis svarer ikke på {self.args.redis_url}.")
        server = self.executable("redis-server", "redis-server")
        self.redis_process = subprocess.Popen(
            [server, "--bind", "127.0.0.1", "--port", str(url.port or 6379)]
            + ["--save", "", "--appendonly", "no"],
            stdout=(self.run_dir / "redis.log").open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches it through us, after the others
        )
        for _ in range(50):
            if self._redis_answers(redis):
                print(f"Redis startet på port {url.port or 6379}.", flush=True)
                return
            time.sleep(0.2)
        raise StackError(f"Redis startet ikke; se {self.run_dir / 'redis.log'}.")

    def _redis_answers(self, redis):
        try:
            return redis.Redis.from_url(self.args.redis_url, socket_timeout=1).ping()
        except redis.RedisError:
            return False

    # ------------------------------------------------------------------ steps

    def run_step(self, title, command, env):
        print(f"\n== {title}: {command}", flush=True)
        result = subprocess.run(command, shell=True, cwd=ROOT, env=env)
        if result.returncode:
            raise StackError(f"«{title}» feilet (kode {result.returncode}).")

    def nginx_config(self, nginx):
        """Renders deploy/nginx/ into the run directory and has nginx check it."""
        values = {
            "NGINX_LISTEN": f"127.0.0.1:{self.args.port}",
            "SERVER_NAME": "127.0.0.1",
            "GUNICORN": f"127.0.0.1:{self.args.web_port}",
            "STATIC_ROOT": str(Path(os.environ.get("STATIC_ROOT", ROOT / "staticfiles"))),
            "MEDIA_ROOT": str(self.media_root),
            "RUN_DIR": str(self.run_dir),
            "ACCESS_LOG": str(self.run_dir / "nginx-access.log"),
            # Run by root, nginx would hand its workers to «nobody», who may not be able to
            # read the checkout; run by anyone else it keeps its user.
            "NGINX_USER": "user root;" if os.geteuid() == 0 else "",
        }
        for kind in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.run_dir / "nginx-temp" / kind).mkdir(parents=True, exist_ok=True)
        site = render(DEPLOY / "nginx" / "samskaping.conf.template", values)
        (self.run_dir / "samskaping.conf").write_text(site)
        main = self.run_dir / "nginx.conf"
        main.write_text(render(DEPLOY / "nginx" / "local.conf.template", values))
        command = [nginx, "-p", str(self.run_dir), "-c", str(main), "-e", "stderr"]
        checked = subprocess.run(command + ["-t", "-q"], capture_output=True, text=True)
        if checked.returncode:
            raise StackError(f"nginx godtar ikke konfigurasjonen:\n{checked.stderr}")
        return shlex.join(command + ["-g", "daemon off;"])

    def processes(self, nginx_command):
        """Every Procfile process type except `release`, then nginx and the SMTP sink."""
        procfile = parse_procfile((ROOT / "Procfile").read_text())
        processes = {
            name: command for name, command in procfile.processes.items() if name != "release"
        }
        processes["nginx"] = nginx_command
        processes["smtp"] = shlex.join(
            [sys.executable, str(DEPLOY / "mail_sink.py")]
            + ["--port", str(self.args.smtp_port), "--maildir", str(self.maildir)]
        )
        return processes

    # ------------------------------------------------------------------ start and stop

    def start(self):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        if running_pid(self.pid_file):
            raise StackError(
                f"Stakken kjører allerede (pid {running_pid(self.pid_file)}). "
                "Stopp den med «deploy/run-local stop»."
            )
        # Until honcho takes over the signals, SIGTERM ends the start-up cleanly too.
        signal.signal(signal.SIGTERM, _exit_on_signal)
        self.pid_file.write_text(str(os.getpid()))
        try:
            return self._start()
        finally:
            if self.redis_process is not None:
                self.redis_process.terminate()
                self.redis_process.wait(timeout=10)
            self.pid_file.unlink(missing_ok=True)

    def _start(self):
        self.check_ports_free()
        nginx = self.executable("nginx", "nginx")
        self.ensure_database()
        if self.args.fresh:
            for folder in (self.media_root, self.private_media_root, self.maildir):
                shutil.rmtree(folder, ignore_errors=True)
        self.media_root.mkdir(exist_ok=True)
        self.ensure_redis()
        env = self.environment()

        procfile = parse_procfile((ROOT / "Procfile").read_text()).processes
        if not self.args.no_build:
            self.run_step("Bygg", "python manage.py collectstatic --noinput -v 0", env)
        if "release" in procfile:
            self.run_step("Release (Procfile)", procfile["release"], env)
        if not self.args.no_demo:
            self.run_step("Demoinnhold", "python manage.py load_demo_content --force", env)

        processes = self.processes(self.nginx_config(nginx))
        manager = Manager()
        for name, command in processes.items():
            manager.add_process(name, command, env=env, cwd=str(ROOT))
        threading.Thread(target=self.announce, args=(list(processes),), daemon=True).start()
        manager.loop()
        return manager.returncode

    def announce(self, names):
        """Prints the address once the site answers through nginx."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(urllib.error.URLError, OSError),
                urllib.request.urlopen(f"{self.site_url}/helse/", timeout=5) as response,  # noqa: S310
            ):
                if response.status == 200:
                    print(
                        f"\n  Samskapingsbanken (produksjonsoppsett) kjører: {self.site_url}/\n"
                        f"  Admin: {self.site_url}/admin/   E-post: {self.maildir}\n"
                        f"  Prosesser: {', '.join(names)}\n"
                        "  Stopp: Ctrl-C, eller «deploy/run-local stop»\n",
                        flush=True,
                    )
                    return
            time.sleep(0.5)
        print(
            f"\n  Nettstedet svarer ikke på {self.site_url}/helse/ etter "
            f"{START_TIMEOUT} s; se loggen over.\n",
            flush=True,
        )

    def stop(self):
        pid = running_pid(self.pid_file)
        if not pid:
            print("Stakken kjører ikke.")
            return 0
        os.kill(pid, signal.SIGTERM)
        for _ in range(300):
            if not running_pid(self.pid_file):
                print("Stakken er stoppet.")
                return 0
            time.sleep(0.1)
        raise StackError(f"Stakken (pid {pid}) stoppet ikke innen 30 s.")


def render(template, values):
    """${NAME} replaced for the names given, as `envsubst '${NAME} ...'` does; nginx's own
    $variables are left alone. A ${NAME} without a value is an error."""
    text = template.read_text()
    missing = sorted(set(re.findall(r"\$\{([A-Z_]+)\}", text)) - set(values))
    if missing:
        raise StackError(f"{template}: ingen verdi for {', '.join(missing)}")
    return re.sub(r"\$\{([A-Z_]+)\}", lambda match: values[match.group(1)], text)


def running_pid(pid_file):
    """The pid in the file if that process is alive."""
    try:
        pid = int(pid_file.read_text())
        os.kill(pid, 0)
    except (FileNotFoundError, ValueError, ProcessLookupError):
        return None
    return pid


def _exit_on_signal(signum, frame):
    raise SystemExit(128 + signum)


def main(argv=None):
    args = parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)
    stack = Stack(args)
    try:
        code = stack.stop() if args.command == "stop" else stack.start()
    except StackError as error:
        print(f"\nFeil: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code or 0


if __name__ == "__main__":
    sys.exit(main())
