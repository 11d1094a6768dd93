"""Browser tests: Debian's Chromium driven by Playwright, the site served from the test's own
database, and the checks of universal design run in the page.

- Chromium is the system's (/usr/bin/chromium, Debian's package `chromium`), never a browser
  Playwright downloads; it starts with the flags a machine without outside network needs.
- axe-core comes from npm (package.json; `make install` runs `npm ci`), read from
  node_modules and injected into each page: no file is fetched while the tests run.
- live_site() serves the site on a port of its own, sharing the test's database
  connection, so the page sees the data a test built inside its (rolled back)
  transaction, as the test client would: nothing is committed or left for the next test.
  Of the uploaded files it serves what the production web server serves from disk (the
  folders deploy/nginx/samskaping.conf.template aliases below MEDIA_ROOT) and nothing
  else, so a browser test sees the images and is refused the files nginx refuses.

Without Chromium, Playwright or axe-core the browser tests skip and say what is missing;
with CI=true they fail instead (requirements_or_skip)."""

import contextlib
import functools
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.http import Http404
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler, _StaticFilesHandler
from django.views import static

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Chromium's own calls home are refused on a machine without outside network, many at a
# time and on every start: these flags keep it from making them.
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no wcag22a tag: 2.2's level-A rules are
# tagged wcag2a or wcag21a), and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# WCAG 1.4.10 (reflow): content fits 320 CSS pixels without scrolling sideways.
NARROWEST = {"width": 320, "height": 640}


def missing_requirement():
    """What the browser tests lack on this machine, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (make install)"
    if not shutil.which(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
    if not AXE_SCRIPT.exists():
        return f"axe-core is not installed at {AXE_SCRIPT} (npm ci)"
    return None


def requirements_or_skip():
    """Skips the test when Chromium, Playwright or axe-core is missing; under CI=true (where
    the browser tests must run) fails instead."""
    reason = missing_requirement()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI=true, but the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(f"browser tests need Chromium, Playwright and axe-core: {reason}")


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, chromium_sandbox=False, args=CHROMIUM_ARGS
    )


NGINX_TEMPLATE = Path(settings.BASE_DIR) / "deploy" / "nginx" / "samskaping.conf.template"


@functools.cache
def public_media_folders():
    """The folders below MEDIA_ROOT that the production web server serves from disk (its
    `alias ${MEDIA_ROOT}/…;` lines), e.g. ("images/",)."""
    text = NGINX_TEMPLATE.read_text(encoding="utf-8")
    return tuple(re.findall(r"alias \$\{MEDIA_ROOT\}/(\S*);", text))


class _ServedAsInProduction(_StaticFilesHandler):
    """Static files, and under MEDIA_URL only the public folders (public_media_folders):
    everything else there is «not found», as from nginx."""

    def _should_handle(self, path):
        return path.startswith(settings.MEDIA_URL) or super()._should_handle(path)

    def serve(self, request):
        if not request.path.startswith(settings.MEDIA_URL):
            return super().serve(request)
        name = request.path.removeprefix(settings.MEDIA_URL)
        if not name.startswith(public_media_folders()):
            raise Http404(name)
        return static.serve(request, name, document_root=settings.MEDIA_ROOT)


class _SingleThreadedLiveServer(LiveServerThread):
    """One request at a time: every request uses the test's one database connection."""

    def _create_server(self, connections_override=None):
        return WSGIServer((self.host, self.port), QuietWSGIRequestHandler)


@contextlib.contextmanager
def live_site():
    """Serves the site (static files and public media too, _ServedAsInProduction) at the
    yielded base URL, on the test's own database connection; the site sees what the test
    has built and not yet committed.

    Django closes a connection at the end of each request when it is in a transaction it
    did not open; the test client switches that off for its requests, and so does this for
    the server's life."""
    connection = connections["default"]
    server = _SingleThreadedLiveServer(
        "127.0.0.1", _ServedAsInProduction, connections_override={"default": connection}
    )
    server.daemon = True
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    connection.inc_thread_sharing()
    try:
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.terminate()
        connection.dec_thread_sharing()
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# --- Checks run in the page ---------------------------------------------------------------


@functools.cache
def _axe_source():
    return AXE_SCRIPT.read_text(encoding="utf-8")


def add_axe(context):
    """axe-core in every document the context's pages load: the source goes to the browser
    once, instead of once a page (axe_violations adds it where it is missing)."""
    context.add_init_script(script=_axe_source())


def axe_violations(page):
    """axe-core's violations of AXE_TAGS on the page as it is now, one line each: the rule,
    its impact, what it asks, and the elements that break it."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated by the browser's debugging protocol, which the page's
        # Content-Security-Policy (no inline scripts) does not govern.
        page.evaluate(_axe_source())
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = page.evaluate("options => axe.run(document, options)", options)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}: "
        + ", ".join(json.dumps(node["target"]) for node in violation["nodes"])
        for violation in results["violations"]
    ]


_OVERFLOW_SCRIPT = """() => {
    const width = document.documentElement.clientWidth;
    // Inside an element that scrolls or clips (a wide table's scroll box), overflow is fine.
    const clipped = element => {
        for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== 'visible') return true;
        }
        return false;
    };
    const name = element => element.tagName.toLowerCase()
        + (element.id ? '#' + element.id : '')
        + (element.classList.length ? '.' + [...element.classList].join('.') : '');
    const found = new Map();
    // Boxes wider than the viewport, and text running out of its box (a long word).
    for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1 && !clipped(element)) {
            found.set(element, Math.round(box.right));
        }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walker.nextNode()) {
        const text = walker.currentNode;
        if (!text.textContent.trim() || !text.parentElement || clipped(text)) continue;
        range.selectNodeContents(text);
        const right = range.getBoundingClientRect().right;
        if (right > width + 1) found.set(text.parentElement, Math.round(right));
    }
    const elements = [...found.keys()];
    // The deepest ones name the culprit.
    return elements
        .filter(element => !elements.some(other => other !== element && element.contains(other)))
        .slice(0, 5)
        .map(element => `${name(element)} reaches ${found.get(element)}px`
            + ` («${(element.textContent || '').trim().slice(0, 40)}»)`);
}"""


def horizontal_overflow(page):
    """Why the page scrolls sideways at its viewport's width (the elements reaching past the
    right edge), or [] when it does not."""
    scrolls = page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    if not scrolls:
        return []
    return page.evaluate(_OVERFLOW_SCRIPT) or ["the page is wider than the viewport"]


_FOCUS_SCRIPT = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    return {
        tag: element.tagName.toLowerCase(),
        name: (element.getAttribute('aria-label') || element.textContent || element.value
               || element.name || '').trim().slice(0, 60),
        visible: (outline || ring) && element.getBoundingClientRect().width > 0,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    };
}"""


def focused(page):
    """The element that has the keyboard's focus: its tag, its name, whether its focus
    indicator shows (an outline of at least 2 px, or a ring drawn with box-shadow, in its
    computed style) and its outline; None when nothing has focus."""
    return page.evaluate(_FOCUS_SCRIPT)


def tab_to(page, matches, limit=80):
    """Presses Tab until the focused element satisfies `matches` (a function of `focused`'s
    dict); the path taken, each element's focus indicator checked on the way. Fails when
    the element is not reached in `limit` presses or any stop on the way shows no focus."""
    path = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        current = focused(page)
        if current is None:
            continue
        path.append(current)
        assert current["visible"], f"no visible focus on {current} (path: {path})"
        if matches(current):
            return path
    raise AssertionError(f"not reached with {limit} presses of Tab: {[p['name'] for p in path]}")


def screenshot(page, name):
    """A full-page screenshot in test-artifacts/screenshots/NAME-WIDTH.jpg, for people to
    look at (README: Browser tests); JPEG, as PNG takes twice as long to write."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    path = SCREENSHOTS / f"{name}-{width}.jpg"
    page.screenshot(path=path, full_page=True, type="jpeg", quality=80)
    return path


def has_print_styles(page):
    """Whether the page's stylesheets have rules for print."""
    return page.evaluate(
        """() => [...document.styleSheets].some(sheet => [...sheet.cssRules].some(
            rule => rule.media && [...rule.media].includes('print')))"""
    )


JOURNEYS = Path(settings.BASE_DIR) / "test-artifacts" / "journeys"


def record_journey(name, seconds):
    """A journey's wall time, in test-artifacts/journeys/NAME.json (the issue's note reports
    them; the tests check correctness, not speed)."""
    JOURNEYS.mkdir(parents=True, exist_ok=True)
    record = {"journey": name, "seconds": round(seconds, 2)}
    (JOURNEYS / f"{name}.json").write_text(json.dumps(record) + "\n", encoding="utf-8")
