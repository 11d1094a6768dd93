"""The access logs keep no IP address, and the privacy page says so: gunicorn's format
(gunicorn.conf.py, loaded by the Procfile's `web` line) and nginx's (the site template's
log_format, used by its access_log) write the request but no client address."""

import datetime
import os
import re
import shutil
import subprocess
import types
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from gunicorn.config import Config
from gunicorn.glogging import Logger

ROOT = Path(settings.BASE_DIR)
NGINX_SITE = ROOT / "deploy" / "nginx" / "samskaping.conf.template"
VISITOR = "203.0.113.77"
# nginx's variables that name the client.
CLIENT_VARIABLES = re.compile(
    r"\$\{?(remote_addr|binary_remote_addr|realip_remote_addr|http_x_forwarded_for"
    r"|proxy_add_x_forwarded_for|http_x_real_ip)\b"
)


def gunicorn_config():
    config = Config()
    namespace = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), namespace)  # noqa: S102 (our own file)
    for name, value in namespace.items():
        if name in config.settings:
            config.set(name, value)
    config.set("accesslog", "-")
    return config


def test_the_web_line_loads_the_gunicorn_config():
    web = next(
        line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:")
    )
    assert "--config gunicorn.conf.py" in web


def test_gunicorn_logs_a_search_without_the_visitors_address(caplog):
    logger = Logger(gunicorn_config())
    environ = {
        "REMOTE_ADDR": VISITOR,
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/sok/?q=samskaping",
        "PATH_INFO": "/sok/",
        "QUERY_STRING": "q=samskaping",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_USER_AGENT": "Mozilla/5.0 Testleser",
        "HTTP_REFERER": "https://example.no/",
    }
    request = types.SimpleNamespace(headers=[("X-FORWARDED-FOR", VISITOR)])
    response = types.SimpleNamespace(status="200 OK", sent=1234, headers=[])
    atoms = logger.atoms(response, request, environ, datetime.timedelta(milliseconds=12))
    line = logger.cfg.access_log_format % logger.atoms_wrapper_class(atoms)
    assert "GET /sok/?q=samskaping HTTP/1.1" in line
    assert " 200 1234 12ms" in line
    assert VISITOR not in line
    assert "Testleser" not in line
    assert "example.no" not in line


def test_nginx_logs_in_a_format_without_the_client():
    site = NGINX_SITE.read_text()
    formats = dict(re.findall(r"^log_format (\S+) (.+?);$", site, re.MULTILINE | re.DOTALL))
    assert formats, "the site defines its log format"
    for name, fields in formats.items():
        assert not CLIENT_VARIABLES.search(fields), name
        assert "$request" in fields
    logs = re.findall(r"^\s*access_log ([^;]+);", site, re.MULTILINE)
    assert logs
    for directive in logs:
        # Every access log is off or written in one of those formats.
        assert directive == "off" or directive.split()[-1] in formats, directive


NGINX = shutil.which("nginx")


def test_nginx_accepts_the_config(tmp_path):
    if not NGINX:
        reason = "needs nginx (apt-get install nginx; .ci/run has it for the smoke test)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from deploy.run_local import render

    values = {
        "NGINX_LISTEN": "127.0.0.1:1",
        "SERVER_NAME": "127.0.0.1",
        "GUNICORN": "127.0.0.1:2",
        "STATIC_ROOT": str(tmp_path),
        "MEDIA_ROOT": str(tmp_path),
        "ACCESS_LOG": str(tmp_path / "access.log"),
        "RUN_DIR": str(tmp_path),
        "NGINX_USER": "",
    }
    (tmp_path / "samskaping.conf").write_text(render(NGINX_SITE, values))
    main = tmp_path / "nginx.conf"
    main.write_text(render(ROOT / "deploy" / "nginx" / "local.conf.template", values))
    for kind in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / "nginx-temp" / kind).mkdir(parents=True)
    checked = subprocess.run(
        [NGINX, "-p", str(tmp_path), "-c", str(main), "-e", "stderr", "-t", "-q"],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_the_privacy_page_says_the_logs_keep_no_ip_address():
    page = yaml.safe_load((ROOT / "kb" / "demo" / "content" / "personvern.yaml").read_text())
    text = " ".join(" ".join(" ".join(block.values()) for block in page["body"]).split())
    assert "lagrer ikke IP-adressen din" in text
    assert "Søkene slettes etter sju dager" in text
    assert getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 7) == 7  # as the page says
