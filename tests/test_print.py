"""Printing (kb/static/css/print.css, linked for print only): on every kind of page the
site's chrome (header, menu, breadcrumbs, footer, search and filter forms) is hidden, links
are followed by their address, and steps, sessions and cards are not cut across sheets."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from . import factories

pytestmark = pytest.mark.django_db

PRINT_CSS = Path(settings.BASE_DIR) / "kb" / "static" / "css" / "print.css"


def rules():
    """[(selectors, declarations)] of print.css (flat rules; comments removed)."""
    css = re.sub(r"/\*.*?\*/", "", PRINT_CSS.read_text(encoding="utf-8"), flags=re.S)
    return [
        ([selector.strip() for selector in selectors.split(",")], body)
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    ]


def selectors_with(declaration):
    return [
        selector
        for selectors, body in rules()
        for selector in selectors
        if declaration in " ".join(body.split())
    ]


HIDDEN = selectors_with("display: none !important")


def printed_chrome(soup):
    """The elements of the site's chrome that print.css does not hide."""
    chrome = soup.select(
        "header.site-header, nav, footer, .breadcrumbs, .skip-link, form, .pagination"
    )
    hidden = {id(element) for selector in HIDDEN for element in soup.select(selector)}
    return [
        element
        for element in chrome
        if id(element) not in hidden and not any(id(parent) in hidden for parent in element.parents)
    ]


def test_every_kind_of_page_prints_without_its_chrome(client, method_index, case_index):
    method = factories.MethodPageFactory()
    story = factories.CaseStoryPageFactory(detailed=True)
    event = factories.EventPageFactory()
    urls = ["/", method_index.url, case_index.url, method.url, story.url, event.url, "/sok/?q=a"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.content, "html.parser")
        link = soup.head.find("link", href=re.compile(r"css/print\."))
        assert link is not None and link["media"] == "print", url
        assert printed_chrome(soup) == [], url


def test_links_print_their_addresses():
    after = selectors_with('content: " (" attr(href) ")"')
    assert '.site-main a[href^="http"]::after' in after
    assert '.site-main a[href^="/"]::after' in after


def test_steps_sessions_and_cards_are_not_cut():
    unbroken = set(selectors_with("break-inside: avoid"))
    assert {".steps__item", ".programme__item", ".card", ".figure", ".quote"} <= unbroken
    assert "img" in set(selectors_with("max-width: 100% !important"))
