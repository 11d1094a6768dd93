"""The headers that keep a page from doing more than it should: a Content-Security-Policy
on the public site (and nothing inline for it to have to allow), a Permissions-Policy,
HSTS in production, a clean `check --deploy`, and no third-party avatars in the admin."""

import base64
import hashlib
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.template.loader import render_to_string

from kb.settings import base as base_settings

from . import factories

pytestmark = pytest.mark.django_db

TEMPLATE_DIRS = [Path(django_settings.BASE_DIR) / "templates"]
# A script element without src, other than JSON-LD (schema.org data, which no browser runs
# and the policy does not govern: kb/core/structured_data.py).
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", re.IGNORECASE
)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+=", re.IGNORECASE)


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (directive.split() for directive in header.split(";") if directive)
    }


def public_pages():
    image = factories.KbImageFactory()
    story = factories.CaseStoryPageFactory(
        image=factories.KbImageFactory(),
        body=[factories.paragraph(), factories.image_block(image)],
    )
    return [
        factories.home_page().url,
        factories.MethodPageFactory().url,
        story.url,
        story.municipality.url,
        factories.EventPageFactory().url,
        "/sok/?q=samskaping",
        "/finnes-ikke/",
        "/_util/login/",
    ]


def test_public_pages_have_a_strict_policy_and_nothing_inline(client):
    for url in public_pages():
        response = client.get(url)
        assert response.status_code in {200, 404}, url
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        # Scripts fall back to default-src: only files from the site itself; styles too,
        # besides the error page's own by their hash.
        assert "script-src" not in directives, url
        assert directives["style-src"][0] == "'self'", url
        assert all(value.startswith("'sha256-") for value in directives["style-src"][1:]), url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url

        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_STYLE.search(html), url
        assert not EVENT_HANDLER.search(html), url
        # What the pages do load comes from the site.
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup.find_all(["script", "link", "img"]):
            if tag.get("type") == "application/ld+json":
                continue
            address = tag.get("src") or tag.get("href") or ""
            if tag.name == "link" and tag.get("rel") != ["stylesheet"]:
                continue
            assert address.startswith("/"), (url, address)


def test_no_template_has_inline_script_or_style():
    for directory in TEMPLATE_DIRS:
        for template in directory.rglob("*.html"):
            if "email" in template.parts:
                continue
            source = template.read_text()
            if template.name == "500.html":  # its <style> is allowed by hash (below)
                source = re.sub(r"<style>.*?</style>", "", source, flags=re.DOTALL)
            assert not INLINE_SCRIPT.search(source), template
            assert not INLINE_STYLE.search(source), template
            assert not EVENT_HANDLER.search(source), template


def test_the_error_pages_own_styles_are_allowed_by_their_hash(client):
    html = render_to_string("500.html")
    (style,) = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    directives = policy(client.get(factories.home_page().url))
    assert directives["style-src"] == ["'self'", f"'sha256-{digest}'"]


def test_the_admin_has_no_policy_to_break_it(adviser_client):
    response = adviser_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_every_response_has_a_permissions_policy(client, adviser_client):
    for response in [client.get(factories.home_page().url), adviser_client.get("/admin/")]:
        header = response["Permissions-Policy"]
        for feature in ["camera=()", "microphone=()", "geolocation=()"]:
            assert feature in header


def test_images_from_object_storage_are_allowed(monkeypatch):
    monkeypatch.setattr(base_settings, "AWS_STORAGE_BUCKET_NAME", "kb-media")
    monkeypatch.setenv("AWS_S3_CUSTOM_DOMAIN", "bilder.example.no")
    assert base_settings.media_origins() == ["https://bilder.example.no"]
    monkeypatch.delenv("AWS_S3_CUSTOM_DOMAIN")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "https://s3.example.no")
    assert base_settings.media_origins() == ["https://s3.example.no", "https://*.s3.example.no"]
    monkeypatch.setattr(base_settings, "AWS_STORAGE_BUCKET_NAME", "")
    assert base_settings.media_origins() == []


def test_the_admin_loads_no_avatar_from_a_third_party(adviser_client, adviser):
    html = adviser_client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    account = adviser_client.get("/admin/account/").content.decode()
    assert "gravatar" not in account.lower()


def start_production(code, site_url):
    """Starts `code` under kb.settings.production in a fresh interpreter (the settings are
    read once per process) with SITE_URL and a random SECRET_KEY."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SECURE_", "TRUSTED_PROXY", "DJANGO_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="kb.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        SITE_URL=site_url,
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=django_settings.BASE_DIR,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def output_of(process):
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    return stdout + stderr


SHOW_SETTINGS = """
import django; django.setup()
from django.conf import settings as s
print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT,
      s.TRUSTED_PROXY_COUNT)
"""
# After SHOW_SETTINGS; a failed check is printed (the settings line stays readable).
CHECK_DEPLOY = """
from django.core.management import call_command
from django.core.management.base import SystemCheckError
try:
    call_command("check", deploy=True, fail_level="WARNING")
except SystemCheckError as error:
    print(error)
"""


@pytest.fixture(scope="module")
def production_output():
    """What production says about itself for an https site (its settings, then `check
    --deploy`) and for the local stack on plain http (its settings): two interpreters, run
    side by side, since each costs a Django start-up."""
    https = start_production(SHOW_SETTINGS + CHECK_DEPLOY, "https://samskaping.example.no")
    http = start_production(SHOW_SETTINGS, "http://127.0.0.1:8080")
    return {"https": output_of(https), "http": output_of(http)}


def test_production_turns_on_hsts_for_an_https_site(production_output):
    assert production_output["https"].splitlines()[0].split() == [
        "31536000",
        "False",
        "True",
        "1",
    ]
    # The local stack on plain http must not tell browsers to insist on https.
    assert production_output["http"].split()[0] == "0"


def test_check_deploy_is_clean_with_production_settings(production_output):
    output = production_output["https"]
    assert "System check identified no issues" in output, output
    assert "WARNING" not in output, output
