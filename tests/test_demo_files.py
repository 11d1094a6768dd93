"""A mistake in a demo content file stops load_demo_content, with the file and the field
named, before anything is written (each test spoils a copy of kb/demo/content)."""

import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from kb.demo.reader import CONTENT_DIR, DemoContentError, read_content


@pytest.fixture
def content(tmp_path):
    """A copy of the demo content that a test may spoil."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    return root


def spoil(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(content):
    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", force=True, content=content, stdout=StringIO())
    return str(error.value)


@pytest.mark.django_db
def test_a_misspelt_field_stops_the_load_naming_the_file_and_the_field(content):
    spoil(content / "metoder" / "verdenskafe.yaml", "summary:", "sumary:")
    pages_before = Page.objects.count()
    message = load_error(content)
    where = f"{content}/metoder/verdenskafe.yaml"
    assert f"{where}: ukjent felt «sumary» (mente du «summary»?)" in message
    assert f"{where}: mangler påkrevd felt «summary»" in message
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_a_missing_required_field_stops_the_load(content):
    path = content / "erfaringer" / "bodo" / "apne-verksteder-pa-biblioteket-bodo.yaml"
    spoil(path, "culture_school: Bodø kulturskole\n", "")
    assert f"{path}: mangler påkrevd felt «culture_school»" in load_error(content)


@pytest.mark.django_db
def test_an_invalid_choice_stops_the_load(content):
    spoil(content / "metoder" / "verdenskafe.yaml", "phase: problemforstaelse", "phase: evaluring")
    message = load_error(content)
    assert "verdenskafe.yaml: ugyldig verdi «evaluring» i «phase» (mente du «evaluering»?)" in (
        message
    )


@pytest.mark.django_db
def test_a_bad_date_stops_the_load(content):
    path = content / "konferanser" / "lederkonferansen-2025.yaml"
    spoil(path, "start_date: 2025-04-09", "start_date: 2025-02-30")
    assert f"{path}: ugyldig dato «2025-02-30» i «start_date»" in load_error(content)


def test_mistakes_inside_a_programme_and_references_are_named(content):
    path = content / "konferanser" / "lederkonferansen-2025.yaml"
    spoil(path, "kind: slides", "kind: lysark")
    spoil(path, "document: alle", "document: alla")
    spoil(path, "  - samhandling\n", "  - samhandlin\n")
    with pytest.raises(DemoContentError) as error:
        read_content(content)
    problems = "\n".join(error.value.problems)
    assert "«programme» nr. 2 › «materials» nr. 1 › «kind»: «lysark»" in problems
    assert "«document»: ukjent verdi «alla» (mente du «alle»?)" in problems
    assert "«themes»: finner ingen tema «samhandlin» (mente du «samhandling»?)" in problems


def test_markdown_that_the_editor_cannot_edit_is_refused(content):
    spoil(content / "metoder" / "verdenskafe.yaml", "purpose: |\n", "purpose: |\n  ## Hvorfor\n\n")
    with pytest.raises(DemoContentError, match="«purpose»: overskrift nivå 2"):
        read_content(content)


def test_the_files_paths_are_shown_from_the_repository():
    with pytest.raises(DemoContentError) as error:
        read_content(CONTENT_DIR / "metoder")  # not a content root: its files are missing
    assert "kb/demo/content/metoder/_kontakt.yaml: filen mangler" in str(error.value)


def test_a_footer_link_to_a_page_that_does_not_exist_is_named(content):
    spoil(content / "_bunntekst.yaml", "privacy_page: personvern", "privacy_page: personvernn")
    spoil(content / "_bunntekst.yaml", "about_page:", "abut_page:")
    with pytest.raises(DemoContentError) as error:
        read_content(content)
    problems = "\n".join(error.value.problems)
    assert "_bunntekst.yaml: ukjent felt «abut_page» (mente du «about_page»?)" in problems
    assert "_bunntekst.yaml: «privacy_page»: finner ingen side «personvernn»" in problems


# ---------------------------------------------------------------- what the methods say


@pytest.fixture(scope="module")
def demo_methods():
    from kb.methods.models import MethodPage

    return read_content().of_type(MethodPage)


def test_every_theme_has_a_method_in_the_demo_content(demo_methods):
    themes = {theme["slug"] for theme in read_content().themes}
    covered = {slug for method in demo_methods for slug in method.references["themes"]}
    assert "digitale-moteplasser" in themes
    assert themes - covered == set()


def test_every_demo_method_links_the_material_itself_and_names_its_licence(demo_methods):
    from urllib.parse import urlsplit

    for method in demo_methods:
        url = urlsplit(method.values["source_url"])
        assert url.scheme == "https", method.where
        # The material, not a toolkit's or KS's home page.
        assert url.path.strip("/"), method.where
        assert method.data.get("source_licence"), method.where
    handbook = [m for m in demo_methods if "La oss gjøre det sammen" in m.values["source_title"]]
    assert handbook
    assert {m.values["source_licence"] for m in handbook} == {"cc-by-nc-sa-4.0"}


def test_every_demo_method_states_the_situation_it_fits(demo_methods):
    for method in demo_methods:
        values = method.values
        assert values["participants_min"] >= 1, method.where
        assert values["duration_min"] >= 1, method.where
        groups = ("for_children", "for_youth", "for_adults", "for_partners")
        assert any(values.get(name) for name in groups), method.where
    # Not «yes» everywhere: the facts tell the methods apart.
    assert len({method.values["digital"] for method in demo_methods}) == 3
