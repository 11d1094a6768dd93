"""The migrations describe the models as they are (a model change without its migration
fails here, in place of a separate `makemigrations --check` step), and the data
migrations carry an existing site over to the new navigation and footer."""

import importlib
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Site

from kb.core.models import FooterLinks

from . import factories


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    output = StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=output)
    except SystemExit:
        pytest.fail(f"Models have changes without a migration:\n{output.getvalue()}")
    assert "No changes detected" in output.getvalue()


def migration(name):
    return importlib.import_module(name)


@pytest.mark.django_db
def test_sections_made_before_the_menu_followed_show_in_menus_are_ticked(method_index):
    method_index.show_in_menus = False
    method_index.save_revision().publish()
    assert not Page.objects.get(pk=method_index.pk).show_in_menus

    migration("home.migrations.0004_sections_in_the_menu").tick_sections(apps, None)

    page = Page.objects.get(pk=method_index.pk)
    assert page.show_in_menus
    assert page.get_latest_revision().content["show_in_menus"] is True


@pytest.mark.django_db
def test_the_footer_keeps_the_pages_it_found_by_slug(home):
    about = factories.StandardPageFactory(parent=home, title="Om oss", slug="om")
    statement = factories.StandardPageFactory(parent=home, slug="tilgjengelighetserklaering")
    FooterLinks.objects.all().delete()

    migration("kb.core.migrations.0005_footer_links_from_the_old_slugs").fill_footer_links(
        apps, None
    )

    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    assert footer.about_page_id == about.pk
    assert footer.accessibility_page_id == statement.pk
    assert footer.privacy_page_id is None  # no page with that slug
