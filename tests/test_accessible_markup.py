"""Structural accessibility checks on every public page type (WCAG 2.1 AA basics that can
be read from the HTML): language, skip link, landmarks, one h1, heading order, alt texts,
labels on form controls, unique ids. Contrast and focus are checked by eye and, later, in
the browser journeys."""

from html.parser import HTMLParser

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.headings = []
        self.images_without_alt = []
        self.landmarks = set()
        self.ids = []
        self.controls = []  # (id, has aria-label)
        self.label_targets = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))
        if tag == "img" and "alt" not in attrs:
            self.images_without_alt.append(attrs.get("src"))
        if tag in {"header", "nav", "main", "footer"}:
            self.landmarks.add(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag in {"input", "select", "textarea"} and attrs.get("type") not in {
            "hidden",
            "submit",
            "button",
        }:
            self.controls.append((attrs.get("id"), "aria-label" in attrs))
        if tag == "label" and "for" in attrs:
            self.label_targets.add(attrs["for"])
        if tag == "a":
            self.links.append(attrs.get("href"))


def public_urls():
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    seen_types, urls = set(), []
    for page in pages:
        if type(page) not in seen_types:
            seen_types.add(type(page))
            urls.append(page.url)
    return [*urls, "/tema/samskaping/", "/sok/?q=kulturskole", "/sok/", "/finnes-ikke/"]


def test_every_page_type_has_accessible_structure(client):
    urls = public_urls()
    assert len(urls) >= 14
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        page = Structure()
        page.feed(response.content.decode())

        assert page.lang == "nb", url
        assert page.links[0] == "#main", f"{url}: the first link should skip to the content"
        assert {"header", "nav", "main", "footer"} <= page.landmarks, url
        assert page.headings.count(1) == 1, f"{url}: exactly one h1"
        assert page.headings[0] == 1, f"{url}: the h1 comes first"
        for before, after in zip(page.headings, page.headings[1:], strict=False):
            assert after <= before + 1, f"{url}: heading h{before} is followed by h{after}"
        assert not page.images_without_alt, url
        assert len(page.ids) == len(set(page.ids)), f"{url}: duplicate ids"
        for control_id, has_aria_label in page.controls:
            assert has_aria_label or control_id in page.label_targets, f"{url}: {control_id}"
