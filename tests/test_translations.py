"""The project's own Norwegian translations (locale/): each compiled .mo says what its .po
says (the .mo files are committed, so that a fresh machine needs no gettext tools), and
Django uses them, for the admin's pages and for its scripts."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from . import factories

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGS = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def messages(catalog):
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): entry.msgstr_plural or entry.msgstr
        for entry in catalog
        if entry.msgid  # not the header
    }


def test_the_project_has_catalogs_for_the_admin_and_its_scripts():
    assert {path.name for path in CATALOGS} == {"django.po", "djangojs.po"}


@pytest.mark.parametrize("po", CATALOGS, ids=lambda path: str(path.relative_to(LOCALE)))
def test_each_compiled_catalog_matches_its_source(po):
    source = polib.pofile(str(po))
    assert not source.untranslated_entries(), "every entry has its Norwegian text"
    assert not source.fuzzy_entries(), "no entry is marked fuzzy"
    compiled = polib.mofile(str(po.with_suffix(".mo")))
    assert messages(compiled) == messages(source), "run `make messages`"


def test_wagtails_wrong_translations_are_corrected():
    with translation.override("nb"):
        title_help = translation.gettext("The page title as you'd like it to be seen by the public")
        slug_help = translation.gettext(
            "The name of the page as it will appear in URLs e.g http://domain.com/blog/[my-slug]/"
        )
    assert title_help == "Sidens tittel slik publikum ser den"
    assert "f.eks." in slug_help and "feks." not in slug_help


@pytest.mark.django_db
def test_the_admin_scripts_get_the_norwegian_strings():
    client = Client()
    client.force_login(factories.AdviserFactory())
    script = client.get("/admin/jsi18n/").content.decode()
    # (The catalog escapes letters beyond ASCII: these have none.)
    for norwegian in ("Legg til en kommentar", "Er du sikker?", "Vis eller skjul menyen"):
        assert norwegian in script
