"""Journey 2 in the browser: a municipality editor logs in, finds «Skriv en ny erfaring» on
the dashboard, uploads an image with credit and consent, starts the story with «Del din
erfaring» on the municipality's public page and submits it; the adviser finds it in
«Venter på din anmeldelse», the dashboard's first panel, and asks for changes with a
comment; the editor reads the comment on the dashboard and on the edit form, fixes and
resubmits; the adviser approves from the unchanged edit form, which publishes, and is told
so with a link to the page; the story is live on its municipality's and its theme's pages
and found by search. Its time is written to test-artifacts/journeys/editor-adviser.json,
the editor's dashboard with the comment and the adviser's word of publication to
test-artifacts/screenshots/reise-*.jpg.

Selectors are field ids, form names and the test's own data, and the guidance's own
Norwegian words (kb/moderation/guidance.py) where the journey is about reading them."""

import re
import time

import pytest
from django.db import transaction
from wagtail.models import WorkflowState

from kb.cases.models import CaseStoryPage

from . import browser_support, factories
from .helpers import png_upload

pytestmark = pytest.mark.django_db

TITLE = "Fiolinverksted i bydelshuset"
IMAGE_TITLE = "Verksted med fioliner"
UNIQUE_WORD = "Fiolinverkstedet"
COMMENT = "Kan dere si hvor mange som deltok?"


@pytest.fixture(scope="module")
def site(browser, django_db_setup, django_db_blocker):
    """(base URL, municipality, editor, adviser, theme); rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        municipality = factories.MunicipalityPageFactory()
        editor = factories.EditorFactory(municipality=municipality)
        adviser = factories.AdviserFactory()
        theme = factories.ThemeFactory(name="Medvirkning", slug="medvirkning")
        with browser_support.live_site() as base_url:
            yield base_url, municipality, editor, adviser, theme
        transaction.set_rollback(True)


def log_in(browser, base_url, user):
    """A new context (desktop width) logged in to the admin as `user`, on the dashboard."""
    context = browser.new_context(viewport=browser_support.DESKTOP, locale="nb-NO")
    # Generous: on a loaded CI machine (two test processes beside Chromium) an admin post
    # that saves a revision, starts the workflow and queues its e-mail has taken over 10 s.
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(factories.PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(base_url + "/admin/")
    return page


def test_journey_editor_and_adviser(site, browser, tmp_path):
    base_url, municipality, editor, adviser, theme = site
    from playwright.sync_api import expect  # here: without Playwright the test skips

    started = time.perf_counter()
    new_story_url = f"{base_url}/admin/pages/add/cases/casestorypage/{municipality.pk}/"
    page = editor_page = log_in(browser, base_url, editor)
    # One click from the dashboard leads to the form; the municipality's page has the same.
    expect(page.get_by_role("link", name="Skriv en ny erfaring")).to_have_attribute(
        "href", new_story_url.removeprefix(base_url)
    )
    page.goto(base_url + "/admin/images/add/")
    upload = tmp_path / "fioliner.png"
    upload.write_bytes(png_upload().read())
    page.locator("#id_file").set_input_files(upload)
    # The admin fills the title from the file's name; the editor then writes their own.
    expect(page.locator("#id_title")).to_have_value("fioliner")
    page.locator("#id_title").fill(IMAGE_TITLE)
    page.locator("#id_credit").fill("Foto: Kulturskolen")
    page.locator("#id_description").fill("Unge bygger fioliner sammen")
    page.locator("#id_consent_confirmed").check()
    # Children under 15 on the photo: their guardians consented (the date defaults to today,
    # the end to a year later).
    page.locator("#id_consent_given_by").select_option("guardian")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(base_url + "/admin/images/")

    page.goto(base_url + municipality.url)
    page.get_by_role("link", name="Del din erfaring").click()
    page.wait_for_url(new_story_url)
    # The editor's scripts lay the form out once loaded; a click before that can be lost.
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill(f"{UNIQUE_WORD}: unge bygget og spilte sammen.")
    page.locator("#id_culture_school").fill("Kulturskolen")
    # The date is written into the field without focusing it: focus opens the admin's date
    # picker over the fields below, and whether Tab or a click elsewhere closes it in time
    # varied from run to run (the journey is about the story, not the picker).
    page.locator("#id_period_start").evaluate(
        "(field, date) => { field.value = date; }", "2025-01-15"
    )
    page.locator("#id_for_youth").check()
    page.locator("input[name=cooperation_level][value=samskaping]").check()
    page.locator("#id_image-chooser button").last.click()
    page.get_by_role("dialog").get_by_role("link", name=IMAGE_TITLE).click()
    page.locator("#id_image-title").get_by_text(IMAGE_TITLE).wait_for()
    type_rich_text(page, "id_challenge", "Få unge brukte tilbudet etter ungdomsskolen.")
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Tekst").click()
    type_rich_text(page, "body-0-value", "Vi bygget fioliner sammen.")
    page.get_by_role("checkbox", name=theme.name).check()
    submit(page, "action-submit")
    page.wait_for_url(f"{base_url}/admin/pages/{municipality.pk}/")
    story = CaseStoryPage.objects.get(title=TITLE)
    assert workflow_status(story) == WorkflowState.STATUS_IN_PROGRESS
    assert story.image.title == IMAGE_TITLE

    # The adviser finds it first on the dashboard and asks for changes with a comment.
    page = adviser_page = log_in(browser, base_url, adviser)
    first_panel = page.locator("main section.w-panel").first
    expect(first_panel.get_by_role("heading").first).to_have_text("Venter på din anmeldelse")
    first_panel.get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(f"{base_url}/admin/pages/{story.pk}/edit/")
    workflow_action(page, "reject", comment=COMMENT)
    assert workflow_status(story) == WorkflowState.STATUS_NEEDS_CHANGES

    # The editor sees the comment on the dashboard and on the form, fixes and resubmits.
    page = editor_page
    page.goto(base_url + "/admin/")
    requests = page.locator("#change-requests-section")
    expect(requests).to_contain_text(f"skrev «{COMMENT}»")
    browser_support.screenshot(page, "reise-redaktor-ser-kommentaren")
    requests.get_by_role("link", name=TITLE).click()
    page.wait_for_url(f"{base_url}/admin/pages/{story.pk}/edit/")
    expect(page.locator(".messages")).to_contain_text(f"ba om endringer: «{COMMENT}»")
    page.locator("#id_summary").fill(f"{UNIQUE_WORD}: 40 unge bygget og spilte sammen.")
    submit(page, "action-submit")
    page.wait_for_url(f"{base_url}/admin/pages/{municipality.pk}/")
    assert workflow_status(story) == WorkflowState.STATUS_IN_PROGRESS

    # The adviser approves from the edit form, unchanged: that publishes, and says so.
    page = adviser_page
    page.goto(f"{base_url}/admin/pages/{story.pk}/edit/")
    workflow_action(page, "approve")
    story.refresh_from_db()
    assert story.live and "40 unge" in story.summary
    message = page.locator(".messages .success").filter(
        has_text=f"«{TITLE}» er godkjent og publisert."
    )
    expect(message.get_by_role("link", name="Se siden")).to_have_attribute("href", story.url)
    browser_support.screenshot(page, "reise-radgiver-har-publisert")

    # Public: on the municipality's page, the theme's page and in search.
    for path in (municipality.url, theme.get_url(), f"/sok/?q={UNIQUE_WORD}"):
        page.goto(base_url + path)
        assert page.get_by_role("link", name=TITLE).count() >= 1, path
    browser_support.record_journey("editor-adviser", time.perf_counter() - started)
    editor_page.context.close()
    adviser_page.context.close()


def type_rich_text(page, field_id, text):
    """Types `text` into the Draftail editor whose hidden field has the id `field_id`, key by
    key as a person does, and returns once Draftail has written it into that field (it saves
    at most every 250 ms: a post sent before that finds the field empty, «Dette feltet er
    påkrevet.»). `fill()` replaces the editor's text in one event, which Draft.js lost in
    loaded full runs: the field stayed empty."""
    from playwright.sync_api import expect

    textbox = page.locator(f"div:has(> #{field_id}) [role=textbox]")
    textbox.click()
    page.keyboard.type(text)
    expect(textbox).to_have_text(text)
    expect(page.locator(f"#{field_id}")).to_have_value(re.compile(re.escape(text[-20:])))


def workflow_status(page):
    return WorkflowState.objects.for_instance(page).order_by("-created_at").first().status


def submit(page, action):
    """Clicks the page editor's action button named `action`, opening the footer's menu of
    more actions first when the button is in it. Returns once the form's post has been
    answered; a form sent back with errors fails here, naming them."""
    # The editor's scripts fill the form's hidden fields (rich text, StreamField) once
    # loaded, as in workflow_action().
    page.wait_for_load_state("networkidle")
    button = page.locator(f"footer button[name={action}]")
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        button.click()
    if posted.value.status != 302:  # the form came back
        page.wait_for_load_state()
        errors = page.locator(".help-critical, .error-message, [role=alert]").all_inner_texts()
        fields = page.locator("[data-field-wrapper]:has(.error-message) label").all_inner_texts()
        raise AssertionError(f"{action}: {posted.value.status} {errors} in {fields}")


def workflow_action(page, name, comment=None):
    """Takes the workflow action `name` from the page editor's footer: with a comment,
    the variant that asks for one (in a dialog), else the one that does not. Returns once
    the edit form's post, which takes the action, has been answered and its page loaded."""
    # The editor's scripts fill the form's hidden fields (rich text, StreamField) once
    # loaded; a post before that differs from the page and counts as an edit.
    page.wait_for_load_state("networkidle")
    asks = "[data-workflow-action-modal-url]"
    button = page.locator(
        f"footer button[data-workflow-action-name={name}]" + (asks if comment else f":not({asks})")
    )
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    edit_url = page.url

    def takes_the_action(response):
        return response.request.method == "POST" and response.url == edit_url

    with page.expect_response(takes_the_action):
        if comment is None:
            button.click()
        else:
            button.click()
            dialog = page.get_by_role("dialog")
            dialog.locator("textarea[name=comment]").fill(comment)
            dialog.locator("button[type=submit]").click()
    page.wait_for_load_state()
