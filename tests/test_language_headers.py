"""One language: pages do not vary by the browser's Accept-Language (which would split shared
caches per browser language), and the site and the admin stay Norwegian whatever it says."""

import pytest
from bs4 import BeautifulSoup
from django.utils.cache import cc_delim_re

from . import factories

pytestmark = pytest.mark.django_db


def vary(response):
    return {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", ""))}


@pytest.mark.parametrize("accept_language", ["", "en-US,en;q=0.9", "de"])
def test_public_pages_are_norwegian_without_vary_accept_language(client, accept_language):
    method = factories.MethodPageFactory()
    for url in ("/", method.url, "/sok/?q=kultur"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=accept_language)
        assert response.status_code == 200, url
        assert "accept-language" not in vary(response), url
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == "nb"


def test_not_found_is_norwegian_without_vary_accept_language(client):
    response = client.get("/finnes-ikke/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "accept-language" not in vary(response)


def test_the_admin_stays_norwegian(client, adviser_client):
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert login.status_code == 200
    assert "Logg inn" in login.content.decode()
    dashboard = adviser_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert dashboard.status_code == 200
    soup = BeautifulSoup(dashboard.content, "html.parser")
    assert soup.html["lang"] == "nb"
    assert "Kontrollpanel" in soup.title.get_text()
