"""/helse/ tells a load balancer whether this process can serve pages: 200 when the database,
the cache and media storage answer, 503 naming the one that did not."""

import pytest
from django.urls import reverse

from kb.core import health

pytestmark = pytest.mark.django_db


def test_healthy(client):
    response = client.get("/helse/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_needs_no_login_and_answers_head(client):
    assert reverse("health") == "/helse/"
    assert client.head("/helse/").status_code == 200
    assert client.post("/helse/").status_code == 405


@pytest.mark.parametrize("failing", ["database", "cache", "storage"])
def test_a_failing_check_gives_503_and_names_it(client, monkeypatch, caplog, failing):
    def broken():
        raise OSError("tilkoblingen ble brutt")

    monkeypatch.setattr(health, f"check_{failing}", broken)
    response = client.get("/helse/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "feil"
    assert body["checks"][failing] == "feil"
    assert [name for name, result in body["checks"].items() if result == "ok"] == [
        name for name in health.CHECKS if name != failing
    ]
    assert "tilkoblingen" not in response.content.decode()  # the error goes to the log only
    assert "tilkoblingen ble brutt" in caplog.text


def test_a_cache_that_forgets_fails(client, monkeypatch):
    monkeypatch.setattr(health.cache, "get", lambda *args, **kwargs: None)
    response = client.get("/helse/")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "feil"


def test_is_not_in_the_sitemap(client):
    assert b"/helse/" not in client.get("/sitemap.xml").content
