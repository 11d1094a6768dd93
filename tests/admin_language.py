"""Finds English on an admin page: the visible text compared with the English originals
(msgids) of Wagtail's and Django's catalogs that the Norwegian catalogs do not translate."""

import re
from functools import cache
from pathlib import Path

import django
import polib
import wagtail
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import trans_real

# Strings that are the same in Norwegian, or names: justified one by one.
ALLOWED = {
    "Wagtail",  # the product's name, in the admin's footer and the "About" box
    "Status",  # the same word in Norwegian
    "Admin",  # Norwegian uses the word too
    "OK",
    "E-post",
    "Alt",
}

# Attributes a person reads (or hears, with a screen reader) besides the text.
READ_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt", "data-w-tooltip-content-value")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}")
# A text needs this many letters outside its placeholders to be recognised as a sentence.
MIN_LITERAL_LETTERS = 8


def english_catalogs():
    wagtail_root = Path(wagtail.__file__).parent
    django_root = Path(django.__file__).parent
    # djangojs: the strings the scripts show, checked on their own (JS_STRINGS).
    yield from wagtail_root.glob("**/locale/en/LC_MESSAGES/django.po")
    yield django_root / "conf/locale/en/LC_MESSAGES/django.po"
    for app in ("admin", "auth"):
        yield django_root / f"contrib/{app}/locale/en/LC_MESSAGES/django.po"


def normalise(text):
    return " ".join(text.split())


@cache
def untranslated():
    """(exact strings, patterns) of the English originals without a Norwegian translation."""
    with translation.override("nb"):
        catalog = trans_real.translation("nb")._catalog
        norwegian = {normalise(str(value)) for _key, value in catalog.items()}
    exact, patterns = set(), []
    for path in english_catalogs():
        for entry in polib.pofile(str(path)):
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                text = normalise(msgid)
                if text in norwegian or text in ALLOWED or "<" in text:
                    continue
                if translated(entry):
                    continue
                if PLACEHOLDER.search(text):
                    literal = PLACEHOLDER.sub("", text)
                    if sum(char.isalpha() for char in literal) >= MIN_LITERAL_LETTERS:
                        parts = [re.escape(part) for part in PLACEHOLDER.split(text)]
                        patterns.append(re.compile("^" + "(.+?)".join(parts) + "$"))
                elif any(char.isalpha() for char in text):
                    exact.add(text)
    return exact, patterns


def translated(entry):
    """Whether the Norwegian catalogs have the entry (with its context and plural)."""
    with translation.override("nb"):
        if entry.msgid_plural:
            if entry.msgctxt:
                text = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
            else:
                text = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
        elif entry.msgctxt:
            text = translation.pgettext(entry.msgctxt, entry.msgid)
        else:
            text = translation.gettext(entry.msgid)
    return text != entry.msgid


def visible_texts(html):
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for element in soup.find_all(True):
        for attribute in READ_ATTRIBUTES:
            if value := element.get(attribute):
                yield normalise(value)
        if element.name == "input" and element.get("type") in ("submit", "button"):
            yield normalise(element.get("value", ""))
        text = normalise(element.get_text(" "))
        if text and len(text) < 300:
            yield text
    for string in soup.find_all(string=True):
        if text := normalise(string):
            yield text


def english_on(html):
    """The English strings of Wagtail and Django on the page, sorted."""
    exact, patterns = untranslated()
    found = set()
    for text in visible_texts(html):
        if text in exact or any(pattern.match(text) for pattern in patterns):
            found.add(text)
    return sorted(found)
