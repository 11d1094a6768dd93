"""The browser checks (tests/browser_support.py) can fail: a page made broken on purpose
(an image without alt text, an element wider than the screen, a control that hides its
focus) is reported by each of them, and a sound page is not. No server is needed: the
pages are set straight into the browser."""

import pytest

from . import browser_support

SOUND_PAGE = """<!DOCTYPE html><html lang="nb"><head><title>Hel side</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>a:focus-visible { outline: 3px solid #1b1b1b; }</style></head>
<body><main><h1>Hel side</h1><p><a href="#main">En lenke</a></p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Et bilde"></main></body></html>"""

BROKEN_PAGE = """<!DOCTYPE html><html lang="nb"><head><title>Ødelagt side</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>a:focus { outline: none; }</style></head>
<body><main><h1>Ødelagt side</h1><p><a href="#main">En lenke</a></p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<div class="for-bred" style="width: 600px">For bred</div></main></body></html>"""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=browser_support.NARROWEST)
    yield context.new_page()
    context.close()


def test_checks_pass_a_sound_page(page):
    page.set_content(SOUND_PAGE)
    assert browser_support.axe_violations(page) == []
    assert browser_support.horizontal_overflow(page) == []
    page.keyboard.press("Tab")
    assert browser_support.focused(page)["visible"]


def test_checks_report_a_broken_page(page):
    page.set_content(BROKEN_PAGE)
    violations = browser_support.axe_violations(page)
    assert any(line.startswith("image-alt (critical)") for line in violations), violations
    overflow = browser_support.horizontal_overflow(page)
    assert overflow == ["div.for-bred reaches 608px («For bred»)"]
    with pytest.raises(AssertionError, match="no visible focus"):
        browser_support.tab_to(page, lambda element: False, limit=1)
    assert browser_support.focused(page) == {
        "tag": "a",
        "name": "En lenke",
        "visible": False,
        "outline": "none 3px rgb(0, 0, 238)",
    }
